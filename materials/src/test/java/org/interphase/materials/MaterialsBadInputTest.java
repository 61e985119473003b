package org.interphase.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/**
 * The materials API against null, blank, non-finite and overflowing arguments (issue 13 §2): a
 * library exception naming the parameter, never a raw JVM exception or a NaN/∞ result.
 */
class MaterialsBadInputTest {

    private static final Source SOURCE = Source.of("Test, Author", 2020, "J. Test 1, 1");

    // ---- creep: overflow of finite input -------------------------------------------------------------

    private static final CreepLaw LITHIUM = new CreepLaw(Units.MPa(0.8), 1e-3, 298.15, 6.6,
            Units.kJPerMol(37) / org.interphase.core.Constants.AVOGADRO);

    @Test
    void creepReportsOverflowInsteadOfReturningInfinity() {
        // (1e300/0.8e6)^6.6 = Infinity was returned as the strain rate
        assertThatThrownBy(() -> LITHIUM.strainRate(1e300, 298.15)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("creep strain rate").hasMessageContaining("stress = 1.0E300 Pa");
        // the Arrhenius factor underflowed to 0 at 1e-300 K and ε̇/0 gave an infinite stress
        assertThatThrownBy(() -> LITHIUM.stress(1e-3, 1e-300)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("temperature");
        // at 0.5 K the flow stress would be e^1350 Pa
        assertThatThrownBy(() -> LITHIUM.stress(1e-3, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("creep flow stress");
    }

    @Test
    void creepInLogarithmsAgreesWithTheDirectFormulaWhereThatIsFinite() {
        // ε̇ = ε̇_ref·(σ/σ_ref)^n·exp(−(Q/k_B)(1/T − 1/T_ref)), evaluated directly
        double q = Units.kJPerMol(37) / org.interphase.core.Constants.AVOGADRO;
        for (double sigma : new double[] {0.1e6, 0.8e6, 3e6}) {
            for (double t : new double[] {250, 298.15, 400}) {
                double direct = 1e-3 * Math.pow(sigma / 0.8e6, 6.6)
                        * Math.exp(-q / org.interphase.core.Constants.BOLTZMANN * (1 / t - 1 / 298.15));
                assertThat(LITHIUM.strainRate(sigma, t)).isCloseTo(direct, within(1e-13 * direct));
                assertThat(LITHIUM.stress(direct, t)).isCloseTo(sigma, within(1e-12 * sigma));
            }
        }
        assertThat(LITHIUM.strainRate(0, 298.15)).isZero();
    }

    // ---- unit conversions of Property -----------------------------------------------------------------

    @Test
    void propertyConversionsRefuseNonFiniteValuesAndOverflow() {
        // NaN came back as NaN, 1e300 1/nm³ as Infinity
        assertThatThrownBy(() -> Property.IONIC_CONDUCTIVITY.toSi(Double.NaN, "S/cm"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value").hasMessageContaining("NaN");
        assertThatThrownBy(() -> Property.LI_SITE_DENSITY.toSi(1e300, "1/nm3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value = 1.0E300 1/nm3");
        assertThatThrownBy(() -> Property.DENSITY.toDisplay(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("siValue");
        assertThatThrownBy(() -> Property.DENSITY.toSi(1, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("unit must not be null");
    }

    // ---- OCV: −0.0 and ranges ----------------------------------------------------------------------------

    @Test
    void negativeZeroStoichiometryReadsTheFirstTablePoint() {
        OcvCurve c = OcvCurve.table(new double[] {0.0, 0.5, 1.0}, new double[] {4.2, 3.9, 3.6}, SOURCE, "");
        // Arrays.binarySearch puts −0.0 below 0.0: the interpolation read x[−1] (ArrayIndexOutOfBounds)
        assertThat(c.voltage(-0.0)).isEqualTo(4.2);
        assertThat(c.voltageAtStateOfCharge(1.0)).isEqualTo(4.2);
        // and a table written with −0.0 as its first point reads 0.0 alike
        OcvCurve d = OcvCurve.table(new double[] {-0.0, 0.5, 1.0}, new double[] {4.2, 3.9, 3.6}, SOURCE, "");
        assertThat(d.voltage(0.0)).isEqualTo(4.2);
    }

    @Test
    void ocvRangesAndFunctionsAreChecked() {
        // a negative Li stoichiometry was accepted as the start of a fit's range
        assertThatThrownBy(() -> OcvCurve.function(x -> 4, -0.5, 1, SOURCE, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xMin");
        assertThatThrownBy(() -> OcvCurve.table(new double[] {-1, 0}, new double[] {4, 3}, SOURCE, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x[0]");
        assertThatThrownBy(() -> OcvCurve.function(x -> 4, 0, 1, null, "")).isInstanceOf(NullPointerException.class)
                .hasMessage("source must not be null");
        // a fit that fails must not make toString() throw
        OcvCurve broken = OcvCurve.function(x -> Double.NaN, 0, 1, SOURCE, "");
        assertThat(broken.toString()).contains("fails");
    }

    // ---- records and builders: null, blank, NaN sentinels -------------------------------------------------

    @Test
    void notReportedIsAnEmptyOptionalNotNaN() {
        // Double.NaN meant "onset not reported" before; it is now an error, and the overload without
        // a temperature says "not reported"
        assertThatThrownBy(() -> InterfacePair.builder(Materials.LICOO2, Materials.LLZO)
                .product("La2CoO4", Double.NaN, "", SOURCE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("onset temperature");
        InterfacePair p = InterfacePair.builder(Materials.LICOO2, Materials.LLZO).product("La2CoO4", "", SOURCE).build();
        assertThat(p.reactionProducts().get(0).onsetTemperature()).isEqualTo(OptionalDouble.empty());
        // the built-in pair still has its product without a temperature
        assertThat(InterfacePairs.get(Materials.LICOO2, Materials.LLZO).reactionProducts().get(0).onsetTemperature())
                .isEmpty();
    }

    @Test
    void nullsAreNamedBeforeAnyWork() {
        assertThatThrownBy(() -> InterfacePair.builder(null, Materials.LLZO)).isInstanceOf(NullPointerException.class)
                .hasMessage("a must not be null");
        // a null was stored and failed later, without a message, in build()
        assertThatThrownBy(() -> InterfacePair.builder(Materials.LICOO2, Materials.LLZO).interdiffusion(null))
                .isInstanceOf(NullPointerException.class).hasMessage("interdiffusion must not be null");
        assertThatThrownBy(() -> InterfacePair.builder(Materials.LICOO2, Materials.LLZO).resistance(null))
                .isInstanceOf(NullPointerException.class).hasMessage("resistance must not be null");
        assertThatThrownBy(() -> InterfacePairs.find(Materials.LLZO, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("b must not be null");
        assertThatThrownBy(() -> InterfacePairs.involving(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("m must not be null");
        assertThatThrownBy(() -> MaterialCatalog.of((java.util.Collection<Material>) null))
                .isInstanceOf(NullPointerException.class).hasMessage("materials must not be null");
        assertThatThrownBy(() -> MaterialCatalog.of(Arrays.asList(Materials.LLZO, null)))
                .isInstanceOf(NullPointerException.class).hasMessage("materials[1] must not be null");
        assertThatThrownBy(() -> Materials.catalog().mergedWith(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("overrides must not be null");
        assertThatThrownBy(() -> Materials.catalog().withUserFile(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("file must not be null");
        assertThatThrownBy(() -> Materials.withRole(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("role must not be null");
        assertThatThrownBy(() -> MaterialFiles.parse(null, "f.csv")).isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
        assertThatThrownBy(() -> MaterialFiles.toCsv(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("materials must not be null");
        assertThatThrownBy(() -> new MaterialFileException.Problem(null, 1, "id", "bad"))
                .isInstanceOf(NullPointerException.class).hasMessage("file must not be null");
        // a null field printed as a raw NullPointerException from toString()
        assertThat(new MaterialFileException.Problem("f.csv", 3, null, "bad").toString()).isEqualTo("f.csv:3: bad");
    }

    @Test
    void catalogLookupsNameTheirParameter() {
        // Stream.limit's own "-1" was the whole message
        assertThatThrownBy(() -> Materials.catalog().closestNames("llzo", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("max must be >= 0, was -1");
        assertThatThrownBy(() -> Materials.catalog().closestNames(null, 3)).isInstanceOf(NullPointerException.class)
                .hasMessage("name must not be null");
        assertThatThrownBy(() -> Materials.get(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("material name must not be blank");
        assertThatThrownBy(() -> InterfacePairs.get("LCO", "llz0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("b: no material 'llz0'");
        assertThat(Materials.catalog().closestNames("llzo", 0)).isEmpty();
        assertThat(List.of(Materials.catalog().closestNames("llzo", 1).get(0))).containsExactly("LLZO");
    }

    @Test
    void blankTextsAndOutOfRangeNumbersAreRefused() {
        // blank phases, species and hosts were accepted
        assertThatThrownBy(() -> new ReactionProduct(" ", OptionalDouble.empty(), "", SOURCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phase must not be blank");
        assertThatThrownBy(() -> new Interdiffusion("", "LLZO", 1e-6, Units.eV(1), SOURCE, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("species must not be blank");
        // Ea = 1e300 J made law().activationEnergyEV() infinite
        assertThatThrownBy(() -> new Interdiffusion("Co", "LLZO", 1e-6, 1e300, SOURCE, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("activation energy")
                .hasMessageContaining("1.0E300 J");
        assertThatThrownBy(() -> InterfacePair.builder(Materials.LICOO2, Materials.LLZO)
                .resistanceOhmCm2(Double.NaN, "", SOURCE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ω·cm²");
    }
}
