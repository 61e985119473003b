package org.interphase.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.interphase.core.Constants;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/**
 * One unit table (issue 14): the catalog's {@link Property#toSi(double, String)} and
 * {@link Property#toDisplay(double)} and the named conversions of {@link Units} give the same SI
 * number for the same typed value, both ways, and "kJ/mol" means the same everywhere: a molar
 * energy (1 kJ/mol = 1000 J/mol), turned into an energy per particle only by an explicit ÷ N_A.
 */
class UnitTableTest {

    /** Typed values spanning the catalog's magnitudes, with digits that round differently. */
    private static final double[] TYPED = {1, 0.37, 3.3e-6, 96.485332, 4.2e-18, 1.75e-13, 7.7, 123456.789, 2.5e27};

    @Test
    void everyCatalogUnitConvertsToTheSameSiNumberThroughUnits() {
        for (Property p : Property.values()) {
            for (String unit : p.acceptedUnits()) {
                String symbol = switch (unit) {
                    case "A" -> "Å";   // the catalog's spelling of Å (in the table, A would read as ampere)
                    case "-" -> "1";
                    default -> unit;
                };
                for (double typed : TYPED) {
                    double viaUnits = Units.siUnitOf(symbol).equals(p.siUnit()) ? Units.toSi(typed, symbol)
                            : Units.perParticle(Units.toSi(typed, symbol)); // a molar energy, per particle
                    assertThat(p.toSi(typed, unit)).as("%s in %s", p, unit).isEqualTo(viaUnits);
                }
            }
        }
    }

    @Test
    void everyCatalogValuePrintsTheNumberUnitsGivesForItsDisplayUnit() {
        for (Property p : Property.values()) {
            assertThat(Units.siUnitOf(p.displayUnit())).as("display unit of %s", p).isEqualTo(p.siUnit());
            for (double typed : TYPED) {
                double si = p.toSi(typed, p.displayUnit());
                assertThat(p.toDisplay(si)).as("%s", p).isEqualTo(Units.fromSi(si, p.displayUnit()));
            }
        }
    }

    @Test
    void theNamedConversionsAndTheCatalogAgreeExactlyBothWays() {
        // the same typed value through Units' named method and through the catalog, into SI and back
        List<Object[]> cases = List.of(
                new Object[] {Property.IONIC_CONDUCTIVITY, "S/cm", (DoubleUnaryOperator) Units::sPerCm,
                        (DoubleUnaryOperator) Units::toSPerCm},
                new Object[] {Property.IONIC_CONDUCTIVITY, "mS/cm", (DoubleUnaryOperator) Units::mScm,
                        (DoubleUnaryOperator) Units::toMScm},
                new Object[] {Property.IONIC_ACTIVATION_ENERGY, "eV", (DoubleUnaryOperator) Units::eV,
                        (DoubleUnaryOperator) Units::toEV},
                new Object[] {Property.BAND_GAP, "meV", (DoubleUnaryOperator) Units::meV,
                        (DoubleUnaryOperator) Units::toMeV},
                new Object[] {Property.YOUNGS_MODULUS, "GPa", (DoubleUnaryOperator) Units::GPa,
                        (DoubleUnaryOperator) Units::toGPa},
                new Object[] {Property.YIELD_STRENGTH, "MPa", (DoubleUnaryOperator) Units::MPa,
                        (DoubleUnaryOperator) Units::toMPa},
                new Object[] {Property.DENSITY, "g/cm³", (DoubleUnaryOperator) Units::gPerCm3,
                        (DoubleUnaryOperator) Units::toGPerCm3},
                new Object[] {Property.LI_SITE_DENSITY, "1/cm³", (DoubleUnaryOperator) Units::perCm3,
                        (DoubleUnaryOperator) Units::toPerCm3},
                new Object[] {Property.LI_DIFFUSIVITY, "cm²/s", (DoubleUnaryOperator) Units::cm2PerS,
                        (DoubleUnaryOperator) Units::toCm2PerS},
                new Object[] {Property.MOLAR_VOLUME, "cm³/mol", (DoubleUnaryOperator) Units::cm3PerMol,
                        (DoubleUnaryOperator) Units::toCm3PerMol},
                new Object[] {Property.SPECIFIC_CAPACITY, "mAh/g", (DoubleUnaryOperator) Units::mAhPerG,
                        (DoubleUnaryOperator) Units::toMAhPerG},
                new Object[] {Property.LATTICE_PARAMETER, "nm", (DoubleUnaryOperator) Units::nm,
                        (DoubleUnaryOperator) Units::toNm});
        for (Object[] c : cases) {
            Property p = (Property) c[0];
            String unit = (String) c[1];
            DoubleUnaryOperator in = (DoubleUnaryOperator) c[2];
            DoubleUnaryOperator out = (DoubleUnaryOperator) c[3];
            for (double typed : TYPED) {
                double si = in.applyAsDouble(typed);
                assertThat(p.toSi(typed, unit)).as("%s: %s %s", p, typed, unit).isEqualTo(si);
                assertThat(Units.toSi(typed, unit)).isEqualTo(si);
                assertThat(Units.fromSi(si, unit)).isEqualTo(out.applyAsDouble(si));
                if (unit.equals(p.displayUnit())) {
                    assertThat(p.toDisplay(si)).as("%s printed in %s", p, unit).isEqualTo(out.applyAsDouble(si));
                }
            }
        }
    }

    @Test
    void kilojoulePerMoleIsAMolarEnergyEverywhere() {
        // Units: 37 kJ/mol is 37 000 J/mol, a molar energy (its SI unit says so)
        assertThat(Units.kJPerMol(37)).isEqualTo(37_000.0);
        assertThat(Units.toSi(37, "kJ/mol")).isEqualTo(37_000.0);
        assertThat(Units.siUnitOf("kJ/mol")).isEqualTo("J/mol");
        assertThat(Units.siUnitOf("eV")).isEqualTo("J");
        // the catalog stores energies per particle: the same typed 37 kJ/mol, divided by N_A explicitly
        double perAtom = Units.perParticle(Units.kJPerMol(37));
        assertThat(perAtom).isEqualTo(37_000.0 / Constants.AVOGADRO);
        assertThat(Property.CREEP_ACTIVATION_ENERGY.toSi(37, "kJ/mol")).isEqualTo(perAtom);
        assertThat(Units.perMole(perAtom)).isCloseTo(37_000.0, within(1e-9));
        // 1 eV per particle is F·1 V = 96.485 332 12 kJ/mol (F = N_A·e, exact in the 2019 SI; typed to 10 digits)
        assertThat(Property.CREEP_ACTIVATION_ENERGY.toSi(96.48533212, "kJ/mol") / Units.eV(1)).isCloseTo(1.0,
                within(1e-10));
        // and the catalog's lithium creep (LePage et al., J. Electrochem. Soc. 166, A89 (2019): Q = 37 kJ/mol)
        assertThat(Materials.LI_METAL.require(Property.CREEP_ACTIVATION_ENERGY)).isEqualTo(perAtom);
        assertThat(Units.toEV(perAtom)).isCloseTo(0.38348, within(1e-5));
    }
}
