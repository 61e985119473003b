package org.interphase.diffusion;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * A diffusion coefficient D(T, c) in m²/s, as a function of temperature T (K) and of the
 * concentration c (mol/m³) of the diffusing species.
 *
 * <p>Factories cover the cases met in practice:
 * <ul>
 *   <li>{@link #constant}: D fixed;</li>
 *   <li>{@link #arrhenius}: D(T) = D0·exp(−Ea/(k_B·T));</li>
 *   <li>{@link #scaled}: D(T, c) = D0·exp(−Ea/(k_B·T))·f(c), a functional concentration dependence;</li>
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
     * @param temperature T, K (&gt; 0)
     * @param concentration c of the diffusing species, mol/m³
     * @return D, m²/s (&ge; 0)
     */
    double valueAt(double temperature, double concentration);

    /** @return true if D depends on c; false lets a solver treat the problem as linear */
    default boolean dependsOnConcentration() {
        return true;
    }

    /**
     * The Arrhenius law behind this coefficient, if it has one (constant D has Ea = 0).
     * Schedules use it to integrate ∫D(T(t))dt.
     *
     * @return the law of D(T) for c-independent coefficients
     * @throws UnsupportedOperationException if D depends on c
     */
    default Arrhenius law() {
        throw new UnsupportedOperationException(this + " depends on concentration; it has no single Arrhenius law");
    }

    /**
     * @param value D, m²/s (&gt; 0)
     * @return a constant coefficient
     */
    static Diffusivity constant(double value) {
        Checks.positive(value, "diffusion coefficient", "m²/s");
        return new ArrheniusDiffusivity(Arrhenius.of(value, 0.0));
    }

    /**
     * @param law D(T), prefactor D0 in m²/s, activation energy in J
     * @return D(T) = D0·exp(−Ea/(k_B·T)), independent of c
     */
    static Diffusivity arrhenius(Arrhenius law) {
        return new ArrheniusDiffusivity(Objects.requireNonNull(law, "law"));
    }

    /**
     * @param prefactor D0, m²/s (&gt; 0)
     * @param activationEnergy Ea, J (&ge; 0; type eV with {@link Units#eV})
     * @return D(T) = D0·exp(−Ea/(k_B·T))
     */
    static Diffusivity arrhenius(double prefactor, double activationEnergy) {
        Checks.positive(prefactor, "diffusion prefactor D0", "m²/s");
        return arrhenius(Arrhenius.of(prefactor, activationEnergy));
    }

    /**
     * A thermally activated coefficient with a functional concentration dependence.
     *
     * @param law the temperature dependence, D0 in m²/s
     * @param factor f(c), dimensionless, finite and &ge; 0 for every c the problem reaches (c in mol/m³)
     * @return D(T, c) = law(T)·f(c)
     */
    static Diffusivity scaled(Arrhenius law, DoubleUnaryOperator factor) {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(factor, "factor");
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
     * @param function (T in K, c in mol/m³) → D in m²/s
     * @param description printed by toString
     * @return the coefficient
     */
    static Diffusivity of(DoubleBinaryOperator function, String description) {
        Objects.requireNonNull(function, "function");
        String text = description == null ? "D(T, c)" : description;
        return new Diffusivity() {
            @Override
            public double valueAt(double temperature, double concentration) {
                return function.applyAsDouble(temperature, concentration);
            }

            @Override
            public String toString() {
                return text;
            }
        };
    }

    /**
     * D(c) from a table measured at one temperature, interpolated linearly in ln D between the
     * points and held constant beyond the ends; at another temperature it is scaled by
     * exp(−(Ea/k_B)(1/T − 1/T_ref)).
     *
     * @param concentrations strictly increasing c, mol/m³ (at least 2)
     * @param values D at those c, m²/s (&gt; 0)
     * @param referenceTemperature T_ref of the table, K (&gt; 0)
     * @param activationEnergy Ea, J (&ge; 0; 0 for a temperature-independent table)
     * @return the coefficient
     */
    static Diffusivity tabulated(double[] concentrations, double[] values, double referenceTemperature,
            double activationEnergy) {
        Checks.strictlyIncreasing(concentrations, "concentrations", "mol/m³");
        Checks.allFinite(values, "diffusivities", "m²/s");
        Checks.sameLength(concentrations, "concentrations", values, "diffusivities");
        if (concentrations.length < 2) {
            throw new IllegalArgumentException("a D(c) table needs at least 2 points, was " + concentrations.length);
        }
        double[] c = concentrations.clone();
        double[] lnD = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            lnD[i] = Math.log(Checks.positive(values[i], "diffusivities[" + i + "]", "m²/s"));
        }
        Arrhenius shift = Arrhenius.fromReference(1.0, referenceTemperature, activationEnergy);
        return new Diffusivity() {
            @Override
            public double valueAt(double temperature, double concentration) {
                double ln;
                if (!(concentration > c[0])) {
                    ln = lnD[0];
                } else if (concentration >= c[c.length - 1]) {
                    ln = lnD[c.length - 1];
                } else {
                    int k = Arrays.binarySearch(c, concentration);
                    if (k >= 0) {
                        ln = lnD[k];
                    } else {
                        int hi = -k - 1;
                        double w = (concentration - c[hi - 1]) / (c[hi] - c[hi - 1]);
                        ln = lnD[hi - 1] + w * (lnD[hi] - lnD[hi - 1]);
                    }
                }
                return Math.exp(ln) * shift.valueAt(temperature);
            }

            @Override
            public String toString() {
                return String.format(Locale.ROOT, "D(c) table of %d points at %.1f K, Ea = %.3g eV", c.length,
                        referenceTemperature, Units.toEV(activationEnergy));
            }
        };
    }

    /**
     * The Darken interdiffusion coefficient of a binary A–B exchange on a common sublattice:
     * D̃ = (x_B·D*_A + x_A·D*_B)·Φ, with x_B = c/c_total the site fraction of the diffusing species B
     * and x_A = 1 − x_B (Darken 1948; Shewmon, Diffusion in Solids, 2nd ed., eq. 4.23).
     *
     * @param tracerA D*_A(T), tracer coefficient of A, m²/s
     * @param tracerB D*_B(T), tracer coefficient of B, m²/s
     * @param totalConcentration c_total of sites shared by A and B, mol/m³ (&gt; 0)
     * @param thermodynamicFactor Φ = 1 + d ln γ/d ln x, dimensionless (&gt; 0; 1 for an ideal solution)
     * @return D̃(T, c) for c = concentration of B, clamped to 0 ≤ x_B ≤ 1
     */
    static Diffusivity darken(Arrhenius tracerA, Arrhenius tracerB, double totalConcentration,
            double thermodynamicFactor) {
        Objects.requireNonNull(tracerA, "tracerA");
        Objects.requireNonNull(tracerB, "tracerB");
        Checks.positive(totalConcentration, "total site concentration", "mol/m³");
        Checks.positive(thermodynamicFactor, "thermodynamic factor", "");
        return new Diffusivity() {
            @Override
            public double valueAt(double temperature, double concentration) {
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
     * @param tracerA D*_A, m²/s (&ge; 0)
     * @param tracerB D*_B, m²/s (&ge; 0)
     * @param thermodynamicFactor Φ, dimensionless (&gt; 0)
     * @return D̃ = (x_B·D*_A + (1 − x_B)·D*_B)·Φ, m²/s
     */
    static double darken(double fractionB, double tracerA, double tracerB, double thermodynamicFactor) {
        Checks.inClosedRange(fractionB, 0.0, 1.0, "site fraction x_B", "");
        Checks.nonNegative(tracerA, "tracer diffusivity D*_A", "m²/s");
        Checks.nonNegative(tracerB, "tracer diffusivity D*_B", "m²/s");
        Checks.positive(thermodynamicFactor, "thermodynamic factor", "");
        return (fractionB * tracerA + (1 - fractionB) * tracerB) * thermodynamicFactor;
    }
}
