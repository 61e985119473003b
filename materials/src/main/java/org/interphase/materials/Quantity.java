package org.interphase.materials;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.interphase.core.Constants;

/**
 * The physical dimension of a {@link Property}: its SI unit and the other units a user file may
 * use for it, each with its factor to SI (value_SI = value · factor).
 *
 * <p>Package-private: the public face is {@link Property#siUnit()} and
 * {@link Property#toSi(double, String)}.
 */
enum Quantity {
    CONDUCTIVITY("S/m", units("S/m", 1, "S/cm", 100, "mS/cm", 0.1, "uS/cm", 1e-4, "µS/cm", 1e-4)),
    ENERGY("J", units("J", 1, "eV", Constants.ELEMENTARY_CHARGE, "meV", 1e-3 * Constants.ELEMENTARY_CHARGE,
            "kJ/mol", 1e3 / Constants.AVOGADRO, "J/mol", 1 / Constants.AVOGADRO)),
    DIMENSIONLESS("1", units("1", 1, "", 1, "-", 1, "%", 0.01)),
    NUMBER_DENSITY("1/m³", units("1/m³", 1, "1/m3", 1, "m^-3", 1, "1/cm³", 1e6, "1/cm3", 1e6, "cm^-3", 1e6,
            "1/nm³", 1e27, "1/nm3", 1e27, "nm^-3", 1e27)),
    VOLTAGE("V", units("V", 1, "mV", 1e-3)),
    MASS_DENSITY("kg/m³", units("kg/m³", 1, "kg/m3", 1, "g/cm³", 1e3, "g/cm3", 1e3)),
    MOLAR_VOLUME("m³/mol", units("m³/mol", 1, "m3/mol", 1, "cm³/mol", 1e-6, "cm3/mol", 1e-6)),
    PRESSURE("Pa", units("Pa", 1, "kPa", 1e3, "MPa", 1e6, "GPa", 1e9)),
    TOUGHNESS("Pa·m^½", units("Pa·m^½", 1, "Pa*m^0.5", 1, "Pa m^0.5", 1, "MPa·m^½", 1e6, "MPa*m^0.5", 1e6,
            "MPa m^0.5", 1e6, "MPa√m", 1e6)),
    LENGTH("m", units("m", 1, "nm", 1e-9, "Å", 1e-10, "A", 1e-10, "angstrom", 1e-10, "pm", 1e-12)),
    TEMPERATURE("K", units("K", 1)),
    DIFFUSIVITY("m²/s", units("m²/s", 1, "m2/s", 1, "cm²/s", 1e-4, "cm2/s", 1e-4)),
    RATE("1/s", units("1/s", 1, "s^-1", 1)),
    VTF_PREFACTOR("S·K^½/m", units("S·K^½/m", 1, "S*K^0.5/m", 1, "S·K^½/cm", 100, "S*K^0.5/cm", 100)),
    SPECIFIC_CHARGE("C/kg", units("C/kg", 1, "mAh/g", 3600.0));

    private final String si;
    private final Map<String, Double> factors;

    Quantity(String si, Map<String, Double> factors) {
        this.si = si;
        this.factors = factors;
    }

    String si() {
        return si;
    }

    /** Factor to SI of a unit name, matched exactly first, then ignoring case and spaces. */
    Optional<Double> factor(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        Double f = factors.get(unit.strip());
        if (f != null) {
            return Optional.of(f);
        }
        String key = squash(unit);
        for (Map.Entry<String, Double> e : factors.entrySet()) {
            if (squash(e.getKey()).equals(key)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Unit names a user file may use for this quantity. */
    Iterable<String> unitNames() {
        return factors.keySet();
    }

    private static String squash(String s) {
        return s.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, Double> units(Object... pairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
