package org.interphase.contact;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.interphase.core.CancellationToken;
import org.interphase.core.CancelledException;
import org.interphase.core.Checks;
import org.interphase.core.ConvergenceException;
import org.interphase.core.ProgressListener;
import org.interphase.core.ProgressTracker;

/**
 * FFT boundary-element solver of frictionless normal contact: the Polonsky–Keer constrained
 * conjugate gradient (Polonsky &amp; Keer, Wear 231, 206 (1999)) on the pressure p of an N×M grid.
 *
 * <p>It solves the linear complementarity problem
 * <pre>  u = 𝒦 p,   g = h_max − h + u − α ≥ 0,   p ≥ 0,   p·g = 0,   and ⟨p⟩ = p̄ (load control)</pre>
 * with 𝒦 the surface compliance of the elastic body ({@link ElasticKernels}: periodic half-space,
 * periodic bonded layer, or non-periodic Love kernel on a zero-padded 2N×2M grid). Each iteration
 * costs one or two convolutions (a real FFT forward and back each) and loops over S:
 * <ol>
 *   <li>u = 𝒦p; g = h_max − h + u; on the set S of points with 0 &lt; p &lt; H, ḡ = ⟨g⟩_S (load
 *       control; under displacement control ḡ = α); g ← g − ḡ.</li>
 *   <li>t = g + δ·(G/G_old)·t on S, 0 elsewhere (G = Σ_S g²; δ = 0 restarts with steepest descent).</li>
 *   <li>r = 𝒦t, r ← r − ⟨r⟩_S (load control); τ = Σ_S g t / Σ_S r t.</li>
 *   <li>p ← max(0, p − τt) on S; points with p = 0 and g &lt; 0 (penetrating) enter with p = −τg,
 *       points at the hardness whose gap opens leave it with p = H − τg; either resets δ = 0.</li>
 *   <li>Load control: scale p to the load, capping at H and rescaling the rest until the cap holds.</li>
 *   <li>Stop when Σ|p − p_old|/Σp &lt; tolerance and no point entered the contact.</li>
 * </ol>
 * When step 4 clips nothing and no point enters or leaves (most iterations once the contact set has
 * settled), the new pressure is exactly s·(p − τt), so 𝒦p is updated as s·(𝒦p − τr) from the r of
 * step 3 instead of a second convolution; a full convolution every 32 such updates, and at the end,
 * keeps round-off from accumulating. The iterates are those of the textbook algorithm (a test compares
 * them with a dense implementation).
 *
 * <p>Steps 1–4 act on S alone, a few per cent of the grid at the loads of interest, so S is kept as an
 * index list and the sums run over it; the whole grid is touched only by the convolutions and by one
 * fused pass that finds penetrating points and moves 𝒦p. Each convolution is one fused real-FFT pass
 * (package-private {@code SpectralKernel}); the grid-wide passes are split over JTransforms' thread pool from 65,536
 * points on ({@code pl.edu.icm.jlargearrays.ConcurrencyUtils.setNumberOfThreads} sets the count).
 * Memory per periodic solve: p, 𝒦p, 𝒦t, the separation and the influence function (five N×M arrays of
 * doubles) and the free-set list, direction and scratch (2.5 more; 1.5 more with a hardness); the
 * non-periodic kernel adds its 2N×2M FFT buffer, and the solution copies two fields. The iteration
 * allocates no work arrays (a threaded pass allocates its small task objects).
 *
 * <p>With a hardness cap under load control, the load is matched by Brent's method on the approach
 * of displacement-controlled solves (scaling the pressure to the load inside the iteration fights
 * the cap and cycles); the solution then reports the iterations of the last of those solves.
 *
 * <p>Near full contact Polonsky–Keer converges slowly (ContactMechanics issue #3); with a hardness
 * cap close to saturation too (ContactMechanics #68). Both end in a {@link ConvergenceException}
 * that says so.
 *
 * <p>Progress ({@link #withProgress}) is an estimate, since the number of iterations is not known
 * in advance: the larger of it/maxIterations and ln(change)/ln(tolerance), the share of the decades
 * from a relative change of 1 down to the tolerance already covered; with a hardness cap under load
 * control, 1 − 0.8^k after the k-th solve of the load search. A cancelled token
 * ({@link #withCancellation}) stops the iteration at the start of its next iteration with a
 * {@link CancelledException}.
 */
public final class ContactSolver {

    /** Linear updates of K*p between two full convolutions (bounds the drift from round-off). */
    private static final int REFRESH = 32;

    /** The method every solution reports. */
    static final String METHOD = "Polonsky–Keer constrained conjugate gradient";

    private final double tolerance;
    private final int maxIterations;
    /** A previous solution whose pressure starts the iteration, or null for a cold start. */
    private final ContactSolution warmStart;
    private final ProgressListener listener;
    private final CancellationToken token;

    private ContactSolver(double tolerance, int maxIterations, ContactSolution warmStart) {
        this(tolerance, maxIterations, warmStart, ProgressListener.none(), CancellationToken.none());
    }

    private ContactSolver(double tolerance, int maxIterations, ContactSolution warmStart, ProgressListener listener,
            CancellationToken token) {
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.warmStart = warmStart;
        this.listener = listener;
        this.token = token;
    }

    /** @return a solver with relative tolerance 1e-8, at most 5000 iterations and a cold start */
    public static ContactSolver withDefaults() {
        return new ContactSolver(1e-8, 5000, null);
    }

    /**
     * @param value told the estimated fraction done while a solve runs, ending at 1 (not null)
     * @return a copy of this solver reporting to it
     * @throws NullPointerException if the value is null
     */
    public ContactSolver withProgress(ProgressListener value) {
        return new ContactSolver(tolerance, maxIterations, warmStart, Checks.nonNull(value, "progress listener"), token);
    }

    /**
     * @param value checked at every iteration (not null)
     * @return a copy of this solver that stops with {@link CancelledException} once the token is cancelled
     * @throws NullPointerException if the value is null
     */
    public ContactSolver withCancellation(CancellationToken value) {
        return new ContactSolver(tolerance, maxIterations, warmStart, listener, Checks.nonNull(value, "cancellation token"));
    }

    /**
     * @param tolerance relative L1 change of the pressure between iterations at which to stop, in [1e-15, 0.1]
     * @return a copy of this solver with that tolerance
     * @throws IllegalArgumentException if the tolerance is out of range
     */
    public ContactSolver withTolerance(double tolerance) {
        Checks.inClosedRange(tolerance, 1e-15, 0.1, "tolerance", "");
        return new ContactSolver(tolerance, maxIterations, warmStart, listener, token);
    }

    /**
     * @param maxIterations iteration cap (&ge; 1)
     * @return a copy of this solver with that cap
     * @throws IllegalArgumentException if the cap is below 1
     */
    public ContactSolver withMaxIterations(int maxIterations) {
        Checks.positive(maxIterations, "max iterations");
        return new ContactSolver(tolerance, maxIterations, warmStart, listener, token);
    }

    /**
     * A warm start: the iteration begins from the pressure of a previous solution on the same grid
     * (scaled to the new load), so that a sequence of nearby loads converges in fewer iterations than
     * cold starts. It changes where the iteration starts, not the answer (which is the same to the
     * tolerance), so it is a setting of the solver rather than part of the problem.
     *
     * @param previous a previous solution; its grid must match the grid of the problems solved
     * @return a copy of this solver that starts from {@code previous}
     * @throws NullPointerException if previous is null
     */
    public ContactSolver withWarmStart(ContactSolution previous) {
        Objects.requireNonNull(previous, "previous (the warm-start solution)");
        return new ContactSolver(tolerance, maxIterations, previous, listener, token);
    }

    /** @return a copy of this solver that starts cold (the default) */
    public ContactSolver withColdStart() {
        return new ContactSolver(tolerance, maxIterations, null, listener, token);
    }

    /** @return the relative tolerance */
    public double tolerance() {
        return tolerance;
    }

    /** @return the iteration cap */
    public int maxIterations() {
        return maxIterations;
    }

    /** @return the warm-start solution; empty for a cold start */
    public Optional<ContactSolution> warmStart() {
        return Optional.ofNullable(warmStart);
    }

    /**
     * Solves a loaded problem.
     *
     * @param problem the problem, with a mean pressure or an approach
     * @return the solution
     * @throws ConvergenceException if the iteration cap is reached
     * @throws IllegalArgumentException if the problem is not loaded, a warm start is on another grid, or a
     *     non-periodic contact reaches the grid edge
     * @throws CancelledException if the cancellation token is cancelled before or during the solve
     */
    public ContactSolution solve(ContactProblem problem) {
        Objects.requireNonNull(problem, "problem");
        ProgressTracker tracker = ProgressTracker.start(listener, token, "ContactSolver ("
                + problem.surface().nx() + "×" + problem.surface().ny() + " grid)");
        ContactSolution solution = solve(problem, tracker);
        tracker.finish("converged in " + solution.iterations() + " iterations");
        return solution;
    }

    private ContactSolution solve(ContactProblem problem, ProgressTracker tracker) {
        if (!problem.isLoaded()) {
            throw new IllegalArgumentException("the problem has no load: call withMeanPressure, withForce, withApproach"
                    + " or withMeanGap");
        }
        double[] start = null;
        if (warmStart != null) {
            Surface s = warmStart.problem().surface();
            if (s.nx() != problem.surface().nx() || s.ny() != problem.surface().ny()) {
                throw new IllegalArgumentException("warm start is on a " + s.nx() + "×" + s.ny() + " grid, the problem on "
                        + problem.surface().nx() + "×" + problem.surface().ny());
            }
            start = warmStart.pressureView();
        }
        if (problem.isLoadControlled() && problem.hardnessCap() != Double.POSITIVE_INFINITY) {
            // if the elastic solution nowhere reaches the hardness it is also the capped solution, and
            // load control needs no search over the approach
            ContactSolution elastic = new Run(problem.elastic(),
                    problem.kernel(problem.contactModulus()), tracker, false).solve(start);
            double peak = 0;
            for (double v : elastic.pressureView()) {
                peak = Math.max(peak, v);
            }
            if (peak <= problem.hardnessCap()) {
                return elastic.forProblem(problem, METHOD);
            }
            return solveCappedUnderLoad(problem, start, tracker);
        }
        ContactSolution solution = new Run(problem, problem.kernel(problem.contactModulus()), tracker, true).solve(start);
        if (!problem.isLoadControlled() && problem.boundary() == ContactProblem.Boundary.PERIODIC
                && !problem.hasLayer() && problem.hardnessCap() == Double.POSITIVE_INFINITY
                && solution.contactFraction() >= 1.0) {
            // in full contact the periodic half-space's mean mode has zero compliance: any approach beyond
            // it leaves the mean pressure undetermined, and the iteration returns an arbitrary huge value
            throw new ConvergenceException("Polonsky–Keer", solution.iterations(), solution.residual(),
                    "the approach " + problem.targetApproach() + " m brings the periodic half-space into full contact, where "
                            + "the mean pressure is undetermined; use load control (withMeanPressure) instead");
        }
        return solution;
    }

    /**
     * Load control with a hardness cap: Brent on the approach α of displacement-controlled solves (each a
     * box-constrained Polonsky–Keer, warm-started from the last), since p̄(α) is continuous and
     * increasing. Scaling the pressure to the load inside the iteration fights the cap and cycles.
     */
    private ContactSolution solveCappedUnderLoad(ContactProblem problem, double[] start, ProgressTracker tracker) {
        double target = problem.targetPressure();
        // heights in ascending order: their range, and below the separations max − h in ascending order
        double[] sortedHeights = problem.surface().heightsView().clone();
        java.util.Arrays.sort(sortedHeights);
        int n = sortedHeights.length;
        double max = sortedHeights[n - 1];
        double range = max - sortedHeights[0];
        ContactSolution[] last = new ContactSolution[1];
        double[][] warm = {start};
        int[] solves = {0};
        java.util.function.DoubleUnaryOperator excess = alpha -> {
            ContactSolution s = new Run(problem.withApproach(alpha), problem.kernel(problem.contactModulus()), tracker,
                    false).solve(warm[0]);
            solves[0]++;
            tracker.update(1 - Math.pow(0.8, solves[0]), "load search, solve " + solves[0]);
            last[0] = s;
            // a full-contact state is a poor start: the free set is then the whole grid, on which the periodic
            // half-space compliance is singular (its mean mode is zero)
            // warm-start only from a state near the target load: a state far from it (an overshoot toward
            // full contact carries an arbitrary mean pressure) let the next solve stop after one step, 1 % off
            warm[0] = s.meanPressure() > 0.5 * target && s.meanPressure() < 2 * target && s.contactFraction() < 1
                    ? s.pressureView() : null;
            return s.meanPressure() / target - 1.0;
        };
        // the fully plastic overlap H·A(α)/A0 = p̄ is a first guess for the upper end
        // the k-th smallest separation max − h is max minus the k-th largest height
        int k = (int) Math.min(n - 1, Math.ceil(target / problem.hardnessCap() * n));
        double hi = Math.max(max - sortedHeights[n - 1 - k], 1e-6 * range);
        // grow gently: the last solve warm-starts the next, and a far overshoot lands in a nearly full,
        // badly conditioned contact
        int expansions = 0;
        double lo;
        if (excess.applyAsDouble(hi) < 0) {
            do {
                lo = hi;
                hi *= 1.25;
                if (++expansions > 200) {
                    throw new ConvergenceException("load bracketing", expansions, Double.NaN,
                            "the load is not reached at any approach; lower the load");
                }
            } while (excess.applyAsDouble(hi) < 0);
        } else {
            // the plastic first guess already carries the load (elastic spots add to it): shrink
            // toward zero approach, where no load is carried, until the bracket holds the root
            lo = hi / 1.25;
            while (excess.applyAsDouble(lo) >= 0) {
                hi = lo;
                lo /= 1.25;
                if (++expansions > 200) {
                    throw new ConvergenceException("load bracketing", expansions, Double.NaN,
                            "the load is carried at every approach tried; check the hardness and the load");
                }
            }
        }
        double root = org.interphase.core.RootFinder.brent(excess, lo, hi, 1e-13 * Math.max(range, hi));
        excess.applyAsDouble(root);
        return last[0].forProblem(problem, METHOD + " at the approach that carries the load (Brent), with the "
                + "hardness cap");
    }

    /**
     * A load path: {@link #solve} at each mean pressure in turn, each warm-started from the previous
     * solution ({@link #withWarmStart}); the first starts from this solver's own warm start, if any.
     *
     * @param problem the problem (its own load is ignored)
     * @param meanPressures mean pressures, Pa (each &gt; 0 and below the hardness)
     * @return one solution per pressure, in order
     * @throws IllegalArgumentException if a pressure is out of range
     */
    public ImmutableList<ContactSolution> loadPath(ContactProblem problem, double... meanPressures) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(meanPressures, "meanPressures");
        Checks.allFinite(meanPressures, "mean pressures", "Pa");
        for (double p : meanPressures) {
            Checks.positive(p, "mean pressure", "Pa");
        }
        ImmutableList.Builder<ContactSolution> out = ImmutableList.builderWithExpectedSize(meanPressures.length);
        // one progress over the whole path: each solve reports nothing itself, the path reports k of n
        ProgressTracker tracker = ProgressTracker.start(listener, token, "ContactSolver load path ("
                + meanPressures.length + " loads)");
        ContactSolver solver = withProgress(ProgressListener.none());
        int k = 0;
        for (double p : meanPressures) {
            ContactSolution s = solver.solve(problem.withMeanPressure(p));
            out.add(s);
            solver = solver.withWarmStart(s);
            tracker.step(++k, meanPressures.length, "load " + k + " of " + meanPressures.length);
        }
        tracker.finish(meanPressures.length + " loads solved");
        return out.build();
    }

    @Override
    public String toString() {
        return "ContactSolver[" + METHOD + ", tolerance " + tolerance + ", max " + maxIterations + " iterations, "
                + (warmStart == null ? "cold start" : "warm start from " + warmStart)
                + (listener == ProgressListener.none() ? "" : ", progress to " + listener)
                + (token == CancellationToken.none() ? "" : ", " + token) + "]";
    }

    /**
     * One solve: the work arrays live here.
     *
     * <p>The conjugate gradient only acts on the free set S = {0 &lt; p &lt; H}, a few per cent of the grid
     * at the loads of interest, so S (and the capped set {p ≥ H}) are kept as index lists and every sum and
     * update of steps 1–4 runs over them. The whole grid is touched by the convolutions and by a single
     * fused pass per iteration that looks for penetrating points and moves u = 𝒦p along the step; u is
     * stored up to a pending load-scaling factor ({@code uScale}). The sums over S run in index order, as a
     * dense masked loop would, so the iterates match the dense algorithm to round-off.
     */
    private final class Run {
        private final ContactProblem pr;
        private final SpectralKernel kernel;
        private final int n;
        private final double[] sep;
        private final double[] p;
        /** 𝒦p up to the factor {@code uScale}; the gap is uScale·u + sep − shift. */
        private final double[] u;
        /** 𝒦t, written by the convolution from the direction t on S. */
        private final double[] r;
        /** The free set S in ascending index order, its conjugate direction t, and a scratch value per point. */
        private final int[] free;
        private final double[] freeT;
        private final double[] freeScratch;
        private int freeCount;
        /** The capped set {p ≥ H} and its pressures before the step (empty without a hardness). */
        private final int[] capped;
        private final double[] cappedOld;
        private int cappedCount;
        private final double[] influence;
        private final int maxCorrections;
        private final int[] correctionIndex;
        private final double[] correctionValue;
        private final int ny;
        /** Threads for the grid-wide passes, and what each part of the penetration search found. */
        private final int parts;
        private final int[][] enterIndex;
        private final double[][] enterValue;
        private final int[] enterCount;
        private final double[] enterSum;
        private double selfCompliance;
        private final double roundOff;
        /** Cancellation checks, and progress reports if {@code report}. */
        private final ProgressTracker tracker;
        private final boolean report;

        Run(ContactProblem pr, SpectralKernel kernel, ProgressTracker tracker, boolean report) {
            this.tracker = tracker;
            this.report = report;
            this.pr = pr;
            this.kernel = kernel;
            double[] h = pr.surface().heightsView();
            this.n = h.length;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : h) {
                max = Math.max(max, v);
            }
            sep = new double[n];
            double range = 0;
            for (int i = 0; i < n; i++) {
                sep[i] = max - h[i];
                range = Math.max(range, sep[i]);
            }
            roundOff = 1e-13 * range;
            p = new double[n];
            u = new double[n];
            r = new double[n];
            free = new int[n];
            freeT = new double[n];
            freeScratch = new double[n];
            boolean capped = pr.hardnessCap() != Double.POSITIVE_INFINITY;
            this.capped = new int[capped ? n : 0];
            cappedOld = new double[capped ? n : 0];
            ny = pr.surface().ny();
            // a correction costs n multiply-adds, a convolution about 2·5·n·log2(n) flops over two FFTs:
            // corrections pay off up to ~2·log2(n) points, measured (periodic kernels only: the padded one is 4n)
            boolean periodic = pr.boundary() == ContactProblem.Boundary.PERIODIC;
            maxCorrections = periodic ? 2 * (31 - Integer.numberOfLeadingZeros(n)) : 0;
            influence = periodic ? new double[n] : null;
            correctionIndex = new int[Math.max(1, maxCorrections)];
            correctionValue = new double[Math.max(1, maxCorrections)];
            parts = Parallel.parts(n);
            enterIndex = new int[parts][Math.max(1, maxCorrections)];
            enterValue = new double[parts][Math.max(1, maxCorrections)];
            enterCount = new int[parts];
            enterSum = new double[parts];
        }

        /**
         * u += Σ_k c_k·G(· − x_k) over the first m recorded corrections (G the periodic influence function).
         * Blocks of rows stay in cache while every correction is added to them, and the blocks are split
         * over threads.
         */
        private void addInfluences(int m) {
            int nx = n / ny;
            int block = Math.max(1, 8192 / ny);
            Parallel.run(parts, part -> {
                int end = Parallel.start(nx, part + 1, parts);
                for (int i0 = Parallel.start(nx, part, parts); i0 < end; i0 += block) {
                    int i1 = Math.min(end, i0 + block);
                    for (int k = 0; k < m; k++) {
                        int a = correctionIndex[k] / ny;
                        int b = correctionIndex[k] % ny;
                        double c = correctionValue[k];
                        for (int i = i0; i < i1; i++) {
                            int di = i - a;
                            int row = (di < 0 ? di + nx : di) * ny;
                            int out = i * ny;
                            // columns j ≥ b map to G(·, j − b), j < b to G(·, j − b + ny): two contiguous runs
                            for (int j = b; j < ny; j++) {
                                u[out + j] += c * influence[row + j - b];
                            }
                            for (int j = 0; j < b; j++) {
                                u[out + j] += c * influence[row + j - b + ny];
                            }
                        }
                    }
                }
            });
        }

        /**
         * The grid-wide pass of one iteration, split over threads: a point with p = 0 whose gap
         * g = uScale·u + sep − shift is negative enters with p = min(H, −τ_enter·g); with {@code move}, u
         * becomes uScale·u − τ·r (the linear part of the new 𝒦p, unscaled). Each part records its first
         * entering points for the influence corrections.
         */
        private void penetrationPass(double uScale, double shift, double tau, double tauEnter, double hard,
                boolean move) {
            int cap = enterIndex[0].length;
            Parallel.run(parts, part -> {
                int[] index = enterIndex[part];
                double[] value = enterValue[part];
                int found = 0;
                double sum = 0;
                int end = Parallel.start(n, part + 1, parts);
                for (int i = Parallel.start(n, part, parts); i < end; i++) {
                    double ui = uScale * u[i];
                    if (p[i] == 0) {
                        double gi = ui + sep[i] - shift;
                        if (gi < 0) {
                            double v = Math.min(hard, -tauEnter * gi);
                            if (found < cap) {
                                index[found] = i;
                                value[found] = v;
                            }
                            found++;
                            p[i] = v;
                            sum += v;
                        }
                    }
                    if (move) {
                        u[i] = ui - tau * r[i];
                    }
                }
                enterCount[part] = found;
                enterSum[part] = sum;
            });
        }

        /** Rebuilds the free and capped sets from p (ascending order); the conjugate direction restarts. */
        private void rebuildSets(double hard) {
            int nf = 0;
            int nc = 0;
            for (int i = 0; i < n; i++) {
                double v = p[i];
                if (v > 0) {
                    if (v < hard) {
                        free[nf] = i;
                        freeT[nf] = 0.0;
                        nf++;
                    } else {
                        capped[nc++] = i;
                    }
                }
            }
            freeCount = nf;
            cappedCount = nc;
        }

        /** Drops the free points that were clipped to 0 or H (keeping t aligned); capped ones join the capped set. */
        private void compactFreeSet(double hard) {
            int m = 0;
            for (int k = 0; k < freeCount; k++) {
                int i = free[k];
                double v = p[i];
                if (v > 0 && v < hard) {
                    free[m] = i;
                    freeT[m] = freeT[k];
                    m++;
                } else if (v >= hard) {
                    capped[cappedCount++] = i;
                }
            }
            freeCount = m;
        }

        private void record(int corrections, int i, double value) {
            if (corrections < maxCorrections) {
                correctionIndex[corrections] = i;
                correctionValue[corrections] = value;
            }
        }

        ContactSolution solve(double[] start) {
            boolean load = pr.isLoadControlled();
            double hard = pr.hardnessCap();
            double pbar = pr.targetPressure();
            double alpha = pr.targetApproach();
            if (!initialise(start, load, hard, pbar, alpha)) {
                return finish(0, 0.0, new double[0], alpha);
            }
            java.util.Arrays.fill(r, 0.0);
            r[0] = 1.0;
            kernel.apply(r, r);
            selfCompliance = r[0];
            if (influence != null) {
                System.arraycopy(r, 0, influence, 0, n);
            }
            rebuildSets(hard);
            double[] history = new double[maxIterations];
            double gOld = 1.0;
            boolean conjugate = false;
            boolean uValid = false;
            double uScale = 1.0;
            int sinceRefresh = 0;
            for (int it = 1; it <= maxIterations; it++) {
                if (tracker.cancellationRequested()) {
                    tracker.checkCancelled("iteration " + it + " of at most " + maxIterations);
                }
                if (!uValid || sinceRefresh >= REFRESH) {
                    kernel.apply(p, u);
                    uScale = 1.0;
                    uValid = true;
                    sinceRefresh = 0;
                }
                int count = freeCount;
                if (count == 0) {
                    if (load) {
                        throw new ConvergenceException("Polonsky–Keer", it, Double.NaN, "no contact point is free to "
                                + "carry load; this is a bug for load control without a hardness, please report it");
                    }
                    // no point strictly between 0 and H: the contact is fully plastic (or empty). A projected
                    // Jacobi step with the self-compliance moves the points whose gap sign disagrees with their
                    // state; points that land between 0 and H hand over to the conjugate gradient.
                    boolean changed = false;
                    double change = 0;
                    double total = 0;
                    for (int i = 0; i < n; i++) {
                        double gi = uScale * u[i] + sep[i];
                        double v = Math.min(hard, Math.max(0.0, p[i] - (gi - alpha) / selfCompliance));
                        changed |= (v > 0) != (p[i] > 0) || (v < hard) != (p[i] < hard);
                        uValid &= v == p[i];
                        change += Math.abs(v - p[i]);
                        total += v;
                        p[i] = v;
                    }
                    conjugate = false;
                    rebuildSets(hard);
                    if (total == 0) {
                        return finish(it, 0.0, java.util.Arrays.copyOf(history, it - 1), alpha);
                    }
                    history[it - 1] = change / total;
                    if (!changed && change / total < tolerance) {
                        return finish(it, change / total, java.util.Arrays.copyOf(history, it), alpha);
                    }
                    continue;
                }
                int[] s = free;
                double[] gs = freeScratch;
                double[] ts = freeT;
                // 1. gap on S and its mean
                double sum = 0;
                for (int k = 0; k < count; k++) {
                    int i = s[k];
                    double gi = uScale * u[i] + sep[i];
                    gs[k] = gi;
                    sum += gi;
                }
                double shift = load ? sum / count : alpha;
                double gg = 0;
                for (int k = 0; k < count; k++) {
                    double gi = gs[k] - shift;
                    gs[k] = gi;
                    gg += gi * gi;
                }
                // 2. conjugate direction on S (0 elsewhere), 3. r = 𝒦t
                double beta = conjugate ? gg / gOld : 0.0;
                gOld = gg;
                for (int k = 0; k < count; k++) {
                    ts[k] = gs[k] + beta * ts[k];
                }
                // t is zero off S: the kernel loads it row by row from the list (S is in ascending order)
                kernel.applySparse(s, ts, count, r);
                double rbar = 0;
                if (load) {
                    for (int k = 0; k < count; k++) {
                        rbar += r[s[k]];
                    }
                    rbar /= count;
                }
                double num = 0;
                double den = 0;
                for (int k = 0; k < count; k++) {
                    num += gs[k] * ts[k];
                    den += (r[s[k]] - rbar) * ts[k];
                }
                // once the gap on the free set is at round-off level, num and den are noise and their ratio
                // is meaningless: take no step (the pressure change then drops below the tolerance)
                double tau = den > 0 && gg > roundOff * roundOff * count ? num / den : 0.0;
                // a single free point (or a converged free set) gives no curvature information: let penetrating
                // points enter with the self-compliance step instead
                double tauEnter = tau > 0 ? tau : 1.0 / selfCompliance;
                // 4. The new pressure is the linear step q = p − τt (t = 0 off S) plus corrections at the few
                // points that were clipped, entered or released. With a periodic kernel and at most
                // maxCorrections of them, 𝒦p is updated from r = 𝒦t and the influence function of each
                // corrected point instead of a second convolution.
                boolean changedSet = false;
                boolean leftFree = false;
                int corrections = 0;
                double total = 0;
                for (int k = 0; k < count; k++) {
                    int i = s[k];
                    double old = p[i];
                    double q = old - tau * ts[k];
                    double v = Math.max(0.0, q);
                    if (v == 0 && gs[k] < 0) {
                        v = -tauEnter * gs[k];
                        changedSet = true;
                    }
                    v = Math.min(v, hard);
                    if (v != q) {
                        record(corrections++, i, v - q);
                    }
                    leftFree |= !(v > 0 && v < hard);
                    p[i] = v;
                    gs[k] = old;
                    total += v;
                }
                for (int k = 0; k < cappedCount; k++) {
                    int i = capped[k];
                    double old = p[i];
                    cappedOld[k] = old;
                    double gi = uScale * u[i] + sep[i] - shift;
                    if (gi > 0) {
                        double v = Math.min(hard, Math.max(0.0, hard - tauEnter * gi));
                        if (v != old) {
                            record(corrections++, i, v - old);
                        }
                        p[i] = v;
                        changedSet = true;
                    }
                    total += p[i];
                }
                // the rest of the grid in one pass: penetrating points (p = 0, g < 0) enter with p = −τg, and
                // u moves along the step (pointless when the step is not linear any more)
                boolean moveU = uValid && corrections <= maxCorrections;
                penetrationPass(uScale, shift, tau, tauEnter, hard, moveU);
                double entered = 0;
                for (int part = 0; part < parts; part++) {
                    int found = enterCount[part];
                    for (int j = 0; j < found; j++) {
                        if (j < enterIndex[part].length) {
                            record(corrections, enterIndex[part][j], enterValue[part][j]);
                        }
                        corrections++;
                    }
                    entered += enterSum[part];
                    changedSet |= found > 0;
                }
                total += entered;
                boolean linear = moveU && corrections <= maxCorrections;
                conjugate = !changedSet;
                if (!Double.isFinite(total)) {
                    throw new ConvergenceException("Polonsky–Keer", it, total, "the pressure became non-finite; check "
                            + "the surface heights and the modulus");
                }
                if (load && total <= 0) {
                    // a conjugate step overshot and emptied the contact (nothing entered, or total would be > 0):
                    // undo it and restart with steepest descent
                    for (int k = 0; k < count; k++) {
                        p[s[k]] = gs[k];
                    }
                    for (int k = 0; k < cappedCount; k++) {
                        p[capped[k]] = cappedOld[k];
                    }
                    conjugate = false;
                    uValid = false;
                    history[it - 1] = Double.NaN;
                    continue;
                }
                double factor = load ? pbar * n / total : 1.0;
                double change = factor * entered;
                for (int k = 0; k < count; k++) {
                    change += Math.abs(factor * p[s[k]] - gs[k]);
                }
                for (int k = 0; k < cappedCount; k++) {
                    change += Math.abs(factor * p[capped[k]] - cappedOld[k]);
                }
                if (changedSet) {
                    rebuildSets(hard);
                } else if (leftFree) {
                    compactFreeSet(hard);
                }
                if (factor != 1.0) {
                    // load control runs without a hardness, so every loaded point is free
                    for (int k = 0; k < freeCount; k++) {
                        p[free[k]] *= factor;
                    }
                    for (int k = 0; k < cappedCount; k++) {
                        p[capped[k]] *= factor;
                    }
                }
                if (linear) {
                    if (corrections > 0) {
                        addInfluences(corrections);
                    }
                    uScale = factor;
                    sinceRefresh++;
                } else {
                    uValid = false;
                }
                total *= factor;
                if (total == 0) {
                    return finish(it, 0.0, java.util.Arrays.copyOf(history, it - 1), alpha);
                }
                double err = change / total;
                history[it - 1] = err;
                if (!Double.isFinite(err)) {
                    throw new ConvergenceException("Polonsky–Keer", it, err, "the pressure became non-finite; check "
                            + "the surface heights and the modulus");
                }
                if (err < tolerance && !changedSet) {
                    return finish(it, err, java.util.Arrays.copyOf(history, it), alpha);
                }
                if (report && tracker.listening()) {
                    double decades = err < 1 && err > 0 ? Math.log(err) / Math.log(tolerance) : 0;
                    tracker.update(Math.min(1, Math.max((double) it / maxIterations, decades)), "Polonsky–Keer iteration " + it);
                }
            }
            throw new ConvergenceException("Polonsky–Keer", maxIterations, history[maxIterations - 1],
                    "raise maxIterations or the tolerance; Polonsky–Keer is slow near full contact and near "
                            + "plastic saturation (mean pressure close to the hardness)");
        }

        /** @return false if there is no contact at all (displacement control with α ≤ 0 nowhere touching) */
        private boolean initialise(double[] start, boolean load, double hard, double pbar, double alpha) {
            if (start != null) {
                double total = 0;
                for (int i = 0; i < n; i++) {
                    p[i] = Math.min(start[i], hard);
                    total += p[i];
                }
                if (total > 0) {
                    if (load) {
                        enforceLoad(pbar);
                    }
                    return true;
                }
            }
            if (load) {
                java.util.Arrays.fill(p, pbar);
                return true;
            }
            double scale = pr.contactModulus() / Math.sqrt(pr.area());
            boolean any = false;
            for (int i = 0; i < n; i++) {
                double overlap = alpha - sep[i];
                p[i] = overlap > 0 ? Math.min(hard / 2, scale * overlap) : 0.0;
                any |= overlap > 0;
            }
            if (!any) {
                java.util.Arrays.fill(p, 0.0);
            }
            return any;
        }

        /**
         * Scales the pressure to the load (load control is only used without a hardness cap; capped
         * problems go through {@link #solveCappedUnderLoad}).
         *
         * @return the scale factor, or NaN if no pressure is left to scale
         */
        private double enforceLoad(double pbar) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += p[i];
            }
            if (!(total > 0)) {
                return Double.NaN;
            }
            double f = pbar * n / total;
            for (int i = 0; i < n; i++) {
                p[i] *= f;
            }
            return f;
        }

        private ContactSolution finish(int iterations, double residual, double[] history, double alpha) {
            double[] g = u;
            kernel.apply(p, g);
            double energy = 0;
            for (int i = 0; i < n; i++) {
                energy += p[i] * g[i];
            }
            energy = 0.5 * energy / n;
            double hard = pr.hardnessCap();
            double approach = alpha;
            if (pr.isLoadControlled()) {
                double sum = 0;
                int count = 0;
                double sumAll = 0;
                int countAll = 0;
                for (int i = 0; i < n; i++) {
                    if (p[i] > 0) {
                        sumAll += g[i] + sep[i];
                        countAll++;
                        if (p[i] < hard) {
                            sum += g[i] + sep[i];
                            count++;
                        }
                    }
                }
                approach = count > 0 ? sum / count : sumAll / countAll;
            }
            double[] gap = new double[n];
            double maxPen = 0;
            for (int i = 0; i < n; i++) {
                double v = g[i] + sep[i] - approach;
                if (p[i] > 0) {
                    gap[i] = 0.0;
                } else {
                    gap[i] = v;
                    maxPen = Math.max(maxPen, -v);
                }
            }
            if (pr.boundary() == ContactProblem.Boundary.NON_PERIODIC) {
                checkInside();
            }
            return new ContactSolution(pr, p.clone(), gap, approach, energy, iterations, residual, history, maxPen,
                    METHOD);
        }

        private void checkInside() {
            int nx = pr.surface().nx();
            int ny = pr.surface().ny();
            for (int i = 0; i < nx; i++) {
                for (int j = 0; j < ny; j++) {
                    boolean edge = i == 0 || j == 0 || i == nx - 1 || j == ny - 1;
                    if (edge && p[i * ny + j] > 0) {
                        throw new IllegalArgumentException("the contact reaches the edge of the non-periodic grid at ("
                                + i + ", " + j + "): the load is beyond what this grid can carry; enlarge the grid or "
                                + "lower the load");
                    }
                }
            }
        }
    }

    /**
     * Solves 𝒦_SS x = b on the set S (x = 0 off S) by conjugate gradients: the pressure that gives a
     * prescribed displacement on S, used for the incremental stiffness and the constriction
     * conductance. 𝒦 restricted to a set that is not the whole grid is positive definite.
     *
     * @return x, or null if S is empty
     */
    static double[] restrictedSolve(SpectralKernel kernel, boolean[] set, double rhs, double relTol, int maxIter) {
        int n = set.length;
        int m = 0;
        for (boolean b : set) {
            m += b ? 1 : 0;
        }
        if (m == 0) {
            return null;
        }
        // S as an index list: the sums and updates run over its m points; d stays 0 off S, as the
        // convolution's input must, and q is only read on S
        int[] s = new int[m];
        for (int i = 0, k = 0; i < n; i++) {
            if (set[i]) {
                s[k++] = i;
            }
        }
        double[] x = new double[n];
        double[] res = new double[m];
        double[] d = new double[n];
        double[] q = new double[n];
        double rr = 0;
        for (int k = 0; k < m; k++) {
            res[k] = rhs;
            d[s[k]] = rhs;
            rr += rhs * rhs;
        }
        double stop = relTol * relTol * rr;
        for (int it = 0; it < maxIter; it++) {
            kernel.apply(d, q);
            double dq = 0;
            for (int k = 0; k < m; k++) {
                dq += d[s[k]] * q[s[k]];
            }
            double a = rr / dq;
            double rrNew = 0;
            for (int k = 0; k < m; k++) {
                int i = s[k];
                x[i] += a * d[i];
                res[k] -= a * q[i];
                rrNew += res[k] * res[k];
            }
            if (rrNew < stop) {
                return x;
            }
            double b = rrNew / rr;
            rr = rrNew;
            for (int k = 0; k < m; k++) {
                d[s[k]] = res[k] + b * d[s[k]];
            }
        }
        throw new ConvergenceException("conjugate gradient (restricted)", maxIter, Math.sqrt(rr),
                "the contact set is ill-conditioned (near full contact); the stiffness there is very large");
    }
}
