#!/usr/bin/env python3
"""Test structures for the tortuosity comparison of issue 15 (Java conduction solver against TauFactor 2).

Every structure is a uint8 .npy file of shape (nz, ny, nx) in C order, so that the flat index is
x + nx·(y + ny·z) as in org.interphase.microstructure.Microstructure, and numpy axis 0 is our z (the
transport direction of every comparison). Label 1 is the conducting phase, 0 the other (insulating)
phase; the layered case has a second conducting label 2. A manifest `structures.tsv` beside the files
lists, per structure: name, file, nz, ny, nx, conductivities per label ("1:1" or "1:1,2:0.1"; labels not
listed are insulating), the conducting volume fraction, the exact τ where one is known, whether the
conducting phase spans z (6-connected, scipy.ndimage.label) and the recipe. Both sides (taufactor_run.py
and MicrostructureBenchmark.java) read that manifest, so they solve the same problems.

Recipes (all seeds fixed; re-running gives the same bytes):
  spheres50_N   overlapping-sphere pores, Boolean model: centres uniform in the box widened by r on every
                side (so the edges are not thinned), count = round(λ·V_widened) with λ = −ln(1 − p)/(4/3·π·r³),
                r = 5 voxels, target porosity p = 0.5; a voxel is pore (label 1) when its centre (i + ½) lies
                within r of a centre. N = 100, 200, 300; seeds 100, 200, 300. Achieved porosity ≈ 0.50.
  grains50_100  the complement: solid grains = overlapping spheres (Boolean, r = 5, solid fraction 0.5), pores
                (label 1) = the space between them, porosity ≈ 0.50; seed 101. The pore space between spheres
                is far less tortuous than the spheres' union at the same fraction (τ ≈ 1.6 against ≈ 3.8).
  channels_100  straight cylindrical channels along z (radius 6 voxels on a square 20-voxel lattice,
                label 1), porosity ≈ 0.28; exact τ = 1 (every column is the same along z).
  layers_100    slabs normal to z, 5 voxels thick, alternating label 1 (σ = 1) and label 2 (σ = 0.1): a 10:1
                contrast in series. Exact σ_eff = 1/(½/1 + ½/0.1) = 2/11 of σ₁; TauFactor's multi-phase τ
                (D_mean/D_eff with D_mean = Σ ε·D) = 0.55/(2/11) = 3.025.
  nonperc_100   conducting phase = overlapping spheres (Boolean, r = 5) at volume fraction 0.20, below the
                continuum threshold φ_c ≈ 0.2895 of overlapping spheres (Rintoul & Torquato, J. Phys. A 30,
                L585 (1997)); seed 7. Checked not to span z; σ_eff = 0 exactly, τ infinite.
  composite_150 a two-phase CAM + SE composite: CAM = overlapping spheres r = 8 at volume fraction 0.60
                (label 0, insulating for ions), SE = the rest (label 1, conducting, ≈ 0.40); seed 150.

Usage: python3 benchmarks/python/microstructure_structures.py [--out DIR] [--only NAME ...]
       (default DIR: benchmarks/target/microstructures, relative to the repository root; not committed)
"""
import argparse
import math
import os
import sys
import time

import numpy as np
from scipy import ndimage

DEFAULT_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "microstructures")


def boolean_spheres(n, radius, fraction, seed):
    """Union of overlapping spheres (Boolean model) covering `fraction` of an n³ box on average.

    Returns a bool array (nz, ny, nx), True inside a sphere. Centres are uniform in [−r, n + r)³ so that
    spheres cut by the box edges are represented as in an infinite medium.
    """
    rng = np.random.default_rng(seed)
    lam = -math.log(1.0 - fraction) / (4.0 / 3.0 * math.pi * radius ** 3)
    side = n + 2.0 * radius
    count = int(round(lam * side ** 3))
    centres = rng.uniform(-radius, n + radius, size=(count, 3))  # columns z, y, x in voxel units
    out = np.zeros((n, n, n), dtype=bool)
    base = np.floor(centres).astype(np.int64)
    reach = int(math.ceil(radius)) + 1
    r2 = radius * radius
    offsets = range(-reach, reach + 1)
    # Vectorised over all spheres at once: for each integer offset, the voxel base + offset is inside
    # when its centre (index + ½) lies within r of the sphere's centre.
    for dz in offsets:
        kz = base[:, 0] + dz
        ez = (kz + 0.5 - centres[:, 0]) ** 2
        okz = (kz >= 0) & (kz < n) & (ez <= r2)
        for dy in offsets:
            ky = base[:, 1] + dy
            ey = ez + (ky + 0.5 - centres[:, 1]) ** 2
            oky = okz & (ky >= 0) & (ky < n) & (ey <= r2)
            if not oky.any():
                continue
            for dx in offsets:
                kx = base[:, 2] + dx
                ok = oky & (kx >= 0) & (kx < n) & (ey + (kx + 0.5 - centres[:, 2]) ** 2 <= r2)
                out[kz[ok], ky[ok], kx[ok]] = True
    return out


def spans_z(conducting):
    """True when a 6-connected component of `conducting` touches both z faces (numpy axis 0)."""
    lab, _ = ndimage.label(conducting)
    low = np.unique(lab[0])
    high = np.unique(lab[-1])
    common = np.intersect1d(low[low > 0], high[high > 0])
    return common.size > 0


def spheres50(n, seed):
    return boolean_spheres(n, 5.0, 0.5, seed).astype(np.uint8)


def grains50(n, seed):
    return (~boolean_spheres(n, 5.0, 0.5, seed)).astype(np.uint8)


def channels(n=100, radius=6.0, pitch=20):
    yy, xx = np.meshgrid(np.arange(n) + 0.5, np.arange(n) + 0.5, indexing="ij")
    # distance to the nearest lattice point (pitch/2 + k·pitch)
    dy = (yy % pitch) - pitch / 2.0
    dx = (xx % pitch) - pitch / 2.0
    disc = (dy * dy + dx * dx) <= radius * radius
    return np.broadcast_to(disc, (n, n, n)).astype(np.uint8)


def layers(n=100, thickness=5):
    z = np.arange(n)
    label = np.where((z // thickness) % 2 == 0, 1, 2).astype(np.uint8)
    return np.broadcast_to(label[:, None, None], (n, n, n)).copy()


def nonpercolating(n=100, seed=7):
    return boolean_spheres(n, 5.0, 0.20, seed).astype(np.uint8)


def composite(n=150, seed=150):
    cam = boolean_spheres(n, 8.0, 0.60, seed)
    return (~cam).astype(np.uint8)


CASES = [
    # name, builder, conductivities, exact tau (None if unknown), recipe
    ("spheres50_100", lambda: spheres50(100, 100), "1:1", None,
     "Boolean sphere pores r=5, target porosity 0.5, seed 100"),
    ("spheres50_200", lambda: spheres50(200, 200), "1:1", None,
     "Boolean sphere pores r=5, target porosity 0.5, seed 200"),
    ("spheres50_300", lambda: spheres50(300, 300), "1:1", None,
     "Boolean sphere pores r=5, target porosity 0.5, seed 300"),
    ("grains50_100", lambda: grains50(100, 101), "1:1", None,
     "pores = space between Boolean sphere grains r=5, target porosity 0.5, seed 101"),
    ("channels_100", channels, "1:1", 1.0,
     "straight cylinders along z, r=6 on a 20-voxel square lattice"),
    ("layers_100", layers, "1:1,2:0.1", 3.025,
     "slabs normal to z, 5 voxels, labels 1 (sigma 1) and 2 (sigma 0.1) alternating; sigma_eff = 2/11"),
    ("nonperc_100", nonpercolating, "1:1", None,
     "Boolean spheres r=5 at volume fraction 0.20 conduct (below phi_c 0.2895), seed 7"),
    ("composite_150", composite, "1:1", None,
     "CAM Boolean spheres r=8 at 0.60 (label 0), SE rest (label 1), seed 150"),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--only", nargs="*", help="names to (re)generate; default all")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    manifest = os.path.join(a.out, "structures.tsv")
    rows = {}
    if os.path.exists(manifest):
        with open(manifest) as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                rows[line.split("\t")[0]] = line.rstrip("\n")
    for name, build, cond, exact, recipe in CASES:
        if a.only and name not in a.only:
            continue
        t0 = time.perf_counter()
        img = np.ascontiguousarray(build(), dtype=np.uint8)
        labels = [int(part.split(":")[0]) for part in cond.split(",")]
        conducting = np.isin(img, labels)
        fraction = float(conducting.mean())
        span = spans_z(conducting)
        if name.startswith("nonperc") and span:
            sys.exit(f"{name}: the conducting phase spans z with this seed; pick another seed")
        if not name.startswith("nonperc") and not span:
            sys.exit(f"{name}: the conducting phase does not span z")
        path = os.path.join(a.out, name + ".npy")
        np.save(path, img)
        nz, ny, nx = img.shape
        rows[name] = "\t".join([name, name + ".npy", str(nz), str(ny), str(nx), cond, f"{fraction:.6f}",
                                "" if exact is None else repr(exact), "yes" if span else "no", recipe])
        print(f"{name}: shape {img.shape}, conducting fraction {fraction:.4f}, spans z: {span}, "
              f"{time.perf_counter() - t0:.1f} s -> {path}", flush=True)
    order = [c[0] for c in CASES]
    with open(manifest, "w") as f:
        f.write("# name\tfile\tnz\tny\tnx\tconductivities\tconducting_fraction\texact_tau\tspans_z\trecipe\n")
        for name in order:
            if name in rows:
                f.write(rows[name] + "\n")


if __name__ == "__main__":
    main()
