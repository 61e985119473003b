package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interphase.core.Checks;
import org.interphase.core.ConvergenceException;

/**
 * Steady conduction through a voxel microstructure by finite volumes, solved by matrix-free conjugate
 * gradients with a multigrid preconditioner.
 *
 * <p><b>Equations.</b> Along each axis of the {@link ConductionProblem}: ∇·(σ∇φ) = 0 in the conducting
 * voxels, φ = 1 V on the low face, φ = 0 on the high face, no current through the other four faces.
 * One unknown per voxel (its centre potential); the face between voxels i and j conducts
 * G_ij = h²/(h/(2σ_i) + R_ij + h/(2σ_j)), a voxel on a driven face is joined to it by 2σ_i·h. The
 * scheme is second-order accurate for smooth fields and exact for layers normal to the current
 * (series) or along it (parallel).
 *
 * <p><b>Before the solve</b> the conducting voxels are labelled into 6-connected clusters; only clusters
 * that touch both driven faces are solved for (isolated and dead-end clusters carry no current and would
 * make the system singular). If none does, σ_eff = 0 at once, with no iteration.
 *
 * <p><b>Iteration.</b> Flexible conjugate gradients (Hestenes &amp; Stiefel 1952; Notay, SIAM J. Sci.
 * Comput. 22, 2000) from the linear profile, preconditioned by one multigrid K-cycle (aggregation of
 * 2×2×2 voxels with the Galerkin coarse operator, symmetric red–black Gauss–Seidel smoothing,
 * over-corrected coarse correction, each coarse level solved by two Krylov-combined cycles of the levels
 * below it (Notay &amp; Vassilevski 2008), a banded Cholesky factor on the coarsest level; see the
 * package-private {@code Multigrid}), which keeps the iteration count nearly independent of the grid
 * size and of the conductivity contrast. The K-cycle is taken with one conducting phase; with several
 * (conductivity contrast), above {@code KEEP_PRODUCTS_MAX} voxels (where the flexible step's A·p is not
 * kept) and below a relative residual of {@code KRYLOV_FLOOR}, the coarse levels take stationary W steps
 * instead (a fixed preconditioner, with the usual conjugate-gradient step). It stops
 * when the relative residual ‖b − A·φ‖₂ / ‖b‖₂ falls to the tolerance (b: the driving term of the
 * low face), and throws {@link ConvergenceException} if it does not within the iteration limit. The
 * effective conductivity is taken from the dissipation Σ G (Δφ)² (ΔV = 1 V), which exceeds the exact
 * discrete value by the squared energy norm of the potential's error only, so it is accurate to far
 * better than the tolerance; the currents through the two driven faces are reported too, and agree to
 * about the tolerance (flux conservation).
 *
 * <p><b>Threads and determinism.</b> Loops run over fixed blocks of grid lines, sums are added in block
 * order: the result has the same bits whatever the thread count. No array is allocated per iteration.
 * Memory: three double and one float vector and one class byte per voxel (29 bytes; with one conducting
 * phase one more byte, the index of the voxel's diagonal), plus the coarse levels (five floats and three
 * doubles per aggregate of 8 voxels, about 6 bytes per voxel) and one double per aggregate of the first
 * coarse level for the restriction (1 byte per voxel): about 37 bytes per voxel (up to 2^26 voxels, about
 * 406³, A·p is kept as well, 8 bytes more, and with one conducting phase the K-cycle's one more double per
 * coarse cell, about 1.14 bytes more;
 * {@code KEEP_PRODUCTS_MAX}), 5.0 GB for 512³, which solves in
 * a 6 GB heap (the labelling before the solve, 4 bytes per voxel, is released first).
 * A kept field holds one double per voxel per axis ({@link #withFields}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ConductionSolver {

    /**
     * The multigrid cycle (see {@code Multigrid}): over-correction ω = 1.9 of every coarse correction,
     * two symmetric Gauss–Seidel sweeps before and after it on every level, K-cycle (two cycles per
     * coarse level, combined by a Krylov step). ω = 1.9 saved one iteration of 14–17 on the 50 %-porosity
     * sphere packings against 1.8 with W steps, and changes none on the grain-pore and CAM + SE benchmark
     * structures (1.7–1.95 measured, issue 15). The K-cycle against the W-cycle (the stationary steps of
     * {@link Multigrid.Cycle#stationary()}), one conducting phase: 7 → 5 iterations to 1e-4 and 16 → 11 to
     * 1e-6 on the 100³ sphere packing; the same on the grain and CAM + SE structures and on site packings at
     * p = 0.35–0.6, 105 against 113 at p = 0.32 (64³, 1e-6). With two or more conducting phases the K-cycle
     * is <em>not</em> used: on a contrast of 10⁻⁴ it needed 35 iterations against the W steps' 19 at 1e-6,
     * on 10⁻⁵ 125 against 24 at 1e-7 (40³ sphere packings, an independent review), the K step on the first
     * coarse level being far from linear there; those problems keep the W steps and the usual β.
     */
    static final Multigrid.Cycle CYCLE = new Multigrid.Cycle(1.9, 2, 2, 0, true);

    /**
     * Largest grid (voxels) for which A·p is kept between the two operator passes of an iteration (one
     * stencil application less per iteration, 8 bytes per voxel more: 0.5 GB at this size, about 406³);
     * a larger one recomputes it, so that 512³ stays within a 6 GB heap. The bits are the same either way.
     */
    static final int KEEP_PRODUCTS_MAX = 1 << 26;

    /**
     * Relative residual below which the K-cycle's flexible iteration gives way (by a restart from the current
     * potential) to the stationary W steps with the usual β. Flexible conjugate gradients keep only the last
     * direction A-orthogonal, which in exact arithmetic suffices for a linear preconditioner; with a
     * nonlinear one and z rounded to float, conjugacy to the earlier directions decays, and on ill-conditioned
     * problems the iteration can crawl at tight tolerances: pores of 1 in 10⁻⁶ at 40³ took 803 iterations to
     * 10⁻¹⁰ against the W-cycle's 39 (an independent review; such two-phase problems no longer take the
     * K-cycle, see {@link #CYCLE}). With one conducting phase the K-cycle needed no more iterations than the
     * W-cycle to 10⁻⁶ on every structure tried, and the benchmarks' tolerances (10⁻⁴–10⁻⁶) lie above this
     * floor; below it, the stationary steps bound what a structure not tried could cost (site packing at
     * p = 0.32, 64³, to 10⁻¹²: 267 iterations against the W-cycle's 216).
     */
    static final double KRYLOV_FLOOR = 1e-6;

    /** Voxels per block of the loops that build the class arrays. */
    private static final int CHUNK = 1 << 16;

    private static final ConductionSolver DEFAULTS = new ConductionSolver(1e-6, 500,
            Runtime.getRuntime().availableProcessors(), true, CYCLE);

    private final double tolerance;
    private final int maxIterations;
    private final int threads;
    private final boolean fields;
    private final Multigrid.Cycle cycle;

    private ConductionSolver(double tolerance, int maxIterations, int threads, boolean fields, Multigrid.Cycle cycle) {
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.threads = threads;
        this.fields = fields;
        this.cycle = cycle;
    }

    /**
     * @param shape the multigrid cycle (package-private: for tests and measurements of other shapes)
     * @return a copy with that cycle
     */
    ConductionSolver withCycle(Multigrid.Cycle shape) {
        return new ConductionSolver(tolerance, maxIterations, threads, fields, shape);
    }

    /**
     * @return relative residual tolerance 1e-6, at most 500 iterations, as many threads as processors,
     *     fields kept
     */
    public static ConductionSolver withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param tolerance the relative residual ‖b − A·φ‖₂/‖b‖₂ at which to stop, dimensionless, in [1e-14, 1e-2]
     * @return a copy with that tolerance
     */
    public ConductionSolver withTolerance(double tolerance) {
        return new ConductionSolver(Checks.inClosedRange(tolerance, 1e-14, 1e-2, "tolerance", ""), maxIterations,
                threads, fields, cycle);
    }

    /**
     * @param maxIterations the largest number of conjugate-gradient iterations per axis, &ge; 1
     * @return a copy with that limit
     */
    public ConductionSolver withMaxIterations(int maxIterations) {
        return new ConductionSolver(tolerance, Checks.positive(maxIterations, "maxIterations"), threads, fields, cycle);
    }

    /**
     * @param threads the number of threads to use, in [1, 1024]; at most as many as the JVM has processors
     *     are started (more would only compete with the working ones); the result does not depend on it
     * @return a copy with that number of threads
     */
    public ConductionSolver withThreads(int threads) {
        return new ConductionSolver(tolerance, maxIterations, Checks.inClosedRange(threads, 1, 1024, "threads"), fields,
                cycle);
    }

    /**
     * @param keep true to keep the potential of every axis in the solution ({@link ConductionSolution#field}),
     *     one double per voxel per axis; false to keep only the numbers (large grids)
     * @return a copy with that setting
     */
    public ConductionSolver withFields(boolean keep) {
        return new ConductionSolver(tolerance, maxIterations, threads, keep, cycle);
    }

    /** @return the relative residual tolerance */
    public double tolerance() {
        return tolerance;
    }

    /** @return the iteration limit per axis */
    public int maxIterations() {
        return maxIterations;
    }

    /** @return the number of threads */
    public int threads() {
        return threads;
    }

    /** @return true if fields are kept */
    public boolean keepsFields() {
        return fields;
    }

    /**
     * @param problem the problem (not null)
     * @return σ_eff along each of the problem's axes, with τ, the connectivity, the diagnostics and the fields
     * @throws ConvergenceException if an axis does not reach the tolerance within the iteration limit
     */
    public ConductionSolution solve(ConductionProblem problem) {
        Checks.nonNull(problem, "problem");
        Microstructure m = problem.microstructure();
        double[] sigma = problem.conductivityArray();
        ImmutableList<VoxelPhase> conducting = problem.conductingPhases();
        List<String> warnings = new ArrayList<>();
        for (String note : problem.notes()) {
            if (note.contains("insulating (")) {
                warnings.add(note);
            }
        }
        // class 1…K per conducting phase, 0 for the rest
        byte[] classOf = new byte[VoxelPhase.MAX_LABEL + 1];
        int k = 0;
        double sigmaMax = 0;
        for (VoxelPhase p : conducting) {
            classOf[p.label()] = (byte) ++k;
            sigmaMax = Math.max(sigmaMax, sigma[p.label()]);
        }
        int k1 = k + 1;
        double h = m.voxelSize();
        double[] table = new double[k1 * k1];
        double[] gb = new double[k1];
        for (VoxelPhase a : conducting) {
            int ca = classOf[a.label()] & 0xFF;
            double sa = sigma[a.label()] / sigmaMax;
            gb[ca] = Math.max(2 * sa, Double.MIN_NORMAL);
            for (VoxelPhase b : conducting) {
                int cb = classOf[b.label()] & 0xFF;
                double sb = sigma[b.label()] / sigmaMax;
                double r = problem.resistance(a.label(), b.label()) * sigmaMax / h;
                double g = 1 / (0.5 / sa + r + 0.5 / sb);
                // a contrast beyond double range would cut the face; keep it conducting (SPD) instead
                table[ca * k1 + cb] = Double.isFinite(g) && g > Double.MIN_NORMAL ? g : Double.MIN_NORMAL;
            }
        }
        boolean[] selected = new boolean[VoxelPhase.MAX_LABEL + 1];
        for (VoxelPhase p : conducting) {
            selected[p.label()] = true;
        }
        Map<Axis, ConductionSolution.AxisResult> results = new EnumMap<>(Axis.class);
        int depth = 0;
        Multigrid.Cycle used = cycle;
        boolean restarts = false;
        try (Workers workers = Workers.upTo(m.voxelCount() < 32_768 ? 1 : threads)) {
            // the classes per axis first, so that the labelling (4 bytes per voxel) is gone before the solve
            Map<Axis, byte[]> classes = new EnumMap<>(Axis.class);
            Map<Axis, long[]> spans = new EnumMap<>(Axis.class);
            Map<Axis, String> statements = new EnumMap<>(Axis.class);
            if (!conducting.isEmpty()) {
                Labelling lab = Labelling.of(m, selected, workers);
                byte[] labels = m.labelArray();
                for (Axis axis : problem.axes()) {
                    boolean[] keep = lab.spanning(axis.low(), axis.high());
                    long spanning = 0;
                    for (int c = 0; c < lab.count; c++) {
                        if (keep[c]) {
                            spanning += lab.sizes[c];
                        }
                    }
                    spans.put(axis, new long[] {spanning});
                    statements.put(axis, statement(axis, lab, m, conducting));
                    if (spanning > 0) {
                        byte[] cls = new byte[labels.length];
                        int[] comp = lab.component;
                        int n = cls.length;
                        workers.run((int) (((long) n + CHUNK - 1) / CHUNK), (b0, b1) -> {
                            for (int i = b0 * CHUNK, end = (int) Math.min(n, (long) b1 * CHUNK); i < end; i++) {
                                int c = comp[i];
                                cls[i] = c >= 0 && keep[c] ? classOf[labels[i] & 0xFF] : 0;
                            }
                        });
                        classes.put(axis, cls);
                    }
                }
            }
            for (Axis axis : problem.axes()) {
                byte[] cls = classes.remove(axis);
                if (cls == null) {
                    String s = conducting.isEmpty() ? "along " + axis + " no phase conducts" : statements.get(axis);
                    warnings.add(axis + ": σ_eff = 0 — " + s);
                    results.put(axis, new ConductionSolution.AxisResult(0, 0, 0, 0, 0, 0, s, null));
                    continue;
                }
                int ax = axis.ordinal();
                FineGrid fine = new FineGrid(m.nx(), m.ny(), m.nz(), ax, cls, table, k1, gb, workers);
                boolean keep = cls.length <= KEEP_PRODUCTS_MAX;
                if (keep) {
                    fine.keepProducts();
                }
                // the K-cycle with one conducting phase only (see CYCLE), and only where its flexible β has
                // the kept A·p; otherwise the stationary W steps (a fixed preconditioner, the usual β)
                used = keep && k1 == 2 ? cycle : cycle.stationary();
                Multigrid mg = new Multigrid(fine, used);
                depth = mg.depth();
                double[] x = new double[cls.length];
                double[] outcome = pcg(fine, mg, x, axis);
                restarts |= outcome[2] > 0;
                int iterations = (int) outcome[0];
                double residual = outcome[1];
                double[] flow = fine.measure(x);
                // scaled conductances × σ_max·h are siemens; σ_eff = I·L/(A·1 V)
                double amps = sigmaMax * h;
                double sigmaEff = flow[2] * sigmaMax * fine.length() / fine.crossSection();
                ConductionField field = fields ? new ConductionField(axis, fine, h, x, sigmaMax) : null;
                results.put(axis, new ConductionSolution.AxisResult(sigmaEff, iterations, residual, flow[0] * amps,
                        flow[1] * amps, spans.get(axis)[0], statements.get(axis), field));
            }
        }
        String method = String.format(Locale.ROOT,
                "%sconjugate gradients, multigrid preconditioner (%s; %d levels, 2×2×2 aggregation, Galerkin, "
                        + "red–black Gauss–Seidel), relative residual tolerance %.1e",
                used.krylov() ? "flexible " : "", used.describe(depth - 1), depth, tolerance)
                + (restarts ? String.format(Locale.ROOT, "; below %.0e restarted with W steps and plain conjugate "
                        + "gradients", KRYLOV_FLOOR) : "");
        return new ConductionSolution(problem, results, method, ImmutableList.copyOf(warnings));
    }

    /** @return {iterations done, true relative residual, 1 if the K-cycle gave way to the W steps else 0}; x holds the potential */
    private double[] pcg(FineGrid fine, Multigrid cycle, double[] x, Axis axis) {
        Multigrid mg = cycle;
        int n = x.length;
        double[] r = new double[n];
        double[] p = new double[n];
        float[] z = new float[n];
        fine.guess(x);
        double rnorm = Math.sqrt(fine.residual(x, r));
        double bnorm = Math.sqrt(fine.rhsNorm2());
        double target = tolerance * bnorm;
        // the K-cycle's flexible iteration down to KRYLOV_FLOOR, then (if the tolerance is tighter) a restart
        // with the stationary W steps and the usual β (see KRYLOV_FLOOR)
        double stop = mg.flexible() ? Math.max(target, KRYLOV_FLOOR * bnorm) : target;
        int it = 0;
        int restarted = 0;
        while (rnorm > target) {
            // (re)start: the recursive residual is checked against the true one at the end
            double rz = mg.apply(r, z);
            double pap = fine.directionDotAp(0, p, z);
            while (true) {
                if (!(pap > 0) || !(rz > 0)) {
                    throw new ConvergenceException("conduction along " + axis + " (preconditioned conjugate gradients)",
                            it, rnorm / bnorm, "the preconditioned system lost positive definiteness (pᵀAp = " + pap
                                    + ", rᵀz = " + rz + "); the conductivity or interface-resistance contrast may be "
                                    + "beyond double precision");
                }
                double alpha = rz / pap;
                rnorm = Math.sqrt(fine.update(alpha, x, r, p));
                it++;
                if (rnorm <= stop) {
                    break;
                }
                if (it >= maxIterations) {
                    throw new ConvergenceException("conduction along " + axis + " (preconditioned conjugate gradients)",
                            it, rnorm / bnorm, "raise withMaxIterations or the tolerance (" + tolerance + ")");
                }
                double rzNew = mg.apply(r, z);
                // flexible (Notay 2000): p orthogonal in A to the last direction, −zᵀA·p_old/p_oldᵀA·p_old;
                // for a fixed linear preconditioner the usual rᵀz ratio (the two agree in exact arithmetic)
                double beta = mg.flexible() ? -fine.zDotProducts() / pap : rzNew / rz;
                pap = fine.directionDotAp(beta, p, z);
                rz = rzNew;
            }
            rnorm = Math.sqrt(fine.residual(x, r));
            if (rnorm > target && it >= maxIterations) {
                throw new ConvergenceException("conduction along " + axis + " (preconditioned conjugate gradients)",
                        it, rnorm / bnorm, "raise withMaxIterations or the tolerance (" + tolerance + ")");
            }
            if (rnorm > target && rnorm <= stop) {
                mg = mg.stationary();
                stop = target;
                restarted = 1;
            }
        }
        return new double[] {it, rnorm / bnorm, restarted};
    }

    /** Which clusters touch which face of the axis, and what is removed. */
    private static String statement(Axis axis, Labelling lab, Microstructure m, List<VoxelPhase> conducting) {
        int both = 0;
        int low = 0;
        int high = 0;
        int none = 0;
        long vBoth = 0;
        long vLow = 0;
        long vHigh = 0;
        long vNone = 0;
        for (int c = 0; c < lab.count; c++) {
            boolean l = lab.touches(c, axis.low());
            boolean hi = lab.touches(c, axis.high());
            long s = lab.sizes[c];
            if (l && hi) {
                both++;
                vBoth += s;
            } else if (l) {
                low++;
                vLow += s;
            } else if (hi) {
                high++;
                vHigh += s;
            } else {
                none++;
                vNone += s;
            }
        }
        double n = m.voxelCount();
        StringBuilder names = new StringBuilder();
        for (VoxelPhase p : conducting) {
            names.append(names.length() == 0 ? "" : ", ").append(p.name());
        }
        String parts = String.format(Locale.ROOT, "%d join %s to %s (%s of the box), %d touch %s only (%s), "
                + "%d touch %s only (%s), %d touch neither (%s)", both, axis.low(), axis.high(), pct(vBoth / n), low,
                axis.low(), pct(vLow / n), high, axis.high(), pct(vHigh / n), none, pct(vNone / n));
        String head = "along " + axis + " the conducting phases (" + names + ") form " + lab.count + " clusters: ";
        if (both == 0) {
            return head + parts + "; none joins the two faces, so σ_eff = 0 and τ is infinite";
        }
        long removed = vLow + vHigh + vNone;
        return head + parts + (removed > 0 ? "; the " + pct(removed / n) + " of the box not joined to both faces was "
                + "removed before the solve" : "");
    }

    private static String pct(double f) {
        return String.format(Locale.ROOT, "%.3g %%", 100 * f);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ConductionSolver(tolerance %.1e, max %d iterations, %d threads, fields %s)",
                tolerance, maxIterations, threads, fields ? "kept" : "not kept");
    }
}
