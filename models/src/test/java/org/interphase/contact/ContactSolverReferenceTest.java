package org.interphase.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * The solver keeps the free set as an index list, updates 𝒦p by linearity with influence corrections,
 * scales u lazily and splits grid passes over threads. None of that may change the iterates: here they
 * are compared with the dense masked iteration it replaced (Polonsky &amp; Keer, Wear 231, 206 (1999); the
 * loop {@code benchmarks/python/contact_bem.py} writes in numpy), on a full complex FFT of its own in the
 * first two tests and on the problem's kernel elsewhere. Exact equality of the iteration counts holds on
 * these well-conditioned problems; on long, ill-conditioned runs round-off alone can move it by a few.
 */
class ContactSolverReferenceTest {

    private static final double E_STAR = 1e9;
    private static final ContactSolver SOLVER = ContactSolver.withDefaults().withTolerance(1e-8).withMaxIterations(5000);
    private static final double SIDE = 1e-6;

    static Surface rough(int n, long seed) {
        return SelfAffineGenerator.builder().points(n).size(SIDE).hurst(0.8).rolloff(4 * 2 * Math.PI / SIDE)
                .cutoff(n / 8.0 * 2 * Math.PI / SIDE).rmsSlope(0.1).build().generate(seed);
    }

    /** u = 𝒦p. */
    interface Convolution {
        void apply(double[] p, double[] u);
    }

    /**
     * The periodic half-space convolution û = 2p̂/(E*|k|) on a full complex 2D FFT
     * ({@link SpectralKernelTest#fullComplexConvolution}), independent of the solver's fused
     * half-spectrum kernel.
     */
    static Convolution fullComplexHalfSpace(Surface s) {
        int nx = s.nx();
        int ny = s.ny();
        SpectralKernel.ModeFunction k = (k1, k2) -> {
            int s1 = k1 <= nx / 2 ? k1 : k1 - nx;
            double q = 2 * Math.PI * Math.hypot(s1 / s.lengthX(), k2 / s.lengthY());
            return q == 0 ? 0 : 2 / (E_STAR * q);
        };
        return (p, u) -> System.arraycopy(SpectralKernelTest.fullComplexConvolution(p, nx, ny, k), 0, u, 0, nx * ny);
    }

    @Test
    void iteratesMatchADensePolonskyKeerOnOneThread() {
        // 128² lies below the size at which passes are split over threads
        Surface s = rough(128, 11);
        double pbar = 0.018 * E_STAR * 0.1;
        ContactSolution sol = SOLVER.solve(ContactProblem.periodic(s, E_STAR)
                .withMeanPressure(pbar));
        assertSameIterates(sol, denseReference(ContactProblem.periodic(s, E_STAR).withMeanPressure(pbar), null, 1e-8,
                fullComplexHalfSpace(s)));
    }

    @Test
    void iteratesMatchADensePolonskyKeerWhenSplitOverThreads() {
        int before = ConcurrencyUtils.getNumberOfThreads();
        try {
            // three parts, so that the split is uneven even on a two-core machine
            ConcurrencyUtils.setNumberOfThreads(3);
            Surface s = rough(256, 12);
            double pbar = 0.03 * E_STAR * 0.1;
            ContactSolution sol = SOLVER.solve(ContactProblem.periodic(s, E_STAR)
                    .withMeanPressure(pbar));
            assertSameIterates(sol, denseReference(ContactProblem.periodic(s, E_STAR).withMeanPressure(pbar), null,
                    1e-8, fullComplexHalfSpace(s)));
        } finally {
            ConcurrencyUtils.setNumberOfThreads(before);
        }
    }

    /** The dense iteration with the problem's own kernel (tested on its own in {@link SpectralKernelTest}). */
    static Reference denseReference(ContactProblem pr, double[] start, double tol) {
        SpectralKernel kernel = pr.kernel(pr.contactModulus());
        return denseReference(pr, start, tol, kernel::apply);
    }

    /** What the dense iteration ends with. */
    record Reference(double[] pressure, int iterations, double[] history, int jacobiSteps, int lastJacobi) {
    }

    /**
     * The dense masked iteration the solver replaced, step for step (hardness cap, displacement control,
     * the self-compliance step for entering points, the projected Jacobi step when no point is free, warm
     * starts), with a full convolution for 𝒦p in every iteration.
     */
    static Reference denseReference(ContactProblem pr, double[] start, double tol, Convolution kernel) {
        double[] h = pr.surface().heights();
        int n = h.length;
        double hmax = Double.NEGATIVE_INFINITY;
        for (double v : h) {
            hmax = Math.max(hmax, v);
        }
        double[] sep = new double[n];
        double range = 0;
        for (int i = 0; i < n; i++) {
            sep[i] = hmax - h[i];
            range = Math.max(range, sep[i]);
        }
        double roundOff = 1e-13 * range;
        boolean load = pr.isLoadControlled();
        double hard = pr.hardnessCap();
        double pbar = pr.targetPressure();
        double alpha = pr.targetApproach();
        double[] p = new double[n];
        if (start != null) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                p[i] = Math.min(start[i], hard);
                total += p[i];
            }
            for (int i = 0; load && i < n; i++) {
                p[i] *= pbar * n / total;
            }
        } else if (load) {
            java.util.Arrays.fill(p, pbar);
        } else {
            double scale = pr.contactModulus() / Math.sqrt(pr.area());
            for (int i = 0; i < n; i++) {
                double overlap = alpha - sep[i];
                p[i] = overlap > 0 ? Math.min(hard / 2, scale * overlap) : 0.0;
            }
        }
        double[] unit = new double[n];
        unit[0] = 1;
        double[] response = new double[n];
        kernel.apply(unit, response);
        double selfCompliance = response[0];
        double[] g = new double[n];
        double[] t = new double[n];
        double[] r = new double[n];
        double[] history = new double[5000];
        int jacobi = 0;
        int lastJacobi = 0;
        double gOld = 1;
        boolean conjugate = false;
        for (int it = 1; it < 5000; it++) {
            kernel.apply(p, g);
            double sum = 0;
            int count = 0;
            for (int i = 0; i < n; i++) {
                g[i] += sep[i];
                if (p[i] > 0 && p[i] < hard) {
                    sum += g[i];
                    count++;
                }
            }
            if (count == 0) {
                assertThat(load).as("a free point under load control").isFalse();
                jacobi++;
                lastJacobi = it;
                boolean changed = false;
                double change = 0;
                double total = 0;
                for (int i = 0; i < n; i++) {
                    double v = Math.min(hard, Math.max(0.0, p[i] - (g[i] - alpha) / selfCompliance));
                    changed |= (v > 0) != (p[i] > 0) || (v < hard) != (p[i] < hard);
                    change += Math.abs(v - p[i]);
                    total += v;
                    p[i] = v;
                }
                conjugate = false;
                history[it - 1] = change / total;
                if (!changed && change / total < tol) {
                    return new Reference(p, it, java.util.Arrays.copyOf(history, it), jacobi, lastJacobi);
                }
                continue;
            }
            double shift = load ? sum / count : alpha;
            double gg = 0;
            for (int i = 0; i < n; i++) {
                g[i] -= shift;
                if (p[i] > 0 && p[i] < hard) {
                    gg += g[i] * g[i];
                }
            }
            double beta = conjugate ? gg / gOld : 0;
            for (int i = 0; i < n; i++) {
                t[i] = p[i] > 0 && p[i] < hard ? g[i] + beta * t[i] : 0;
            }
            gOld = gg;
            kernel.apply(t, r);
            double rbar = 0;
            if (load) {
                for (int i = 0; i < n; i++) {
                    rbar += p[i] > 0 && p[i] < hard ? r[i] : 0;
                }
                rbar /= count;
            }
            double num = 0;
            double den = 0;
            for (int i = 0; i < n; i++) {
                if (p[i] > 0 && p[i] < hard) {
                    num += g[i] * t[i];
                    den += (r[i] - rbar) * t[i];
                }
            }
            double tau = den > 0 && gg > roundOff * roundOff * count ? num / den : 0;
            double tauEnter = tau > 0 ? tau : 1 / selfCompliance;
            double[] old = p.clone();
            boolean changed = false;
            double total = 0;
            for (int i = 0; i < n; i++) {
                double q = old[i] > 0 && old[i] < hard ? old[i] - tau * t[i] : old[i];
                double v = Math.max(0, q);
                if (v == 0 && g[i] < 0) {
                    v = -tauEnter * g[i];
                    changed = true;
                } else if (old[i] >= hard && g[i] > 0) {
                    v = Math.max(0, hard - tauEnter * g[i]);
                    changed = true;
                }
                p[i] = Math.min(v, hard);
                total += p[i];
            }
            conjugate = !changed;
            double factor = load ? pbar * n / total : 1;
            double change = 0;
            double scaled = 0;
            for (int i = 0; i < n; i++) {
                p[i] *= factor;
                change += Math.abs(p[i] - old[i]);
                scaled += p[i];
            }
            history[it - 1] = change / scaled;
            if (change / scaled < tol && !changed) {
                return new Reference(p, it, java.util.Arrays.copyOf(history, it), jacobi, lastJacobi);
            }
        }
        throw new AssertionError("dense reference did not converge");
    }

    /**
     * Iterations, pressure and the residual history of every iteration agree to round-off. A residual is
     * Σ|Δp|/Σp: pressures that differ by round-off (~1e-13 relative after a few dozen iterations) move it
     * by ~1e-13 in absolute terms whatever its size, hence the absolute part of the bound.
     */
    private static void assertSameIterates(ContactSolution sol, Reference ref) {
        assertThat(sol.iterations()).isEqualTo(ref.iterations());
        double[] p = sol.pressure();
        double max = 0;
        double diff = 0;
        for (int i = 0; i < p.length; i++) {
            max = Math.max(max, ref.pressure()[i]);
            diff = Math.max(diff, Math.abs(p[i] - ref.pressure()[i]));
        }
        // the tolerance stops both at a relative change of 1e-8; the iterates themselves agree to round-off
        assertThat(diff).isLessThan(1e-9 * max);
        double[] history = sol.residualHistory();
        assertThat(history).hasSameSizeAs(ref.history());
        for (int i = 0; i < history.length; i++) {
            assertThat(history[i]).as("residual of iteration %d", i + 1)
                    .isCloseTo(ref.history()[i], org.assertj.core.api.Assertions.within(1e-6 * ref.history()[i] + 1e-11));
        }
    }

    @Test
    void displacementControlWithAHardnessCapMatchesTheDenseIteration() {
        // plastic points (p = H) enter, stay and are released along the way
        Surface s = rough(128, 13);
        double rms = s.statistics().rmsHeight();
        ContactProblem pr = ContactProblem.periodic(s, E_STAR).withApproach(1.5 * rms).withHardness(0.08 * E_STAR * 0.1);
        ContactSolution sol = SOLVER.solve(pr);
        double[] p = sol.pressure();
        int capped = 0;
        for (double v : p) {
            capped += v >= pr.hardnessCap() ? 1 : 0;
        }
        assertThat(capped).as("points at the hardness").isGreaterThan(20);
        assertSameIterates(sol, denseReference(pr, null, 1e-8));
    }

    @Test
    void displacementControlOnALayerAndANonPeriodicGridMatchTheDenseIteration() {
        Surface s = rough(64, 14);
        double rms = s.statistics().rmsHeight();
        ContactProblem layer = ContactProblem.periodic(s, E_STAR).withLayer(0.05 * SIDE, 2 * E_STAR, 0.3)
                .withApproach(1.2 * rms);
        assertSameIterates(SOLVER.solve(layer), denseReference(layer, null, 1e-8));
        Surface sphere = ContactSolverTest.sphere(64, SIDE, 4 * SIDE);
        ContactProblem bounded = ContactProblem.nonPeriodic(sphere, E_STAR).withApproach(0.004 * SIDE);
        assertSameIterates(SOLVER.solve(bounded), denseReference(bounded, null, 1e-8));
    }

    @Test
    void loadControlMatchesTheDenseIterationOfTheProblemsOwnKernel() {
        Surface s = rough(128, 15);
        ContactProblem pr = ContactProblem.periodic(s, E_STAR).withMeanPressure(0.05 * E_STAR * 0.1);
        assertSameIterates(SOLVER.solve(pr), denseReference(pr, null, 1e-8));
    }

    /** A few Gaussian bumps of height ~dx on an nx×ny grid of spacing dx. */
    static Surface bumps(int nx, int ny, long seed, double dx) {
        java.util.Random r = new java.util.Random(seed);
        double[][] b = new double[1 + r.nextInt(4)][3];
        for (double[] bb : b) {
            bb[0] = r.nextDouble() * nx;
            bb[1] = r.nextDouble() * ny;
            bb[2] = 1 + 4 * r.nextDouble();
        }
        double[] h = new double[nx * ny];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                double v = 0;
                for (double[] bb : b) {
                    v += Math.exp(-((i - bb[0]) * (i - bb[0]) + (j - bb[1]) * (j - bb[1])) / (bb[2] * bb[2]));
                }
                h[i * ny + j] = dx * v;
            }
        }
        return Surface.of(nx, ny, dx, dx, h);
    }

    @Test
    void aFullyPlasticStateGoesThroughTheJacobiStepAsInTheDenseIteration() {
        // 8² bumps with a low hardness: the first conjugate step caps every contact point, no point is
        // free, the projected Jacobi step frees some, and the conjugate gradient takes over again
        double dx = 1e-8;
        Surface s = bumps(8, 8, 12, dx);
        double range = maxMinusMin(s);
        ContactProblem pr = ContactProblem.periodic(s, E_STAR).withApproach(0.5 * range)
                .withHardness(0.1 * E_STAR * range / (dx * 8));
        Reference ref = denseReference(pr, null, 1e-8);
        assertThat(ref.jacobiSteps()).as("Jacobi steps of the reference").isPositive();
        assertThat(ref.iterations()).as("iterations after the last Jacobi step").isGreaterThan(ref.lastJacobi() + 2);
        assertSameIterates(SOLVER.solve(pr), ref);
    }

    private static double maxMinusMin(Surface s) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double v : s.heights()) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        return max - min;
    }

    @Test
    void nonSquareGridsMatchTheDenseIteration() {
        double dx = 1e-8;
        for (int[] shape : new int[][] {{32, 128}, {128, 16}}) {
            Surface s = bumps(shape[0], shape[1], 3, dx);
            double range = maxMinusMin(s);
            ContactProblem load = ContactProblem.periodic(s, E_STAR).withMeanPressure(0.02 * E_STAR * range / dx);
            assertSameIterates(SOLVER.solve(load), denseReference(load, null, 1e-8));
            ContactProblem capped = ContactProblem.periodic(s, E_STAR).withApproach(0.4 * range)
                    .withHardness(0.05 * E_STAR * range / dx);
            assertSameIterates(SOLVER.solve(capped), denseReference(capped, null, 1e-8));
        }
    }

    @Test
    void aWarmStartMatchesTheDenseIterationFromTheSameStart() {
        Surface s = rough(128, 16);
        ContactSolver solver = SOLVER;
        ContactSolution first = solver.solve(ContactProblem.periodic(s, E_STAR).withMeanPressure(0.02 * E_STAR * 0.1));
        ContactProblem next = ContactProblem.periodic(s, E_STAR).withMeanPressure(0.03 * E_STAR * 0.1);
        assertSameIterates(solver.withWarmStart(first).solve(next), denseReference(next, first.pressure(), 1e-8));
    }

    @Test
    void theCappedSetAndANonPeriodicGridMatchTheDenseIterationWhenSplitOverThreads() {
        int before = ConcurrencyUtils.getNumberOfThreads();
        try {
            ConcurrencyUtils.setNumberOfThreads(3);
            Surface s = rough(256, 17);
            double rms = s.statistics().rmsHeight();
            ContactProblem capped = ContactProblem.periodic(s, E_STAR).withApproach(1.5 * rms)
                    .withHardness(0.08 * E_STAR * 0.1);
            assertSameIterates(SOLVER.solve(capped), denseReference(capped, null, 1e-8));
            Surface sphere = ContactSolverTest.sphere(256, SIDE, 4 * SIDE);
            ContactProblem bounded = ContactProblem.nonPeriodic(sphere, E_STAR).withApproach(0.002 * SIDE);
            assertSameIterates(SOLVER.solve(bounded), denseReference(bounded, null, 1e-8));
        } finally {
            ConcurrencyUtils.setNumberOfThreads(before);
        }
    }
}
