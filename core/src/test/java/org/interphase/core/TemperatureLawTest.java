package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The four kinds of temperature law against their closed forms, and their validity windows. */
class TemperatureLawTest {

    // illustrative VTF parameters of the size met in PEO–LiTFSI electrolytes (A in S·K^½/m)
    static final double A = 300.0;
    static final double B = 1200.0;
    static final double T0 = 200.0;

    @Test
    void vtfAtKnownPoints() {
        VogelTammannFulcher vtf = VogelTammannFulcher.of(A, B, T0);
        // T − T0 = B: exponent −1
        double t1 = T0 + B;
        assertThat(vtf.valueAt(t1)).isCloseTo(A / Math.sqrt(t1) / Math.E, within(1e-15 * A));
        // T − T0 = B/ln 2: exponent −ln 2, a factor 1/2
        double t2 = T0 + B / Math.log(2);
        assertThat(vtf.valueAt(t2) * Math.sqrt(t2) / A).isCloseTo(0.5, within(1e-15));
        // T → T0⁺: q → 0 without NaN
        assertThat(vtf.valueAt(T0 + 1e-9)).isEqualTo(0.0);
        assertThat(vtf.pseudoActivationEnergy()).isEqualTo(Constants.BOLTZMANN * B);
    }

    @Test
    void vtfApparentActivationEnergyIsTheSlopeOfTheArrheniusPlot() {
        VogelTammannFulcher vtf = VogelTammannFulcher.of(A, B, T0);
        // at T = 2·T0: k_B·(B·4 − T0)
        assertThat(vtf.apparentActivationEnergy(2 * T0)).isCloseTo(Constants.BOLTZMANN * (4 * B - T0),
                within(1e-12 * Constants.BOLTZMANN * 4 * B));
        for (double t : new double[] {260, 298.15, 333.15, 400}) {
            double h = 1e-4 / t;     // step in 1/T
            double slope = (Math.log(vtf.valueAt(1 / (1 / t + h))) - Math.log(vtf.valueAt(1 / (1 / t - h)))) / (2 * h);
            assertThat(vtf.apparentActivationEnergy(t)).isCloseTo(-Constants.BOLTZMANN * slope,
                    within(1e-6 * vtf.apparentActivationEnergy(t)));
        }
        // E_app falls as T rises: the curvature that makes a two-point Arrhenius surrogate wrong
        assertThat(vtf.apparentActivationEnergy(Units.celsius(80))).isLessThan(vtf.apparentActivationEnergy(Units.celsius(25)));
    }

    @Test
    void vtfRefusesTemperaturesAtOrBelowT0() {
        VogelTammannFulcher vtf = VogelTammannFulcher.of(A, B, T0);
        assertThat(vtf.covers(T0)).isFalse();
        assertThat(vtf.covers(T0 + 1e-6)).isTrue();
        assertThat(vtf.lowestTemperature()).isEqualTo(T0);
        assertThat(vtf.highestTemperature()).isEmpty();
        assertThatThrownBy(() -> vtf.valueAt(150)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("> T0 = 200.0 K").hasMessageContaining("was 150.0 K");
        assertThatThrownBy(() -> vtf.valueAt(Double.NaN)).hasMessageContaining("temperature");
        assertThatThrownBy(() -> VogelTammannFulcher.of(A, -1, T0)).hasMessageContaining("pseudo-activation B");
        assertThatThrownBy(() -> VogelTammannFulcher.of(A, B, 0)).hasMessageContaining("T0");
        assertThatThrownBy(() -> VogelTammannFulcher.of(0, B, T0)).hasMessageContaining("prefactor A");
    }

    @Property(tries = 200)
    void aTableOfAnArrheniusLawReproducesItBetweenItsPoints(
            @ForAll @DoubleRange(min = 0.05, max = 1.5) double eaEV,
            @ForAll @DoubleRange(min = 250, max = 400) double t1,
            @ForAll @DoubleRange(min = 5, max = 300) double span,
            @ForAll @DoubleRange(min = 0, max = 1) double where) {
        Arrhenius law = Arrhenius.fromReference(1e-3, 298.15, Units.eV(eaEV));
        double[] ts = {t1, t1 + 0.3 * span, t1 + span};
        double[] qs = {law.valueAt(ts[0]), law.valueAt(ts[1]), law.valueAt(ts[2])};
        TemperatureTable table = TemperatureTable.of(ts, qs);
        double t = t1 + where * span;
        assertThat(table.valueAt(t)).isCloseTo(law.valueAt(t), within(1e-11 * law.valueAt(t)));
    }

    @Test
    void aTableIsExactAtItsPointsAndLogLinearInInverseTemperatureBetween() {
        double[] ts = {260, 300, 360};
        double[] qs = {1e-5, 4e-4, 2e-3};
        TemperatureTable table = TemperatureTable.of(ts, qs);
        for (int i = 0; i < ts.length; i++) {
            assertThat(table.valueAt(ts[i])).isEqualTo(qs[i]);
        }
        // halfway in 1/T between two points: the geometric mean of their values
        double tMid = 2 / (1 / 300.0 + 1 / 360.0);
        assertThat(table.valueAt(tMid)).isCloseTo(Math.sqrt(4e-4 * 2e-3), within(1e-15));
        // a quarter of the way in 1/T: q1^(3/4)·q2^(1/4)
        double tQuarter = 1 / (0.75 / 260 + 0.25 / 300);
        assertThat(table.valueAt(tQuarter)).isCloseTo(Math.pow(1e-5, 0.75) * Math.pow(4e-4, 0.25), within(1e-17));
        assertThat(table.lowestTemperature()).isEqualTo(260);
        assertThat(table.highestTemperature()).hasValue(360);
        assertThat(table.size()).isEqualTo(3);
    }

    @Test
    void aTableRefusesToExtrapolate() {
        TemperatureTable table = TemperatureTable.of(new double[] {300, 360}, new double[] {1e-4, 1e-3});
        assertThat(table.covers(299.999)).isFalse();
        assertThat(table.covers(360)).isTrue();
        assertThatThrownBy(() -> table.valueAt(370)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[300.0 K, 360.0 K]").hasMessageContaining("not extrapolated")
                .hasMessageContaining("was 370.0 K");
        assertThatThrownBy(() -> table.valueAt(250)).hasMessageContaining("not extrapolated");
    }

    @Test
    void aTableChecksItsInputAndIsImmutable() {
        assertThatThrownBy(() -> TemperatureTable.of(new double[] {300}, new double[] {1}))
                .hasMessageContaining("at least 2 points");
        assertThatThrownBy(() -> TemperatureTable.of(new double[] {300, 300}, new double[] {1, 2}))
                .hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> TemperatureTable.of(new double[] {300, 310}, new double[] {1, 0}))
                .hasMessageContaining("table values[1]").hasMessageContaining("> 0");
        assertThatThrownBy(() -> TemperatureTable.of(new double[] {-10, 310}, new double[] {1, 2}))
                .hasMessageContaining("table temperatures[0]");
        assertThatThrownBy(() -> TemperatureTable.of(new double[] {300, 310}, new double[] {1}))
                .hasMessageContaining("same length");
        assertThatThrownBy(() -> TemperatureTable.of(null, new double[] {1})).hasMessageContaining("must not be null");
        double[] ts = {300, 360};
        double[] qs = {1e-4, 1e-3};
        TemperatureTable table = TemperatureTable.of(ts, qs);
        ts[0] = 100;
        qs[0] = 5;
        table.temperatures()[1] = 1;
        assertThat(table.valueAt(300)).isEqualTo(1e-4);
        assertThat(table).isEqualTo(TemperatureTable.of(new double[] {300, 360}, new double[] {1e-4, 1e-3}))
                .hasSameHashCodeAs(TemperatureTable.of(new double[] {300, 360}, new double[] {1e-4, 1e-3}))
                .isNotEqualTo(TemperatureTable.of(new double[] {300, 360}, new double[] {1e-4, 2e-3}));
    }

    @Test
    void aSinglePointHoldsAtItsTemperatureOnlyUnlessAssumedConstant() {
        SinglePoint p = SinglePoint.of(0.05, 298.15).withNote("test value; no activation energy");
        assertThat(p.valueAt(298.15)).isEqualTo(0.05);
        assertThat(p.valueAt(298.15 + 0.5 * SinglePoint.TOLERANCE)).isEqualTo(0.05);
        assertThat(p.covers(Units.celsius(60))).isFalse();
        assertThat(p.assumption()).isEmpty();
        assertThatThrownBy(() -> p.valueAt(Units.celsius(60))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("within 0.01 K of 298.15 K").hasMessageContaining("was 333.15 K")
                .hasMessageContaining("no activation energy");
        SinglePoint c = p.assumedConstant();
        assertThat(c.valueAt(Units.celsius(60))).isEqualTo(0.05);
        assertThat(c.valueAt(10)).isEqualTo(0.05);
        assertThat(c.covers(Double.POSITIVE_INFINITY)).isFalse();
        assertThat(c.assumption()).hasValueSatisfying(a -> assertThat(a)
                .contains("0.05", "298.15 K", "assumed at every temperature", "no activation energy"));
        assertThat(c).isNotEqualTo(p).isEqualTo(p.assumedConstant());
        assertThat(c.toString()).contains("assumed constant");
        assertThatThrownBy(() -> SinglePoint.of(-1, 300)).hasMessageContaining("value at the reference temperature");
        assertThatThrownBy(() -> SinglePoint.of(1, 0)).hasMessageContaining("reference temperature");
    }

    @Test
    void arrheniusIsALawForEveryPositiveTemperature() {
        Arrhenius law = Arrhenius.fromReference(1e-3, 298.15, Units.eV(0.4));
        assertThat(law.covers(1e-3)).isTrue();
        assertThat(law.covers(0)).isFalse();
        assertThat(law.covers(Double.NaN)).isFalse();
        assertThat(law.lowestTemperature()).isZero();
        assertThat(law.highestTemperature()).isEmpty();
        assertThat(law.assumption()).isEmpty();
        assertThatThrownBy(() -> law.valueAt(0)).hasMessageContaining("temperature must be > 0 K");
    }

    @Test
    void everyLawPrintsTheSameInEveryLocale() {
        List<TemperatureLaw> laws = List.of(Arrhenius.of(1.5e4, Units.eV(0.35)), VogelTammannFulcher.of(A, B, T0),
                TemperatureTable.of(new double[] {300.5, 360}, new double[] {1.5e-4, 1e-3}),
                SinglePoint.of(0.05, 298.15).assumedConstant());
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            List<String> root = laws.stream().map(Object::toString).toList();
            Locale.setDefault(Locale.GERMANY);
            assertThat(laws.stream().map(Object::toString).toList()).isEqualTo(root);
            assertThat(String.join(" ", root)).contains("300.5–360.0 K", "Ea = 0.3500 eV", "0.05000 at 298.15 K");
            assertThat(laws.stream().map(l -> l.assumption().orElse("")).toList())
                    .isEqualTo(List.of("", "", "", laws.get(3).assumption().orElseThrow()));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theWindowAsARangeAgreesWithCoversAndNeverHoldsAnInfinity() {
        List<TemperatureLaw> laws = List.of(Arrhenius.of(1e-6, Units.eV(0.5)), VogelTammannFulcher.of(300, 1200, 200),
                TemperatureTable.of(new double[] {300, 330, 360}, new double[] {1e-3, 2e-3, 4e-3}),
                SinglePoint.of(0.05, Units.ROOM_TEMPERATURE), SinglePoint.of(0.05, Units.ROOM_TEMPERATURE).assumedConstant());
        double[] probes = {1e-300, 1, 150, 200, 200.000001, 298.14, 298.15, 298.16, 300, 315, 360, 360.5, 1e4, 1e300};
        for (TemperatureLaw law : laws) {
            var window = law.window();
            for (double t : probes) {
                assertThat(window.contains(t)).as("%s at %s K", law, t).isEqualTo(law.covers(t));
            }
            if (window.hasUpperBound()) {
                assertThat(window.upperEndpoint()).isFinite();
            }
            assertThat(window.lowerEndpoint()).isFinite();
        }
        assertThat(VogelTammannFulcher.of(300, 1200, 200).window().contains(200.0)).isFalse();
        assertThat(TemperatureTable.of(new double[] {300, 360}, new double[] {1e-3, 4e-3}).window().contains(360.0)).isTrue();
    }

    @Test
    void aTableRefusesNeighboursWhose1OverTIsTheSameDouble() {
        // 511.9999999999999 and the next double up have one reciprocal: ln q cannot be interpolated in 1/T
        double t = Math.nextDown(Math.nextDown(512.0));
        assertThat(1 / t).isEqualTo(1 / Math.nextUp(t));
        assertThatThrownBy(() -> TemperatureTable.of(new double[] {300, t, Math.nextUp(t)}, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("table temperatures[1] = " + t + " K and [2]").hasMessageContaining("too close");
    }
}
