package org.interphase.stack;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interphase.core.Checks;
import org.interphase.core.Citation;
import org.interphase.core.Provenance;
import org.interphase.core.Units;
import org.interphase.impedance.Impedance;
import org.interphase.impedance.Spectrum;

/**
 * The resistance budget of one interface: each mechanism's area-specific resistance on the nominal
 * area, their sum and shares, at one temperature. Immutable; prints as a table in Ω·cm².
 *
 * <p>Every line is a resistance R ≥ 0 in parallel with a capacitance C ≥ 0, so the shares lie in
 * [0, 1] and sum to 1, and the spectrum is passive: Re Z(ω) ≥ 0 and −Im Z(ω) ≥ 0 at every ω. An
 * accumulation layer is not a negative line: it lowers the line of the layer it sits in (see
 * {@link StackTerm.Effect}); what it removes from the bulk phases beside the interface, which this
 * budget does not hold, is {@link #bulkChange()}.
 *
 * <p>A budget from {@link StackSolver} carries its {@link #provenance()}: the sources of the
 * catalog values behind its lines and what was assumed ({@link #citations()}, {@link #assumptions()}).
 */
public final class ResistanceBudget {

    private final String name;
    private final double temperature;
    private final List<Contribution> contributions;
    private final double bulkChange;
    private final Provenance provenance;

    /**
     * A budget without a change of the bulk.
     *
     * @param name the interface, e.g. {@code "LiCoO2 | LiNbO3 5 nm | Li3PS4"} (null is taken as empty)
     * @param temperature T, K (&gt; 0)
     * @param contributions the lines of the budget, in stack order (not null, no null line)
     * @throws IllegalArgumentException if the temperature is not positive or the lines are null
     */
    public ResistanceBudget(String name, double temperature, List<Contribution> contributions) {
        this(name, temperature, contributions, 0.0);
    }

    /**
     * @param name the interface, e.g. {@code "LiCoO2 | LiNbO3 5 nm | Li3PS4"} (null is taken as empty)
     * @param temperature T, K (&gt; 0)
     * @param contributions the lines of the budget, in stack order (not null, no null line)
     * @param bulkChange the change of resistance of the bulk phases beside the interface from a net
     *     accumulation layer, Ω·m² on the nominal area (&le; 0), not part of the budget
     * @throws IllegalArgumentException if the temperature is not positive, the bulk change is
     *     positive or not finite, or the lines are null
     */
    public ResistanceBudget(String name, double temperature, List<Contribution> contributions, double bulkChange) {
        this.name = name == null ? "" : name;
        this.temperature = org.interphase.core.Checks.positive(temperature, "temperature", "K");
        if (contributions == null || contributions.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("the lines of a budget must not be null, were " + contributions);
        }
        this.contributions = List.copyOf(contributions);
        this.bulkChange = org.interphase.core.Checks.atMost(bulkChange, 0.0, "bulk resistance change", "Ω·m²");
        this.provenance = Provenance.empty();
    }

    private ResistanceBudget(ResistanceBudget b, Provenance provenance) {
        this.name = b.name;
        this.temperature = b.temperature;
        this.contributions = b.contributions;
        this.bulkChange = b.bulkChange;
        this.provenance = provenance;
    }

    /**
     * @param value the sources and assumptions behind the budget's lines (not null)
     * @return the same budget carrying that provenance
     * @throws NullPointerException if the value is null
     */
    public ResistanceBudget withProvenance(Provenance value) {
        return new ResistanceBudget(this, Checks.nonNull(value, "provenance"));
    }

    /** @return the sources and assumptions behind the lines (empty for a budget built from numbers) */
    public Provenance provenance() {
        return provenance;
    }

    /** @return the works behind the catalog values of the lines, in {@link Citation#ORDER} */
    public ImmutableList<Citation> citations() {
        return provenance.citations().asList();
    }

    /** @return every value of the budget that was assumed, defaulted or derived, one sentence each */
    public ImmutableList<String> assumptions() {
        return provenance.assumptions();
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

    /**
     * @return the resistance that a net accumulation layer in the electrode or electrolyte removes
     *     from their bulk, Ω·m² on the nominal area (&le; 0; 0 if none). It is not part of
     *     {@link #total()}: the interface budget holds no bulk line it could lower.
     */
    public double bulkChange() {
        return bulkChange;
    }

    /** @return the total area-specific resistance, Ω·m² (the sum of the lines, &ge; 0) */
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
     * @throws IllegalArgumentException if the mechanism is null
     */
    public double resistanceOf(Mechanism mechanism) {
        if (mechanism == null) {
            throw new IllegalArgumentException("mechanism must not be null");
        }
        double s = 0;
        for (Contribution c : contributions) {
            if (c.mechanism() == mechanism) {
                s += c.resistance();
            }
        }
        return s;
    }

    /** @return each mechanism's share of the total (0 … 1, summing to 1; all 0 for a zero total), in mechanism order */
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
     * budget's {@link #total()}. Every line has R ≥ 0 and C ≥ 0, so Re Z ≥ 0 and −Im Z ≥ 0 at every
     * ω: an accumulation layer shows as a smaller, faster arc of the layer it sits in, never as a
     * negative arc.
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
            arcs[k] = Impedance.voigt(c.resistance(), c.timeConstant(), true);
        }
        return Impedance.series(arcs);
    }

    /**
     * @param frequencies frequencies, Hz (&gt; 0)
     * @return the spectrum of {@link #impedance()}, per unit area (Ω·m²), carrying this budget's
     *     {@link #provenance()} and the assumption that makes a budget a spectrum
     */
    public Spectrum spectrum(double[] frequencies) {
        return impedance().spectrum(frequencies).withProvenance(provenance.withAssumption(
                "the spectrum is the budget's lines as ideal R‖C (Voigt) arcs in series"));
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
        if (bulkChange < 0) {
            sb.append(String.format(Locale.ROOT, "  beside the budget: a net accumulation layer lowers the bulk by %.4g Ω·cm²%n",
                    Units.toOhmCm2(-bulkChange)));
        }
        return sb.toString();
    }
}
