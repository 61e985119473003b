package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * What {@link GeometrySolver} measured on a {@link GeometryProblem}. Immutable; arrays are returned as
 * copies. Lengths in m, areas in m², volumes as fractions of the box.
 *
 * <ul>
 *   <li>Volume fractions; connected components of each phase (6-connectivity: voxels sharing a face),
 *       their sizes; percolation: the share of a phase's volume in components that touch a face of the box,
 *       both faces of an axis (spanning), or no face (isolated).</li>
 *   <li>Interfacial area between two phases: the voxel-face count (× h²), which over-counts a smooth
 *       surface by |n|₁ (1 on axis-aligned planes, 3/2 on average on a sphere), and the smoothed estimate
 *       that weights each face by 1/|n|₁ of a locally fitted normal (see {@link #interfaceArea}).</li>
 *   <li>Electrode metrics (when the problem names an active material and electrolytes): the active
 *       interface — CAM|SE faces whose CAM voxel is connected through electron conductors to the current
 *       collector face and whose SE voxel is connected through ion conductors to the separator face —
 *       per m² of electrode cross-section and per m³; the share of each CAM component's and each CAM
 *       particle's surface that touches electrolyte.</li>
 *   <li>Triple-phase-boundary length, two-point correlation S2(r) along each axis and chord lengths.</li>
 * </ul>
 */
public final class GeometrySolution {

    /** Fixed-point scale of the area sums (exact integer sums make the result independent of threads). */
    static final double AREA_SCALE = 1L << 28;

    private final GeometryProblem problem;
    private final ImmutableList<Phase> phases;
    private final int p;
    private final double h;
    private final long[][] componentSizes;
    /** connected[phase][face]: voxels in components touching the face. */
    private final long[][] connected;
    /** spanning[phase][axis]: voxels in components touching both faces of the axis. */
    private final long[][] spanning;
    private final long[] isolated;
    private final long[] pairFaces;
    private final double[] pairAreas;
    private final ImmutableSortedMap<Integer, Long> tripleEdges;
    private final double[][][] s2;
    private final long[][][] chords;
    private final Electrode electrode;
    private final ImmutableList<ParticleContact> particleContacts;
    private final String method;
    private final ImmutableList<String> warnings;

    /** The electrode part of a solution (null when the problem has no roles). */
    static final class Electrode {
        long camSeFaces;
        double camSeArea;
        long activeFaces;
        double activeArea;
        long camConnected;
        long camVoxels;
        long electrolyteConnected;
        long electrolyteVoxels;
        /** Per CAM component, in the order of {@link #componentSizes(Phase)}: exposed and SE-touching area, m². */
        double[] componentSurface;
        double[] componentContact;
    }

    GeometrySolution(GeometryProblem problem, long[][] componentSizes, long[][] connected, long[][] spanning,
            long[] isolated, long[] pairFaces, double[] pairAreas, ImmutableSortedMap<Integer, Long> tripleEdges,
            double[][][] s2, long[][][] chords, Electrode electrode, ImmutableList<ParticleContact> particleContacts,
            String method, ImmutableList<String> warnings) {
        this.problem = problem;
        this.phases = problem.microstructure().phases();
        this.p = phases.size();
        this.h = problem.microstructure().voxelSize();
        this.componentSizes = componentSizes;
        this.connected = connected;
        this.spanning = spanning;
        this.isolated = isolated;
        this.pairFaces = pairFaces;
        this.pairAreas = pairAreas;
        this.tripleEdges = tripleEdges;
        this.s2 = s2;
        this.chords = chords;
        this.electrode = electrode;
        this.particleContacts = particleContacts;
        this.method = method;
        this.warnings = warnings;
    }

    /**
     * The contact of one sphere of the active material with the electrolyte: of the faces between the
     * particle's voxels (centres inside the sphere, labelled with the particle's phase) and voxels of other
     * phases, the share that touches an electrolyte phase. Faces toward voxels of the same phase (a
     * neighbouring particle, a sinter neck) are neither exposed nor in contact; faces on the box's faces
     * are not counted. Immutable.
     */
    public static final class ParticleContact {
        private final Particle particle;
        private final long surfaceFaces;
        private final long contactFaces;
        private final double surfaceArea;
        private final double contactArea;

        ParticleContact(Particle particle, long surfaceFaces, long contactFaces, double surfaceArea, double contactArea) {
            this.particle = particle;
            this.surfaceFaces = surfaceFaces;
            this.contactFaces = contactFaces;
            this.surfaceArea = surfaceArea;
            this.contactArea = contactArea;
        }

        /** @return the particle */
        public Particle particle() {
            return particle;
        }

        /** @return voxel faces of the particle's exposed surface (toward other phases, inside the box) */
        public long surfaceFaceCount() {
            return surfaceFaces;
        }

        /** @return voxel faces of the exposed surface that touch an electrolyte phase */
        public long contactFaceCount() {
            return contactFaces;
        }

        /** @return smoothed area of the exposed surface, in m² */
        public double surfaceArea() {
            return surfaceArea;
        }

        /** @return smoothed area of the exposed surface that touches electrolyte, in m² */
        public double contactArea() {
            return contactArea;
        }

        /**
         * @return contact area / exposed area (smoothed), in [0, 1]; empty when the particle has no exposed
         *     voxel face inside the box
         */
        public OptionalDouble contactFraction() {
            return surfaceFaces == 0 ? OptionalDouble.empty() : OptionalDouble.of(contactArea / surfaceArea);
        }

        /** @return e.g. {@code NMC811 sphere r = 5 µm at (…): 62.1 % of 301 µm² in contact} */
        @Override
        public String toString() {
            return particle + ": " + (surfaceFaces == 0 ? "no exposed surface in the box"
                    : Display.number(100 * contactArea / surfaceArea) + " % of "
                            + Display.quantity(surfaceArea * 1e12, "µm²") + " in contact");
        }
    }

    private int index(Phase phase, String name) {
        Checks.nonNull(phase, name);
        int i = phases.indexOf(phase);
        if (i < 0) {
            throw new IllegalArgumentException(name + " " + phase + " is not one of the microstructure's phases: "
                    + phases);
        }
        return i;
    }

    private int pair(Phase a, Phase b) {
        int i = index(a, "a");
        int j = index(b, "b");
        if (i == j) {
            throw new IllegalArgumentException("b must be a phase other than a, was " + b + " for both");
        }
        return i < j ? i * p + j : j * p + i;
    }

    private Electrode electrode() {
        if (electrode == null) {
            throw new IllegalStateException("the problem names no active material and electrolyte: build it with "
                    + "GeometryProblem.electrode(…) or withActiveMaterial(…).withElectrolytes(…)");
        }
        return electrode;
    }

    /** @return the problem solved */
    public GeometryProblem problem() {
        return problem;
    }

    /** @return how the quantities were computed (labelling, area estimator) */
    public String method() {
        return method;
    }

    /** @return what the caller should know (phases that do not percolate, no active interface, …); empty when none */
    public ImmutableList<String> warnings() {
        return warnings;
    }

    /**
     * @param phase a phase of the grid (not null)
     * @return its volume fraction, in [0, 1]
     * @throws IllegalArgumentException if the phase is not the grid's
     */
    public double volumeFraction(Phase phase) {
        return problem.microstructure().volumeFraction(phases.get(index(phase, "phase")));
    }

    /**
     * @param phase a phase of the grid (not null)
     * @return the number of its connected components (6-connectivity)
     * @throws IllegalArgumentException if the phase is not the grid's
     */
    public int componentCount(Phase phase) {
        return componentSizes[index(phase, "phase")].length;
    }

    /**
     * @param phase a phase of the grid (not null)
     * @return the sizes of its components in voxels, largest first (ties in the order of their first voxel)
     * @throws IllegalArgumentException if the phase is not the grid's
     */
    public long[] componentSizes(Phase phase) {
        return componentSizes[index(phase, "phase")].clone();
    }

    private double share(long voxels, int phase) {
        long n = problem.microstructure().count(phases.get(phase));
        return n == 0 ? 0.0 : (double) voxels / n;
    }

    /**
     * @param phase a phase of the grid (not null)
     * @param face a face of the box (not null)
     * @return the share of the phase's volume in components with a voxel on that face, in [0, 1] (0 for a
     *     phase with no voxel)
     * @throws IllegalArgumentException if the phase is not the grid's
     */
    public double connectedFraction(Phase phase, Face face) {
        int i = index(phase, "phase");
        Checks.nonNull(face, "face");
        return share(connected[i][face.ordinal()], i);
    }

    /**
     * @param phase a phase of the grid (not null)
     * @param axis an axis (not null)
     * @return the share of the phase's volume in components touching both faces of that axis, in [0, 1]
     * @throws IllegalArgumentException if the phase is not the grid's
     */
    public double spanningFraction(Phase phase, Axis axis) {
        int i = index(phase, "phase");
        Checks.nonNull(axis, "axis");
        return share(spanning[i][axis.ordinal()], i);
    }

    /**
     * @param phase a phase of the grid (not null)
     * @param axis an axis (not null)
     * @return true if a component of the phase touches both faces of that axis
     * @throws IllegalArgumentException if the phase is not the grid's
     */
    public boolean percolates(Phase phase, Axis axis) {
        int i = index(phase, "phase");
        Checks.nonNull(axis, "axis");
        return spanning[i][axis.ordinal()] > 0;
    }

    /**
     * @param phase a phase of the grid (not null)
     * @return the share of the phase's volume in components touching no face of the box (enclosed), in [0, 1]
     * @throws IllegalArgumentException if the phase is not the grid's
     */
    public double isolatedFraction(Phase phase) {
        int i = index(phase, "phase");
        return share(isolated[i], i);
    }

    /**
     * @param a a phase of the grid (not null)
     * @param b another phase of the grid (not null)
     * @return the number of voxel faces between a and b inside the box
     * @throws IllegalArgumentException if a phase is not the grid's, or b is a
     */
    public long faceCount(Phase a, Phase b) {
        return pairFaces[pair(a, b)];
    }

    /**
     * @param a a phase of the grid (not null)
     * @param b another phase of the grid (not null)
     * @return the voxel-face area between a and b, face count × h², in m² (over-counts a smooth surface
     *     with normal n by |n|₁: 1 to √3, 3/2 on average over all orientations)
     * @throws IllegalArgumentException if a phase is not the grid's, or b is a
     */
    public double faceArea(Phase a, Phase b) {
        return pairFaces[pair(a, b)] * h * h;
    }

    /**
     * The smoothed interfacial area: Σ over the faces between a and b of h²·|n|₂/|n|₁, with n the normal
     * fitted to χ_a − χ_b around each face (Gaussian-weighted least squares over 4 × 3 × 3 voxels, σ = 0.7
     * voxel). Exact on planes normal to an axis; on voxelized spheres of radius 3–20 voxels within 1.1 % of
     * 4πr², on tilted planes within 3.2 % (over); near a third phase (triple lines) a few per cent low.
     * Sharp edges are rounded: a cube's area comes out low by a share that falls like 1/edge.
     *
     * @param a a phase of the grid (not null)
     * @param b another phase of the grid (not null)
     * @return the interfacial area between a and b, in m²
     * @throws IllegalArgumentException if a phase is not the grid's, or b is a
     */
    public double interfaceArea(Phase a, Phase b) {
        return pairAreas[pair(a, b)];
    }

    /**
     * @param a a phase of the grid (not null)
     * @param b another phase of the grid (not null)
     * @return the smoothed interfacial area between a and b per volume of the box, in m²/m³ (1/m)
     * @throws IllegalArgumentException if a phase is not the grid's, or b is a
     */
    public double specificInterfaceArea(Phase a, Phase b) {
        return pairAreas[pair(a, b)] / problem.microstructure().volume();
    }

    /**
     * The triple-phase boundary of three phases: the interior voxel edges whose four surrounding voxels
     * include all three (edge counting, as for the triple-phase boundaries of fuel-cell anodes).
     * Like face counting, edge counting over-counts a smooth curve with unit tangent t by |t|₁ (3/2 on
     * average over orientations); the length is reported uncorrected.
     *
     * @param a a phase of the grid (not null)
     * @param b a second phase (not null)
     * @param c a third phase (not null)
     * @return the edge count × h, in m
     * @throws IllegalArgumentException if a phase is not the grid's or two are the same
     */
    public double tripleBoundaryLength(Phase a, Phase b, Phase c) {
        return tripleEdgeCount(a, b, c) * h;
    }

    /**
     * @param a a phase of the grid (not null)
     * @param b a second phase (not null)
     * @param c a third phase (not null)
     * @return the number of interior voxel edges whose four voxels include a, b and c
     * @throws IllegalArgumentException if a phase is not the grid's or two are the same
     */
    public long tripleEdgeCount(Phase a, Phase b, Phase c) {
        int[] k = {index(a, "a"), index(b, "b"), index(c, "c")};
        if (k[0] == k[1] || k[0] == k[2] || k[1] == k[2]) {
            throw new IllegalArgumentException("a, b and c must be three different phases, were " + a + ", " + b
                    + ", " + c);
        }
        java.util.Arrays.sort(k);
        return tripleEdges.getOrDefault((k[0] * p + k[1]) * p + k[2], 0L);
    }

    /**
     * The two-point correlation along an axis: S2(r) = probability that two voxels r voxels apart along the
     * axis both lie in the phase, over all such pairs inside the box (no periodic wrap). S2(0) = φ; for a
     * random structure S2(r) → φ² beyond the correlation length.
     *
     * @param phase a phase of the grid (not null)
     * @param axis an axis (not null)
     * @return S2 at lags r = 0, 1, … voxels (r·h in m), up to the solver's correlation length or the box
     *     size − 1; just [φ] when the correlation length is 0
     * @throws IllegalArgumentException if the phase is not the grid's
     */
    public double[] twoPointCorrelation(Phase phase, Axis axis) {
        int i = index(phase, "phase");
        Checks.nonNull(axis, "axis");
        return s2[i][axis.ordinal()].clone();
    }

    /**
     * The chord-length distribution along an axis: the number of maximal runs of the phase along lines
     * parallel to the axis, by length. Chords cut by the box (touching either face of the axis) are left out.
     *
     * @param phase a phase of the grid (not null)
     * @param axis an axis (not null)
     * @return counts[L] = chords of L voxels (L·h in m), L = 0 … the box size along the axis (counts[0] = 0)
     * @throws IllegalArgumentException if the phase is not the grid's
     */
    public long[] chordLengthCounts(Phase phase, Axis axis) {
        int i = index(phase, "phase");
        Checks.nonNull(axis, "axis");
        return chords[i][axis.ordinal()].clone();
    }

    /**
     * @param phase a phase of the grid (not null)
     * @param axis an axis (not null)
     * @return the mean length of the chords of {@link #chordLengthCounts}, in m; empty when there is none
     * @throws IllegalArgumentException if the phase is not the grid's
     */
    public OptionalDouble meanChordLength(Phase phase, Axis axis) {
        long[] c = chordLengthCounts(phase, axis);
        long n = 0;
        long sum = 0;
        for (int l = 1; l < c.length; l++) {
            n += c[l];
            sum += c[l] * l;
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / n * h);
    }

    /**
     * @return the number of active CAM|SE voxel faces: CAM connected through electron conductors to the
     *     collector face, SE connected through electrolyte to the separator face
     * @throws IllegalStateException if the problem names no active material and electrolyte
     */
    public long activeFaceCount() {
        return electrode().activeFaces;
    }

    /**
     * @return the active interface as a voxel-face area, active faces × h², in m²
     * @throws IllegalStateException if the problem names no active material and electrolyte
     */
    public double activeFaceArea() {
        return electrode().activeFaces * h * h;
    }

    /**
     * @return the smoothed area of the active interface (the weights of {@link #interfaceArea}), in m²
     * @throws IllegalStateException if the problem names no active material and electrolyte
     */
    public double activeArea() {
        return electrode().activeArea;
    }

    private double crossSection() {
        Microstructure m = problem.microstructure();
        Axis axis = problem.collector().axis();
        return m.volume() / m.length(axis);
    }

    /**
     * @return the smoothed active area per m² of electrode cross-section (the box face of the collector),
     *     in m²/m²
     * @throws IllegalStateException if the problem names no active material and electrolyte
     */
    public double activeAreaPerElectrodeArea() {
        return electrode().activeArea / crossSection();
    }

    /**
     * @return the smoothed active area per volume of electrode (the box), in m²/m³ (1/m)
     * @throws IllegalStateException if the problem names no active material and electrolyte
     */
    public double activeAreaPerVolume() {
        return electrode().activeArea / problem.microstructure().volume();
    }

    /**
     * @return the smoothed area of all CAM|SE faces (active or not), in m²
     * @throws IllegalStateException if the problem names no active material and electrolyte
     */
    public double contactArea() {
        return electrode().camSeArea;
    }

    /**
     * @return the number of CAM|SE voxel faces (active or not)
     * @throws IllegalStateException if the problem names no active material and electrolyte
     */
    public long contactFaceCount() {
        return electrode().camSeFaces;
    }

    /**
     * @return active / all CAM|SE area (smoothed), in [0, 1]; 0 when there is no CAM|SE face
     * @throws IllegalStateException if the problem names no active material and electrolyte
     */
    public double activeFraction() {
        Electrode e = electrode();
        return e.camSeArea == 0 ? 0.0 : e.activeArea / e.camSeArea;
    }

    /**
     * @return the share of the CAM volume connected through electron conductors to the collector face,
     *     in [0, 1]
     * @throws IllegalStateException if the problem names no active material and electrolyte
     */
    public double electronicallyConnectedFraction() {
        Electrode e = electrode();
        return e.camVoxels == 0 ? 0.0 : (double) e.camConnected / e.camVoxels;
    }

    /**
     * @return the share of the electrolyte volume connected through electrolyte to the separator face, in [0, 1]
     * @throws IllegalStateException if the problem names no active material and electrolyte
     */
    public double ionicallyConnectedFraction() {
        Electrode e = electrode();
        return e.electrolyteVoxels == 0 ? 0.0 : (double) e.electrolyteConnected / e.electrolyteVoxels;
    }

    /**
     * @return per component of the active material (in the order of {@link #componentSizes} of that
     *     phase, largest first), the share of its exposed surface (smoothed area toward other phases) that
     *     touches electrolyte, in [0, 1]; 0 for a component with no exposed surface
     * @throws IllegalStateException if the problem names no active material and electrolyte
     */
    public double[] componentContactFractions() {
        Electrode e = electrode();
        double[] f = new double[e.componentSurface.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = e.componentSurface[i] == 0 ? 0.0 : e.componentContact[i] / e.componentSurface[i];
        }
        return f;
    }

    /**
     * @return the contact of each given particle of the active-material phase with the electrolyte, in the
     *     order of {@link GeometryProblem#particles()} (particles of other phases left out); empty when no
     *     particles were given
     * @throws IllegalStateException if the problem names no active material and electrolyte
     */
    public ImmutableList<ParticleContact> particleContacts() {
        electrode();
        return particleContacts;
    }

    /** @return a summary: fractions, percolation along the electrode axis, areas, active interface */
    @Override
    public String toString() {
        Microstructure m = problem.microstructure();
        Axis axis = problem.collector().axis();
        StringBuilder sb = new StringBuilder("Geometry of ").append(m.nx()).append('×').append(m.ny()).append('×')
                .append(m.nz()).append(" voxels of ").append(Display.quantity(h, "m")).append(':');
        for (int i = 0; i < p; i++) {
            Phase ph = phases.get(i);
            sb.append("\n  ").append(ph.name()).append(": ").append(Display.number(100 * m.volumeFraction(ph)))
                    .append(" %, ").append(componentSizes[i].length).append(" components, ")
                    .append(Display.number(100 * share(spanning[i][axis.ordinal()], i))).append(" % spanning ")
                    .append(axis);
        }
        for (int i = 0; i < p; i++) {
            for (int j = i + 1; j < p; j++) {
                int k = i * p + j;
                if (pairFaces[k] > 0) {
                    sb.append("\n  ").append(phases.get(i).name()).append('|').append(phases.get(j).name())
                            .append(": ").append(Display.quantity(pairAreas[k] * 1e12, "µm²")).append(" (")
                            .append(pairFaces[k]).append(" faces, ")
                            .append(Display.quantity(pairFaces[k] * h * h * 1e12, "µm²")).append(')');
                }
            }
        }
        if (electrode != null) {
            sb.append("\n  active interface ").append(Display.quantity(electrode.activeArea * 1e12, "µm²"))
                    .append(" = ").append(Display.number(activeAreaPerElectrodeArea())).append(" m²/m² = ")
                    .append(Display.quantity(activeAreaPerVolume(), "1/m")).append(" (")
                    .append(Display.number(100 * activeFraction())).append(" % of CAM|SE); CAM connected to ")
                    .append(problem.collector()).append(' ').append(Display.number(100 * electronicallyConnectedFraction()))
                    .append(" %, electrolyte to ").append(problem.separator()).append(' ')
                    .append(Display.number(100 * ionicallyConnectedFraction())).append(" %");
        }
        for (String w : warnings) {
            sb.append("\n  warning: ").append(w);
        }
        return sb.toString();
    }
}
