#!/usr/bin/env python3
"""A plain numpy Newton + tridiagonal loop for the layered space-charge solve (issue 14 §2).

The problem of SpaceChargeBenchmark.layeredSolveOneEv: an electron-conducting LiCoO2 (Dirichlet,
ψ = Δμ/kT at its surface) against a β-Li3PS4 Li⁺ lattice gas (εr 9.1, N = 2·18.6 nm⁻³, θ∞ = ½), a
Li⁺ step of 1 eV at 298.15 K. The same discretisation as org.interphase.spacecharge.LayeredSolver:
vertex-centred finite volumes on a geometric mesh of `nodes` nodes (first cell h0, domain length L,
both given by the Java side so that the meshes agree), the exact Robin condition
ε·dφ/dx = −√(2εkT·H(ψ)) at the far end, Newton with steps limited to 8 kT/e, stopping after a full
step below 1e-8·(1 + max|ψ|), a tridiagonal solve (scipy.linalg.solve_banded) per iteration.
Included in the time, as on the Java side: the mesh (closed-form geometric ratio by Newton), the
initial guess (linear-response decay ψ_s·e^{−x/λ}), the solve, and the result (layer charge by the
trapezoid rule, excess resistance ∫(σ∞/σ − 1)dx by logarithmic means).

Two loops, the same algorithm and answer:
- `logaddexp` (the loop of the first comparison): the lattice gas through np.logaddexp, the
  tridiagonal solve by scipy.linalg.solve_banded;
- `onexp` (issue 14, so that numpy is not slowed by an idiom): θ and dθ/dψ from one exponential
  e^{−|s|} per node (as the Java kernel now does), the constant part of the Jacobian built once,
  LAPACK's dgtsv for the solve, σ∞/σ = θ∞ + (1 − θ∞)e^ψ by one exponential in the result.
  np.logaddexp costs ~26 µs per 2,000 elements against ~2 µs for np.exp, and this loop takes about
  half the time of the first.

Usage: OMP_NUM_THREADS=1 python3 spacecharge_numpy.py L h0 [--nodes 2001] [--repeat 20]
    [--variant both|logaddexp|onexp]
Prints per loop the best and median wall time per solve, Newton iterations, and the charge (C/m²)
and excess resistance length (m) for a cross-check with Java.
"""
import argparse
import math
import os
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
from scipy.linalg import solve_banded  # noqa: E402
from scipy.linalg.lapack import dgtsv  # noqa: E402

E = 1.602176634e-19
KB = 1.380649e-23
EPS0 = 8.8541878128e-12
T = 298.15
EPS = 9.1 * EPS0
N = 2 * 18.6e27
THETA = 0.5
STEP = 1.0  # eV


def ratio(span, h0, n):
    """r with h0 (r^n - 1)/(r - 1) = span, Newton on the log (closed form, no O(n) sums)."""
    def total(q):
        try:
            return h0 * (q ** n - 1) / (q - 1)
        except OverflowError:
            return math.inf

    lo, hi = 1.0, 2.0
    while total(hi) >= span:
        lo, hi = 1.0, 1.0 + 0.5 * (hi - 1.0)
    while total(hi) < span:
        lo, hi = hi, 1.0 + 2 * (hi - 1.0)
    target = math.log(span / h0)
    r = 0.5 * (lo + hi)
    for _ in range(100):
        rn = r ** n
        g = math.log((rn - 1) / (r - 1)) - target
        if g < 0:
            lo = r
        else:
            hi = r
        dg = n * rn / (r * (rn - 1)) - 1 / (r - 1)
        nxt = r - g / dg
        if not lo < nxt < hi:
            nxt = 0.5 * (lo + hi)
        if abs(nxt - r) <= 1e-15 * r:
            return nxt
        r = nxt
    return r


def mesh(length, h0, nodes):
    """Nodes graded geometrically from h0 at x = 0 (uniform when the node budget is finer than the grading asks)."""
    cells = nodes - 1
    if cells * h0 >= length * (1 - 1e-12):
        return np.linspace(0.0, length, nodes)
    r = ratio(length, h0, cells)
    x = np.empty(nodes)
    x[0] = 0.0
    x[1:] = h0 * (r ** np.arange(1, nodes) - 1) / (r - 1)
    x[-1] = length
    return x


def solve(length, h0, nodes):
    kt = KB * T
    vt = kt / E
    x = mesh(length, h0, nodes)
    h = np.diff(x)
    scale = 1e-9 / (EPS0 * vt)
    coef = scale * EPS * vt / h
    half = np.zeros(nodes)
    half[:-1] += h / 2
    half[1:] += h / 2
    eN = E * N
    logodds = math.log((1 - THETA) / THETA)
    lam = math.sqrt(EPS * kt / (E * E * N * THETA * (1 - THETA)))
    psi_s = STEP / vt
    # guess: linear-response decay from the surface value
    u = psi_s * np.exp(-x / lam)
    it = 0
    ab = np.zeros((3, nodes))
    for it in range(1, 61):
        s = u + logodds
        theta = np.exp(-np.logaddexp(0.0, s))  # 1/(1 + e^s), no underflow of 1 − tanh
        rho = eN * (theta - THETA)
        drho = -eN * theta * np.exp(-np.logaddexp(0.0, -s))
        f = np.zeros(nodes)
        flux = coef * (u[1:] - u[:-1])
        f[:-1] += flux
        f[1:] -= flux
        f += scale * rho * half
        diag = np.zeros(nodes)
        diag[:-1] -= coef
        diag[1:] -= coef
        diag += scale * drho * half
        # far end: Robin ε dφ/dx = −√(2εkT H(ψ)), H = N[ln(θ∞ + (1 − θ∞)e^ψ) − (1 − θ∞)ψ]
        pe = u[-1]
        hh = N * (np.logaddexp(math.log(THETA), math.log(1 - THETA) + pe) - (1 - THETA) * pe)
        disp = math.copysign(math.sqrt(2 * EPS * kt * max(hh, 0.0)), pe)
        f[-1] -= scale * disp
        if abs(pe) < 1e-7:
            diag[-1] -= scale * math.sqrt(EPS * kt * N * THETA * (1 - THETA))
        else:
            diag[-1] -= -scale * EPS * kt * rho[-1] / (E * disp)
        # surface: Dirichlet ψ = psi_s
        f[0] = coef[0] * (u[0] - psi_s)
        diag[0] = coef[0]
        ab[0, 1:] = coef
        ab[0, 1] = 0.0
        ab[1] = diag
        ab[2, :-1] = coef
        du = solve_banded((1, 1), ab, -f, overwrite_ab=False, overwrite_b=True, check_finite=False)
        big = np.max(np.abs(du))
        if big > 8:
            du *= 8 / big
        u += du
        if big < 1e-8 * (1 + np.max(np.abs(u))):
            break
    # result: charge and excess resistance length
    s = u + logodds
    lr = math.log(THETA) + np.logaddexp(0.0, s)  # ln(σ∞/σ) = −ln(θ/θ∞)
    theta = np.exp(-np.logaddexp(0.0, s))
    rho = eN * (theta - THETA)
    # the mesh's charge plus the exact tail beyond the truncation, −ε dφ/dx there
    pe = u[-1]
    hh = N * (np.logaddexp(math.log(THETA), math.log(1 - THETA) + pe) - (1 - THETA) * pe)
    charge = np.sum(0.5 * h * (rho[1:] + rho[:-1])) - math.copysign(math.sqrt(2 * EPS * KB * T * max(hh, 0.0)), pe)
    d = lr[1:] - lr[:-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        lm = np.where(np.abs(d) < 1e-6, np.exp(0.5 * (lr[1:] + lr[:-1])), (np.exp(lr[1:]) - np.exp(lr[:-1])) / d)
    excess = np.sum(h * (lm - 1))
    return it, charge, excess


def solve_onexp(length, h0, nodes):
    """The loop of solve() with one exponential per node for the lattice gas and LAPACK dgtsv."""
    kt = KB * T
    vt = kt / E
    x = mesh(length, h0, nodes)
    h = np.diff(x)
    scale = 1e-9 / (EPS0 * vt)
    coef = scale * EPS * vt / h
    half = np.zeros(nodes)
    half[:-1] += h / 2
    half[1:] += h / 2
    shalf = scale * half
    eN = E * N
    logodds = math.log((1 - THETA) / THETA)
    lam = math.sqrt(EPS * kt / (E * E * N * THETA * (1 - THETA)))
    psi_s = STEP / vt
    u = psi_s * np.exp(-x / lam)
    # the Jacobian's fixed part: the face coefficients (row 0 is the Dirichlet row)
    diag0 = np.zeros(nodes)
    diag0[:-1] -= coef
    diag0[1:] -= coef
    upper = coef.copy()
    upper[0] = 0.0
    lower = coef
    robin_linear = scale * math.sqrt(EPS * kt * N * THETA * (1 - THETA))
    f = np.empty(nodes)
    it = 0
    for it in range(1, 61):
        s = u + logodds
        e = np.exp(-np.abs(s))
        inv = 1.0 / (1.0 + e)
        theta = np.where(s > 0, e * inv, inv)  # 1/(1 + e^s) without overflow
        rho = eN * (theta - THETA)
        drho = -eN * e * inv * inv
        flux = coef * np.diff(u)
        f[:-1] = flux
        f[-1] = 0.0
        f[1:] -= flux
        f += shalf * rho
        diag = diag0 + shalf * drho
        pe = u[-1]
        hh = N * (np.logaddexp(math.log(THETA), math.log(1 - THETA) + pe) - (1 - THETA) * pe)
        disp = math.copysign(math.sqrt(2 * EPS * kt * max(hh, 0.0)), pe)
        f[-1] -= scale * disp
        if abs(pe) < 1e-7:
            diag[-1] -= robin_linear
        else:
            diag[-1] -= -scale * EPS * kt * rho[-1] / (E * disp)
        f[0] = coef[0] * (u[0] - psi_s)
        diag[0] = coef[0]
        du = dgtsv(lower, diag, upper, -f, overwrite_d=1, overwrite_b=1)[3]
        big = np.max(np.abs(du))
        if big > 8:
            du *= 8 / big
        u += du
        if big < 1e-8 * (1 + np.max(np.abs(u))):
            break
    res = THETA + (1 - THETA) * np.exp(u)  # σ∞/σ = θ∞/θ
    lr = np.log(res)
    rho = eN * (THETA / res - THETA)
    pe = u[-1]
    hh = N * (np.logaddexp(math.log(THETA), math.log(1 - THETA) + pe) - (1 - THETA) * pe)
    charge = np.sum(0.5 * h * (rho[1:] + rho[:-1])) - math.copysign(math.sqrt(2 * EPS * KB * T * max(hh, 0.0)), pe)
    d = np.diff(lr)
    with np.errstate(divide="ignore", invalid="ignore"):
        lm = np.where(np.abs(d) < 1e-6, np.sqrt(res[1:] * res[:-1]), np.diff(res) / d)
    excess = np.sum(h * (lm - 1))
    return it, charge, excess


def main():
    p = argparse.ArgumentParser()
    p.add_argument("length", type=float)
    p.add_argument("h0", type=float)
    p.add_argument("--nodes", type=int, default=2001)
    p.add_argument("--repeat", type=int, default=20)
    p.add_argument("--variant", choices=("both", "logaddexp", "onexp"), default="both")
    a = p.parse_args()
    loops = {"logaddexp": solve, "onexp": solve_onexp}
    for name in (("logaddexp", "onexp") if a.variant == "both" else (a.variant,)):
        fn = loops[name]
        fn(a.length, a.h0, a.nodes)  # warm-up
        times = []
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            it, q, ex = fn(a.length, a.h0, a.nodes)
            times.append(time.perf_counter() - t0)
        times.sort()
        print(f"numpy ({name}): best {times[0] * 1e3:.3f} ms, median {times[len(times) // 2] * 1e3:.3f} ms per solve, "
              f"{it} Newton iterations, charge {q:.6e} C/m², excess length on the mesh {ex:.6e} m")


if __name__ == "__main__":
    main()
