package org.interphase.diffusion;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.LinearTable;
import org.interphase.core.TemperatureLaw;
import org.interphase.core.Units;

/**
 * A diffusion coefficient D(T, c) in m²/s, as a function of temperature T (K) and of the
 * concentration c (mol/m³) of the diffusing species.
 *
 * <p>Factories cover the cases met in practice:
 * <ul>
 *   <li>{@link #constant}: D fixed;</li>
 *   <li>{@link #arrhenius}: D(T) = D0·exp(−Ea/(k_B·T));</li>
 *   <li>{@link #of(TemperatureLaw)}: D(T) following any {@link TemperatureLaw} — Arrhenius,
 *       Vogel–Tammann–Fulcher (transport in a polymer above its glass transition), a measured
 *       table, a single point — valid in that law's temperature window;</li>
 *   <li>{@link #scaled}: D(T, c) = D(T)·f(c), a functional concentration dependence;</li>
 *   <li>{@link #tabulated}: D(c) from a table at one temperature, interpolated linearly in ln D,
 *       optionally shifted in temperature by an activation energy;</li>
 *   <li>{@link #darken}: the Darken interdiffusion coefficient D̃ = (x_B·D*_A + x_A·D*_B)·Φ from two
 *       tracer coefficients and the thermodynamic factor Φ (Darken, Trans. AIME 175 (1948) 184).</li>
 * </ul>
 *
 * <p>Implementations are immutable. {@link #dependsOnConcentration()} tells a solver whether it may
 * evaluate D once per layer and temperature instead of once per node (the fast, linear path).
 */
public interface Diffusivity {

    /**
     * The coefficient at one state.
     *
     * @param temperature T, K (&gt; 0, and inside the temperature law's validity window)
     * @param concentration c of the diffusing species, mol/m³
     * @return D, m²/s (&ge; 0)
     * @throws IllegalArgumentException if T is not finite and positive or outside the law's window
     */
    double valueAt(double temperature, double concentration);

    /** @return true if D depends on c; false lets a solver treat the problem as linear */
    default boolean dependsOnConcentration() {
        return true;
    }

    /**
     * The temperature law behind this coefficient, if it has one (constant D is an Arrhenius law
     * with Ea = 0). Schedules use it to integrate ∫D(T(t))dt.
     *
     * @return the law of D(T) for c-independent coefficients, values in m²/s
     * @throws UnsupportedOperationException if D depends on c
     */
    default TemperatureLaw law() {
        throw new UnsupportedOperationException(this + " depends on concentration; it has no single temperature law");
    }

    /**
     * A coefficient that depends on nothing.
     *
     * @param value the diffusion coefficient D, m²/s (&gt; 0)
     * @return a constant coefficient
     */
    static Diffusivity constant(double value) {
        Checks.positive(value, "value (diffusion coefficient D)", "m²/s");
        return new LawDiffusivity(Arrhenius.of(value, 0.0));
    }

    /**
     * An Arrhenius coefficient from a law.
     *
     * @param law D(T), prefactor D0 in m²/s, activation energy in J (not null)
     * @return D(T) = D0·exp(−Ea/(k_B·T)), independent of c
     */
    static Diffusivity arrhenius(Arrhenius law) {
        return new LawDiffusivity(Checks.nonNull(law, "law"));
    }

    /**
     * An Arrhenius coefficient from its two parameters.
     *
     * @param prefactor D0, m²/s (&gt; 0)
     * @param activationEnergy Ea, J per particle (&ge; 0, &le; 1.602176634E-16 J = 1000 eV; type eV with
     *     {@link Units#eV})
     * @return D(T) = D0·exp(−Ea/(k_B·T))
     * @throws IllegalArgumentException if a parameter is out of range (an Ea above 1000 eV is taken for
     *     a value in J/mol, and the message says so)
     */
    static Diffusivity arrhenius(double prefactor, double activationEnergy) {
        Checks.positive(prefactor, "prefactor (diffusion prefactor D0)", "m²/s");
        LawDiffusivity.activationEnergy(activationEnergy, "activationEnergy (Ea)");
        return arrhenius(Arrhenius.of(prefactor, activationEnergy));
    }

    /**
     * A concentration-independent coefficient following any temperature law, e.g. a
     * {@link org.interphase.core.VogelTammannFulcher} law for a polymer electrolyte or a
     * {@link org.interphase.core.TemperatureTable} of measured D(T). {@link #valueAt} and the
     * schedules' ∫D dt refuse temperatures outside the law's validity window.
     *
     * @param law D(T), values in m²/s (not null)
     * @return D(T) = law(T), independent of c
     */
    static Diffusivity of(TemperatureLaw law) {
        return new LawDiffusivity(Checks.nonNull(law, "law"));
    }

    /**
     * A temperature law with a functional concentration dependence.
     *
     * @param law the temperature dependence D(T), values in m²/s (not null)
     * @param factor f(c), dimensionless, finite and &ge; 0 for every c the problem reaches (c in mol/m³)
     *     (not null)
     * @return D(T, c) = law(T)·f(c)
     */
    static Diffusivity scaled(TemperatureLaw law, DoubleUnaryOperator factor) {
        Checks.nonNull(law, "law");
        Checks.nonNull(factor, "factor");
        return new Diffusivity() {
            @Override
            public double valueAt(double temperature, double concentration) {
                return law.valueAt(temperature) * factor.applyAsDouble(concentration);
            }

            @Override
            public String toString() {
                return "D(T, c) = " + law + "·f(c)";
            }
        };
    }

    /**
     * A general coefficient; the caller guarantees D &ge; 0 and finite (a solver checks it anyway).
     *
     * @param function (T in K, c in mol/m³) → D in m²/s (not null)
     * @param description printed by toString, e.g. {@code "D0·exp(c/c0)"} (not null)
     * @return the coefficient
     */
    static Diffusivity of(DoubleBinaryOperator function, String description) {
        Checks.nonNull(function, "function");
        Checks.nonNull(description, "description");
        return new Diffusivity() {
            @Override
            public double valueAt(double temperature, double concentration) {
                return function.applyAsDouble(temperature, concentration);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }

    /**
     * D(c) from a table measured at one temperature, interpolated linearly in ln D between the
     * points and held constant beyond the ends; at another temperature it is scaled by
     * exp(−(Ea/k_B)(1/T − 1/T_ref)). At a table point and T_ref the tabulated D is returned exactly.
     *
     * <p>The largest value the shift can reach, as T → ∞, is D_max·exp(Ea/(k_B·T_ref)); the table is
     * refused if that is beyond the double range, so D is finite at every temperature.
     *
     * @param concentrations strictly increasing c_i, mol/m³ (at least 2, finite)
     * @param values diffusivities D(c_i) at those concentrations, m²/s (finite, &gt; 0; same length)
     * @param referenceTemperature T_ref of the table, K (&gt; 0; low enough a T_ref for the Ea is refused
     *     when D_max·exp(Ea/(k_B·T_ref)) overflows, see above)
     * @param activationEnergy Ea, J per particle (&ge; 0, &le; 1.602176634E-16 J = 1000 eV; 0 for a
     *     temperature-independent table)
     * @return the coefficient
     * @throws IllegalArgumentException if an array is null, too short, of different lengths or holds a
     *     value out of range, or a parameter is out of range (the message names it)
     */
    static Diffusivity tabulated(double[] concentrations, double[] values, double referenceTemperature,
            double activationEnergy) {
        Checks.strictlyIncreasing(concentrations, "concentrations", "mol/m³");
        Checks.allPositive(values, "values", "m²/s");
        Checks.sameLength(concentrations, "concentrations", values, "values");
        if (concentrations.length < 2) {
            throw new IllegalArgumentException("a D(c) table needs at least 2 concentrations, was "
                    + concentrations.length);
        }
        Checks.positive(referenceTemperature, "referenceTemperature (T_ref of the table)", "K");
        double ea = LawDiffusivity.activationEnergy(activationEnergy, "activationEnergy (Ea)");
        double[] c = new double[concentrations.length];
        double[] d = values.clone();
        double[] lnD = new double[values.length];
        double lnMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < c.length; i++) {
            c[i] = concentrations[i] + 0.0; // −0.0 stored as 0.0, so every comparison below treats them alike
            lnD[i] = Math.log(d[i]);
            lnMax = Math.max(lnMax, lnD[i]);
        }
        // ln D(c), linear between the points and held at the end values beyond them
        LinearTable table = LinearTable.of(c, lnD).withAbscissa("concentration", "mol/m³")
                .withExtrapolation(LinearTable.Extrapolation.CLAMP);
        double eaOverK = ea / Constants.BOLTZMANN; // K, finite: ea <= 1000 eV
        double maxShift = eaOverK / referenceTemperature; // may be +∞ for a tiny T_ref
        if (!(lnMax + maxShift < Math.log(Double.MAX_VALUE))) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "referenceTemperature (T_ref) = %s K with"
                    + " activationEnergy (Ea) = %s J (%.4g eV) shifts the table beyond the double range: D_max·"
                    + "exp(Ea/(k_B·T_ref)), the value approached as T → ∞, needs Ea/(k_B·T_ref) + ln(D_max) < %.2f,"
                    + " was %.4g; raise T_ref to the temperature the table was measured at, or lower Ea",
                    referenceTemperature, activationEnergy, Units.toEV(activationEnergy), Math.log(Double.MAX_VALUE),
                    lnMax + maxShift));
        }
        int n = c.length;
        return new Diffusivity() {
            @Override
            public double valueAt(double temperature, double concentration) {
                Checks.positive(temperature, "temperature", "K");
                // refused here by name, before the table sees it
                Checks.finite(concentration, "concentration", "mol/m³");
                // exactly 0 at T_ref; −∞ (D = 0) for a temperature so low that Ea/(k_B·T) overflows
                double exponent = -(eaOverK / temperature - eaOverK / referenceTemperature);
                // at a point, and beyond the ends, the tabulated D itself: exp(ln D) may differ in the last bit
                int k = concentration <= c[0] ? 0 : concentration >= c[n - 1] ? n - 1
                        : Arrays.binarySearch(c, concentration + 0.0);
                if (k >= 0) {
                    return d[k] * Math.exp(exponent);
                }
                return Math.exp(table.valueAt(concentration) + exponent);
            }

            @Override
            public String toString() {
                return String.format(Locale.ROOT, "D(c) table of %d points at %.1f K, Ea = %.3g eV", c.length,
                        referenceTemperature, Units.toEV(ea));
            }
        };
    }

    /**
     * The Darken interdiffusion coefficient of a binary A–B exchange on a common sublattice:
     * D̃ = (x_B·D*_A + x_A·D*_B)·Φ, with x_B = c/c_total the site fraction of the diffusing species B
     * and x_A = 1 − x_B (Darken 1948; Shewmon, Diffusion in Solids, 2nd ed., eq. 4.23).
     *
     * @param tracerA D*_A(T), tracer coefficient of A, values in m²/s (not null)
     * @param tracerB D*_B(T), tracer coefficient of B, values in m²/s (not null)
     * @param totalConcentration c_total of sites shared by A and B, mol/m³ (&gt; 0)
     * @param thermodynamicFactor Φ = 1 + d ln γ/d ln x, dimensionless (&gt; 0; 1 for an ideal solution)
     * @return D̃(T, c) for c = concentration of B (finite), clamped to 0 ≤ x_B ≤ 1; T must lie in both
     *     tracer laws' windows
     */
    static Diffusivity darken(TemperatureLaw tracerA, TemperatureLaw tracerB, double totalConcentration,
            double thermodynamicFactor) {
        Checks.nonNull(tracerA, "tracerA");
        Checks.nonNull(tracerB, "tracerB");
        Checks.positive(totalConcentration, "totalConcentration (total site concentration c_total)", "mol/m³");
        Checks.positive(thermodynamicFactor, "thermodynamicFactor (Φ)", "");
        return new Diffusivity() {
            @Override
            public double valueAt(double temperature, double concentration) {
                Checks.finite(concentration, "concentration", "mol/m³");
                double xB = Math.min(1.0, Math.max(0.0, concentration / totalConcentration));
                return darken(xB, tracerA.valueAt(temperature), tracerB.valueAt(temperature), thermodynamicFactor);
            }

            @Override
            public String toString() {
                return "Darken D̃ from D*_A = " + tracerA + ", D*_B = " + tracerB + ", Φ = " + thermodynamicFactor;
            }
        };
    }

    /**
     * The Darken relation at one composition.
     *
     * @param fractionB x_B, site fraction of B, in [0, 1]
     * @param tracerA D*_A, tracer diffusivity of A, m²/s (&ge; 0)
     * @param tracerB D*_B, tracer diffusivity of B, m²/s (&ge; 0)
     * @param thermodynamicFactor Φ, dimensionless (&gt; 0)
     * @return D̃ = (x_B·D*_A + (1 − x_B)·D*_B)·Φ, m²/s
     * @throws IllegalArgumentException if a parameter is out of range, or D̃ overflows the double range
     */
    static double darken(double fractionB, double tracerA, double tracerB, double thermodynamicFactor) {
        Checks.inClosedRange(fractionB, 0.0, 1.0, "fractionB (site fraction x_B)", "");
        Checks.nonNegative(tracerA, "tracerA (tracer diffusivity D*_A)", "m²/s");
        Checks.nonNegative(tracerB, "tracerB (tracer diffusivity D*_B)", "m²/s");
        Checks.positive(thermodynamicFactor, "thermodynamicFactor (Φ)", "");
        return Checks.finiteResult((fractionB * tracerA + (1 - fractionB) * tracerB) * thermodynamicFactor,
                "Darken coefficient D̃ (m²/s)", "fractionB = " + fractionB + ", tracerA = " + tracerA
                        + " m²/s, tracerB = " + tracerB + " m²/s, thermodynamicFactor = " + thermodynamicFactor,
                "D*·Φ must stay below " + Double.MAX_VALUE + " m²/s");
    }
}
