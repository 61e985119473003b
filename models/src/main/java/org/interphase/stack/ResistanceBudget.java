package org.interphase.stack;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interphase.core.Units;
import org.interphase.impedance.Impedance;
import org.interphase.impedance.Spectrum;

/**
 * The resistance budget of one interface: each mechanism's area-specific resistance on the nominal
 * area, their sum and shares, at one temperature. Immutable; prints as a table in Ω·cm².
 */
public final class ResistanceBudget {

    private final String name;
    private final double temperature;
    private final List<Contribution> contributions;

    /**
     * @param name the interface, e.g. {@code "LiCoO2 | LiNbO3 5 nm | Li3PS4"}
     * @param temperature T, K (&gt; 0)
     * @param contributions the lines of the budget, in stack order
     */
    public ResistanceBudget(String name, double temperature, List<Contribution> contributions) {
        this.name = name == null ? "" : name;
        this.temperature = org.interphase.core.Checks.positive(temperature, "temperature", "K");
        this.contributions = List.copyOf(contributions);
    }

    /** @return the interface's name */
    public String name() {
        return name;
    }

    /** @return T, K */
    public double temperature() {
        return temperature;
    }

    /** @return the lines of the budget, in stack order (unmodifiable) */
    public List<Contribution> contributions() {
        return contributions;
    }

    /** @return the total area-specific resistance, Ω·m² (the sum of the lines) */
    public double total() {
        double s = 0;
        for (Contribution c : contributions) {
            s += c.resistance();
        }
        return s;
    }

    /**
     * @param mechanism a mechanism
     * @return the sum of its lines, Ω·m² (0 if absent)
     */
    public double resistanceOf(Mechanism mechanism) {
        double s = 0;
        for (Contribution c : contributions) {
            if (c.mechanism() == mechanism) {
                s += c.resistance();
            }
        }
        return s;
    }

    /** @return each mechanism's share of the total (0 … 1), in mechanism order */
    public Map<Mechanism, Double> shares() {
        Map<Mechanism, Double> m = new EnumMap<>(Mechanism.class);
        double total = total();
        for (Contribution c : contributions) {
            m.merge(c.mechanism(), total > 0 ? c.resistance() / total : 0.0, Double::sum);
        }
        return m;
    }

    /** @return the mechanism with the largest resistance, or null for an empty budget */
    public Mechanism dominant() {
        Contribution best = null;
        for (Contribution c : contributions) {
            if (best == null || c.resistance() > best.resistance()) {
                best = c;
            }
        }
        return best == null ? null : best.mechanism();
    }

    /**
     * The impedance this interface would show: every line an R‖C arc per unit area,
     * Z_k = R_k/(1 + jωR_kC_k), in series (a line without capacitance is a pure resistance). Each
     * layer's arc sits at f = 1/(2πR_kC_k), independent of its thickness; Z(ω → 0) is the
     * budget's {@link #total()}. A negative space-charge line (an accumulation layer's excess
     * conductance) is drawn as a negative arc at its own time constant; physically it lowers the arc
     * of the layer it lies in.
     *
     * @return the impedance, per unit area (Ω·m²)
     */
    public Impedance impedance() {
        if (contributions.isEmpty()) {
            return Impedance.voigt(0, 0, true);
        }
        Impedance[] arcs = new Impedance[contributions.size()];
        for (int k = 0; k < arcs.length; k++) {
            Contribution c = contributions.get(k);
            // a negative (accumulation) line keeps a decaying arc: τ = |R|·C, not a right-half-plane pole
            arcs[k] = Impedance.voigt(c.resistance(), Math.abs(c.timeConstant()), true);
        }
        return Impedance.series(arcs);
    }

    /**
     * @param frequencies frequencies, Hz (&gt; 0)
     * @return the spectrum of {@link #impedance()}, per unit area (Ω·m²)
     */
    public Spectrum spectrum(double[] frequencies) {
        return impedance().spectrum(frequencies);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        double total = total();
        sb.append(String.format(Locale.ROOT, "%s at %.1f °C: total %.4g Ω·cm²%n", name, Units.toCelsius(temperature),
                Units.toOhmCm2(total)));
        for (Contribution c : contributions) {
            sb.append(String.format(Locale.ROOT, "  %-16s %12.4g Ω·cm²  %5.1f %%   %s%n", c.mechanism().label(),
                    Units.toOhmCm2(c.resistance()), total > 0 ? 100 * c.resistance() / total : 0.0, c.detail()));
        }
        return sb.toString();
    }
}
