package org.interphase.diffusion;

import java.util.Locale;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.TemperatureLaw;
import org.interphase.core.Units;

/**
 * D(T) following one {@link TemperatureLaw} (values in m²/s), independent of concentration; the law's
 * validity window is the window of D.
 */
record LawDiffusivity(TemperatureLaw law) implements Diffusivity {

    /**
     * The largest activation energy the factories accept, 1000 eV in J. Activation energies of
     * solid-state diffusion are a few eV; a value far beyond is a unit mistake (J/mol typed as J per
     * particle), and at 2.9e289 J the energy in eV would no longer be a double.
     */
    static final double MAX_ACTIVATION_ENERGY = Units.eV(1000);

    LawDiffusivity {
        Checks.nonNull(law, "law");
    }

    /**
     * Checks an activation energy typed by a user.
     *
     * @param value Ea, J per particle
     * @param name the Java parameter name and its symbol
     * @return the value (−0.0 as 0.0)
     */
    static double activationEnergy(double value, String name) {
        double ea = Checks.nonNegative(value, name, "J");
        if (ea > MAX_ACTIVATION_ENERGY) {
            // not Units.toEV: an absurd value must still be reported, not overflow on the way to eV
            double perParticle = value / Constants.AVOGADRO;
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be <= %s J (1000 eV) per particle,"
                    + " was %s J; an energy in J/mol is divided by the Avogadro constant (%s J/mol is %.4g J ="
                    + " %.4g eV per particle)", name, MAX_ACTIVATION_ENERGY, value, value, perParticle,
                    perParticle / Constants.ELEMENTARY_CHARGE));
        }
        return ea;
    }

    @Override
    public double valueAt(double temperature, double concentration) {
        return law.valueAt(temperature);
    }

    @Override
    public boolean dependsOnConcentration() {
        return false;
    }

    @Override
    public String toString() {
        if (law instanceof Arrhenius a) {
            return a.activationEnergy() == 0
                    ? String.format(Locale.ROOT, "D = %.4g m²/s", a.prefactor())
                    : String.format(Locale.ROOT, "D = %.4g m²/s·exp(−%.4g eV/kT)", a.prefactor(), a.activationEnergyEV());
        }
        return "D(T) = " + law + " m²/s, for T " + law.validity();
    }
}
