package org.interphase.spacecharge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Profile;
import org.interphase.core.Units;

/**
 * A table of junction results against one parameter (coating thickness, Li⁺ step, temperature):
 * the total and space-charge area-specific resistances and every phase's {@link PhaseLayer}.
 *
 * @param parameter the name of the swept parameter, e.g. {@code "thickness"}
 * @param unit its SI unit, e.g. {@code "m"}
 * @param values the parameter values, in {@code unit}
 * @param totalResistance space-charge plus ohmic resistance at each value, Ω·m²
 * @param spaceChargeResistance space-charge resistance at each value, Ω·m²
 * @param layers the per-phase results at each value
 */
public record Sweep(String parameter, String unit, double[] values, double[] totalResistance,
        double[] spaceChargeResistance, List<List<PhaseLayer>> layers) {

    /**
     * Copies the arrays and lists.
     *
     * @param parameter the name of the swept parameter, e.g. {@code "thickness"}
     * @param unit its SI unit, e.g. {@code "m"}
     * @param values the parameter values, in {@code unit} (every element finite)
     * @param totalResistance space-charge plus ohmic resistance at each value, Ω·m² (every element finite)
     * @param spaceChargeResistance space-charge resistance at each value, Ω·m² (every element finite)
     * @param layers the per-phase results at each value
     */
    public Sweep {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(totalResistance, "totalResistance");
        Objects.requireNonNull(spaceChargeResistance, "spaceChargeResistance");
        Objects.requireNonNull(layers, "layers");
        Checks.sameLength(values, "values", totalResistance, "totalResistance");
        Checks.sameLength(values, "values", spaceChargeResistance, "spaceChargeResistance");
        if (values.length > 0) { // an empty sweep is allowed: its statistics refuse to answer
            Checks.allFinite(values, "values", unit);
            Checks.allFinite(totalResistance, "totalResistance", "Ω·m²");
            Checks.allFinite(spaceChargeResistance, "spaceChargeResistance", "Ω·m²");
        }
        if (layers.size() != values.length) {
            throw new IllegalArgumentException("layers must have one entry per value (" + values.length + "), had "
                    + layers.size());
        }
        values = values.clone();
        totalResistance = totalResistance.clone();
        spaceChargeResistance = spaceChargeResistance.clone();
        List<List<PhaseLayer>> copy = new ArrayList<>();
        for (List<PhaseLayer> l : layers) {
            copy.add(List.copyOf(l));
        }
        layers = List.copyOf(copy);
    }

    /** @return a copy of the parameter values, in {@code unit} */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** @return a copy of the total resistances, Ω·m² */
    @Override
    public double[] totalResistance() {
        return totalResistance.clone();
    }

    /** @return a copy of the space-charge resistances, Ω·m² */
    @Override
    public double[] spaceChargeResistance() {
        return spaceChargeResistance.clone();
    }

    /** @return number of points */
    public int size() {
        return values.length;
    }

    /**
     * @return the parameter value with the smallest total resistance, in {@code unit}
     * @throws IllegalStateException if the sweep is empty
     */
    public double argminResistance() {
        if (values.length == 0) {
            throw new IllegalStateException("an empty sweep has no smallest resistance");
        }
        int k = 0;
        for (int i = 1; i < values.length; i++) {
            if (totalResistance[i] < totalResistance[k]) {
                k = i;
            }
        }
        return values[k];
    }

    /** @return the total resistance against the parameter (values must increase), Ω·m² */
    public Profile resistanceProfile() {
        return Profile.of(values, totalResistance, parameter, unit, "R", "Ω·m²");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sweep s && parameter.equals(s.parameter) && unit.equals(s.unit)
                && java.util.Arrays.equals(values, s.values) && java.util.Arrays.equals(totalResistance, s.totalResistance)
                && java.util.Arrays.equals(spaceChargeResistance, s.spaceChargeResistance) && layers.equals(s.layers);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(parameter, unit, java.util.Arrays.hashCode(values),
                java.util.Arrays.hashCode(totalResistance), java.util.Arrays.hashCode(spaceChargeResistance), layers);
    }

    @Override
    public String toString() {
        // print in the units people read: nm for lengths, eV for energies
        double factor = unit.equals("m") ? 1e9 : unit.equals("J") ? 1 / org.interphase.core.Constants.ELEMENTARY_CHARGE : 1;
        String shown = unit.equals("m") ? "nm" : unit.equals("J") ? "eV" : unit;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-14s %16s %16s%n", parameter + " [" + shown + "]",
                "R total [Ω·cm²]", "R SCL [Ω·cm²]"));
        for (int i = 0; i < values.length; i++) {
            sb.append(String.format(Locale.ROOT, "%-14.5g %16.5g %16.5g%n", values[i] * factor,
                    Units.toOhmCm2(totalResistance[i]), Units.toOhmCm2(spaceChargeResistance[i])));
        }
        return sb.toString();
    }
}
