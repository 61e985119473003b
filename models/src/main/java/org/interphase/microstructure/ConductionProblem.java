package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.core.TemperatureLaw;
import org.interphase.materials.Material;
import org.interphase.materials.Property;

/**
 * Steady conduction through a voxel {@link Microstructure}: a conductivity per phase (S/m; 0 = the phase
 * does not conduct), an optional interface resistance (Ω·m²) on the faces between two given phases, and
 * the axes along which to drive a current. Immutable; every {@code withX} returns a checked copy.
 *
 * <p>Along each axis the solver holds the potential at 1 V on the low face and 0 V on the high face,
 * lets no current through the four other faces, and solves ∇·(σ∇φ) = 0 by finite volumes
 * ({@link ConductionSolver}). The conductance of the face between voxels of phases a and b (voxel edge
 * h) is that of the two half-voxels and the interface in series:
 * <pre>  G_ab = h² / (h/(2σ_a) + R_ab + h/(2σ_b))   (S),</pre>
 * the harmonic mean for R_ab = 0.
 *
 * <pre>{@code
 * ConductionProblem p = ConductionProblem.of(m)
 *         .withConductivity(m.requirePhase("LPSCl"), 0.3)           // S/m
 *         .withConductivity(m.requirePhase("NMC811"), 1e-3)
 *         .withInterfaceResistance(m.requirePhase("NMC811"), m.requirePhase("LPSCl"), Units.ohmCm2(20))
 *         .withAxes(Axis.Z);
 * }</pre>
 * Or from the catalog: {@link #ionic(Microstructure, double)} and {@link #electronic(Microstructure)}.
 */
public final class ConductionProblem {

    /** A resistance on the faces between the phases of labels a &lt; b. */
    private record Pair(int a, int b, double resistance) {
    }

    private final Microstructure microstructure;
    /** Conductivity per label, S/m. */
    private final double[] sigma;
    private final ImmutableList<Pair> pairs;
    private final ImmutableList<Axis> axes;
    private final ImmutableList<String> notes;

    private ConductionProblem(Microstructure microstructure, double[] sigma, ImmutableList<Pair> pairs,
            ImmutableList<Axis> axes, ImmutableList<String> notes) {
        this.microstructure = microstructure;
        this.sigma = sigma;
        this.pairs = pairs;
        this.axes = axes;
        this.notes = notes;
    }

    /**
     * @param microstructure the grid (not null)
     * @return a problem in which no phase conducts yet (give conductivities with
     *     {@link #withConductivity}), driven along x, y and z
     */
    public static ConductionProblem of(Microstructure microstructure) {
        Checks.nonNull(microstructure, "microstructure");
        return new ConductionProblem(microstructure, new double[VoxelPhase.MAX_LABEL + 1], ImmutableList.of(),
                ImmutableList.of(Axis.X, Axis.Y, Axis.Z), ImmutableList.of());
    }

    /**
     * Ionic conduction from the catalog: every phase whose {@link Material} has an ionic conductivity
     * law ({@link Material#conductivityLaw()}) that holds at the temperature conducts with
     * σ_ion(T); every other phase (pores, phases without a material or without such a law, a law that does
     * not hold at T) is insulating, as {@link #notes()} then states.
     *
     * @param microstructure the grid (not null)
     * @param temperature T, in K (finite, &gt; 0)
     * @return the problem, driven along x, y and z
     * @throws IllegalArgumentException if the temperature is not finite and positive
     */
    public static ConductionProblem ionic(Microstructure microstructure, double temperature) {
        Checks.nonNull(microstructure, "microstructure");
        Checks.positive(temperature, "temperature", "K");
        Checks.finite(temperature, "temperature", "K");
        double[] s = new double[VoxelPhase.MAX_LABEL + 1];
        List<String> notes = new ArrayList<>();
        for (VoxelPhase p : microstructure.phases()) {
            Optional<TemperatureLaw> law = p.material().flatMap(Material::conductivityLaw);
            if (law.isEmpty()) {
                notes.add(p.name() + ": insulating (" + (p.material().isEmpty() ? "no catalog material"
                        : "the catalog has no ionic conductivity") + ")");
            } else if (!law.get().covers(temperature)) {
                notes.add(p.name() + ": insulating (its catalog law " + law.get() + " does not hold at "
                        + Display.quantity(temperature, "K") + "; give the conductivity with withConductivity)");
            } else {
                double v = law.get().valueAt(temperature);
                s[p.label()] = v;
                notes.add(p.name() + ": σ_ion = " + Display.quantity(v, "S/m") + " at " + Display.quantity(temperature, "K")
                        + " from the catalog");
            }
        }
        return checkedCount(new ConductionProblem(microstructure, s, ImmutableList.of(),
                ImmutableList.of(Axis.X, Axis.Y, Axis.Z), ImmutableList.copyOf(notes)));
    }

    /**
     * Electronic conduction from the catalog: every phase whose {@link Material} has an
     * {@link Property#ELECTRONIC_CONDUCTIVITY} (a value at room temperature; the catalog has no
     * temperature law for it) conducts with it; every other phase is insulating, as {@link #notes()} states.
     *
     * @param microstructure the grid (not null)
     * @return the problem, driven along x, y and z
     */
    public static ConductionProblem electronic(Microstructure microstructure) {
        Checks.nonNull(microstructure, "microstructure");
        double[] s = new double[VoxelPhase.MAX_LABEL + 1];
        List<String> notes = new ArrayList<>();
        for (VoxelPhase p : microstructure.phases()) {
            Optional<Material> m = p.material();
            if (m.isPresent() && m.get().has(Property.ELECTRONIC_CONDUCTIVITY)) {
                double v = m.get().require(Property.ELECTRONIC_CONDUCTIVITY);
                s[p.label()] = v;
                notes.add(p.name() + ": σ_e = " + Display.quantity(v, "S/m") + " from the catalog (room temperature)");
            } else {
                notes.add(p.name() + ": insulating (" + (m.isEmpty() ? "no catalog material"
                        : "the catalog has no electronic conductivity") + ")");
            }
        }
        return checkedCount(new ConductionProblem(microstructure, s, ImmutableList.of(),
                ImmutableList.of(Axis.X, Axis.Y, Axis.Z), ImmutableList.copyOf(notes)));
    }

    private static ConductionProblem checkedCount(ConductionProblem p) {
        int k = p.conductingPhases().size();
        if (k > VoxelPhase.MAX_LABEL) {
            throw new IllegalArgumentException("conductivities: at most " + VoxelPhase.MAX_LABEL
                    + " phases may conduct, " + k + " do; give phases of equal conductivity one label");
        }
        return p;
    }

    /**
     * @param phase a phase of the microstructure (not null)
     * @param conductivity its conductivity σ, in S/m (finite, &ge; 0; 0 = insulating)
     * @return a copy with that conductivity (and a note saying it was given)
     * @throws IllegalArgumentException if the phase is not the microstructure's, or σ is negative or not finite
     */
    public ConductionProblem withConductivity(VoxelPhase phase, double conductivity) {
        microstructure.checkOwn(phase);
        Checks.nonNegative(conductivity, "conductivity", "S/m");
        Checks.finite(conductivity, "conductivity", "S/m");
        double[] s = sigma.clone();
        s[phase.label()] = conductivity;
        List<String> n = new ArrayList<>();
        for (String note : notes) {
            if (!note.startsWith(phase.name() + ": ")) {
                n.add(note);
            }
        }
        n.add(phase.name() + ": σ = " + Display.quantity(conductivity, "S/m") + " given");
        return checkedCount(new ConductionProblem(microstructure, s, pairs, axes, ImmutableList.copyOf(n)));
    }

    /**
     * @param a one phase of the microstructure (not null)
     * @param b another phase of the microstructure (not null, not a)
     * @param resistance the area-specific resistance R_ab of every voxel face between a and b, in Ω·m²
     *     (finite, &ge; 0), in series with the two half-voxels; e.g. the resistance that
     *     {@code stack.InterfaceStack} computes for that pair
     * @return a copy with that interface resistance (replacing an earlier one of the pair)
     * @throws IllegalArgumentException if a phase is not the microstructure's, a = b, or R is negative or
     *     not finite
     */
    public ConductionProblem withInterfaceResistance(VoxelPhase a, VoxelPhase b, double resistance) {
        microstructure.checkOwn(a);
        microstructure.checkOwn(b);
        if (a.label() == b.label()) {
            throw new IllegalArgumentException("b: an interface resistance needs two different phases, both were " + a);
        }
        Checks.nonNegative(resistance, "resistance", "Ω·m²");
        Checks.finite(resistance, "resistance", "Ω·m²");
        int lo = Math.min(a.label(), b.label());
        int hi = Math.max(a.label(), b.label());
        List<Pair> list = new ArrayList<>();
        for (Pair p : pairs) {
            if (p.a() != lo || p.b() != hi) {
                list.add(p);
            }
        }
        list.add(new Pair(lo, hi, resistance));
        return new ConductionProblem(microstructure, sigma, ImmutableList.copyOf(list), axes, notes);
    }

    /**
     * @param axes the axes along which to drive a current, one solve each (at least one, no repeats, not null)
     * @return a copy driven along those axes, in the order given
     * @throws IllegalArgumentException if none is given or one repeats
     */
    public ConductionProblem withAxes(Axis... axes) {
        Checks.nonNull(axes, "axes");
        if (axes.length == 0) {
            throw new IllegalArgumentException("axes must name at least one axis, named none");
        }
        EnumSet<Axis> seen = EnumSet.noneOf(Axis.class);
        for (int i = 0; i < axes.length; i++) {
            Checks.nonNull(axes[i], "axes[" + i + "]");
            if (!seen.add(axes[i])) {
                throw new IllegalArgumentException("axes must not repeat an axis, " + axes[i] + " was given twice: "
                        + Arrays.toString(axes));
            }
        }
        return new ConductionProblem(microstructure, sigma, pairs, ImmutableList.copyOf(axes), notes);
    }

    /** @return the grid */
    public Microstructure microstructure() {
        return microstructure;
    }

    /**
     * @param phase a phase of the microstructure (not null)
     * @return its conductivity, in S/m (0 for an insulating phase)
     * @throws IllegalArgumentException if the phase is not the microstructure's
     */
    public double conductivity(VoxelPhase phase) {
        return sigma[microstructure.checkOwn(phase).label()];
    }

    /**
     * @param a a phase of the microstructure (not null)
     * @param b a phase of the microstructure (not null)
     * @return the resistance of the faces between them, in Ω·m² (0 if none was given, or a = b)
     * @throws IllegalArgumentException if a phase is not the microstructure's
     */
    public double interfaceResistance(VoxelPhase a, VoxelPhase b) {
        return resistance(microstructure.checkOwn(a).label(), microstructure.checkOwn(b).label());
    }

    /** Interface resistance between two labels, Ω·m². */
    double resistance(int la, int lb) {
        int lo = Math.min(la, lb);
        int hi = Math.max(la, lb);
        for (Pair p : pairs) {
            if (p.a() == lo && p.b() == hi) {
                return p.resistance();
            }
        }
        return 0;
    }

    /** Conductivity by label, S/m (the problem's own array: not to be written). */
    double[] conductivityArray() {
        return sigma;
    }

    /** @return the axes to drive a current along */
    public ImmutableList<Axis> axes() {
        return axes;
    }

    /** @return the phases with a conductivity &gt; 0, in the microstructure's order */
    public ImmutableList<VoxelPhase> conductingPhases() {
        ImmutableList.Builder<VoxelPhase> b = ImmutableList.builder();
        for (VoxelPhase p : microstructure.phases()) {
            if (sigma[p.label()] > 0) {
                b.add(p);
            }
        }
        return b.build();
    }

    /** @return where each phase's conductivity came from, one line per phase that has a note */
    public ImmutableList<String> notes() {
        return notes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConductionProblem p && p.microstructure.equals(microstructure)
                && Arrays.equals(p.sigma, sigma) && p.pairs.equals(pairs) && p.axes.equals(axes) && p.notes.equals(notes);
    }

    @Override
    public int hashCode() {
        return ((microstructure.hashCode() * 31 + Arrays.hashCode(sigma)) * 31 + pairs.hashCode()) * 31 + axes.hashCode();
    }

    /** @return e.g. {@code Conduction along [Z] in Microstructure …: LPSCl 300 mS/m, NMC811 1 mS/m; R(NMC811|LPSCl) 20 Ω·cm²} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Conduction along ").append(axes).append(" in ").append(microstructure)
                .append(": ");
        String sep = "";
        for (VoxelPhase p : microstructure.phases()) {
            sb.append(sep).append(p.name()).append(' ').append(sigma[p.label()] > 0
                    ? Display.quantity(sigma[p.label()], "S/m") : "insulating");
            sep = ", ";
        }
        for (Pair p : pairs) {
            sb.append("; R(").append(name(p.a())).append('|').append(name(p.b())).append(") ")
                    .append(Display.quantity(p.resistance() * 1e4, "Ω·cm²"));
        }
        return sb.toString();
    }

    private String name(int label) {
        for (VoxelPhase p : microstructure.phases()) {
            if (p.label() == label) {
                return p.name();
            }
        }
        return Integer.toString(label);
    }
}
