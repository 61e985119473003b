package org.interphase.materials;

import java.util.Locale;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * Temperature law of an ionic conductivity σ(T), S/m.
 *
 * <ul>
 *   <li>{@link ArrheniusLaw}: σ(T) = σ(T_ref)·exp(−(Ea/k_B)(1/T − 1/T_ref)), T_ref = 298.15 K —
 *       crystalline and glassy inorganic conductors.</li>
 *   <li>{@link VtfLaw}: σ(T) = A·T^(−½)·exp(−B/(T − T0)) (Vogel–Tammann–Fulcher) — polymer
 *       electrolytes above their glass transition, where segmental motion carries the ions.</li>
 * </ul>
 */
public sealed interface ConductivityLaw permits ConductivityLaw.ArrheniusLaw, ConductivityLaw.VtfLaw {

    /**
     * @param temperature T, K (&gt; 0; for VTF &gt; T0)
     * @return σ(T), S/m
     */
    double at(double temperature);

    /**
     * Arrhenius law fixed by σ at 25 °C and the activation energy.
     *
     * @param sigma25 σ(298.15 K), S/m (&gt; 0)
     * @param activationEnergy Ea, J per ion (&ge; 0)
     */
    record ArrheniusLaw(double sigma25, double activationEnergy) implements ConductivityLaw {
        /** Validates the law. */
        public ArrheniusLaw {
            Checks.positive(sigma25, "conductivity at 25 °C", "S/m");
            Checks.nonNegative(activationEnergy, "activation energy", "J");
        }

        @Override
        public double at(double temperature) {
            Checks.positive(temperature, "temperature", "K");
            return Arrhenius.fromReference(sigma25, Units.ROOM_TEMPERATURE, activationEnergy).valueAt(temperature);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Arrhenius: σ(25 °C) = %.3e S/cm, Ea = %.3f eV",
                    Units.toSPerCm(sigma25), Units.toEV(activationEnergy));
        }
    }

    /**
     * Vogel–Tammann–Fulcher law σ = A·T^(−½)·exp(−B/(T − T0)).
     *
     * @param prefactor A, S·K^½/m (&gt; 0)
     * @param pseudoActivation B, K (&gt; 0); B·k_B is the pseudo-activation energy
     * @param referenceTemperature T0, K (&gt; 0), typically 30–50 K below the glass transition
     */
    record VtfLaw(double prefactor, double pseudoActivation, double referenceTemperature) implements ConductivityLaw {
        /** Validates the law. */
        public VtfLaw {
            Checks.positive(prefactor, "VTF prefactor", "S·K^½/m");
            Checks.positive(pseudoActivation, "VTF pseudo-activation B", "K");
            Checks.positive(referenceTemperature, "VTF reference temperature T0", "K");
        }

        @Override
        public double at(double temperature) {
            Checks.finite(temperature, "temperature", "K");
            if (!(temperature > referenceTemperature)) {
                throw new IllegalArgumentException("temperature must be > T0 = " + referenceTemperature
                        + " K for a VTF law, was " + temperature + " K");
            }
            return prefactor / Math.sqrt(temperature) * Math.exp(-pseudoActivation / (temperature - referenceTemperature));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "VTF: A = %.4g S·K^½/cm, B = %.4g K, T0 = %.4g K",
                    prefactor * 1e-2, pseudoActivation, referenceTemperature);
        }
    }
}
