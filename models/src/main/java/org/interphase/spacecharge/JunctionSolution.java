package org.interphase.spacecharge;

import java.util.List;
import org.interphase.core.Profile;
import org.interphase.core.Units;

/**
 * The equilibrium of an A | B {@link Junction} by the mesh-free path ({@link JunctionSolver}).
 * Scalars are computed at solve time; profiles are computed on request (exact, by quadrature), so
 * the object stays cheap and immutable.
 */
public final class JunctionSolution implements SpaceChargeSolution {

    private final Junction problem;
    private final boolean blocking;
    private final SemiInfinite leftLayer;
    private final SemiInfinite rightLayer;
    private final PhaseLayer left;
    private final PhaseLayer right;
    private final int iterations;
    private final double residual;

    JunctionSolution(Junction problem, boolean blocking, SemiInfinite leftLayer, SemiInfinite rightLayer,
            PhaseLayer left, PhaseLayer right, int iterations, double residual) {
        this.problem = problem;
        this.blocking = blocking;
        this.leftLayer = leftLayer;
        this.rightLayer = rightLayer;
        this.left = left;
        this.right = right;
        this.iterations = iterations;
        this.residual = residual;
    }

    /** @return the junction solved */
    @Override
    public Junction problem() {
        return problem;
    }

    @Override
    public boolean blocking() {
        return blocking;
    }

    /** @return the layer of phase A (left) */
    public PhaseLayer left() {
        return left;
    }

    /** @return the layer of phase B (right) */
    public PhaseLayer right() {
        return right;
    }

    @Override
    public List<PhaseLayer> layers() {
        return List.of(left, right);
    }

    @Override
    public PhaseLayer layer(int p) {
        checkSide(p, "p (phase index)");
        return p == 0 ? left : right;
    }

    /** @return the sum of the two layers' area-specific resistances, Ω·m² (a junction has no ohmic layer) */
    @Override
    public double totalResistance() {
        return spaceChargeResistance();
    }

    /** @return evaluations of the charge balance f(ψ_A) by Brent (0 when one side conducts electrons) */
    @Override
    public int iterations() {
        return iterations;
    }

    /** @return the charge imbalance |Q_A + Q_B + σ_int| at the split, C/m² */
    @Override
    public double residual() {
        return residual;
    }

    /** @return 0: the mesh-free split needs no continuation */
    @Override
    public int continuationStages() {
        return 0;
    }

    @Override
    public String method() {
        return "mesh-free: Brent on the charge balance of two exact semi-infinite layers";
    }

    /**
     * The potential φ(x) on both sides in one frame, continuous up to the interface dipole: the bulk
     * of A at 0 V, the bulk of B at {@link Junction#bulkPotentialStep()}, so that φ jumps by δ at x = 0
     * and nowhere else. Side A is sampled on x &lt; 0, side B on x &gt; 0 (each as in
     * {@link #potentialProfile}, points samples per side; when δ ≠ 0, B's interface value is placed at the
     * next double above x = 0, a jump within one ulp).
     *
     * @param points samples per side (2 … 1 000 000)
     * @return x in m, φ − φ_A∞ in V
     */
    public Profile potential(int points) {
        Profile a = potentialProfile(0, points);
        Profile b = potentialProfile(1, points);
        double stepB = problem.bulkPotentialStep();
        int n = a.size() + b.size() - (problem.interfaceDipole() == 0 ? 1 : 0);
        double[] x = new double[n];
        double[] y = new double[n];
        int k = 0;
        for (int i = 0; i < a.size(); i++, k++) {
            x[k] = a.x(i);
            y[k] = a.y(i);
        }
        for (int i = problem.interfaceDipole() == 0 ? 1 : 0; i < b.size(); i++, k++) {
            // with a dipole, B's interface value sits one ulp right of x = 0 (a Profile's x increases strictly)
            x[k] = i == 0 ? Math.nextUp(0.0) : b.x(i);
            y[k] = b.y(i) + stepB;
        }
        return Profile.of(x, y, "x", "m", "φ − φ_A∞", "V");
    }

    /** @return the reduced interface potentials {ψ_A(0), ψ_B(0)} */
    double[] reducedPotentials() {
        return new double[] {leftLayer.reducedPotential(), rightLayer.reducedPotential()};
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
        checkSide(side, "side"); // before the side picks a phase (any other value would pick the right one)
        Phase p = side == 0 ? problem.left() : problem.right();
        java.util.OptionalDouble sites = p.law().carrierSiteDensity();
        if (sites.isEmpty()) {
            throw new IllegalArgumentException(p.name() + " has a dilute law without a site density; "
                    + "give the conducting carrier one with Boltzmann.withCarrierSiteDensity(...)");
        }
        double n = sites.getAsDouble();
        return JunctionSolver.occupancyProfile(p.law(), potentialProfile(side, points), carrierProfile(side, points), n,
                problem.temperature(), "θ");
    }

    private static void checkSide(int side, String name) {
        if (side != 0 && side != 1) {
            throw new IllegalArgumentException(name + " must be 0 (left) or 1 (right), was " + side);
        }
    }

    private Profile profile(int side, int points, boolean carriers) {
        checkSide(side, "side");
        SemiInfinite.checkPoints(points);
        SemiInfinite s = side == 0 ? leftLayer : rightLayer;
        Phase p = side == 0 ? problem.left() : problem.right();
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
        double vt = org.interphase.core.Constants.thermalVoltage(problem.temperature());
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
        sb.append(problem).append(String.format(java.util.Locale.ROOT, " (mesh-free, %d evaluations, residual %.3g C/m²):%n",
                iterations, residual));
        sb.append("  ").append(left).append('\n');
        sb.append("  ").append(right).append('\n');
        sb.append(String.format(java.util.Locale.ROOT, "  total R %.4g Ω·cm², series C %.4g µF/cm²", Units.toOhmCm2(totalResistance()),
                seriesCapacitance() * 100));
        return sb.toString();
    }
}
