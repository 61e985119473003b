package org.interphase.materials;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.interphase.core.Units;

/**
 * The physical dimension of a {@link Property}: its SI unit. The units a user file may use for it
 * and their factors to SI are not kept here: they are the rows of {@link Units}' one unit table
 * whose SI unit is this one ({@link Units#unitsOf(String)}), so that a value typed in the catalog
 * and the same value typed through {@code Units} are the same SI number.
 *
 * <p>Energies of the catalog ({@link #ENERGY}) are per particle, in J. A file may give them per
 * mole (J/mol, kJ/mol, as creep and some conductivity papers quote them): the table converts to
 * J/mol, and {@link Units#perParticle(double)} divides by N_A — explicitly, never by a factor that
 * hides it.
 *
 * <p>Package-private: the public face is {@link Property#siUnit()} and
 * {@link Property#toSi(double, String)}.
 */
enum Quantity {
    CONDUCTIVITY("S/m"),
    /** Energy per particle, J; molar units are accepted and divided by N_A. */
    ENERGY("J"),
    /** Dimensionless; a file may also leave the unit empty or write "-". */
    DIMENSIONLESS("1", Map.of("", "1", "-", "1")),
    NUMBER_DENSITY("1/m³"),
    VOLTAGE("V"),
    MASS_DENSITY("kg/m³"),
    MOLAR_VOLUME("m³/mol"),
    PRESSURE("Pa"),
    TOUGHNESS("Pa·m^½"),
    /** Length; a file may write Å as "A" (not in the table, where A would read as ampere). */
    LENGTH("m", Map.of("A", "Å")),
    TEMPERATURE("K"),
    DIFFUSIVITY("m²/s"),
    RATE("1/s"),
    VTF_PREFACTOR("S·K^½/m"),
    SPECIFIC_CHARGE("C/kg");

    /** The SI unit of molar energies, which {@link #ENERGY} accepts per particle. */
    private static final String MOLAR = "J/mol";

    private final String si;
    /** Spellings a catalog file may use that are not symbols of the table: spelling → table symbol. */
    private final Map<String, String> spellings;

    Quantity(String si) {
        this(si, Map.of());
    }

    Quantity(String si, Map<String, String> spellings) {
        this.si = si;
        this.spellings = spellings;
    }

    String si() {
        return si;
    }

    /**
     * The table symbol a unit name stands for in this dimension: the catalog's own spellings first,
     * then the symbols of the table (exactly, then ignoring case and spaces), restricted to this
     * dimension (and, for energies, to molar energies).
     */
    Optional<String> symbol(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        String s = spellings.get(unit.strip());
        if (s != null) {
            return Optional.of(s);
        }
        List<String> mine = tableSymbols();
        if (mine.contains(unit.strip())) {
            return Optional.of(unit.strip());
        }
        String key = squash(unit);
        for (String m : mine) {
            if (squash(m).equals(key)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * A value in a unit of this dimension, in SI: through {@link Units#toSi(double, String)}, and for
     * a molar energy of {@link #ENERGY} then {@link Units#perParticle(double)}.
     *
     * @throws IllegalArgumentException if the unit is not one of this dimension, the value is not
     *     finite, or the SI value overflows
     */
    double toSi(double value, String unit) {
        String symbol = symbol(unit).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + unit + "'"));
        double v = Units.toSi(value, symbol);
        return Units.siUnitOf(symbol).equals(si) ? v : Units.perParticle(v);
    }

    /**
     * An SI value of this dimension in one of its units, through {@link Units#fromSi(double, String)}
     * (and {@link Units#perMole(double)} for a molar unit of {@link #ENERGY}).
     *
     * @throws IllegalArgumentException if the unit is not one of this dimension, the value is not
     *     finite, or the converted value overflows
     */
    double fromSi(double siValue, String unit) {
        String symbol = symbol(unit).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + unit + "'"));
        return Units.siUnitOf(symbol).equals(si) ? Units.fromSi(siValue, symbol)
                : Units.fromSi(Units.perMole(siValue), symbol);
    }

    /** Unit names a user file may use for this quantity: the table's symbols, then the catalog's spellings. */
    List<String> unitNames() {
        List<String> names = new ArrayList<>(tableSymbols());
        names.addAll(spellings.keySet().stream().sorted().toList());
        return names;
    }

    private List<String> tableSymbols() {
        List<String> names = new ArrayList<>(Units.unitsOf(si));
        if (this == ENERGY) {
            names.addAll(Units.unitsOf(MOLAR));
        }
        return names;
    }

    private static String squash(String s) {
        return s.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
