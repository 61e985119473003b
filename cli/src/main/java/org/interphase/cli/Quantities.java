package org.interphase.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interphase.core.Units;

/**
 * Quantities in input files: a plain number is in SI units; a string is a number and a unit from
 * core's unit table ({@code "5 nm"}, {@code "1e-5 S/cm"}, {@code "10 Ω·cm²"}, {@code "0.5 eV"}), or a
 * temperature in {@code °C}, {@code C} or {@code K}. The unit's dimension must be the one expected.
 */
final class Quantities {

    private static final Pattern VALUE_UNIT = Pattern.compile("\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*?)\\s*");

    private Quantities() {}

    /**
     * @param node the value (a number in {@code si}, or a string "value unit")
     * @param si the SI unit expected, e.g. {@code "m"}, {@code "S/m"}, {@code "Ω·m²"}
     * @return the value in SI
     */
    static double si(Node node, String si) {
        if (node.kind() == Node.Kind.NUMBER) {
            return node.number();
        }
        if (node.kind() != Node.Kind.STRING) {
            throw InputException.at(node, node.label() + " must be a number in " + si + " or a string such as \""
                    + example(si) + "\", was " + node.describe());
        }
        Matcher m = VALUE_UNIT.matcher(node.text());
        if (!m.matches()) {
            throw InputException.at(node, node.label() + " must be a number and a unit, e.g. \"" + example(si)
                    + "\", was " + node.describe());
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        if (unit.isEmpty()) {
            return value;
        }
        if (si.equals("K")) {
            return temperature(node, value, unit);
        }
        if (si.equals("Hz")) {
            return frequency(node, value, unit);
        }
        if (!Units.isKnown(unit)) {
            throw InputException.at(node, node.label() + ": unknown unit '" + unit + "'; use one of "
                    + String.join(", ", Units.unitsOf(si)));
        }
        String dim = Units.siUnitOf(unit);
        if (!dim.equals(si)) {
            throw InputException.at(node, node.label() + " must be in a unit of " + si + " (" + String.join(", ",
                    Units.unitsOf(si)) + "), was '" + unit + "' (a unit of " + dim + ")");
        }
        return Units.toSi(value, unit);
    }

    private static double temperature(Node node, double value, String unit) {
        switch (unit) {
            case "K":
                return value;
            case "°C":
            case "C":
            case "degC":
                return Units.celsius(value);
            default:
                throw InputException.at(node, node.label() + ": a temperature is written in K or °C (\"25 °C\"), was '"
                        + unit + "'");
        }
    }

    private static double frequency(Node node, double value, String unit) {
        switch (unit) {
            case "Hz":
                return value;
            case "mHz":
                return 1e-3 * value;
            case "kHz":
                return 1e3 * value;
            case "MHz":
                return 1e6 * value;
            default:
                throw InputException.at(node, node.label() + ": a frequency is written in mHz, Hz, kHz or MHz, was '"
                        + unit + "'");
        }
    }

    private static String example(String si) {
        switch (si) {
            case "m": return "5 nm";
            case "K": return "25 °C";
            case "S/m": return "1e-5 S/cm";
            case "Ω·m²": return "10 Ω·cm²";
            case "F/m²": return "10 µF/cm²";
            case "A/m²": return "1 mA/cm²";
            case "J": return "0.5 eV";
            case "Pa": return "1 MPa";
            case "Hz": return "1 kHz";
            default: return String.format(Locale.ROOT, "1 %s", si);
        }
    }
}
