#!/usr/bin/env python3
"""Polonsky–Keer FFT boundary-element solve of a periodic rough contact in plain numpy + scipy.fft.

The same algorithm, surface recipe, load and stopping rule as org.interphase.contact.ContactSolver
and benchmarks/.../ContactBenchmark.java, for the speed comparison of issue 6:
  self-affine surface (H = 0.8, roll-off 4·2π/L, cutoff (n/8)·2π/L, h'_rms = 0.1, Fourier-filtered
  white noise), E* = 1, p̄ = 0.018·E*·h'_rms (about 4 % contact), relative L1 pressure change < 1e-8.
Kernel: û = 2 p̂/(E*|k|), zero mode 0, real FFTs (rfft2/irfft2) with `workers` threads.

Usage: python3 contact_bem.py 256 512 1024 [--workers 2] [--repeat 3]
       python3 contact_bem.py 1024 --surface s1024.bin   # the very surface of ContactBenchmark, written by
       java -cp benchmarks/target/benchmarks.jar org.interphase.benchmarks.ContactBenchmark 1024 s1024.bin
"""
import argparse
import time

import numpy as np
import scipy.fft as fft


def surface(n, seed=2024, hurst=0.8, rms_slope=0.1, length=1.0):
    rng = np.random.default_rng(seed)
    w = rng.standard_normal((n, n))
    kx = 2 * np.pi * np.fft.fftfreq(n, d=length / n)
    ky = 2 * np.pi * np.fft.rfftfreq(n, d=length / n)
    k = np.hypot(kx[:, None], ky[None, :])
    qr = 4 * 2 * np.pi / length
    qs = n / 8.0 * 2 * np.pi / length
    shape = np.where((k > 0) & (k <= qs), np.maximum(k, qr) ** (-2 - 2 * hurst), 0.0)
    h = fft.irfft2(fft.rfft2(w) * np.sqrt(shape), s=(n, n))
    # rms slope from the spectrum (weights 2 for the half-spectrum columns that stand for ±k)
    c = fft.rfft2(h) / (n * n)
    weight = np.full(c.shape, 2.0)
    weight[:, 0] = 1.0
    if n % 2 == 0:
        weight[:, -1] = 1.0
    slope = np.sqrt(np.sum(weight * np.abs(c) ** 2 * k ** 2))
    return h * rms_slope / slope, k


def solve(h, k, e_star, pbar, tol=1e-8, max_iter=20000, workers=2):
    n = h.shape[0]
    with np.errstate(divide="ignore"):
        kernel = np.where(k > 0, 2.0 / (e_star * k), 0.0)
    sep = h.max() - h
    p = np.full(h.shape, pbar)
    t = np.zeros_like(h)
    g_old = 1.0
    conjugate = False
    for it in range(1, max_iter + 1):
        g = fft.irfft2(fft.rfft2(p, workers=workers) * kernel, s=(n, n), workers=workers) + sep
        s = p > 0
        g -= g[s].mean()
        gg = np.dot(g[s], g[s])
        beta = gg / g_old if conjugate else 0.0
        t = np.where(s, g + beta * t, 0.0)
        g_old = gg
        r = fft.irfft2(fft.rfft2(t, workers=workers) * kernel, s=(n, n), workers=workers)
        r -= r[s].mean()
        tau = np.dot(g[s], t[s]) / np.dot(r[s], t[s])
        p_old = p
        p = np.where(s, np.maximum(p - tau * t, 0.0), 0.0)
        enter = (p == 0) & (g < 0)
        changed = bool(enter.any())
        p[enter] = -tau * g[enter]
        conjugate = not changed
        p *= pbar * p.size / p.sum()
        err = np.abs(p - p_old).sum() / p.sum()
        if err < tol and not changed:
            return p, it
    raise RuntimeError("no convergence")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sizes", nargs="*", type=int, default=[256, 512, 1024])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--surface", help="n*n little-endian float64 heights (units of the side) from ContactBenchmark")
    a = ap.parse_args()
    for n in a.sizes:
        h, k = surface(n)
        if a.surface:
            h = np.fromfile(a.surface, dtype="<f8").reshape(n, n)
        pbar = 0.018 * 1.0 * 0.1
        best = float("inf")
        best_cpu = float("inf")
        for _ in range(a.repeat):
            c0 = time.process_time()
            t0 = time.perf_counter()
            p, its = solve(h, k, 1.0, pbar, workers=a.workers)
            best = min(best, time.perf_counter() - t0)
            best_cpu = min(best_cpu, time.process_time() - c0)
        # on a loaded machine the CPU time of a one-worker solve is steadier than the wall time
        cpu = f", CPU {best_cpu / its * 1e3:.3f} ms per iteration" if a.workers == 1 else ""
        print(f"n = {n}: {its} iterations, A/A0 = {np.mean(p > 0):.4f}, solve {best * 1e3:.1f} ms (best of {a.repeat}), "
              f"{best / its * 1e3:.3f} ms per iteration{cpu}, workers = {a.workers}")


if __name__ == "__main__":
    main()
