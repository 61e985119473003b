package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.interphase.core.Constants;
import org.interphase.core.Profile;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/** The mesh-free semi-infinite layer against Gouy–Chapman and Mott–Schottky to 1e-8 relative. */
class SemiInfiniteTest {

    private static final double T = Units.ROOM_TEMPERATURE;
    private static final double PER_NM3 = 1e27;
    private static final double TOL = 1e-8;

    /**
     * The 1 % extent against Gouy–Chapman: the carrier (z) has c/c∞ = e^{−zψ}, so |c/c∞ − 1| = f at
     * zψ1 = −ln(1 − f) (depletion) or −ln(1 + f) (accumulation), and tanh(zψ/4) = tanh(zψ0/4)e^{−x/λ}
     * gives x = λ·ln(tanh(zψ0/4)/tanh(zψ1/4)).
     */
    @Property(tries = 100)
    void extentAgreesWithGouyChapman(@ForAll @DoubleRange(min = -0.6, max = 0.6) double phi0,
            @ForAll @IntRange(min = 1, max = 2) int z, @ForAll @DoubleRange(min = -3, max = -0.5) double log10f) {
        double f = Math.pow(10, log10f);
        double c = 0.01 * PER_NM3;
        SemiInfinite si = SemiInfinite.of(25, Boltzmann.symmetric(z, c), T, phi0);
        double y0 = z * phi0 / Constants.thermalVoltage(T);
        double y1 = y0 > 0 ? -Math.log(1 - f) : -Math.log(1 + f);
        double lambda = ScreeningLengths.symmetric(25, T, z, c);
        double expected = Math.abs(Math.expm1(-y0)) <= f ? 0 : lambda * Math.log(Math.tanh(y0 / 4) / Math.tanh(y1 / 4));
        assertThat(si.extent(f)).isCloseTo(expected, within(TOL * expected + 1e-20));
    }

    @Property(tries = 150)
    void agreesWithGouyChapman(@ForAll @DoubleRange(min = -1.0, max = 1.0) double phi0,
            @ForAll @IntRange(min = 1, max = 2) int z, @ForAll @DoubleRange(min = -3, max = 0) double log10c) {
        double c = Math.pow(10, log10c) * PER_NM3;
        GouyChapman gc = new GouyChapman(25, T, z, c, phi0);
        SemiInfinite si = SemiInfinite.of(25, Boltzmann.symmetric(z, c), T, phi0);
        assertThat(si.spaceCharge()).isCloseTo(gc.spaceCharge(), within(TOL * Math.abs(gc.spaceCharge())));
        assertThat(si.interfaceField()).isCloseTo(gc.interfaceField(), within(TOL * Math.abs(gc.interfaceField())));
        assertThat(si.capacitance()).isCloseTo(gc.capacitance(), within(TOL * gc.capacitance()));
        assertThat(si.excessResistanceLength(false)).isCloseTo(gc.excessResistanceLength(),
                within(TOL * Math.abs(gc.excessResistanceLength())));
        if (Math.abs(phi0) > 1e-3) {
            for (double f : new double[] {0.9, 0.5, 0.01, 1e-4}) {
                double x = gc.position(f * phi0);
                assertThat(si.position(f * phi0)).isCloseTo(x, within(TOL * x));
            }
        }
    }

    @Property(tries = 150)
    void agreesWithMottSchottky(@ForAll @DoubleRange(min = -0.3, max = 1.5) double phi0,
            @ForAll @IntRange(min = 1, max = 2) int z, @ForAll @DoubleRange(min = -3, max = 1) double log10c) {
        double c = Math.pow(10, log10c) * PER_NM3;
        MottSchottky ms = new MottSchottky(9, T, z, c, phi0);
        SemiInfinite si = SemiInfinite.of(9, Boltzmann.mottSchottky(z, c), T, phi0);
        assertThat(si.spaceCharge()).isCloseTo(ms.spaceCharge(), within(TOL * Math.abs(ms.spaceCharge())));
        assertThat(si.interfaceField()).isCloseTo(ms.interfaceField(), within(TOL * Math.abs(ms.interfaceField())));
        assertThat(si.capacitance()).isCloseTo(ms.capacitance(), within(TOL * ms.capacitance()));
    }

    @Test
    void mottSchottkyResistanceApproachesTheDepletionApproximation() {
        // Research note §2.7: the approximation L·e^{y0}/√(2y0) errs by ~25 % at y0 = 3.9 and ~5 % at
        // y0 = 19.5 (exact integral by quadrature there); the error must shrink like 1/y0.
        double vt = Constants.thermalVoltage(T);
        double prev = Double.POSITIVE_INFINITY;
        for (double y0 : new double[] {3.9, 10, 19.5, 40}) {
            MottSchottky ms = new MottSchottky(30, T, 1, 0.01 * PER_NM3, y0 * vt);
            double exact = SemiInfinite.of(30, Boltzmann.mottSchottky(1, 0.01 * PER_NM3), T, y0 * vt)
                    .excessResistanceLength(false);
            double err = Math.abs(ms.excessResistanceLengthApproximation() / exact - 1);
            assertThat(err).isLessThan(prev);
            prev = err;
            if (y0 == 3.9) {
                assertThat(err).isBetween(0.15, 0.35);
            }
            if (y0 == 19.5) {
                assertThat(err).isBetween(0.03, 0.07);
            }
        }
    }

    @Test
    void diluteLatticeGasIsMottSchottky() {
        // θ∞ → 0: the lattice gas of N sites holds c∞ = Nθ∞ carriers, dilute in depletion
        double c = 0.01 * PER_NM3;
        double theta = 1e-9;
        double vt = Constants.thermalVoltage(T);
        for (double y0 : new double[] {0.5, 5, 20}) {
            SemiInfinite lg = SemiInfinite.of(10, LatticeGas.lithium(c / theta, theta), T, y0 * vt);
            SemiInfinite ms = SemiInfinite.of(10, Boltzmann.mottSchottky(1, c), T, y0 * vt);
            assertThat(lg.spaceCharge()).isCloseTo(ms.spaceCharge(), within(1e-6 * Math.abs(ms.spaceCharge())));
            assertThat(lg.excessResistanceLength(false)).isCloseTo(ms.excessResistanceLength(false),
                    within(1e-6 * ms.excessResistanceLength(false)));
        }
    }

    @Test
    void profileStartsAtTheInterfacePotentialAndDecaysMonotonically() {
        double c = 0.02 * PER_NM3;
        GouyChapman gc = new GouyChapman(20, T, 1, c, 0.2);
        SemiInfinite si = SemiInfinite.of(20, Boltzmann.symmetric(1, c), T, 0.2);
        Profile p = si.potentialProfile(60);
        assertThat(p.x(0)).isZero();
        assertThat(p.y(0)).isCloseTo(0.2, within(1e-15));
        assertThat(p.y(59)).isCloseTo(0.2e-3, within(1e-12));
        for (int i = 1; i < p.size(); i++) {
            assertThat(p.y(i)).isLessThan(p.y(i - 1));
            assertThat(gc.potential(p.x(i))).isCloseTo(p.y(i), within(1e-9 * p.y(i)));
        }
        Profile carriers = si.carrierProfile(60);
        assertThat(carriers.y(0)).isCloseTo(c * Math.exp(-0.2 / Constants.thermalVoltage(T)), within(1e-6 * c));
    }

    @Test
    void zeroPotentialGivesNoLayer() {
        SemiInfinite si = SemiInfinite.of(20, LatticeGas.lithium(20 * PER_NM3, 0.5), T, 0.0);
        assertThat(si.spaceCharge()).isZero();
        assertThat(si.excessResistanceLength(true)).isZero();
        assertThat(si.capacitance()).isCloseTo(20 * Constants.VACUUM_PERMITTIVITY / si.screeningLength(), within(1e-9));
        assertThat(si.potentialProfile(5).max()).isZero();
    }
}
