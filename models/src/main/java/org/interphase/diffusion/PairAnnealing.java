package org.interphase.diffusion;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.math3.special.Erf;
import org.interphase.core.Checks;
import org.interphase.core.Citation;
import org.interphase.core.Mesh1D;
import org.interphase.core.Profile;
import org.interphase.core.Provenance;
import org.interphase.core.Units;
import org.interphase.materials.Interdiffusion;
import org.interphase.materials.InterfacePair;
import org.interphase.materials.InterfacePairs;
import org.interphase.materials.Material;
import org.interphase.materials.ReactionProduct;

/**
 * What a thermal schedule does to a pair of materials from the catalog, in one object: how far
 * each interdiffusing species of the pair ({@link InterfacePair#interdiffusion()}) penetrates its
 * host, which reaction products pass their onset temperature, and — given a growth law — how thick
 * the interphase grows and what resistance it adds.
 *
 * <pre>{@code
 * var anneal = PairAnnealing.of(Materials.LICOO2, Materials.LLZO, schedule);
 * anneal.penetrations();          // Co into LLZO: ∫D dt, 2√(∫D dt), depth at 1 %
 * anneal.reactions();             // La2CoO4 ... (onset, peak T, time above onset)
 * }</pre>
 *
 * <p>Penetration uses the semi-infinite erfc solution with Λ = ∫D(T(t))dt (surface held at the
 * solubility, the host initially free of the species), which is exact for a constant-Ea D over any
 * schedule (see {@link AnalyticDiffusion}). Immutable.
 */
public final class PairAnnealing {

    private final InterfacePair pair;
    private final ThermalSchedule schedule;

    private PairAnnealing(InterfacePair pair, ThermalSchedule schedule) {
        this.pair = pair;
        this.schedule = schedule;
    }

    /**
     * @param first one material
     * @param second the other
     * @param schedule the processing schedule
     * @return the analysis, with the pair's data from {@link InterfacePairs#get(Material, Material)}
     */
    public static PairAnnealing of(Material first, Material second, ThermalSchedule schedule) {
        Objects.requireNonNull(first, "first material");
        Objects.requireNonNull(second, "second material");
        Objects.requireNonNull(schedule, "schedule");
        return of(InterfacePairs.get(first, second), schedule);
    }

    /**
     * @param pair the pair's data (from the catalog or built by the user)
     * @param schedule the processing schedule
     * @return the analysis
     */
    public static PairAnnealing of(InterfacePair pair, ThermalSchedule schedule) {
        return new PairAnnealing(Objects.requireNonNull(pair, "pair"), Objects.requireNonNull(schedule, "schedule"));
    }

    /** @return the pair */
    public InterfacePair pair() {
        return pair;
    }

    /** @return the schedule */
    public ThermalSchedule schedule() {
        return schedule;
    }

    /** @return one penetration per interdiffusing species of the pair */
    public List<Penetration> penetrations() {
        List<Penetration> out = new ArrayList<>();
        for (Interdiffusion d : pair.interdiffusion()) {
            out.add(new Penetration(d, schedule.integratedDiffusivity(d.law())));
        }
        return out;
    }

    /**
     * Where the analysis' numbers come from: the sources of the pair's interdiffusion laws and
     * reaction products (what {@link #penetrations()} and {@link #reactions()} use), and how the
     * penetration is derived from them: an erfc profile of a semi-infinite host at constant surface
     * concentration, with the diffusivity integrated over the schedule, Λ = ∫D(T(t))dt.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        List<Citation> c = new ArrayList<>();
        List<String> a = new ArrayList<>();
        for (Interdiffusion d : pair.interdiffusion()) {
            c.add(d.source().toCitation());
            a.add(d.species() + " into " + d.host() + ": penetration derived from Λ = ∫D(T(t))dt over the schedule,"
                    + " erfc profile of a semi-infinite host at constant surface concentration");
        }
        for (ReactionProduct p : pair.reactionProducts()) {
            c.add(p.source().toCitation());
            if (p.onsetTemperature().isEmpty()) {
                a.add(p.phase() + ": no onset temperature in the catalog, so its reaction check cannot say whether the"
                        + " schedule stays below it");
            }
        }
        return Provenance.of(c, a);
    }

    /** @return the works behind the pair's catalog data used, in {@link Citation#ORDER} */
    public ImmutableList<Citation> citations() {
        return provenance().citations().asList();
    }

    /** @return the assumptions of {@link #provenance()} */
    public ImmutableList<String> assumptions() {
        return provenance().assumptions();
    }

    /** @return one check per reaction product of the pair */
    public List<ReactionCheck> reactions() {
        List<ReactionCheck> out = new ArrayList<>();
        for (ReactionProduct p : pair.reactionProducts()) {
            OptionalDouble onset = p.onsetTemperature();
            OptionalDouble above = onset.isPresent() ? OptionalDouble.of(schedule.timeAbove(onset.getAsDouble()))
                    : OptionalDouble.empty();
            out.add(new ReactionCheck(p, schedule.maxTemperature(), above));
        }
        return out;
    }

    /**
     * The interphase a growth law predicts for this schedule. If the product named has an onset
     * temperature in the catalog, growth is switched off below it ({@link OnsetGrowth}).
     *
     * @param phase the product's name as in {@link ReactionProduct#phase()}, e.g. {@code "La2CoO4"}
     * @param law growth above the onset (e.g. from {@link #calibrateParabolic}, which applies the same gate)
     * @param conductivity the interphase's Li⁺ conductivity, S/m (&gt; 0)
     * @return the thickness and the resistance L/σ it adds
     */
    public Interphase interphase(String phase, GrowthLaw law, double conductivity) {
        Objects.requireNonNull(law, "law");
        Checks.positive(conductivity, "interphase conductivity", "S/m");
        ReactionProduct product = product(phase);
        GrowthLaw gated = product.onsetTemperature().isPresent()
                ? new OnsetGrowth(law, product.onsetTemperature().getAsDouble()) : law;
        return Interphase.uniform(phase, gated.thickness(schedule), conductivity);
    }

    /**
     * The parabolic law that grows a measured thickness of a product over this schedule, with the
     * same onset gate {@link #interphase} applies: if the product has an onset temperature in the
     * catalog, only the time above it counts ({@link ParabolicGrowth#calibrate(ThermalSchedule,
     * double, double, double, double)}). {@code interphase(phase, law, σ)} on this schedule then
     * returns the measured thickness.
     *
     * @param phase the product's name as in {@link ReactionProduct#phase()}
     * @param thickness the measured thickness after this schedule, m (&gt; initialThickness)
     * @param activationEnergy Ea of growth, J (&ge; 0)
     * @param initialThickness x0, m (&ge; 0)
     * @return the calibrated (ungated) law
     */
    public ParabolicGrowth calibrateParabolic(String phase, double thickness, double activationEnergy,
            double initialThickness) {
        ReactionProduct product = product(phase);
        return ParabolicGrowth.calibrate(schedule, thickness, activationEnergy, initialThickness,
                product.onsetTemperature().orElse(0.0));
    }

    private ReactionProduct product(String phase) {
        return pair.reactionProducts().stream().filter(p -> p.phase().equals(phase)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the pair " + pair.first() + " | " + pair.second()
                        + " has no reaction product " + phase + "; it has " + pair.reactionProducts().stream()
                                .map(ReactionProduct::phase).toList()));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(pair.first() + " | " + pair.second() + " through " + schedule);
        penetrations().forEach(p -> sb.append("\n  ").append(p));
        reactions().forEach(r -> sb.append("\n  ").append(r));
        return sb.toString();
    }

    /**
     * How far one species gets into its host.
     *
     * @param data the species, host and D(T) with their source
     * @param integratedDiffusivity Λ = ∫D(T(t))dt over the schedule, m²
     */
    public record Penetration(Interdiffusion data, double integratedDiffusivity) {

        /** Largest number of profile points, 10⁷ (80 MB per array of doubles). */
        static final int MAX_POINTS = 10_000_000;

        /**
         * Validates.
         *
         * @param data the species, host and D(T) with their source
         * @param integratedDiffusivity Λ = ∫D(T(t))dt over the schedule, m² (&ge; 0)
         */
        public Penetration {
            Objects.requireNonNull(data, "data");
            Checks.nonNegative(integratedDiffusivity, "integrated diffusivity ∫D dt", "m²");
        }

        /** @return the diffusion length 2√Λ, m */
        public double diffusionLength() {
            return AnalyticDiffusion.diffusionLength(integratedDiffusivity);
        }

        /**
         * @param fraction c/c_surface, in (0, 1)
         * @return the depth where the erfc profile falls to that fraction, m
         */
        public double depth(double fraction) {
            return AnalyticDiffusion.penetrationDepth(integratedDiffusivity, fraction);
        }

        /**
         * @param surfaceConcentration c at the interface (the solubility limit), mol/m³ (&ge; 0)
         * @param depth how deep to sample, m (&gt; 0)
         * @param points number of points, in [2, 10⁷]
         * @return c(x) into the host, x in m from the interface
         */
        public Profile profile(double surfaceConcentration, double depth, int points) {
            Checks.nonNegative(surfaceConcentration, "surface concentration", "mol/m³");
            Checks.positive(depth, "depth", "m");
            Checks.atLeast(points, 2, "points");
            if (points > MAX_POINTS) {
                // refused before allocating: x and c take 16 bytes per point
                throw new IllegalArgumentException(String.format(Locale.ROOT, "points must be in [2, %d] (%d MB for"
                        + " x and c), was %d (%d MB)", MAX_POINTS, 16L * MAX_POINTS >> 20, points,
                        16L * points >> 20));
            }
            Mesh1D mesh = Mesh1D.uniform(0, depth, points - 1);
            double root = 2 * Math.sqrt(integratedDiffusivity);
            return Profile.sample(mesh, x -> root == 0 ? (x == 0 ? surfaceConcentration : 0)
                    : surfaceConcentration * Erf.erfc(x / root), "c(" + data.species() + ")", "mol/m³");
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s into %s: ∫D dt = %.3g m², 2√(∫D dt) = %.3g nm, 1 %% depth %.3g nm [%s]",
                    data.species(), data.host(), integratedDiffusivity, Units.toNm(diffusionLength()),
                    Units.toNm(depth(0.01)), data.source().shortCitation());
        }
    }

    /**
     * Whether a reaction product's onset is passed.
     *
     * @param product the product with its onset and source
     * @param peakTemperature the schedule's highest temperature, K
     * @param timeAboveOnset time spent above the onset, s; empty if no onset is known
     */
    public record ReactionCheck(ReactionProduct product, double peakTemperature, OptionalDouble timeAboveOnset) {

        /**
         * Validates.
         *
         * @param product the product with its onset and source
         * @param peakTemperature the schedule's highest temperature, K (&gt; 0)
         * @param timeAboveOnset time spent above the onset, s (&ge; 0); empty if no onset is known
         */
        public ReactionCheck {
            Objects.requireNonNull(product, "product");
            Checks.positive(peakTemperature, "peak temperature", "K");
            Objects.requireNonNull(timeAboveOnset, "timeAboveOnset");
            if (timeAboveOnset.isPresent() != product.onsetTemperature().isPresent()) {
                throw new IllegalArgumentException("time above the onset must be given exactly when the product has"
                        + " an onset temperature; " + product.phase() + " has "
                        + (product.onsetTemperature().isPresent() ? "one" : "none"));
            }
            timeAboveOnset.ifPresent(t -> Checks.nonNegative(t, "time above the onset", "s"));
        }

        /** @return true if the onset is known and the schedule never exceeds it */
        public boolean staysBelowOnset() {
            return timeAboveOnset.isPresent() && timeAboveOnset.getAsDouble() == 0;
        }

        @Override
        public String toString() {
            if (product.onsetTemperature().isEmpty()) {
                return String.format(Locale.ROOT, "%s: onset not reported; peak %.0f °C [%s]", product.phase(),
                        Units.toCelsius(peakTemperature), product.source().shortCitation());
            }
            return String.format(Locale.ROOT, "%s: onset %.0f °C, peak %.0f °C, %s [%s]", product.phase(),
                    Units.toCelsius(product.onsetTemperature().getAsDouble()), Units.toCelsius(peakTemperature),
                    staysBelowOnset() ? "stays below the onset" : String.format(Locale.ROOT, "%.3g h above the onset",
                            Units.toHours(timeAboveOnset.getAsDouble())), product.source().shortCitation());
        }
    }
}
