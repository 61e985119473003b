package org.interphase.uncertainty;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.interphase.core.CancellationToken;
import org.interphase.core.CancelledException;
import org.interphase.core.Checks;
import org.interphase.core.ProgressListener;
import org.interphase.core.ProgressTracker;

/**
 * Propagates the inputs' spreads through the model by sampling: Monte Carlo or Latin hypercube
 * ({@link Sampling}), in parallel, and bit-for-bit the same for a given seed whatever the number
 * of threads.
 *
 * <p>Determinism: sample i draws its probabilities from its own generator, the i-th
 * {@link SplittableRandom#split()} of {@code new SplittableRandom(seed)} (split in index order
 * before any work starts); a Latin hypercube's per-input stratum orders come from the next split,
 * shuffled (Fisher–Yates) on the calling thread. The outputs are stored by index and every
 * statistic is computed in index order on the calling thread, so neither the thread count nor the
 * scheduling can change a bit of the result. The model itself must be deterministic.
 *
 * <p>Progress is reported per evaluated sample ({@link #withProgress}); a cancelled token
 * ({@link #withCancellation}) stops every worker before its next sample, so at most one sample per
 * thread runs after the request, and {@code solve} throws {@link CancelledException}.
 *
 * <p>Defaults: 1000 samples, Latin hypercube, seed 1, one thread per available processor. Immutable
 * and thread-safe.
 */
public final class UncertaintySolver {

    /** Most samples one solve may draw (the outputs and inputs are kept in memory). */
    public static final int MAX_SAMPLES = 10_000_000;

    private final int samples;
    private final long seed;
    private final Sampling sampling;
    private final int threads;
    private final ProgressListener listener;
    private final CancellationToken token;

    private UncertaintySolver(int samples, long seed, Sampling sampling, int threads, ProgressListener listener,
            CancellationToken token) {
        this.samples = samples;
        this.seed = seed;
        this.sampling = sampling;
        this.threads = threads;
        this.listener = listener;
        this.token = token;
    }

    /** @return 1000 Latin-hypercube samples, seed 1, one thread per available processor, no listener */
    public static UncertaintySolver withDefaults() {
        return new UncertaintySolver(1000, 1, Sampling.LATIN_HYPERCUBE, Runtime.getRuntime().availableProcessors(),
                ProgressListener.none(), CancellationToken.none());
    }

    /**
     * @param n number of samples (in [2, {@value #MAX_SAMPLES}])
     * @return a copy drawing n samples
     * @throws IllegalArgumentException if n is out of range
     */
    public UncertaintySolver withSamples(int n) {
        Checks.inClosedRange(n, 2, MAX_SAMPLES, "number of samples");
        return new UncertaintySolver(n, seed, sampling, threads, listener, token);
    }

    /**
     * @param value the seed (any long): the same seed gives the same samples and the same result
     * @return a copy with that seed
     */
    public UncertaintySolver withSeed(long value) {
        return new UncertaintySolver(samples, value, sampling, threads, listener, token);
    }

    /**
     * @param value Monte Carlo or Latin hypercube (not null)
     * @return a copy sampling that way
     * @throws NullPointerException if the value is null
     */
    public UncertaintySolver withSampling(Sampling value) {
        return new UncertaintySolver(samples, seed, Checks.nonNull(value, "sampling"), threads, listener, token);
    }

    /**
     * @param n threads evaluating the model (in [1, 1024]); the result does not depend on it
     * @return a copy using n threads
     * @throws IllegalArgumentException if n is out of range
     */
    public UncertaintySolver withThreads(int n) {
        return new UncertaintySolver(samples, seed, sampling, Checks.inClosedRange(n, 1, 1024, "threads"), listener, token);
    }

    /**
     * @param value told the fraction of samples evaluated, ending at 1 (not null)
     * @return a copy reporting to it
     * @throws NullPointerException if the value is null
     */
    public UncertaintySolver withProgress(ProgressListener value) {
        return new UncertaintySolver(samples, seed, sampling, threads, Checks.nonNull(value, "progress listener"), token);
    }

    /**
     * @param value checked before every sample (not null)
     * @return a copy that stops, throwing {@link CancelledException}, once the token is cancelled
     * @throws NullPointerException if the value is null
     */
    public UncertaintySolver withCancellation(CancellationToken value) {
        return new UncertaintySolver(samples, seed, sampling, threads, listener, Checks.nonNull(value, "cancellation token"));
    }

    /** @return the number of samples */
    public int samples() {
        return samples;
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return the sampling scheme */
    public Sampling sampling() {
        return sampling;
    }

    /** @return the number of threads */
    public int threads() {
        return threads;
    }

    /**
     * Draws the samples, evaluates the model on each and summarizes the output.
     *
     * @param problem the inputs and the model (not null)
     * @return the outputs in sample order, their statistics and the inputs' ranked sensitivities
     * @throws NullPointerException if the problem is null
     * @throws IllegalStateException if the model returns a non-finite value (the message names the
     *     sample); an exception of the model propagates unchanged
     * @throws CancelledException if the token is cancelled before or during the run
     */
    public UncertaintySolution solve(UncertaintyProblem problem) {
        Checks.nonNull(problem, "problem");
        int k = problem.inputs().size();
        int n = samples;
        Checks.allocation(n, k + 1, Double.BYTES, "uncertainty samples (n × (inputs + 1))");
        ProgressTracker tracker = ProgressTracker.start(listener, token, "UncertaintySolver (" + n + " samples)");
        double[][] x = draw(problem, n, k);
        double[] y = new double[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < n && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    tracker.checkCancelled("sample " + i);
                    Sample s = new Sample(i, problem.names(), row(x, i, k));
                    double v = problem.model().applyAsDouble(s);
                    if (!Double.isFinite(v)) {
                        throw new IllegalStateException("the model returned " + v + " " + problem.unit() + " for " + s
                                + "; it must return a finite " + problem.output());
                    }
                    y[i] = v;
                    int d = done.incrementAndGet();
                    tracker.step(d, n, d + " of " + n + " samples");
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                    return;
                }
            }
        };
        run(worker, Math.min(threads, n));
        if (failure.get() != null) {
            throw failure.get();
        }
        UncertaintySolution solution = new UncertaintySolution(problem, this, x, y);
        tracker.finish(n + " samples evaluated");
        return solution;
    }

    /** The inputs of every sample, x[input][sample], drawn on the calling thread in a fixed order. */
    private double[][] draw(UncertaintyProblem problem, int n, int k) {
        SplittableRandom master = new SplittableRandom(seed);
        SplittableRandom[] perSample = new SplittableRandom[n];
        for (int i = 0; i < n; i++) {
            perSample[i] = master.split();
        }
        int[][] strata = null;
        if (sampling == Sampling.LATIN_HYPERCUBE) {
            SplittableRandom shuffle = master.split();
            strata = new int[k][];
            for (int j = 0; j < k; j++) {
                int[] p = new int[n];
                for (int i = 0; i < n; i++) {
                    p[i] = i;
                }
                for (int i = n - 1; i > 0; i--) {
                    int r = shuffle.nextInt(i + 1);
                    int t = p[i];
                    p[i] = p[r];
                    p[r] = t;
                }
                strata[j] = p;
            }
        }
        double[][] x = new double[k][n];
        for (int i = 0; i < n; i++) {
            SplittableRandom r = perSample[i];
            for (int j = 0; j < k; j++) {
                double u = open(r);
                if (strata != null) {
                    // inside stratum s: [s/n, (s+1)/n); (s + u)/n stays in (0, 1) for u in (0, 1)
                    u = (strata[j][i] + u) / n;
                }
                x[j][i] = problem.inputs().get(j).distribution().quantile(u);
            }
        }
        return x;
    }

    /** A uniform number in the open interval (0, 1): 53 random bits, offset by half a step. */
    private static double open(SplittableRandom r) {
        return ((r.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }

    private static double[] row(double[][] x, int i, int k) {
        double[] v = new double[k];
        for (int j = 0; j < k; j++) {
            v[j] = x[j][i];
        }
        return v;
    }

    private static void run(Runnable worker, int threads) {
        if (threads <= 1) {
            worker.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "interphase-uncertainty");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?>[] f = new Future<?>[threads - 1];
            for (int t = 0; t < f.length; t++) {
                f[t] = pool.submit(worker);
            }
            worker.run(); // the calling thread works too
            for (Future<?> g : f) {
                try {
                    g.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancelledException("UncertaintySolver (interrupted while waiting for its workers)");
                } catch (java.util.concurrent.ExecutionException e) {
                    // the worker catches every RuntimeException itself; an Error ends here
                    throw new IllegalStateException("an uncertainty worker failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return e.g. {@code "UncertaintySolver[1000 LATIN_HYPERCUBE samples, seed 1, 4 threads]"} */
    @Override
    public String toString() {
        return "UncertaintySolver[" + samples + " " + sampling + " samples, seed " + seed + ", " + threads + " thread"
                + (threads == 1 ? "" : "s") + (listener == ProgressListener.none() ? "" : ", progress to " + listener)
                + (token == CancellationToken.none() ? "" : ", " + token) + "]";
    }
}
