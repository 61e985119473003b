# Independent reference values for ElementTest (numpy 2.x complex128, direct formulas, no
# series or overflow guards; the inputs keep |sqrt(j w tau)| moderate so the direct formulas are
# accurate). Inputs follow impedance.py's element tests: f = 0.001, 1, 1000 Hz and parameters
# taken from [0.1, 0.2, 0.3, 0.4] in order. Run: python3 element_reference_values.py
import numpy as np
f = np.array([0.001, 1.0, 1000.0]); w = 2 * np.pi * f; j = 1j
p = [0.1, 0.2, 0.3, 0.4]
Z = {
    "R": p[0] + 0 * w,
    "C": 1 / (j * w * p[0]),
    "L": j * w * p[0],
    "CPE": 1 / (p[0] * (j * w) ** p[1]),
    "W": p[0] * (1 - j) / np.sqrt(w),
    "Wo": p[0] / np.tanh(np.sqrt(j * w * p[1])) / np.sqrt(j * w * p[1]),
    "Ws": p[0] * np.tanh(np.sqrt(j * w * p[1])) / np.sqrt(j * w * p[1]),
    "G": p[0] / np.sqrt(1 + j * w * p[1]),
    "Gs": p[0] / (np.sqrt(1 + j * w * p[1]) * np.tanh(p[2] * np.sqrt(1 + j * w * p[1]))),
    "Zarc": p[0] / (1 + (j * w * p[1]) ** p[2]),
    "K": p[0] / (1 + j * w * p[1]),
    "TLMQ": np.sqrt(p[0] / (p[1] * (j * w) ** p[2])) / np.tanh(np.sqrt(p[0] * p[1] * (j * w) ** p[2])),
    # La: L (j w)^alpha as impedance.py's docstring states (its code computes (L j w)^alpha)
    "La": p[0] * (j * w) ** p[1],
    # T (Paasch et al. 1993): A coth(beta)/beta + B/(beta sinh beta), beta = sqrt(a + j w b)
    "T": p[0] / (np.sqrt(p[2] + j * w * p[3]) * np.tanh(np.sqrt(p[2] + j * w * p[3])))
    + p[1] / (np.sqrt(p[2] + j * w * p[3]) * np.sinh(np.sqrt(p[2] + j * w * p[3]))),
}
for k, z in Z.items():
    print(k, ", ".join("%.15e, %.15e" % (v.real, v.imag) for v in z))
