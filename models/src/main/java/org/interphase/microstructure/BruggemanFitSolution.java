package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import org.interphase.core.Display;

/** The fitted Bruggeman exponent of {@link BruggemanFitter}. Immutable. */
public final class BruggemanFitSolution {

    private final BruggemanFitProblem problem;
    private final double exponent;
    private final double exponentError;
    private final double residual;
    private final ImmutableList<String> warnings;

    BruggemanFitSolution(BruggemanFitProblem problem, double exponent, double exponentError, double residual,
            ImmutableList<String> warnings) {
        this.problem = problem;
        this.exponent = exponent;
        this.exponentError = exponentError;
        this.residual = residual;
        this.warnings = warnings;
    }

    /** @return the points fitted */
    public BruggemanFitProblem problem() {
        return problem;
    }

    /** @return α of σ_eff/σ = ε^α, dimensionless */
    public double exponent() {
        return exponent;
    }

    /** @return the standard error of α, dimensionless (0 for a single point) */
    public double exponentError() {
        return exponentError;
    }

    /** @return the root-mean-square residual of ln(σ_eff/σ), dimensionless */
    public double residual() {
        return residual;
    }

    /** @return 0: the fit is in closed form */
    public int iterations() {
        return 0;
    }

    /** @return what the caller should know, empty when all is well */
    public ImmutableList<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "Bruggeman exponent α = " + Display.number(exponent) + " ± " + Display.number(exponentError) + " from "
                + problem.fractions().size() + " points";
    }
}
