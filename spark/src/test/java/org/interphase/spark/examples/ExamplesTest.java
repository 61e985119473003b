package org.interphase.spark.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.interphase.sweep.DesignPoint;
import org.interphase.sweep.SweepProblem;
import org.interphase.sweep.SweepRow;
import org.junit.jupiter.api.Test;

/** The examples compute what their Javadoc says, checked point by point against the formulas (no Spark). */
class ExamplesTest {

    private static DesignPoint find(SweepProblem p, String cathode, String electrolyte, String coating, double l,
            double r0, double lambda) {
        for (DesignPoint d : p.design().points()) {
            if (d.level("cathode").equals(cathode) && d.level("electrolyte").equals(electrolyte)
                    && d.level("coating").equals(coating) && d.number("thickness") == l
                    && d.number("reaction_asr") == r0 && d.number("decay_length") == lambda) {
                return d;
            }
        }
        throw new AssertionError("no such point");
    }

    @Test
    void theCoatingScreenAddsTheCoatingTheSuppressedReactionLayerAndTheChargeTransfer() {
        SweepProblem p = new CoatingScreen().get();
        assertThat(p.design().size()).isEqualTo(8L * 24 * 17 * 16 * 2 * 2);
        double l = Units.nm(20);
        double r0 = Units.ohmCm2(1000);
        double lambda = Units.nm(2);
        SweepRow row = p.evaluate(find(p, "NMC811", "Li6PS5Cl", "LiPON", l, r0, lambda).id());
        // L/σ(25 °C) of the catalog's LiPON + R0·exp(−L/λ) + the 10 Ω·cm² charge transfer
        double expected = l / Materials.LIPON.ionicConductivity(Units.celsius(25)) + r0 * Math.exp(-l / lambda)
                + Units.ohmCm2(10);
        assertThat(row.failed()).isFalse();
        assertThat(row.output(0).getAsDouble()).isCloseTo(expected, within(1e-12 * expected));

        // uncoated: the reaction layer in full
        SweepRow bare = p.evaluate(find(p, "NMC811", "Li6PS5Cl", "LiPON", 0, r0, lambda).id());
        assertThat(bare.output(0).getAsDouble()).isCloseTo(r0 + Units.ohmCm2(10), within(1e-12 * r0));

        // a coating without a catalog conductivity is an error row naming what is missing
        SweepRow missing = p.evaluate(find(p, "NMC811", "Li6PS5Cl", "Al2O3", l, r0, lambda).id());
        assertThat(missing.failed()).isTrue();
        assertThat(missing.error().orElseThrow()).contains("Al2O3").contains("ionic conductivity");
    }

    @Test
    void theContactEnsemblePressesEachSeedsSurfaceAtItsPressureOnTheGeneratorsSlope() {
        SweepProblem p = new ContactEnsemble.Small().get();
        assertThat(p.design().size()).isEqualTo(400);
        for (long id : new long[] {0, 9, 395}) {
            SweepRow row = p.evaluate(id);
            double fraction = row.output(0).getAsDouble();
            double slope = row.output(5).getAsDouble();
            double pressure = row.point().number("pressure");
            assertThat(row.output(1).getAsDouble()).isCloseTo(pressure, within(1e-9 * pressure));
            assertThat(slope).isCloseTo(0.1, within(1e-9));
            // the small-load proportionality κ of area and load is near 2 (Hyun et al., Phys. Rev. E 70, 026117
            // (2004)); on this coarse 128² grid it reads higher at the smallest loads
            assertThat(fraction * ContactEnsemble.MODULUS * slope / pressure).isBetween(1.5, 4.5);
        }
    }
}
