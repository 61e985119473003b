package org.interphase.impedance;

import java.util.Locale;
import java.util.Map;

/**
 * The result of a {@link CircuitFitter}: parameter values with standard errors, the weighted χ²,
 * the fitted spectrum and the data. Immutable; accessors return copies.
 */
public final class FitResult {

    private final Circuit circuit;
    private final double[] parameters;
    private final double[] standardErrors;
    private final double chiSquare;
    private final int degreesOfFreedom;
    private final int iterations;
    private final int evaluations;
    private final int bestStart;
    private final int starts;
    private final CircuitFitter.Weighting weighting;
    private final Spectrum fitted;
    private final Spectrum data;

    FitResult(Circuit circuit, double[] parameters, double[] standardErrors, double chiSquare, int degreesOfFreedom,
            int iterations, int evaluations, int bestStart, int starts, CircuitFitter.Weighting weighting,
            Spectrum fitted, Spectrum data) {
        this.circuit = circuit;
        this.parameters = parameters;
        this.standardErrors = standardErrors;
        this.chiSquare = chiSquare;
        this.degreesOfFreedom = degreesOfFreedom;
        this.iterations = iterations;
        this.evaluations = evaluations;
        this.bestStart = bestStart;
        this.starts = starts;
        this.weighting = weighting;
        this.fitted = fitted;
        this.data = data;
    }

    /** @return the fitted circuit */
    public Circuit circuit() {
        return circuit;
    }

    /** @return the fitted parameters in {@link Circuit#parameterNames()} order, SI */
    public double[] parameters() {
        return parameters.clone();
    }

    /** @return the parameters by name */
    public Map<String, Double> named() {
        return circuit.named(parameters);
    }

    /**
     * @param name parameter name, e.g. {@code "R1"}
     * @return its fitted value, SI
     */
    public double parameter(String name) {
        return parameters[circuit.parameterIndex(name)];
    }

    /**
     * @param name parameter name
     * @return its standard error, in the parameter's unit (+∞ if the data do not determine it)
     */
    public double standardError(String name) {
        return standardErrors[circuit.parameterIndex(name)];
    }

    /** @return the standard errors, in {@link Circuit#parameterNames()} order (+∞ if undetermined) */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** @return the weighted sum of squared residuals χ² (dimensionless for modulus weighting) */
    public double chiSquare() {
        return chiSquare;
    }

    /** @return the degrees of freedom 2n − m */
    public int degreesOfFreedom() {
        return degreesOfFreedom;
    }

    /**
     * @return the root-mean-square weighted residual √(χ²/2n): the typical relative misfit for
     *     modulus weighting
     */
    public double rmsResidual() {
        return Math.sqrt(chiSquare / (degreesOfFreedom + parameters.length));
    }

    /** @return Levenberg–Marquardt iterations of the best start */
    public int iterations() {
        return iterations;
    }

    /** @return model evaluations over all starts (Jacobian evaluations counted once) */
    public int evaluations() {
        return evaluations;
    }

    /** @return index of the start that gave the best fit (0 is the initial guess) */
    public int bestStart() {
        return bestStart;
    }

    /** @return the fitted circuit's spectrum at the data frequencies */
    public Spectrum fitted() {
        return fitted;
    }

    /** @return the data that were fitted */
    public Spectrum data() {
        return data;
    }

    /** The unit of a parameter fitted to an area-specific spectrum (Z in Ω·m²). */
    private static String perArea(String unit) {
        switch (unit) {
            case "Ω":
                return "Ω·m²";
            case "F":
                return "F/m²";
            case "H":
                return "H·m²";
            case "":
                return "";
            default:
                return unit.startsWith("Ω⁻¹") ? unit.replace("Ω⁻¹", "Ω⁻¹·m⁻²") : unit.replace("Ω", "Ω·m²");
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "fit of %s to %d points (%s weighting, best of %d start(s), %d iterations): rms residual %.3g%n",
                circuit, data.size(), weighting.name().toLowerCase(Locale.ROOT), starts, iterations, rmsResidual()));
        for (int k = 0; k < parameters.length; k++) {
            String unit = data.perArea() ? perArea(circuit.parameterUnits().get(k)) : circuit.parameterUnits().get(k);
            double rel = standardErrors[k] / Math.abs(parameters[k]);
            sb.append(String.format(Locale.ROOT, "  %-10s = %.6g ± %.3g %s (%.2g %%)%n", circuit.parameterNames().get(k),
                    parameters[k], standardErrors[k], unit, 100 * rel));
        }
        return sb.toString();
    }
}
