package org.interphase.spacecharge;

import java.util.ArrayList;
import java.util.List;
import org.interphase.core.Profile;
import org.interphase.core.Units;

/**
 * The equilibrium of an A | B {@link Junction} by the mesh-free path ({@link Heterojunction}).
 * Scalars are computed at solve time; profiles are computed on request (exact, by quadrature), so
 * the object stays cheap and immutable.
 */
public final class JunctionSolution {

    private final Junction junction;
    private final boolean blocking;
    private final SemiInfinite leftLayer;
    private final SemiInfinite rightLayer;
    private final LayerResult left;
    private final LayerResult right;

    JunctionSolution(Junction junction, boolean blocking, SemiInfinite leftLayer, SemiInfinite rightLayer,
            LayerResult left, LayerResult right) {
        this.junction = junction;
        this.blocking = blocking;
        this.leftLayer = leftLayer;
        this.rightLayer = rightLayer;
        this.left = left;
        this.right = right;
    }

    /** @return the junction solved */
    public Junction junction() {
        return junction;
    }

    /** @return whether the blocking factor was applied to the resistances */
    public boolean blocking() {
        return blocking;
    }

    /** @return the result of phase A (left) */
    public LayerResult left() {
        return left;
    }

    /** @return the result of phase B (right) */
    public LayerResult right() {
        return right;
    }

    /** @return both results, A first */
    public List<LayerResult> layers() {
        return List.of(left, right);
    }

    /** @return the sum of the two layers' area-specific resistances, Ω·m² */
    public double totalResistance() {
        return left.resistance() + right.resistance();
    }

    /** @return the series capacitance (1/C_A + 1/C_B)⁻¹, F/m² */
    public double seriesCapacitance() {
        return 1 / (1 / left.capacitance() + 1 / right.capacitance());
    }

    /** @return the reduced interface potentials {ψ_A(0), ψ_B(0)} */
    double[] reducedPotentials() {
        return new double[] {leftLayer.reducedPotential(), rightLayer.reducedPotential()};
    }

    /**
     * @return true if a dilute law predicts more ions of any of its species than sites on either side
     *     (see {@link #warnings()})
     */
    public boolean diluteOverflow() {
        return left.hasWarning() || right.hasWarning();
    }

    /** @return the warnings of both sides (empty if none) */
    public List<String> warnings() {
        List<String> w = new ArrayList<>();
        for (LayerResult r : layers()) {
            if (r.hasWarning()) {
                w.add(r.warning());
            }
        }
        return List.copyOf(w);
    }

    /**
     * The potential profile φ(x) − φ∞ of one side, its own bulk as reference. The left side spans
     * x &lt; 0 and ends at the interface, the right side starts there. An electron conductor is flat.
     *
     * @param side 0 for A (left), 1 for B (right)
     * @param points number of samples (2 … 1 000 000)
     * @return x in m, φ − φ∞ in V
     */
    public Profile potentialProfile(int side, int points) {
        return profile(side, points, false);
    }

    /**
     * The conducting carrier's concentration profile of one side, on the samples of
     * {@link #potentialProfile}.
     *
     * @param side 0 for A (left), 1 for B (right)
     * @param points number of samples (2 … 1 000 000)
     * @return x in m, c in 1/m³
     */
    public Profile carrierProfile(int side, int points) {
        return profile(side, points, true);
    }

    /**
     * The occupancy θ = c/N of the carrier's sites on one side (its law must know its site density).
     *
     * @param side 0 for A (left), 1 for B (right)
     * @param points number of samples (2 … 1 000 000)
     * @return x in m, θ dimensionless
     */
    public Profile occupancyProfile(int side, int points) {
        Phase p = side == 0 ? junction.left() : junction.right();
        java.util.OptionalDouble sites = p.law().carrierSiteDensity();
        if (sites.isEmpty()) {
            throw new IllegalArgumentException(p.name() + " has a dilute law without a site density; "
                    + "give the conducting carrier one with Boltzmann.withCarrierSiteDensity(...)");
        }
        double n = sites.getAsDouble();
        return Heterojunction.occupancyProfile(p.law(), potentialProfile(side, points), carrierProfile(side, points), n,
                junction.temperature(), "θ");
    }

    private Profile profile(int side, int points, boolean carriers) {
        if (side != 0 && side != 1) {
            throw new IllegalArgumentException("side must be 0 (left) or 1 (right), was " + side);
        }
        SemiInfinite.checkPoints(points);
        SemiInfinite s = side == 0 ? leftLayer : rightLayer;
        Phase p = side == 0 ? junction.left() : junction.right();
        double[][] xy;
        if (p.electronConductor()) {
            // flat at its bulk potential: the requested number of samples over five screening lengths
            xy = new double[2][points];
            for (int i = 0; i < points; i++) {
                xy[0][i] = 5 * s.screeningLength() * i / (points - 1);
            }
        } else {
            xy = s.sample(points);
        }
        int n = xy[0].length;
        double[] x = new double[n];
        double[] y = new double[n];
        double vt = org.interphase.core.Constants.thermalVoltage(junction.temperature());
        for (int i = 0; i < n; i++) {
            int k = side == 0 ? n - 1 - i : i;
            x[i] = side == 0 ? -xy[0][k] : xy[0][k];
            double psi = xy[1][k];
            y[i] = carriers ? s.law().carrierDensity(psi) : psi * vt;
        }
        if (side == 0) {
            x[n - 1] = 0.0; // −0.0 would print oddly
        }
        return carriers ? Profile.of(x, y, "x", "m", "c", "1/m³") : Profile.of(x, y, "x", "m", "φ − φ∞", "V");
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(junction).append(" (mesh-free):\n");
        sb.append("  ").append(left).append('\n');
        sb.append("  ").append(right).append('\n');
        sb.append(String.format(java.util.Locale.ROOT, "  total R %.4g Ω·cm², series C %.4g µF/cm²", Units.toOhmCm2(totalResistance()),
                seriesCapacitance() * 100));
        return sb.toString();
    }
}
