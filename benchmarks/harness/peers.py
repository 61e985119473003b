#!/usr/bin/env python3
"""The peer side of the comparison harness (issue 20): runs one peer workload and prints one JSON line.

Called by compare.py in a fresh process per round (so the peer, like the JMH fork, starts cold and warms
up itself). The peer scripts of benchmarks/python are imported as they are and their own functions are
timed here, one call per sample, so that best and median mean the same thing on both sides (JMH's
SampleTime mode times single calls too).

Usage: python3 peers.py diffusion REPEAT
       python3 peers.py contact N SURFACE_FILE REPEAT [WORKERS]
       python3 peers.py impedance DATA_FILE REPEAT
       python3 peers.py fftpair N REPEAT [WORKERS]   # scipy.fft rfft2 + irfft2 of an N×N grid, one pair per sample
Output: {"samples_ms": {...variant: [ms, ...]}, "info": {...}}
"""
import json
import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "python"))


def timed(f, repeat):
    out = []
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = f()
        out.append((time.perf_counter() - t0) * 1e3)
    return out, result


def diffusion(repeat):
    import diffusion_scipy as d
    import numpy as np
    x, cap, lower, diag, upper, u0 = d.problem()
    k = int(np.searchsorted(x, 100e-9))
    samples = {}
    info = {}
    for name, f in (("solve_banded", d.run_solve_banded), ("gttrs", d.run_gttrs)):
        t, u = timed(lambda f=f: f(cap, lower, diag, upper, u0), repeat)
        samples[name] = t
        info[name] = f"c(x = {1e9 * x[k]:.1f} nm) = {u[k]:.6f}"
    return samples, info


def contact(n, surface_file, repeat, workers):
    import contact_bem as c
    import numpy as np
    h, k = c.surface(n)
    h = np.fromfile(surface_file, dtype="<f8").reshape(n, n)
    pbar = 0.018 * 1.0 * 0.1
    state = {}

    def run():
        p, its = c.solve(h, k, 1.0, pbar, workers=workers)
        state["its"] = its
        state["fraction"] = float(np.mean(p > 0))

    t, _ = timed(run, repeat)
    return {"numpy+scipy.fft": t}, {"iterations": state["its"], "contact_fraction": round(state["fraction"], 6),
                                    "workers": workers}


def fftpair(n, repeat, workers):
    import numpy as np
    from scipy import fft
    a = np.random.default_rng(1).standard_normal((n, n))
    out = {}

    def run():
        out["b"] = fft.irfft2(fft.rfft2(a, workers=workers), s=(n, n), workers=workers)

    timed(run, 3)  # plans and caches, like FFTW's planning and the JIT's warm-up on the other sides
    t, _ = timed(run, repeat)
    return {"scipy.fft pair": t}, {"workers": workers, "max_error": float(np.max(np.abs(out["b"] - a)))}


def impedance(data_file, repeat):
    import numpy as np
    from impedance.models.circuits import CustomCircuit
    with open(data_file) as fh:
        guess = [float(v) for v in fh.readline().split()[2:]]
    data = np.loadtxt(data_file, comments="#")
    f, z = data[:, 0], data[:, 1] + 1j * data[:, 2]
    state = {}

    def run():
        c = CustomCircuit("R0-p(R1,C1)-p(R2,C2)", initial_guess=list(guess))
        c.fit(f, z)
        state["p"] = c.parameters_

    t, _ = timed(run, repeat)
    return {"impedance.py": t}, {"parameters": [float(v) for v in state["p"]]}


def main(argv):
    kind = argv[1]
    if kind == "diffusion":
        samples, info = diffusion(int(argv[2]))
    elif kind == "contact":
        samples, info = contact(int(argv[2]), argv[3], int(argv[4]), int(argv[5]) if len(argv) > 5 else 2)
    elif kind == "fftpair":
        samples, info = fftpair(int(argv[2]), int(argv[3]), int(argv[4]) if len(argv) > 4 else 1)
    elif kind == "impedance":
        samples, info = impedance(argv[2], int(argv[3]))
    else:
        raise SystemExit("unknown peer " + kind)
    print(json.dumps({"samples_ms": samples, "info": info}))


if __name__ == "__main__":
    main(sys.argv)
