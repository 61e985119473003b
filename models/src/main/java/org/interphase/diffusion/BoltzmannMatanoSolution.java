package org.interphase.diffusion;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Profile;

/**
 * The outcome of a Boltzmann–Matano analysis ({@link BoltzmannMatanoSolver#solve}): the Matano
 * plane and D(c) at the profile's compositions inside the window. Immutable.
 */
public final class BoltzmannMatanoSolution {

    private final BoltzmannMatanoProblem problem;
    private final double window;
    private final double matanoPlane;
    private final double[] concentrations;
    private final double[] diffusivities;
    private final List<String> warnings;

    BoltzmannMatanoSolution(BoltzmannMatanoProblem problem, double window, double matanoPlane,
            double[] concentrations, double[] diffusivities, List<String> warnings) {
        this.problem = problem;
        this.window = window;
        this.matanoPlane = Checks.finite(matanoPlane, "Matano plane", "m");
        this.concentrations = Checks.allFinite(concentrations, "concentrations", "mol/m³").clone();
        this.diffusivities = Checks.allFinite(diffusivities, "diffusivities", "m²/s").clone();
        this.warnings = List.copyOf(warnings);
    }

    /** @return the problem analysed */
    public BoltzmannMatanoProblem problem() {
        return problem;
    }

    /** @return the fraction of the composition range cut off at each end */
    public double window() {
        return window;
    }

    /** @return the number of compositions analysed */
    public int points() {
        return concentrations.length;
    }

    /** @return x_M, m */
    public double matanoPlane() {
        return matanoPlane;
    }

    /** @return the compositions analysed, increasing, mol/m³ */
    public double[] concentrations() {
        return concentrations.clone();
    }

    /** @return D at those compositions, m²/s */
    public double[] diffusivities() {
        return diffusivities.clone();
    }

    /**
     * @return what the caller should know (flat stretches skipped, non-positive D from noise); empty
     *     when all is well. Immutable.
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * @param concentration c, mol/m³, within the analysed range
     * @return D(c) by linear interpolation, m²/s
     */
    public double diffusivityAt(double concentration) {
        Checks.inClosedRange(concentration, concentrations[0], concentrations[concentrations.length - 1],
                "concentration", "mol/m³");
        return Profile.of(concentrations, diffusivities, "c", "mol/m³", "D", "m²/s").valueAt(concentration);
    }

    /**
     * The extracted D(c) as a coefficient a solver can use, at the anneal temperature.
     *
     * @param temperature the anneal temperature, K (&gt; 0)
     * @param activationEnergy Ea to shift it to other temperatures, J (&ge; 0, Ea/(k_B·T) &lt; 709)
     * @return a tabulated diffusivity
     * @throws IllegalArgumentException if some extracted D is not &gt; 0 (noisy data)
     */
    public Diffusivity asDiffusivity(double temperature, double activationEnergy) {
        Checks.positive(temperature, "temperature", "K");
        Checks.nonNegative(activationEnergy, "activation energy", "J");
        // the shift to other temperatures goes through exp(Ea/(k_B·T)), which must be a double
        if (!(activationEnergy / (org.interphase.core.Constants.BOLTZMANN * temperature) < 709)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "activation energy %s J at the anneal"
                    + " temperature %s K gives exp(Ea/(k_B·T)) beyond the largest double: Ea/(k_B·T) must be"
                    + " < 709", activationEnergy, temperature));
        }
        for (int i = 0; i < diffusivities.length; i++) {
            if (!(diffusivities[i] > 0)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "the extracted D is %s m²/s at"
                        + " c = %s mol/m³, not > 0: noise where dc/dx is small; smooth the profile or widen the"
                        + " window before using D(c) in a solver", Text.number(diffusivities[i]),
                        Text.number(concentrations[i])));
            }
        }
        return Diffusivity.tabulated(concentrations, diffusivities, temperature, activationEnergy);
    }

    @Override
    public String toString() {
        double min = Arrays.stream(diffusivities).min().orElseThrow();
        double max = Arrays.stream(diffusivities).max().orElseThrow();
        return String.format(Locale.ROOT, "BoltzmannMatanoSolution[x_M = %s m, %d points, D = %s … %s m²/s%s]",
                Text.number(matanoPlane), concentrations.length, Text.number(min), Text.number(max),
                warnings.isEmpty() ? "" : ", " + warnings.size() + " warnings");
    }
}
