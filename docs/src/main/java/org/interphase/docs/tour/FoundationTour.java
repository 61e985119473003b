package org.interphase.docs.tour;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.interphase.core.Arrhenius;
import org.interphase.core.Constants;
import org.interphase.core.Units;

/** The first stop of the tour: the constants and units every model uses, and why layers are thin. */
public final class FoundationTour {

    private FoundationTour() {}

    /**
     * Debye length of a dilute 1:1 carrier gas, λ = √(ε0·εr·kT / (2·e²·c)).
     *
     * @param relativePermittivity εr
     * @param carrierDensity c, 1/m³
     * @param temperature T, K
     * @return λ, m
     */
    static double debyeLength(double relativePermittivity, double carrierDensity, double temperature) {
        double e = Constants.ELEMENTARY_CHARGE;
        return Math.sqrt(Constants.VACUUM_PERMITTIVITY * relativePermittivity * Constants.thermalEnergy(temperature)
                / (2 * e * e * carrierDensity));
    }

    /**
     * Prints the section.
     *
     * @param out where to print
     * @param folder output folder (unused here)
     */
    public static void run(PrintStream out, Path folder) {
        double t = Units.ROOM_TEMPERATURE;
        out.printf(Locale.ROOT, "  CODATA 2018: e = %.9e C, k_B = %.6e J/K, F = %.5f C/mol, eps0 = %.10e F/m%n",
                Constants.ELEMENTARY_CHARGE, Constants.BOLTZMANN, Constants.FARADAY, Constants.VACUUM_PERMITTIVITY);
        out.printf(Locale.ROOT, "  kT/e at 25 °C = %.3f mV; 700 °C = %.2f K%n", 1e3 * Constants.thermalVoltage(t), Units.celsius(700));
        out.printf(Locale.ROOT, "  150 Ω·cm² = %.4g Ω·m²; 1 mS/cm = %.3g S/m; 10 nm = %.1e m%n", Units.ohmCm2(150), Units.mScm(1),
                Units.nm(10));
        // A solid electrolyte has ~1e22 mobile Li+ per cm³ (every Li site can carry one): the
        // screening length is then far below a lattice spacing, which is why the review's
        // oxide | sulfide space-charge layers are nanometres thin and a dilute theory fails there.
        out.println("  Debye length λ = √(ε0 εr kT / 2e²c), εr = 30, 25 °C:");
        for (double perCm3 : new double[] {1e16, 1e18, 1e20, 1e22}) {
            double lambda = debyeLength(30, Units.perCm3(perCm3), t);
            out.printf(Locale.ROOT, "    c = %.0e cm⁻³  ->  λ = %10.4f nm%n", perCm3, Units.toNm(lambda));
        }
        Arrhenius llzo = Arrhenius.fromReference(Units.sPerCm(4e-4), t, Units.eV(0.35));
        out.printf(Locale.ROOT, "  An Arrhenius conductor, σ(25 °C) = 4e-4 S/cm, Ea = 0.35 eV: σ(60 °C) = %.3g S/cm, σ(-20 °C) = %.3g S/cm%n",
                Units.toSPerCm(llzo.valueAt(Units.celsius(60))), Units.toSPerCm(llzo.valueAt(Units.celsius(-20))));
    }
}
