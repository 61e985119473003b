package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.interphase.core.Constants;
import org.interphase.core.Quadrature;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/** Screening lengths, Gouy–Chapman, Mott–Schottky and the Lambert-W inversion against their formulas. */
class ClosedFormTest {

    private static final double T = Units.ROOM_TEMPERATURE;
    private static final double PER_NM3 = 1e27;

    @Test
    void singleCarrierScreeningLengthsMatchTheResearchNoteTable() {
        // Research note space-charge.md §2.5, table of L = √(εkT/(e²c)) at 298.15 K: not published
        // numbers but the note's own evaluation of the formula (scipy and mpmath), printed to 3
        // significant figures — an independent recomputation, checked to the printed precision.
        double[][] rows = {{9, 0.001, 3.57}, {9, 0.01, 1.13}, {9, 1, 0.113}, {30, 0.1, 0.653}, {60, 0.01, 2.92},
            {60, 20, 0.065}};
        for (double[] r : rows) {
            double l = ScreeningLengths.mottSchottky(r[0], T, 1, r[1] * PER_NM3);
            assertThat(Units.toNm(l)).as("εr = %s, c = %s nm⁻³", r[0], r[1]).isCloseTo(r[2], within(0.006 * r[2]));
        }
        // the abrupt-depletion widths quoted there: εr = 9, 20 nm⁻³, 0.5 V → 0.158 nm; εr = 60, 0.01 nm⁻³ → 18.2 nm
        assertThat(Units.toNm(ScreeningLengths.depletionWidth(9, 0.5, 1, 20 * PER_NM3))).isCloseTo(0.158, within(0.001));
        assertThat(Units.toNm(ScreeningLengths.depletionWidth(60, 0.5, 1, 0.01 * PER_NM3))).isCloseTo(18.2, within(0.1));
    }

    @Test
    void screeningLengthsAreConsistent() {
        double c = 0.3 * PER_NM3;
        assertThat(ScreeningLengths.symmetric(20, T, 1, c))
                .isCloseTo(ScreeningLengths.mottSchottky(20, T, 1, c) / Math.sqrt(2), within(1e-20));
        double lg = ScreeningLengths.latticeGas(20, T, 1, 4 * c, 0.25);
        assertThat(lg).isCloseTo(ScreeningLengths.mottSchottky(20, T, 1, 4 * c * 0.25 * 0.75), within(1e-22));
        assertThatThrownBy(() -> ScreeningLengths.mottSchottky(-3, T, 1, c)).hasMessageContaining("relative permittivity");
        assertThatThrownBy(() -> ScreeningLengths.mottSchottky(10, 0, 1, c)).hasMessageContaining("temperature");
    }

    @Property(tries = 100)
    void gouyChapmanProfileSolvesPoissonBoltzmann(@ForAll @DoubleRange(min = -0.6, max = 0.6) double phi0,
            @ForAll @DoubleRange(min = 0.05, max = 3) double xOverLambda, @ForAll @IntRange(min = 1, max = 2) int z) {
        GouyChapman gc = new GouyChapman(30, T, z, 0.01 * PER_NM3, phi0);
        double lambda = gc.debyeLength();
        double vt = Constants.thermalVoltage(T);
        double x = xOverLambda * lambda;
        double h = 1e-4 * lambda;
        double y = z * gc.potential(x) / vt;
        double ypp = z * (gc.potential(x + h) - 2 * gc.potential(x) + gc.potential(x - h)) / (h * h * vt);
        assertThat(ypp * lambda * lambda).isCloseTo(Math.sinh(y), within(1e-5 * Math.abs(Math.sinh(y)) + 1e-10));
        if (Math.abs(phi0) > 1e-3) {
            assertThat(gc.position(gc.potential(x))).isCloseTo(x, within(1e-9 * x));
        }
    }

    @Property(tries = 100)
    void gouyChapmanChargeCapacitanceAndResistanceAreConsistent(@ForAll @DoubleRange(min = -0.5, max = 0.5) double phi0,
            @ForAll @IntRange(min = 1, max = 2) int z) {
        double eps = 30 * Constants.VACUUM_PERMITTIVITY;
        GouyChapman gc = new GouyChapman(30, T, z, 0.01 * PER_NM3, phi0);
        assertThat(gc.spaceCharge()).isCloseTo(-eps * gc.interfaceField(), within(1e-12 * Math.abs(gc.spaceCharge()) + 1e-30));
        double d = 1e-6;
        double dq = (new GouyChapman(30, T, z, 0.01 * PER_NM3, phi0 + d).spaceCharge()
                - new GouyChapman(30, T, z, 0.01 * PER_NM3, phi0 - d).spaceCharge()) / (2 * d);
        assertThat(-dq).isCloseTo(gc.capacitance(), within(1e-6 * gc.capacitance()));
        // ℓ_R by quadrature of the closed-form profile on panels growing geometrically from the
        // interface (the accumulation/depletion is confined to ~λe^{-|y0|/2} there), up to 40λ
        double lambda = gc.debyeLength();
        double vt = Constants.thermalVoltage(T);
        double l = 0;
        double a = 0;
        for (double b = 1e-12 * lambda; a < 40 * lambda; b = Math.min(10 * b, 40 * lambda)) {
            l += Quadrature.integrate(x -> Math.expm1(z * gc.potential(x) / vt), a, b, 1e-11, 0);
            a = b;
        }
        assertThat(gc.excessResistanceLength()).isCloseTo(l, within(1e-8 * Math.abs(l) + 1e-25));
    }

    @Test
    void mottSchottkyCeriaCaseMatchesTheResearchNote() {
        // Research note §3.5, case V6: the note's own analytic calculation, not a published result;
        // only the parameters come from the pyscses Gd:CeO2 test (Wellock & Morgan, JOSS 2019): T = 773.15 K, εr = 55, c(V_O) = 2.525e27 m⁻³,
        // z = 2, φ0 = 0.3 V → L = 0.1416 nm, λ* = 0.601 nm, r_gb = 452.4.
        MottSchottky ms = new MottSchottky(55, 773.15, 2, 2.525e27, 0.3);
        assertThat(Units.toNm(ms.length())).isCloseTo(0.1416, within(0.00006));
        assertThat(Units.toNm(ms.abruptDepletionWidth())).isCloseTo(0.601, within(0.0006));
        assertThat(ms.resistivityRatio()).isCloseTo(452.4, within(0.1));
        assertThat(MottSchottky.coreVoltage(ms.resistivityRatio(), 773.15, 2)).isCloseTo(0.3, within(1e-12));
    }

    @Property(tries = 100)
    void mottSchottkyCapacitanceIsTheDerivativeOfTheCharge(@ForAll @DoubleRange(min = -0.3, max = 1.2) double phi0,
            @ForAll @IntRange(min = 1, max = 2) int z) {
        double d = 1e-7;
        MottSchottky ms = new MottSchottky(12, T, z, 0.05 * PER_NM3, phi0);
        double dq = (new MottSchottky(12, T, z, 0.05 * PER_NM3, phi0 + d).spaceCharge()
                - new MottSchottky(12, T, z, 0.05 * PER_NM3, phi0 - d).spaceCharge()) / (2 * d);
        assertThat(-dq).isCloseTo(ms.capacitance(), within(1e-5 * ms.capacitance()));
    }

    /**
     * Review bug 3: near y0 = 0 the capacitance used 1 − y0/6; the series of
     * |1 − e^{−y}|/√(2(y + e^{−y} − 1)) is 1 − y/3 + y²/12 − 2y³/135 + O(y⁴) (expanded with sympy).
     */
    @Property(tries = 100)
    void mottSchottkyCapacitanceFollowsItsSeriesNearZero(@ForAll @DoubleRange(min = -9, max = -3) double log10y,
            @ForAll boolean negative) {
        double y = (negative ? -1 : 1) * Math.pow(10, log10y);
        double vt = Constants.thermalVoltage(T);
        MottSchottky ms = new MottSchottky(12, T, 1, 0.05 * PER_NM3, y * vt);
        double linear = 12 * Constants.VACUUM_PERMITTIVITY / ms.length();
        double series = 1 - y / 3 + y * y / 12 - 2 * y * y * y / 135;
        assertThat(ms.capacitance() / linear).isCloseTo(series, within(1e-12));
        assertThat(new MottSchottky(12, T, 1, 0.05 * PER_NM3, 0).capacitance()).isEqualTo(linear);
    }

    /** Review nit: coreVoltage(1e308) blamed a "Lambert W₋₁ argument" instead of the ratio. */
    @Test
    void coreVoltageNamesAnOutOfRangeRatio() {
        double phi = MottSchottky.coreVoltage(1e300, T, 1);
        assertThat(new MottSchottky(30, T, 1, 1e25, phi).resistivityRatio()).isCloseTo(1e300, within(1e-10 * 1e300));
        assertThatThrownBy(() -> MottSchottky.coreVoltage(1e308, T, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resistivity ratio");
        assertThatThrownBy(() -> MottSchottky.coreVoltage(1.0, T, 1)).hasMessageContaining("resistivity ratio");
    }

    @Property(tries = 200)
    void coreVoltageInvertsTheResistivityRatio(@ForAll @DoubleRange(min = 1.5, max = 60) double y0,
            @ForAll @IntRange(min = 1, max = 2) int z) {
        double vt = Constants.thermalVoltage(T);
        MottSchottky ms = new MottSchottky(30, T, z, 1e25, y0 * vt / z);
        assertThat(MottSchottky.coreVoltage(ms.resistivityRatio(), T, z)).isCloseTo(y0 * vt / z, within(1e-12 * y0 * vt));
    }

    @Test
    void coreVoltageNearTheBranchPointLosesOnlyHalfTheDigits() {
        // r(y) = e^y/(2y) has a minimum e/2 at y = 1, so y(r) is determined to ~√ε there
        double vt = Constants.thermalVoltage(T);
        for (double y0 : new double[] {1.0001, 1.01, 1.1}) {
            double r = Math.exp(y0) / (2 * y0);
            assertThat(MottSchottky.coreVoltage(r, T, 1) / vt).isCloseTo(y0, within(1e-7));
        }
    }

    @Test
    void coreVoltageBelowTheBranchPointIsRejected() {
        assertThatThrownBy(() -> MottSchottky.coreVoltage(1.3, T, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resistivity ratio");
    }

    @Property(tries = 300)
    void lambertWInvertsWExpW(@ForAll @DoubleRange(min = -0.36, max = 0) double x,
            @ForAll @DoubleRange(min = -2, max = 8) double log10Big) {
        double big = Math.pow(10, log10Big);
        for (double arg : new double[] {x, big}) {
            double w = LambertW.principal(arg);
            assertThat(w).isGreaterThanOrEqualTo(-1);
            assertThat(w * Math.exp(w)).isCloseTo(arg, within(1e-14 * Math.max(Math.abs(arg), 1e-3)));
        }
        if (x < 0) {
            double w = LambertW.lower(x);
            assertThat(w).isLessThanOrEqualTo(-1);
            assertThat(w * Math.exp(w)).isCloseTo(x, within(1e-14 * Math.max(Math.abs(x), 1e-3)));
        }
    }

    @Test
    void lambertWKnownValues() {
        assertThat(LambertW.principal(1)).isCloseTo(0.5671432904097838, within(1e-15)); // omega constant
        assertThat(LambertW.principal(Math.E)).isCloseTo(1.0, within(1e-15));
        double x = -Math.log(2) / 2;
        assertThat(LambertW.principal(x)).isCloseTo(-Math.log(2), within(1e-15));
        assertThat(LambertW.lower(x)).isCloseTo(-2 * Math.log(2), within(1e-15));
        assertThat(LambertW.lower(-Math.exp(-1))).isCloseTo(-1, within(1e-7));
    }
}
