package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * The outcome of {@link ConductionSolver#solve}: for each driven axis, the effective conductivity
 * (the diagonal of the effective conductivity tensor), and for a single conducting phase its tortuosity
 * factor and MacMullin number; the connectivity found; the solver's diagnostics; optionally the fields.
 *
 * <p>With the potential difference ΔV = 1 V across a box of length L along the axis and cross-section A,
 * σ_eff = I·L / (A·ΔV), I the current. For one conducting phase of conductivity σ and volume fraction ε
 * (of the whole box, dead ends included):
 * <pre>  τ = ε·σ / σ_eff   (tortuosity factor; Cooper et al., SoftwareX 5, 203 (2016)),
 *   N_M = σ / σ_eff  (MacMullin number),
 *   σ_eff / σ = ε^α  (Bruggeman exponent α of this one structure).</pre>
 * When no cluster of conducting voxels joins the two faces, σ_eff = 0 and τ, N_M and α are infinite:
 * they are returned empty, and {@link #connectivity(Axis)} says what is connected to which face.
 * Immutable.
 */
public final class ConductionSolution {

    /** What one axis gave. */
    static final class AxisResult {
        final double conductivity;
        final int iterations;
        final double residual;
        final double currentIn;
        final double currentOut;
        final long spanningVoxels;
        final String connectivity;
        final ConductionField field;

        AxisResult(double conductivity, int iterations, double residual, double currentIn, double currentOut,
                long spanningVoxels, String connectivity, ConductionField field) {
            this.conductivity = conductivity;
            this.iterations = iterations;
            this.residual = residual;
            this.currentIn = currentIn;
            this.currentOut = currentOut;
            this.spanningVoxels = spanningVoxels;
            this.connectivity = connectivity;
            this.field = field;
        }
    }

    private final ConductionProblem problem;
    private final Map<Axis, AxisResult> results;
    private final String method;
    private final ImmutableList<String> warnings;

    ConductionSolution(ConductionProblem problem, Map<Axis, AxisResult> results, String method,
            ImmutableList<String> warnings) {
        this.problem = problem;
        this.results = new EnumMap<>(results);
        this.method = method;
        this.warnings = warnings;
    }

    /** @return the problem that was solved */
    public ConductionProblem problem() {
        return problem;
    }

    /** @return the axes solved, in the problem's order */
    public ImmutableList<Axis> axes() {
        return problem.axes();
    }

    private AxisResult of(Axis axis) {
        Checks.nonNull(axis, "axis");
        AxisResult r = results.get(axis);
        if (r == null) {
            throw new IllegalArgumentException("axis " + axis + " was not solved; the problem's axes are "
                    + problem.axes() + " (see ConductionProblem.withAxes)");
        }
        return r;
    }

    /**
     * @param axis a solved axis (not null)
     * @return the effective conductivity σ_eff along it, in S/m (0 if nothing conducts from face to face)
     * @throws IllegalArgumentException if the axis was not solved
     */
    public double effectiveConductivity(Axis axis) {
        return of(axis).conductivity;
    }

    /** The one conducting phase, if there is exactly one. */
    private Optional<VoxelPhase> single() {
        ImmutableList<VoxelPhase> c = problem.conductingPhases();
        return c.size() == 1 ? Optional.of(c.get(0)) : Optional.empty();
    }

    /**
     * @return the volume fraction ε of the conducting phases in the box, dead ends and isolated clusters
     *     included, in [0, 1]
     */
    public double conductingFraction() {
        Microstructure m = problem.microstructure();
        double f = 0;
        for (VoxelPhase p : problem.conductingPhases()) {
            f += m.volumeFraction(p);
        }
        return f;
    }

    /**
     * @param axis a solved axis (not null)
     * @return the tortuosity factor τ = ε·σ/σ_eff, dimensionless (1 for straight channels);
     *     empty if not exactly one phase conducts, or if σ_eff = 0 (τ is then infinite)
     * @throws IllegalArgumentException if the axis was not solved
     */
    public OptionalDouble tortuosityFactor(Axis axis) {
        double s = of(axis).conductivity;
        Optional<VoxelPhase> p = single();
        if (p.isEmpty() || s <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(problem.microstructure().volumeFraction(p.get()) * problem.conductivity(p.get()) / s);
    }

    /**
     * @param axis a solved axis (not null)
     * @return the MacMullin number N_M = σ/σ_eff, dimensionless; empty if not exactly one phase conducts,
     *     or if σ_eff = 0 (N_M is then infinite)
     * @throws IllegalArgumentException if the axis was not solved
     */
    public OptionalDouble macMullinNumber(Axis axis) {
        double s = of(axis).conductivity;
        Optional<VoxelPhase> p = single();
        if (p.isEmpty() || s <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(problem.conductivity(p.get()) / s);
    }

    /**
     * The Bruggeman exponent of this one structure, α = ln(σ_eff/σ) / ln ε (σ_eff/σ = ε^α; α = 1.5 for
     * the Bruggeman relation of a random packing of spheres). For a fit over several structures see
     * {@link BruggemanFitter}.
     *
     * @param axis a solved axis (not null)
     * @return α, dimensionless; empty if not exactly one phase conducts, σ_eff = 0, or ε = 1
     * @throws IllegalArgumentException if the axis was not solved
     */
    public OptionalDouble bruggemanExponent(Axis axis) {
        double s = of(axis).conductivity;
        Optional<VoxelPhase> p = single();
        if (p.isEmpty() || s <= 0) {
            return OptionalDouble.empty();
        }
        double eps = problem.microstructure().volumeFraction(p.get());
        if (eps >= 1) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.log(s / problem.conductivity(p.get())) / Math.log(eps));
    }

    /**
     * @param axis a solved axis (not null)
     * @return true if a cluster of conducting voxels joins the axis's two faces
     * @throws IllegalArgumentException if the axis was not solved
     */
    public boolean percolates(Axis axis) {
        return of(axis).spanningVoxels > 0;
    }

    /**
     * @param axis a solved axis (not null)
     * @return the share of the box's voxels that conduct and belong to a cluster joining the two faces
     *     (the voxels solved for), in [0, 1]
     * @throws IllegalArgumentException if the axis was not solved
     */
    public double spanningFraction(Axis axis) {
        return (double) of(axis).spanningVoxels / problem.microstructure().voxelCount();
    }

    /**
     * @param axis a solved axis (not null)
     * @return a sentence saying which clusters of the conducting phases touch which of the axis's faces,
     *     and what was removed before the solve
     * @throws IllegalArgumentException if the axis was not solved
     */
    public String connectivity(Axis axis) {
        return of(axis).connectivity;
    }

    /**
     * @param axis a solved axis (not null)
     * @return the current through the low face per volt, in A/V (that is, S), the finite-volume flux
     *     sum; 0 if nothing conducts from face to face
     * @throws IllegalArgumentException if the axis was not solved
     */
    public double currentIn(Axis axis) {
        return of(axis).currentIn;
    }

    /**
     * @param axis a solved axis (not null)
     * @return the current out through the high face per volt, in S; equal to {@link #currentIn} at
     *     convergence (flux conservation)
     * @throws IllegalArgumentException if the axis was not solved
     */
    public double currentOut(Axis axis) {
        return of(axis).currentOut;
    }

    /**
     * @param axis a solved axis (not null)
     * @return |I_in − I_out| / max(I_in, I_out), dimensionless (0 with no current): how far the
     *     converged potential is from conserving current
     * @throws IllegalArgumentException if the axis was not solved
     */
    public double fluxImbalance(Axis axis) {
        AxisResult r = of(axis);
        double m = Math.max(r.currentIn, r.currentOut);
        return m > 0 ? Math.abs(r.currentIn - r.currentOut) / m : 0;
    }

    /**
     * @param axis a solved axis (not null)
     * @return the conjugate-gradient iterations of that axis (0 when nothing conducts from face to face)
     * @throws IllegalArgumentException if the axis was not solved
     */
    public int iterations(Axis axis) {
        return of(axis).iterations;
    }

    /** @return the iterations of all axes together */
    public int iterations() {
        int s = 0;
        for (AxisResult r : results.values()) {
            s += r.iterations;
        }
        return s;
    }

    /**
     * @param axis a solved axis (not null)
     * @return the final relative residual ‖b − A·φ‖₂ / ‖b‖₂ of that axis, recomputed from φ, dimensionless
     * @throws IllegalArgumentException if the axis was not solved
     */
    public double residual(Axis axis) {
        return of(axis).residual;
    }

    /** @return the largest final relative residual over the axes, dimensionless */
    public double residual() {
        double m = 0;
        for (AxisResult r : results.values()) {
            m = Math.max(m, r.residual);
        }
        return m;
    }

    /**
     * @param axis a solved axis (not null)
     * @return the potential and current field of that axis; empty if the solver was told not to keep
     *     fields ({@link ConductionSolver#withFields}) or nothing conducts from face to face
     * @throws IllegalArgumentException if the axis was not solved
     */
    public Optional<ConductionField> field(Axis axis) {
        return Optional.ofNullable(of(axis).field);
    }

    /** @return the method used: the iteration, preconditioner, levels and tolerance */
    public String method() {
        return method;
    }

    /** @return what the caller should know (conductivities assumed, axes that do not percolate), empty when all is well */
    public ImmutableList<String> warnings() {
        return warnings;
    }

    /** @return e.g. {@code σ_eff Z 12.3 mS/m (τ 2.31, 14 iterations)} per axis */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ConductionSolution:");
        for (Axis a : problem.axes()) {
            AxisResult r = results.get(a);
            sb.append(" σ_eff ").append(a).append(' ').append(Display.quantity(r.conductivity, "S/m"));
            OptionalDouble tau = tortuosityFactor(a);
            sb.append(" (τ ").append(tau.isPresent() ? Display.number(tau.getAsDouble())
                    : r.conductivity > 0 ? "n/a" : "∞").append(", ").append(r.iterations).append(" iterations);");
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
