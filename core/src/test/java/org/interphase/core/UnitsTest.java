package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void knownConversions() {
        assertThat(Units.nm(5)).isEqualTo(5e-9);
        assertThat(Units.um(2)).isCloseTo(2e-6, within(1e-21));
        assertThat(Units.celsius(700)).isCloseTo(973.15, within(1e-12));
        assertThat(Units.toCelsius(298.15)).isCloseTo(25.0, within(1e-12));
        assertThat(Units.eV(1)).isEqualTo(1.602176634e-19);
        assertThat(Units.sPerCm(1e-3)).isCloseTo(0.1, within(1e-15));
        assertThat(Units.mScm(1.0)).isCloseTo(0.1, within(1e-15));
        assertThat(Units.ohmCm2(150)).isCloseTo(0.015, within(1e-15));
        assertThat(Units.toOhmCm2(0.015)).isCloseTo(150, within(1e-10));
        assertThat(Units.MPa(5)).isEqualTo(5e6);
        assertThat(Units.GPa(150)).isEqualTo(1.5e11);
        assertThat(Units.hours(2)).isEqualTo(7200);
        assertThat(Units.molPerL(1)).isEqualTo(1000);
        assertThat(Units.perCm3(1e22)).isCloseTo(1e28, within(1e13));
        assertThat(Units.cm2PerS(1e-12)).isCloseTo(1e-16, within(1e-30));
        assertThat(Units.kJPerMol(96.485332)).isCloseTo(Units.eVToJPerMol(1.0), within(1e-2));
        assertThat(Units.jPerMolToEV(Constants.FARADAY)).isCloseTo(1.0, within(1e-15));
        assertThat(Units.uFPerCm2(1)).isCloseTo(0.01, within(1e-17));
        assertThat(Units.mAhPerG(1)).isEqualTo(3600);
    }

    private static final List<DoubleUnaryOperator[]> PAIRS = List.of(
            new DoubleUnaryOperator[] {Units::nm, Units::toNm},
            new DoubleUnaryOperator[] {Units::um, Units::toUm},
            new DoubleUnaryOperator[] {Units::mm, Units::toMm},
            new DoubleUnaryOperator[] {Units::cm, Units::toCm},
            new DoubleUnaryOperator[] {Units::eV, Units::toEV},
            new DoubleUnaryOperator[] {Units::meV, Units::toMeV},
            new DoubleUnaryOperator[] {Units::kJPerMol, Units::toKJPerMol},
            new DoubleUnaryOperator[] {Units::sPerCm, Units::toSPerCm},
            new DoubleUnaryOperator[] {Units::mScm, Units::toMScm},
            new DoubleUnaryOperator[] {Units::ohmCm2, Units::toOhmCm2},
            new DoubleUnaryOperator[] {Units::ohmCm, Units::toOhmCm},
            new DoubleUnaryOperator[] {Units::kPa, Units::toKPa},
            new DoubleUnaryOperator[] {Units::MPa, Units::toMPa},
            new DoubleUnaryOperator[] {Units::GPa, Units::toGPa},
            new DoubleUnaryOperator[] {Units::minutes, Units::toMinutes},
            new DoubleUnaryOperator[] {Units::hours, Units::toHours},
            new DoubleUnaryOperator[] {Units::days, Units::toDays},
            new DoubleUnaryOperator[] {Units::molPerL, Units::toMolPerL},
            new DoubleUnaryOperator[] {Units::perCm3, Units::toPerCm3},
            new DoubleUnaryOperator[] {Units::cm2PerS, Units::toCm2PerS},
            new DoubleUnaryOperator[] {Units::gPerCm3, Units::toGPerCm3},
            new DoubleUnaryOperator[] {Units::cm3PerMol, Units::toCm3PerMol},
            new DoubleUnaryOperator[] {Units::uFPerCm2, Units::toUFPerCm2},
            new DoubleUnaryOperator[] {Units::mAPerCm2, Units::toMAPerCm2},
            new DoubleUnaryOperator[] {Units::mAhPerG, Units::toMAhPerG},
            new DoubleUnaryOperator[] {Units::celsius, Units::toCelsius},
            new DoubleUnaryOperator[] {Units::eVToJPerMol, Units::jPerMolToEV});

    @Property(tries = 200)
    void everyConversionRoundTrips(@ForAll @DoubleRange(min = -1e6, max = 1e6) double value) {
        for (DoubleUnaryOperator[] p : PAIRS) {
            double back = p[1].applyAsDouble(p[0].applyAsDouble(value));
            assertThat(back).isCloseTo(value, within(1e-12 * Math.max(1, Math.abs(value))));
        }
    }
}
