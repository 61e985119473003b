package org.interphase.diffusion;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Citation;
import org.interphase.core.Provenance;
import org.interphase.core.Mesh1D;
import org.interphase.core.Profile;
import org.interphase.core.Units;

/**
 * The solution of a {@link DiffusionProblem} by {@link DiffusionSolver#solve}: the concentration
 * profile of every species at each output time, the amount of each species in the domain, the
 * problem solved ({@link #problem()}), the diagnostics of the run (accepted and rejected steps,
 * Picard iterations, time scheme) and {@link #warnings()}. Immutable.
 *
 * <p>Where a partition coefficient makes c jump at a layer boundary, the profile holds two points
 * there: the value on the left side at the node and the value on the right side at the next larger
 * double ({@link Math#nextUp}), so interpolation and integrals see the jump.
 *
 * <p>Profiles are the discrete solution as computed, never clipped: their trapezoid integral is the
 * conserved {@link #amount}. Backward Euler keeps c &ge; 0 for c-independent D without reactions
 * (its matrix is an M-matrix); Crank–Nicolson and TR-BDF2 do not guarantee positivity, and with
 * steps far beyond the explicit limit on sharp data (steep fronts, strong partition coefficients)
 * they can undershoot below zero by a fraction of the jump — refine the tolerance or the step, or
 * use backward Euler, if that matters.
 */
public final class DiffusionSolution {

    private final DiffusionProblem problem;
    private final double[] nodes;
    private final double[][][] kappaSides;
    private final double[][] initialState;
    private final List<double[][]> states;
    private final double[][] amounts;
    private final double[] times;
    private final int acceptedSteps;
    private final int rejectedSteps;
    private final long iterations;
    private final TimeScheme scheme;
    private final List<String> warnings;

    DiffusionSolution(DiffusionProblem problem, double[][][] kappaSides, double[][] initialState,
            List<double[][]> states, double[][] amounts, int acceptedSteps, int rejectedSteps, long iterations,
            TimeScheme scheme) {
        this.iterations = iterations;
        this.scheme = scheme;
        this.initialState = initialState;
        this.problem = problem;
        Mesh1D mesh = problem.mesh();
        this.nodes = mesh.nodes();
        this.kappaSides = kappaSides;
        this.states = List.copyOf(states);
        this.amounts = amounts;
        this.times = problem.outputTimes();
        this.acceptedSteps = acceptedSteps;
        this.rejectedSteps = rejectedSteps;
        for (double[][] st : states) {
            for (double[] u : st) {
                Checks.allFinite(u, "solution", "mol/m³");
            }
        }
        this.warnings = List.copyOf(undershoots());
    }

    /**
     * Crank–Nicolson and TR-BDF2 may undershoot below c = 0 on sharp data with long steps (see the
     * class comment): a warning per species whose profile dips below −10⁻⁶ of its peak.
     */
    private List<String> undershoots() {
        List<String> out = new ArrayList<>();
        List<DiffusingSpecies> species = problem.species();
        for (int s = 0; s < species.size(); s++) {
            double min = 0;
            double peak = 0;
            for (double[][] st : states) {
                for (int i = 0; i < st[s].length; i++) {
                    for (int side = 0; side < 2; side++) {
                        double c = kappaSides[s][side][i] * st[s][i];
                        min = Math.min(min, c);
                        peak = Math.max(peak, Math.abs(c));
                    }
                }
            }
            if (min < -1e-6 * peak) {
                out.add(String.format(Locale.ROOT, "c(%s) dips to %s mol/m³ (%s of its peak %s mol/m³): %s does not"
                        + " keep c >= 0 on sharp data with long steps; tighten the tolerance or use backward Euler",
                        species.get(s).name(), Text.number(min), Text.number(-min / peak), Text.number(peak), scheme));
            }
        }
        return out;
    }

    /** @return the problem solved */
    public DiffusionProblem problem() {
        return problem;
    }

    /** @return the output times, s */
    public double[] times() {
        return times.clone();
    }

    /** @return the species names, in problem order */
    public List<String> speciesNames() {
        return problem.species().stream().map(DiffusingSpecies::name).toList();
    }

    /**
     * @param species species name
     * @param output index into {@link #times()}
     * @return c(x) at that time, x in m, c in mol/m³
     */
    public Profile profile(String species, int output) {
        int s = problem.speciesIndex(species);
        checkOutput(output);
        return toProfile(species, s, states.get(output)[s]);
    }

    /**
     * The initial condition as the solver represents it (the control-volume averages of the
     * problem's initial functions at the nodes).
     *
     * @param species species name
     * @return c(x) at t = 0, x in m, c in mol/m³
     */
    public Profile initialProfile(String species) {
        int s = problem.speciesIndex(species);
        return toProfile(species, s, initialState[s]);
    }

    private Profile toProfile(String species, int s, double[] u) {
        double[] left = kappaSides[s][0];
        double[] right = kappaSides[s][1];
        List<double[]> points = new ArrayList<>(nodes.length + 4);
        for (int i = 0; i < nodes.length; i++) {
            points.add(new double[] {nodes[i], left[i] * u[i]});
            if (right[i] != left[i]) {
                points.add(new double[] {Math.nextUp(nodes[i]), right[i] * u[i]});
            }
        }
        double[] x = new double[points.size()];
        double[] c = new double[points.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = points.get(k)[0];
            c[k] = points.get(k)[1]; // not clipped: the integral stays the conserved amount
        }
        return Profile.of(x, c, "x", "m", "c(" + species + ")", "mol/m³");
    }

    /**
     * @param species species name
     * @param time one of the output times, s
     * @return c(x) at that time
     * @throws IllegalArgumentException if the time is not finite or not an output time
     */
    public Profile profileAt(String species, double time) {
        return profile(species, outputIndex(time));
    }

    /**
     * @param time one of the output times, s (matched to 1e-9 relative)
     * @return its index into {@link #times()}
     * @throws IllegalArgumentException if the time is not finite or not an output time
     */
    public int outputIndex(double time) {
        // an infinite time would match every output within the relative window (∞ ≤ ∞)
        Checks.finite(time, "output time", "s");
        for (int k = 0; k < times.length; k++) {
            if (Math.abs(times[k] - time) <= 1e-9 * Math.max(Math.abs(time), times[times.length - 1])) {
                return k;
            }
        }
        throw new IllegalArgumentException("t = " + time + " s is not an output time; the outputs are "
                + java.util.Arrays.toString(times) + " s (set them with DiffusionProblem.Builder.outputTimes)");
    }

    /**
     * The interphase marked by one species at the end of the schedule: its thickness where
     * c ≥ threshold, and the resistance it adds, ΔR = ∫[1/σ(c_end(x)) − 1/σ(c_0(x))]dx — the
     * resistance of the whole domain after the schedule minus that before it, so the bulk on
     * either side does not count ({@link Interphase#fromProfiles}).
     *
     * @param species the species that marks the interphase (e.g. a reaction product)
     * @param threshold c threshold, mol/m³ (&gt; 0)
     * @param conductivity σ(c), S/m for c in mol/m³ (finite, &gt; 0)
     * @return the interphase
     */
    public Interphase interphase(String species, double threshold, java.util.function.DoubleUnaryOperator conductivity) {
        return Interphase.fromProfiles(species, initialProfile(species), finalProfile(species), conductivity, threshold);
    }

    /**
     * @param species species name
     * @return c(x) at the end of the schedule
     */
    public Profile finalProfile(String species) {
        return profile(species, times.length - 1);
    }

    /**
     * The concentrations at the nodes exactly as the solver holds them (c on the left side of a
     * partitioned boundary).
     *
     * @param species species name
     * @param output index into {@link #times()}
     * @return c per node, mol/m³
     */
    public double[] nodalValues(String species, int output) {
        int s = problem.speciesIndex(species);
        checkOutput(output);
        double[] u = states.get(output)[s];
        double[] c = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            c[i] = kappaSides[s][0][i] * u[i];
        }
        return c;
    }

    /**
     * The discrete amount Σ (control volume × c) per unit area; conserved to round-off in a closed
     * system.
     *
     * @param species species name
     * @param output index into {@link #times()}
     * @return amount, mol/m²
     */
    public double amount(String species, int output) {
        int s = problem.speciesIndex(species);
        checkOutput(output);
        return amounts[output][s];
    }

    /**
     * The width of the region where c ≥ threshold, by linear interpolation between nodes — the
     * thickness of an interphase identified by a composition threshold (e.g. the product species
     * above half its full value).
     *
     * @param species species name
     * @param output index into {@link #times()}
     * @param threshold c threshold, mol/m³ (&gt; 0)
     * @return thickness, m
     */
    public double thicknessAbove(String species, int output, double threshold) {
        Checks.positive(threshold, "threshold", "mol/m³");
        return Interphase.thicknessAbove(profile(species, output), threshold);
    }

    /** @return accepted time steps */
    public int acceptedSteps() {
        return acceptedSteps;
    }

    /** @return rejected (repeated) adaptive steps */
    public int rejectedSteps() {
        return rejectedSteps;
    }

    /**
     * @return Picard iterations summed over every implicit stage of the run, rejected steps and the
     *     step-doubling error estimate included (one per stage when D is independent of c and nothing
     *     reacts)
     */
    public long iterations() {
        return iterations;
    }

    /** @return the time scheme that produced this solution */
    public TimeScheme scheme() {
        return scheme;
    }

    /**
     * @return what the caller should know about this solution (e.g. a profile that undershoots
     *     below zero); empty when all is well. Immutable.
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * What this solution assumes rather than was given. The problem is numbers (diffusivity laws,
     * initial profiles), so there are no catalog sources ({@link PairAnnealing#provenance()} has
     * them for a catalog pair); the assumptions are the conditions the problem leaves at their
     * default: a closed (no-flux) end, and concentration continuous across a layer boundary where no
     * partition coefficient was given.
     *
     * @return no citations; the assumptions, one sentence each, species by species
     */
    public Provenance provenance() {
        List<String> a = new ArrayList<>();
        int boundaries = problem.mesh().layerCount() - 1;
        for (DiffusingSpecies s : problem.species()) {
            if (s.left() instanceof Boundary.Flux f && f.inwardFlux() == 0) {
                a.add(s.name() + ": closed end (no flux) at the first node");
            }
            if (s.right() instanceof Boundary.Flux f && f.inwardFlux() == 0) {
                a.add(s.name() + ": closed end (no flux) at the last node");
            }
            if (boundaries > 0 && s.partitionCount() == 0) {
                a.add(s.name() + ": concentration continuous across the " + boundaries + " layer boundar"
                        + (boundaries == 1 ? "y" : "ies") + " (no partition coefficient given, K = 1)");
            }
        }
        return Provenance.of(List.of(), a);
    }

    /** @return the works behind the solution's values: none, its problem is given as numbers */
    public ImmutableList<Citation> citations() {
        return provenance().citations().asList();
    }

    /** @return the assumptions of {@link #provenance()} */
    public ImmutableList<String> assumptions() {
        return provenance().assumptions();
    }

    private void checkOutput(int output) {
        if (output < 0 || output >= times.length) {
            throw new IllegalArgumentException("output index must be in [0, " + (times.length - 1) + "], was " + output);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DiffusionSolution[");
        sb.append(String.format(Locale.ROOT, "t_end = %s h, %s, %d steps (%d rejected), %d Picard iterations",
                Text.number(Units.toHours(times[times.length - 1])), scheme, acceptedSteps, rejectedSteps, iterations));
        for (String name : speciesNames()) {
            Profile p = finalProfile(name);
            sb.append(String.format(Locale.ROOT, "; %s: %.4g … %.4g mol/m³, %.4g mol/m²", name, p.min(), p.max(),
                    amount(name, times.length - 1)));
        }
        return sb.append(']').toString();
    }
}
