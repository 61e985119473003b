package org.interphase.diffusion;

import java.util.Locale;
import org.interphase.core.Arrhenius;

/** D(T) = D0·exp(−Ea/(k_B·T)), independent of concentration. */
record ArrheniusDiffusivity(Arrhenius law) implements Diffusivity {

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
        return law.activationEnergy() == 0
                ? String.format(Locale.ROOT, "D = %.4g m²/s", law.prefactor())
                : String.format(Locale.ROOT, "D = %.4g m²/s·exp(−%.4g eV/kT)", law.prefactor(), law.activationEnergyEV());
    }
}
