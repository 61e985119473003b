#!/usr/bin/env python3
"""Run TauFactor 2 (the peer, CPU) on the structures of microstructure_structures.py and print one line each.

The peer is installed outside the project (never committed, never in CI); see benchmarks/README.md,
section "Microstructure (issue 15)". Transport is along our z = numpy axis 0 of the (nz, ny, nx) array.
TauFactor's transport direction is the first axis of the array it is given ("x" in its own naming: its
Solver sets the Dirichlet values on img[0] and img[-1] and measures the flux along axis 0), so the array is
passed as it is, without a transpose.

What TauFactor does (taufactor/taufactor.py of tldr-group/taufactor): red-black SOR on the voxel graph in
float32 (torch.float; the Solver class does not pass a precision through), ω = 2 − π/(1.5·N_axis0),
potentials −½ and +½ on the two faces half a voxel outside the first and last layer. Every 100 iterations
it computes the mean flux through each layer and stops when (max − min)/max < conv_crit AND τ moved by less
than 2e-3 (absolute, hard-coded) since the previous check; conv_crit defaults to 1e-2. `conv_crit` is the
knob for accuracy. τ = D_mean/D_rel with D_mean = Σ_phases ε·D (the conducting fraction for a binary image)
and D_rel = mean layer flux · N_axis0 / ΔV. A structure with zero flux in some layer is checked for a
spanning path and, if none, reported as τ = ∞ (converged) at once; a non-percolating structure whose layers
all carry a small transient flux instead runs to iter_limit.

--reference adds the exact discrete answer of the same finite-volume problem (float64, the same face
conductances — harmonic mean for several phases, 1 between two conducting voxels of a binary image — and
the same half-voxel Dirichlet faces), solved by scipy CG with a pyamg smoothed-aggregation preconditioner
to a relative residual of 1e-11, so the accuracy of each TauFactor run can be stated (|τ − τ_ref|/τ_ref).

Output, one line per run (key=value, space separated, parsable):
  TAUFACTOR name=spheres50_100 shape=100x100x100 crit=0.01 tau=1.636 deff=0.30818 iters=400 converged=true
      setup_s=0.21 solve_s=1.06 ms_per_iter=2.65 threads=2 load=0.52,0.61,0.70 [tau_ref=... rel_err=...]
  REFERENCE name=... tau_ref=... deff_ref=... cg_iters=... time_s=...

Usage: python3 benchmarks/python/taufactor_run.py [NAMES...] [--dir DIR] [--crit 1e-2 1e-4]
           [--iter-limit 10000] [--threads 2] [--reference] [--repeat 1]
       NAMES are structure names from DIR/structures.tsv (default: all but the 300³ one).
"""
import argparse
import contextlib
import io
import os
import sys
import time

import numpy as np

DEFAULT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "microstructures")


def load_manifest(directory):
    rows = {}
    with open(os.path.join(directory, "structures.tsv")) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            p = line.rstrip("\n").split("\t")
            cond = {int(k): float(v) for k, v in (kv.split(":") for kv in p[5].split(","))}
            rows[p[0]] = {"name": p[0], "file": os.path.join(directory, p[1]), "conductivities": cond,
                          "exact_tau": float(p[7]) if p[7] else None, "spans": p[8] == "yes"}
    return rows


def load_text():
    return ",".join(f"{x:.2f}" for x in os.getloadavg())


def run_taufactor(img, cond, crit, iter_limit):
    import taufactor as tau
    t0 = time.perf_counter()
    log = io.StringIO()
    with contextlib.redirect_stdout(log):  # TauFactor prints its own messages; keep our stdout parsable
        if set(cond) == {1} and cond[1] == 1.0 and set(np.unique(img)) <= {0, 1}:
            solver = tau.Solver(img, device="cpu")
        else:
            solver = tau.MultiPhaseSolver(img, diffusivities=dict(cond), device="cpu")
        setup = time.perf_counter() - t0
        solver.solve(iter_limit=iter_limit, verbose=False, conv_crit=crit)
    total = time.perf_counter() - t0
    # a run stopped by its iteration limit leaves tau unset (the reference mode stops TauFactor at once)
    t = float(np.asarray(solver.tau).ravel()[0]) if solver.tau is not None else float("nan")
    d = float(np.asarray(solver.D_eff).ravel()[0]) if solver.D_eff is not None else float("nan")
    return {"tau": t, "deff": d, "iters": solver.iter, "converged": bool(solver.converged),
            "setup_s": setup, "solve_s": solver.walltime, "total_s": total,
            "messages": " | ".join(s.strip() for s in log.getvalue().splitlines() if s.strip())}


def reference(img, cond, tol=1e-11):
    """Exact discrete τ of TauFactor's finite-volume problem, float64, CG + smoothed-aggregation AMG."""
    import pyamg
    import scipy.sparse as sp
    import scipy.sparse.linalg as spla
    from scipy import ndimage
    nz, ny, nx = img.shape
    d = np.zeros(img.shape)
    for label, value in cond.items():
        d[img == label] = value
    conducting = d > 0
    # keep only voxels connected to a Dirichlet face: other clusters carry no current and make A singular
    lab, _ = ndimage.label(conducting)
    keep_labels = np.union1d(np.unique(lab[0]), np.unique(lab[-1]))
    keep = np.isin(lab, keep_labels[keep_labels > 0])
    n = int(keep.sum())
    if n == 0:
        return {"tau": float("inf"), "deff": 0.0, "iters": 0}
    index = -np.ones(img.shape, dtype=np.int64)
    index[keep] = np.arange(n)
    rows, cols, vals = [], [], []
    diag = np.zeros(n)
    for axis in range(3):
        a = [slice(None)] * 3
        b = [slice(None)] * 3
        a[axis] = slice(0, -1)
        b[axis] = slice(1, None)
        da, db = d[tuple(a)], d[tuple(b)]
        with np.errstate(invalid="ignore", divide="ignore"):
            g = np.where((da > 0) & (db > 0), 2 * da * db / (da + db), 0.0)
        ia, ib = index[tuple(a)], index[tuple(b)]
        m = (g > 0) & (ia >= 0) & (ib >= 0)
        ga, ia, ib = g[m], ia[m], ib[m]
        rows += [ia, ib]
        cols += [ib, ia]
        vals += [-ga, -ga]
        np.add.at(diag, ia, ga)
        np.add.at(diag, ib, ga)
    # half-voxel Dirichlet faces: conductance 2·D to potential 0 (z low) and 1 (z high)
    rhs = np.zeros(n)
    for layer, value in ((0, 0.0), (nz - 1, 1.0)):
        idx = index[layer]
        m = idx >= 0
        g = 2.0 * d[layer][m]
        np.add.at(diag, idx[m], g)
        np.add.at(rhs, idx[m], g * value)
    rows.append(np.arange(n))
    cols.append(np.arange(n))
    vals.append(diag)
    A = sp.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n))
    t0 = time.perf_counter()
    ml = pyamg.smoothed_aggregation_solver(A, symmetry="symmetric")
    count = [0]

    def cb(_):
        count[0] += 1

    x, info = spla.cg(A, rhs, rtol=tol, atol=0.0, M=ml.aspreconditioner(cycle="V"), maxiter=2000, callback=cb)
    elapsed = time.perf_counter() - t0
    if info != 0:
        raise RuntimeError(f"reference CG did not converge (info {info})")
    phi = np.zeros(img.shape)
    phi[keep] = x
    low = index[0] >= 0
    high = index[-1] >= 0
    i_low = float(np.sum(2.0 * d[0][low] * phi[0][low]))
    i_high = float(np.sum(2.0 * d[-1][high] * (1.0 - phi[-1][high])))
    current = 0.5 * (i_low + i_high)
    deff = current * nz / (nx * ny)  # σ_eff in the units of the given conductivities (h = 1, ΔV = 1)
    d_mean = float(np.mean(d))
    return {"tau": d_mean / deff, "deff": deff, "iters": count[0], "time_s": elapsed,
            "balance": abs(i_low - i_high) / current}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*")
    ap.add_argument("--dir", default=DEFAULT_DIR)
    ap.add_argument("--crit", nargs="+", type=float, default=[1e-2, 1e-4],
                    help="TauFactor conv_crit values (default: its default 1e-2, and 1e-4)")
    ap.add_argument("--iter-limit", type=int, default=10000, help="TauFactor iter_limit (its default 10000)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--reference", action="store_true", help="also solve the exact discrete problem (scipy+pyamg)")
    a = ap.parse_args()

    import torch
    torch.set_num_threads(a.threads)
    manifest = load_manifest(a.dir)
    names = a.names or [n for n in manifest if not n.endswith("_300")]
    for name in names:
        if name not in manifest:
            sys.exit(f"unknown structure {name!r}; known: {', '.join(manifest)}")
        case = manifest[name]
        img = np.load(case["file"])
        if img.dtype != np.uint8 or img.ndim != 3:
            sys.exit(f"{case['file']}: expected a 3-D uint8 array, got {img.dtype} {img.shape}")
        shape = "x".join(str(s) for s in img.shape)
        ref = None
        if a.reference:
            ref = reference(img, case["conductivities"])
            print(f"REFERENCE name={name} shape={shape} tau_ref={ref['tau']:.10g} deff_ref={ref['deff']:.10g} "
                  f"cg_iters={ref['iters']} time_s={ref.get('time_s', 0):.2f} "
                  f"face_balance={ref.get('balance', 0):.1e} load={load_text()}", flush=True)
        for crit in a.crit:
            for _ in range(a.repeat):
                load_before = load_text()
                r = run_taufactor(img, case["conductivities"], crit, a.iter_limit)
                line = (f"TAUFACTOR name={name} shape={shape} crit={crit:g} tau={r['tau']:.9g} "
                        f"deff={r['deff']:.9g} iters={r['iters']} converged={str(r['converged']).lower()} "
                        f"setup_s={r['setup_s']:.3f} solve_s={r['solve_s']:.3f} "
                        f"ms_per_iter={1e3 * r['solve_s'] / max(r['iters'], 1):.3f} "
                        f"threads={torch.get_num_threads()} load_before={load_before} load={load_text()}")
                if ref is not None and np.isfinite(ref["tau"]) and np.isfinite(r["tau"]):
                    line += f" tau_ref={ref['tau']:.10g} rel_err={abs(r['tau'] - ref['tau']) / ref['tau']:.2e}"
                if case["exact_tau"] is not None:
                    line += f" exact_tau={case['exact_tau']:g}"
                if r["messages"]:
                    line += f" # {r['messages']}"
                print(line, flush=True)


if __name__ == "__main__":
    main()
