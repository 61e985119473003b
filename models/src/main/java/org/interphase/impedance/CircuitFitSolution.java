package org.interphase.impedance;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The solution of a {@link CircuitFitter}: parameter values with standard errors (empty where the
 * data do not determine one), the weighted
 * χ² (the cost) and the rms residual, the iterations and evaluations, the fitted spectrum and
 * warnings. Values are SI (Ω·m², F/m² for per-area data); the printed form of per-area fits is
 * in Ω·cm² and µF/cm². Immutable; accessors return copies.
 */
public final class CircuitFitSolution {

    private final CircuitFitProblem problem;
    private final CircuitFitter solver;
    private final Circuit circuit;
    private final double[] parameters;
    private final ImmutableList<OptionalDouble> standardErrors;
    private final boolean[] undetermined;
    private final boolean[] atBound;
    private final double chiSquare;
    private final int degreesOfFreedom;
    private final int iterations;
    private final int evaluations;
    private final int bestStart;
    private final Spectrum fitted;
    private final Spectrum data;
    private final List<String> warnings;

    CircuitFitSolution(CircuitFitProblem problem, CircuitFitter solver, double[] parameters,
            ImmutableList<OptionalDouble> standardErrors,
            boolean[] undetermined, boolean[] atBound, double chiSquare, int degreesOfFreedom, int iterations,
            int evaluations,
            int bestStart, Spectrum fitted, List<String> warnings) {
        this.problem = problem;
        this.solver = solver;
        this.circuit = problem.circuit();
        this.parameters = parameters;
        this.standardErrors = standardErrors;
        this.undetermined = undetermined;
        this.atBound = atBound;
        this.chiSquare = chiSquare;
        this.degreesOfFreedom = degreesOfFreedom;
        this.iterations = iterations;
        this.evaluations = evaluations;
        this.bestStart = bestStart;
        this.fitted = fitted;
        this.data = problem.data();
        this.warnings = List.copyOf(warnings);
    }

    /** @return the problem that was solved: circuit, data, initial guess, fixed parameters */
    public CircuitFitProblem problem() {
        return problem;
    }

    /** @return the fitter (its settings) that produced this solution */
    public CircuitFitter solver() {
        return solver;
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
        return parameters[circuit.parameterIndex(name, "name")];
    }

    /**
     * @param name parameter name
     * @return its standard error, in the parameter's unit (0 for a fixed parameter); empty if the data
     *     do not determine it (see {@link #undetermined()}) or determine no error at all (see
     *     {@link #warnings()})
     */
    public OptionalDouble standardError(String name) {
        return standardErrors.get(circuit.parameterIndex(name, "name"));
    }

    /**
     * @return the standard errors, in {@link Circuit#parameterNames()} order, as
     *     {@link #standardError(String)} gives them (immutable)
     */
    public ImmutableList<OptionalDouble> standardErrors() {
        return standardErrors;
    }

    /**
     * The parameters the data do not determine: driven to the edge of their domain (a CPE
     * exponent to 1, a resistance to e^±230 Ω) or to a value at which they no longer change the
     * spectrum (a Warburg coefficient of 1e-15 Ω·s^-1/2). Their values are meaningless and their
     * standard errors empty; the other parameters' errors are computed without them. Usually the
     * circuit has an element the data do not need.
     *
     * @return their names, in {@link Circuit#parameterNames()} order (empty if all are determined)
     */
    public List<String> undetermined() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int k = 0; k < undetermined.length; k++) {
            if (undetermined[k]) {
                names.add(circuit.parameterNames().get(k));
            }
        }
        return java.util.List.copyOf(names);
    }

    /**
     * The parameters that ended on a bound of {@link CircuitFitProblem#bounds()}: the data want
     * them beyond it. Their values are the bounds themselves, exactly as given, and their standard
     * errors are empty; {@link #warnings()} says which bound.
     *
     * @return their names, in {@link Circuit#parameterNames()} order (empty if none)
     */
    public List<String> atBound() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int k = 0; k < atBound.length; k++) {
            if (atBound[k]) {
                names.add(circuit.parameterNames().get(k));
            }
        }
        return java.util.List.copyOf(names);
    }

    /**
     * The time constant of a resistor in parallel with a CPE or a capacitor, from the fitted
     * values: τ = (RQ)^(1/α) ({@link ConstantPhase#timeConstant}), or RC.
     *
     * @param resistor the name of an R element, e.g. {@code "R1"}
     * @param capacitive the name of a CPE or C element in parallel with it, e.g. {@code "CPE1"}
     * @return τ, s
     * @throws NullPointerException if a name is null
     * @throws IllegalArgumentException for a name that is not an element of the circuit, an
     *     element of another type, or two elements that are not branches of one parallel block
     */
    public double timeConstant(String resistor, String capacitive) {
        double[] rqa = parallelPair(resistor, capacitive);
        return ConstantPhase.timeConstant(rqa[0], rqa[1], rqa[2]);
    }

    /**
     * The apex frequency of the arc of a resistor in parallel with a CPE or a capacitor,
     * f = 1/(2πτ) (the frequency of the largest −Z'' of that arc alone).
     *
     * @param resistor the name of an R element
     * @param capacitive the name of a CPE or C element in parallel with it
     * @return f_apex, Hz
     * @throws NullPointerException if a name is null
     * @throws IllegalArgumentException as {@link #timeConstant}
     */
    public double apexFrequency(String resistor, String capacitive) {
        double[] rqa = parallelPair(resistor, capacitive);
        return ConstantPhase.apexFrequency(rqa[0], rqa[1], rqa[2]);
    }

    /**
     * Brug's effective capacitance of R‖CPE, C_eff = Q^(1/α)·R^((1−α)/α)
     * ({@link ConstantPhase#effectiveCapacitance(double, double, double)}); C for a capacitor.
     *
     * @param resistor the name of the R element in parallel with the CPE
     * @param capacitive the name of the CPE (or C) element
     * @return C_eff, F (F/m² for per-area data)
     * @throws NullPointerException if a name is null
     * @throws IllegalArgumentException as {@link #timeConstant}
     */
    public double effectiveCapacitance(String resistor, String capacitive) {
        double[] rqa = parallelPair(resistor, capacitive);
        return ConstantPhase.effectiveCapacitance(rqa[1], rqa[2], rqa[0]);
    }

    /**
     * Brug's effective capacitance of R_s-(R_ct‖CPE), C_eff = Q^(1/α)·(R_s⁻¹ + R_ct⁻¹)^((α−1)/α)
     * ({@link ConstantPhase#effectiveCapacitance(double, double, double, double)}).
     *
     * @param series the name of the series resistor R_s, e.g. {@code "R0"}
     * @param resistor the name of R_ct, in parallel with the CPE
     * @param capacitive the name of the CPE (or C) element
     * @return C_eff, F (F/m² for per-area data)
     * @throws NullPointerException if a name is null
     * @throws IllegalArgumentException as {@link #timeConstant}, or if {@code series} is not an R
     *     element
     */
    public double effectiveCapacitance(String series, String resistor, String capacitive) {
        String code = circuit.elementCode(series, "series");
        if (!code.equals("R")) {
            throw new IllegalArgumentException("series '" + series + "' must name a resistor (R element) of circuit "
                    + circuit + ", was a " + code);
        }
        double[] rqa = parallelPair(resistor, capacitive);
        return ConstantPhase.effectiveCapacitance(rqa[1], rqa[2], parameters[circuit.elementOffset(series)], rqa[0]);
    }

    /** {R, Q, α} of a resistor and a CPE (α = 1 and Q = C for a capacitor) in parallel, checked. */
    private double[] parallelPair(String resistor, String capacitive) {
        String rc = circuit.elementCode(resistor, "resistor");
        String cc = circuit.elementCode(capacitive, "capacitive");
        if (!rc.equals("R")) {
            throw new IllegalArgumentException("resistor '" + resistor + "' must name a resistor (R element) of circuit "
                    + circuit + ", was a " + rc);
        }
        if (!cc.equals("CPE") && !cc.equals("C")) {
            throw new IllegalArgumentException("capacitive '" + capacitive + "' must name a CPE or C element of circuit "
                    + circuit + ", was a " + cc);
        }
        if (!circuit.inParallel(resistor, capacitive)) {
            throw new IllegalArgumentException(resistor + " and " + capacitive + " are not two branches of one parallel"
                    + " block p(" + resistor + "," + capacitive + ") in circuit " + circuit + "; τ, f_apex and C_eff"
                    + " are defined for R‖CPE");
        }
        int c = circuit.elementOffset(capacitive);
        double alpha = cc.equals("C") ? 1.0 : parameters[c + 1];
        return new double[] {parameters[circuit.elementOffset(resistor)], parameters[c], alpha};
    }

    /** @return the cost: the weighted sum of squared residuals χ² (dimensionless for modulus weighting) */
    public double chiSquare() {
        return chiSquare;
    }

    /**
     * @return the degrees of freedom N − m: N compared values (2n for a complex fit, n for a real-
     *     or imaginary-only fit), m fitted parameters (neither fixed, undetermined nor at a bound)
     */
    public int degreesOfFreedom() {
        return degreesOfFreedom;
    }

    /**
     * @return the root-mean-square weighted residual √(χ²/N), N = 2n compared values for a complex
     *     fit, n for a real- or imaginary-only fit: the typical relative misfit for modulus weighting
     */
    public double residual() {
        return Math.sqrt(chiSquare / (problem.fitPart().valuesPerFrequency() * data.size()));
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

    /**
     * The fitted circuit as an {@link Impedance}, per unit area if the data were (so a circuit
     * fitted to an area-specific spectrum joins physical layers in {@link Impedance#series}).
     *
     * @return the circuit bound to the fitted parameters
     */
    public Impedance impedance() {
        return data.perArea() ? circuit.withPerArea(parameters) : circuit.with(parameters);
    }

    /** @return the fitted circuit's spectrum at the data frequencies */
    public Spectrum fitted() {
        return fitted;
    }

    /**
     * What the caller should know: parameters the data do not determine, no standard error
     * determined at all, starts that did not converge.
     *
     * @return the warnings (empty if none)
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The display unit and factor from SI of a parameter fitted to an area-specific spectrum
     * (Z in Ω·m², printed in Ω·cm²).
     */
    private static DisplayUnit perArea(String unit) {
        switch (unit) {
            case "Ω":
                return new DisplayUnit("Ω·cm²", 1e4);
            case "F":
                return new DisplayUnit("µF/cm²", 1e2);
            case "H":
                return new DisplayUnit("H·cm²", 1e4);
            case "H·s^(α−1)":
                return new DisplayUnit("H·cm²·s^(α−1)", 1e4);
            case "s":
                // a time constant does not scale with area
                return new DisplayUnit("s", 1.0);
            case "":
                return new DisplayUnit("", 1.0);
            case "Ω·s^-1/2":
                return new DisplayUnit("Ω·cm²·s^-1/2", 1e4);
            default:
                // Q of a CPE or TLMQ: Ω⁻¹·s^α per m² → per cm²
                return new DisplayUnit(unit.replace("Ω⁻¹", "Ω⁻¹·cm⁻²"), 1e-4);
        }
    }

    /** A display unit and the factor from SI to it. */
    private record DisplayUnit(String unit, double factor) {}

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "fit of %s to %d points (%s weighting%s, best of %d start(s), %d iterations): rms residual %.3g%n",
                circuit, data.size(), solver.weighting().name().toLowerCase(Locale.ROOT),
                problem.fitPart() == FitPart.COMPLEX ? ""
                        : ", " + problem.fitPart().name().toLowerCase(Locale.ROOT) + " part only",
                solver.starts(), iterations, residual()));
        for (int k = 0; k < parameters.length; k++) {
            String unit = circuit.parameterUnits().get(k);
            double scale = 1;
            if (data.perArea()) {
                DisplayUnit u = perArea(unit);
                unit = u.unit();
                scale = u.factor();
            }
            if (atBound[k]) {
                sb.append(String.format(Locale.ROOT, "  %-10s = %.6g %s: on its bound (not an estimate)%n",
                        circuit.parameterNames().get(k), parameters[k] * scale, unit));
                continue;
            }
            if (undetermined[k]) {
                sb.append(String.format(Locale.ROOT, "  %-10s = %.6g %s: not determined by the data%n",
                        circuit.parameterNames().get(k), parameters[k] * scale, unit));
                continue;
            }
            OptionalDouble se = standardErrors.get(k);
            if (se.isEmpty()) {
                sb.append(String.format(Locale.ROOT, "  %-10s = %.6g %s (standard error not determined)%n",
                        circuit.parameterNames().get(k), parameters[k] * scale, unit));
                continue;
            }
            double rel = se.getAsDouble() / Math.abs(parameters[k]);
            sb.append(String.format(Locale.ROOT, "  %-10s = %.6g ± %.3g %s (%.2g %%)%n", circuit.parameterNames().get(k),
                    parameters[k] * scale, se.getAsDouble() * scale, unit, 100 * rel));
        }
        return sb.toString();
    }
}
