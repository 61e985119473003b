# Independent reference for LayerTest.depletedSpaceChargeZoneBecomesALowFrequencyArc (scipy 1.17
# adaptive quadrature on the continuous profile; the Java code integrates a sampled,
# piecewise-linear profile exactly). sigma(x) = s_inf*exp(-phi0*(1 - x/w)^2/V_T), w = 5 nm,
# s_inf = 1e-3 S/cm = 0.1 S/m, eps_r = 30, T = 298.15 K.
import numpy as np
from scipy.integrate import quad
from scipy.optimize import minimize_scalar
e0 = 8.8541878128e-12; kB = 1.380649e-23; q = 1.602176634e-19
VT = kB * 298.15 / q; w = 5e-9; s_inf = 0.1; er = 30
for phi0 in (0.3, 0.5):
    sig = lambda x: s_inf * np.exp(-phi0 * (1 - x / w) ** 2 / VT)
    R = quad(lambda x: 1 / sig(x), 0, w, epsabs=0, epsrel=1e-13, limit=500)[0]
    def Z(f):
        om = 2 * np.pi * f
        g = lambda x: 1 / (sig(x) + 1j * om * e0 * er)
        re = quad(lambda x: g(x).real, 0, w, epsabs=0, epsrel=1e-12, limit=500)[0]
        im = quad(lambda x: g(x).imag, 0, w, epsabs=0, epsrel=1e-12, limit=500)[0]
        return re + 1j * im
    res = minimize_scalar(lambda lf: Z(10 ** lf).imag, bounds=(-4, 9), method="bounded",
                          options={"xatol": 1e-9})
    print("phi0 %.1f: excess R = %.10e Ohm m2, apex f = %.8e Hz, Z(1 kHz) = %.10e %+.10ej" % (
        phi0, R - w / s_inf, 10 ** res.x, Z(1e3).real, Z(1e3).imag))
