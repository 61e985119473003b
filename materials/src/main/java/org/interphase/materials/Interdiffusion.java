package org.interphase.materials;

import java.util.Locale;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * Diffusion of one species into one side of an interface pair, D(T) = D0·exp(−Ea/(k_B T)).
 *
 * @param species the diffusing element or ion, e.g. "Co"
 * @param host id of the material it diffuses in (one side of the pair)
 * @param prefactor D0, m²/s (&gt; 0)
 * @param activationEnergy Ea, J per atom (&ge; 0)
 * @param source where D0 and Ea come from
 * @param note measurement conditions, temperature range, "DFT", ...
 */
public record Interdiffusion(String species, String host, double prefactor, double activationEnergy, Source source,
                             String note) {

    /**
     * Validates the components.
     *
     * @param species the diffusing element or ion, e.g. "Co" (not null, not blank)
     * @param host id of the material it diffuses in (one side of the pair; not null, not blank)
     * @param prefactor D0, m²/s (&gt; 0, finite)
     * @param activationEnergy Ea, J per atom (in [0, 20 eV]; measured values are 0.1–5 eV)
     * @param source where D0 and Ea come from (not null)
     * @param note measurement conditions, temperature range, "DFT", ... (null for none)
     * @throws NullPointerException if {@code species}, {@code host} or {@code source} is null
     * @throws IllegalArgumentException if a text is blank or a number out of range
     */
    public Interdiffusion {
        Checks.nonBlank(species, "species");
        Checks.nonBlank(host, "host");
        Checks.positive(prefactor, "diffusion prefactor D0", "m²/s");
        activationEnergy = Checks.nonNegative(activationEnergy, "diffusion activation energy", "J");
        if (activationEnergy > MAX_ACTIVATION_ENERGY) {
            throw new IllegalArgumentException("diffusion activation energy must be <= " + MAX_ACTIVATION_ENERGY
                    + " J (20 eV), was " + activationEnergy + " J");
        }
        Checks.nonNull(source, "source");
        note = note == null ? "" : note.strip();
    }

    /** Largest accepted activation energy, J: 20 eV, four times the largest measured in solids here. */
    private static final double MAX_ACTIVATION_ENERGY = 20 * org.interphase.core.Constants.ELEMENTARY_CHARGE;

    /** @return the Arrhenius law D(T), m²/s */
    public Arrhenius law() {
        return Arrhenius.of(prefactor, activationEnergy);
    }

    /**
     * @param temperature T, K (&gt; 0, finite)
     * @return D(T), m²/s
     * @throws IllegalArgumentException if the temperature is out of range
     */
    public double diffusivity(double temperature) {
        return law().valueAt(temperature);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s in %s: D0 = %.3e cm²/s, Ea = %.3f eV [%s]%s", species, host,
                Units.toCm2PerS(prefactor), Units.toEV(activationEnergy), source.shortCitation(),
                note.isEmpty() ? "" : " (" + note + ")");
    }
}
