package org.interphase.uncertainty;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.interphase.core.Checks;
import org.interphase.core.Citation;
import org.interphase.core.Display;
import org.interphase.core.Provenance;

/**
 * The propagated uncertainty of one output: every sample's output in sample order, mean, standard
 * deviation, percentiles and intervals, and the inputs ranked by {@link Sensitivity} (Spearman's
 * ρ). Percentiles interpolate linearly between order statistics (Hyndman, Fan, Am. Stat. 50, 361,
 * 1996, definition 7, as R and NumPy do by default). Immutable.
 */
public final class UncertaintySolution {

    private final UncertaintyProblem problem;
    private final UncertaintySolver solver;
    private final double[][] inputs;
    private final double[] outputs;
    private final double[] sorted;
    private final double mean;
    private final double standardDeviation;
    private final ImmutableList<Sensitivity> sensitivities;
    private final ImmutableList<String> warnings;

    UncertaintySolution(UncertaintyProblem problem, UncertaintySolver solver, double[][] inputs, double[] outputs) {
        this.problem = problem;
        this.solver = solver;
        this.inputs = inputs;
        this.outputs = outputs;
        this.sorted = outputs.clone();
        Arrays.sort(sorted);
        int n = outputs.length;
        double sum = 0;
        for (double v : outputs) {
            sum += v;
        }
        double m = sum / n;
        double ss = 0;
        for (double v : outputs) {
            ss += (v - m) * (v - m);
        }
        this.mean = m;
        this.standardDeviation = Math.sqrt(ss / (n - 1));
        List<String> w = new ArrayList<>();
        List<double[]> rho = new ArrayList<>();
        boolean constant = sorted[0] == sorted[n - 1];
        if (constant) {
            w.add("the output is the same for every sample (" + Display.number(sorted[0], 4) + " " + problem.unit()
                    + "): it does not depend on the inputs, and every sensitivity is 0");
        }
        SpearmansCorrelation spearman = new SpearmansCorrelation();
        for (int j = 0; j < inputs.length; j++) {
            double r = constant ? 0 : spearman.correlation(inputs[j], outputs);
            rho.add(new double[] {j, Double.isFinite(r) ? Math.max(-1, Math.min(1, r)) : 0});
        }
        rho.sort(Comparator.comparingDouble((double[] a) -> -Math.abs(a[1])).thenComparingDouble(a -> a[0]));
        ImmutableList.Builder<Sensitivity> s = ImmutableList.builder();
        for (int r = 0; r < rho.size(); r++) {
            s.add(new Sensitivity(problem.names().get((int) rho.get(r)[0]), rho.get(r)[1], r + 1));
        }
        this.sensitivities = s.build();
        if (n < 100) {
            w.add("only " + n + " samples: percentiles beyond the " + Display.number(100.0 / n, 2)
                    + " % tails are interpolated from the extreme samples");
        }
        this.warnings = ImmutableList.copyOf(w);
    }

    /** @return the problem that was solved */
    public UncertaintyProblem problem() {
        return problem;
    }

    /** @return the solver that solved it (samples, seed, sampling) */
    public UncertaintySolver solver() {
        return solver;
    }

    /** @return the number of samples */
    public int samples() {
        return outputs.length;
    }

    /** @return every sample's output, in sample order (a copy), in the output's unit */
    public double[] outputs() {
        return outputs.clone();
    }

    /**
     * @param name an input's name
     * @return that input's value in every sample, in sample order (a copy), in the input's unit
     * @throws NullPointerException if the name is null
     * @throws IllegalArgumentException if no input has that name
     */
    public double[] inputValues(String name) {
        Checks.nonNull(name, "input name");
        int j = problem.names().indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("input name must be one of " + problem.names() + ", was '" + name + "'");
        }
        return inputs[j].clone();
    }

    /** @return the sample mean of the output, in its unit */
    public double mean() {
        return mean;
    }

    /** @return the sample standard deviation of the output (n − 1 in the denominator), in its unit */
    public double standardDeviation() {
        return standardDeviation;
    }

    /**
     * @return the standard error of the mean, s/√n, in the output's unit — for Monte Carlo; a Latin
     *     hypercube's mean is usually closer than this
     */
    public double standardError() {
        return standardDeviation / Math.sqrt(outputs.length);
    }

    /**
     * @param percent the percentile, in [0, 100]
     * @return the output below which that percentage of samples lies, in its unit (linear
     *     interpolation between order statistics)
     * @throws IllegalArgumentException if the percentile is out of range
     */
    public double percentile(double percent) {
        Checks.inClosedRange(percent, 0, 100, "percentile", "%");
        double h = (sorted.length - 1) * percent / 100;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * The central interval holding a share of the samples.
     *
     * @param level the share, in (0, 1), e.g. 0.95
     * @return [percentile(50·(1 − level)), percentile(50·(1 + level))], in the output's unit
     * @throws IllegalArgumentException if the level is not in (0, 1)
     */
    public Interval interval(double level) {
        Checks.inOpenRange(level, 0, 1, "interval level", "");
        return new Interval(percentile(50 * (1 - level)), percentile(50 * (1 + level)), level);
    }

    /** @return the inputs ranked by |Spearman ρ|, largest first */
    public ImmutableList<Sensitivity> sensitivities() {
        return sensitivities;
    }

    /**
     * @return the sources of the catalog spreads that were sampled, and the sampling itself as an
     *     assumption (each input's distribution, independence of the inputs)
     */
    public Provenance provenance() {
        List<Citation> c = new ArrayList<>();
        List<String> a = new ArrayList<>();
        for (UncertainInput i : problem.inputs()) {
            i.source().ifPresent(c::add);
            a.add(i.name() + " sampled as " + i.distribution() + (i.unit().isEmpty() ? "" : " " + i.unit())
                    + (i.source().isPresent() ? ", from the catalog's stated spread" : ", as given by the user"));
        }
        if (problem.inputs().size() > 1) {
            a.add("the inputs are sampled as independent (no correlation between them)");
        }
        return Provenance.of(c, a);
    }

    /** @return the citations of {@link #provenance()} */
    public ImmutableList<Citation> citations() {
        return provenance().citations().asList();
    }

    /** @return the assumptions of {@link #provenance()} */
    public ImmutableList<String> assumptions() {
        return provenance().assumptions();
    }

    /** @return what the caller should know (immutable, empty when all is well) */
    public ImmutableList<String> warnings() {
        return warnings;
    }

    /**
     * @return e.g. {@code "budget total: mean 1.2e-3, sd 3e-4, 95 % in [7e-4, 1.9e-3] Ω·m² (1000 LATIN_HYPERCUBE samples);
     *     sensitivities: 1. …"}, numbers in the output's unit, locale-independent
     */
    @Override
    public String toString() {
        String u = problem.unit().isEmpty() ? "" : " " + problem.unit();
        return problem.output() + ": mean " + Display.number(mean, 4) + ", sd " + Display.number(standardDeviation, 3)
                + ", " + interval(0.95) + u + " ("
                + outputs.length + " " + solver.sampling() + " samples, seed " + solver.seed() + "); sensitivities: "
                + sensitivities;
    }
}
