package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;

/**
 * Fits the Bruggeman exponent α of σ_eff/σ = ε^α (Bruggeman, Ann. Phys. 416, 636 (1935): α = 3/2 for a
 * random packing of spheres; Tjaden et al., Curr. Opin. Chem. Eng. 12, 44 (2016) for electrodes) to points
 * from several structures: least squares on ln(σ_eff/σ) = α·ln ε, a line through the origin, solved in
 * closed form, α = Σ xy / Σ x² (x = ln ε, y = ln(σ_eff/σ)), with the standard error
 * s/√(Σ x²), s² = Σ (y − αx)²/(n − 1). Equivalently τ = ε^(1−α). Immutable and thread-safe.
 */
public final class BruggemanFitter {

    private static final BruggemanFitter DEFAULTS = new BruggemanFitter();

    private BruggemanFitter() {
    }

    /** @return the fitter (it has no settings) */
    public static BruggemanFitter withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param problem the points (not null)
     * @return α, its standard error and the residuals
     */
    public BruggemanFitSolution solve(BruggemanFitProblem problem) {
        org.interphase.core.Checks.nonNull(problem, "problem");
        int n = problem.fractions().size();
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double x = Math.log(problem.fractions().get(i));
            double y = Math.log(problem.ratios().get(i));
            sxx += x * x;
            sxy += x * y;
        }
        double alpha = sxy / sxx;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double r = Math.log(problem.ratios().get(i)) - alpha * Math.log(problem.fractions().get(i));
            ss += r * r;
        }
        ImmutableList.Builder<String> w = ImmutableList.builder();
        double error = 0;
        if (n < 2) {
            w.add("one point: α is exact for it and has no standard error");
        } else {
            error = Math.sqrt(ss / (n - 1) / sxx);
        }
        return new BruggemanFitSolution(problem, alpha, error, Math.sqrt(ss / n), w.build());
    }

    @Override
    public String toString() {
        return "BruggemanFitter(least squares on ln(σ_eff/σ) = α·ln ε)";
    }
}
