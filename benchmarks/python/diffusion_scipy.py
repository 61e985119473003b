#!/usr/bin/env python3
"""The scipy counterpart of DiffusionBenchmark.implicitSteps (issue 5).

Same problem as the Java benchmark: a 2 µm diffusion couple on 10,000 uniform cells, vertex-centred
finite volumes (half control volumes at the ends), D = 1e-17 m²/s, c = 1000 mol/m³ held on the left
and 0 on the right, a step at x = 0 initially, 1,000 backward-Euler steps of 1 s. One core.

Two variants:
  solve_banded  scipy.linalg.solve_banded on the (constant) tridiagonal matrix every step, as the
                issue asks (LAPACK gbsv: factor + solve each step);
  gttrs         the matrix factored once with LAPACK dgttrf, each step one dgttrs solve: the same
                factor reuse the Java solver does for linear problems.

Run: OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python3 benchmarks/python/diffusion_scipy.py
Prints the best wall time of several repetitions and c at x = 100 nm for a cross-check with Java.
"""
import os
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
from scipy.linalg import solve_banded  # noqa: E402
from scipy.linalg.lapack import dgttrf, dgttrs  # noqa: E402

CELLS = 10_000
STEPS = 1_000
D = 1e-17
H = 1.0
C_LEFT = 1000.0


def problem():
    x = np.linspace(-1e-6, 1e-6, CELLS + 1)
    dx = x[1] - x[0]
    n = CELLS + 1
    cap = np.full(n, dx)
    cap[0] = cap[-1] = dx / 2
    g = D / dx
    lower = np.full(n, -H * g)
    upper = np.full(n, -H * g)
    diag = cap + 2 * H * g
    diag[0] = diag[-1] = 1.0
    upper[0] = 0.0      # Dirichlet rows
    lower[-1] = 0.0
    u0 = np.where(x < 0, C_LEFT, 0.0)
    u0[np.abs(x) <= 1e-15] = C_LEFT / 2
    u0[0], u0[-1] = C_LEFT, 0.0
    return x, cap, lower, diag, upper, u0


def run_solve_banded(cap, lower, diag, upper, u0):
    ab = np.zeros((3, len(diag)))
    ab[0, 1:] = upper[:-1]
    ab[1, :] = diag
    ab[2, :-1] = lower[1:]
    u = u0.copy()
    for _ in range(STEPS):
        rhs = cap * u
        rhs[0], rhs[-1] = C_LEFT, 0.0
        u = solve_banded((1, 1), ab, rhs, overwrite_ab=False, overwrite_b=True, check_finite=False)
    return u


def run_gttrs(cap, lower, diag, upper, u0):
    dl, d, du, du2, ipiv, info = dgttrf(lower[1:], diag, upper[:-1])
    assert info == 0
    u = u0.copy()
    for _ in range(STEPS):
        rhs = cap * u
        rhs[0], rhs[-1] = C_LEFT, 0.0
        u, info = dgttrs(dl, d, du, du2, ipiv, rhs, overwrite_b=True)
    return u


def best_of(f, args, repeats=5):
    best = float("inf")
    result = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = f(*args)
        best = min(best, time.perf_counter() - t0)
    return best, result


def main():
    x, cap, lower, diag, upper, u0 = problem()
    k = np.searchsorted(x, 100e-9)
    for name, f in (("solve_banded", run_solve_banded), ("gttrs", run_gttrs)):
        t, u = best_of(f, (cap, lower, diag, upper, u0))
        print(f"{name:13s} {CELLS} cells, {STEPS} BE steps: best {1e3 * t:8.1f} ms   c(x = {1e9 * x[k]:.1f} nm) = {u[k]:.6f}")


if __name__ == "__main__":
    main()
