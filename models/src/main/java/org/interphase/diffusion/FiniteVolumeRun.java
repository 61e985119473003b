package org.interphase.diffusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.interphase.core.Arrhenius;
import org.interphase.core.ConvergenceException;
import org.interphase.core.Mesh1D;

/**
 * One run of {@link DiffusionSolver} on one problem: the work arrays and the stepping loop.
 * Not thread-safe; created per solve. See {@link DiffusionSolver} for the discretization.
 */
final class FiniteVolumeRun {

    private static final double GAMMA = 2 - Math.sqrt(2);
    private static final double PICARD_TOLERANCE = 1e-12;

    private final DiffusionProblem problem;
    private final DiffusionSolver config;
    private final ThermalSchedule schedule;
    private final int species;
    private final int nodes;
    private final int cells;
    private final double[] width;
    private final int[] layerOfCell;
    /** κ of each species in each cell: c = κ·u. */
    private final double[][] kappa;
    /** The larger κ of the node's two sides: converts u to the larger of its two c values. */
    private final double[][] nodeKappa;
    /** Σ over the node's half cells of (h/2)·κ, m. */
    private final double[][] capacity;
    private final Diffusivity[][] diffusivity;
    private final boolean[] linear;
    private final boolean nonlinear;
    private final double[] leftFlux;
    private final double[] rightFlux;
    private final double[] leftFixed;
    private final double[] rightFixed;
    private final double[] scale;

    private final int[] reactA;
    private final int[] reactB;
    private final int[] reactP;
    private final Arrhenius[] reactRate;
    /** Σ over allowed half cells of (h/2)·κ_A(·κ_B), per reaction and node. */
    private final double[][] reactWeight;

    private final double[] lower;
    private final double[] diag;
    private final double[] upper;
    private final double[] rhs;
    private final double[] sigma;
    private final double[] layerD;
    private final double[] source;
    private final double[][][] gSlot;
    private final double[][] gTemperature;
    private final int[] gNext;
    private final double[][] flux;
    private final double[][] base;
    private final double[][] previous;
    private final double[][] state;
    private final double[][] start;
    private final double[][] full;
    private final double[][] stage;
    private final double[][] half;
    private double lastPicardChange;
    /** Picard iterations over every implicit stage of the run, rejected steps included. */
    private long picardIterations;
    /** True while a linear backward-Euler stage runs from v = u_n, where base = cap·v exactly. */
    private boolean baseIsStorage;
    /** Up to four factorizations per species: BE, CN, both TR-BDF2 stages, and their half steps. */
    private final TridiagonalFactor[][] factors;
    private final int[] nextFactor;
    private final TridiagonalFactor scratchFactor;

    FiniteVolumeRun(DiffusionProblem problem, DiffusionSolver config) {
        this.problem = problem;
        this.config = config;
        this.schedule = problem.schedule();
        Mesh1D mesh = problem.mesh();
        species = problem.species().size();
        nodes = mesh.nodeCount();
        cells = mesh.cellCount();
        int layers = mesh.layerCount();
        width = new double[cells];
        layerOfCell = new int[cells];
        for (int c = 0; c < cells; c++) {
            width[c] = mesh.cellWidth(c);
            layerOfCell[c] = mesh.layerOfCell(c);
        }
        kappa = new double[species][cells];
        capacity = new double[species][nodes];
        diffusivity = new Diffusivity[species][layers];
        linear = new boolean[species];
        leftFlux = new double[species];
        rightFlux = new double[species];
        leftFixed = new double[species];
        rightFixed = new double[species];
        scale = new double[species];
        state = new double[species][nodes];
        double[] xs = mesh.nodes();
        for (int s = 0; s < species; s++) {
            DiffusingSpecies sp = problem.species().get(s);
            double[] layerKappa = new double[layers];
            layerKappa[0] = 1;
            for (int l = 1; l < layers; l++) {
                layerKappa[l] = layerKappa[l - 1] * sp.partition(l - 1);
            }
            boolean lin = true;
            for (int l = 0; l < layers; l++) {
                diffusivity[s][l] = sp.diffusivity(l);
                lin &= !diffusivity[s][l].dependsOnConcentration();
            }
            linear[s] = lin;
            double[] amount = new double[nodes];
            double maxC = 0;
            for (int c = 0; c < cells; c++) {
                int l = layerOfCell[c];
                kappa[s][c] = layerKappa[l];
                DoubleUnaryOperator f = sp.initial(l);
                for (int end = 0; end < 2; end++) {
                    int i = c + end;
                    double c0 = f.applyAsDouble(xs[i]);
                    if (!(c0 >= 0) || !Double.isFinite(c0)) {
                        throw new IllegalArgumentException("initial concentration of " + sp.name()
                                + " must be finite and >= 0 mol/m³, was " + c0 + " mol/m³ at x = " + xs[i] + " m");
                    }
                    maxC = Math.max(maxC, c0);
                    amount[i] += 0.5 * width[c] * c0;
                    capacity[s][i] += 0.5 * width[c] * kappa[s][c];
                }
            }
            for (int i = 0; i < nodes; i++) {
                state[s][i] = amount[i] / capacity[s][i];
            }
            leftFixed[s] = Double.NaN;
            rightFixed[s] = Double.NaN;
            if (sp.left() instanceof Boundary.Fixed f) {
                leftFixed[s] = f.concentration() / kappa[s][0];
                maxC = Math.max(maxC, f.concentration());
            } else {
                leftFlux[s] = ((Boundary.Flux) sp.left()).inwardFlux();
            }
            if (sp.right() instanceof Boundary.Fixed f) {
                rightFixed[s] = f.concentration() / kappa[s][cells - 1];
                maxC = Math.max(maxC, f.concentration());
            } else {
                rightFlux[s] = ((Boundary.Flux) sp.right()).inwardFlux();
            }
            scale[s] = maxC > 0 ? maxC : 1.0;
        }
        List<Reaction> reactions = problem.reactions();
        int nr = reactions.size();
        reactA = new int[nr];
        reactB = new int[nr];
        reactP = new int[nr];
        reactRate = new Arrhenius[nr];
        reactWeight = new double[nr][nodes];
        for (int r = 0; r < nr; r++) {
            Reaction re = reactions.get(r);
            reactA[r] = problem.speciesIndex(re.reactantA());
            reactB[r] = re.reactantB() == null ? -1 : problem.speciesIndex(re.reactantB());
            reactP[r] = re.product() == null ? -1 : problem.speciesIndex(re.product());
            reactRate[r] = re.rate();
            for (int c = 0; c < cells; c++) {
                if (!re.layers().isEmpty() && !re.layers().contains(layerOfCell[c])) {
                    continue;
                }
                double w = 0.5 * width[c] * kappa[reactA[r]][c] * (reactB[r] >= 0 ? kappa[reactB[r]][c] : 1.0);
                reactWeight[r][c] += w;
                reactWeight[r][c + 1] += w;
            }
        }
        boolean nl = nr > 0;
        for (boolean l : linear) {
            nl |= !l;
        }
        nonlinear = nl;
        lower = new double[nodes];
        diag = new double[nodes];
        upper = new double[nodes];
        rhs = new double[nodes];
        factors = new TridiagonalFactor[species][];
        for (int s = 0; s < species; s++) {
            factors[s] = linear[s] ? new TridiagonalFactor[] {new TridiagonalFactor(nodes),
                new TridiagonalFactor(nodes), new TridiagonalFactor(nodes), new TridiagonalFactor(nodes)}
                : new TridiagonalFactor[0];
        }
        nextFactor = new int[species];
        scratchFactor = new TridiagonalFactor(nodes);
        sigma = new double[nodes];
        layerD = new double[layers];
        source = new double[nodes];
        gSlot = new double[species][2][cells];
        gTemperature = new double[species][2];
        for (double[] g : gTemperature) {
            Arrays.fill(g, Double.NaN);
        }
        gNext = new int[species];
        flux = new double[species][nodes];
        base = new double[species][nodes];
        previous = new double[species][nodes];
        start = new double[species][nodes];
        full = new double[species][nodes];
        stage = new double[species][nodes];
        half = new double[species][nodes];
        nodeKappa = new double[species][nodes];
        for (int s = 0; s < species; s++) {
            applyFixed(s, state[s]);
            for (int i = 0; i < nodes; i++) {
                nodeKappa[s][i] = Math.max(kappa[s][Math.max(0, i - 1)], kappa[s][Math.min(cells - 1, i)]);
            }
        }
    }

    private void applyFixed(int s, double[] u) {
        if (!Double.isNaN(leftFixed[s])) {
            u[0] = leftFixed[s];
        }
        if (!Double.isNaN(rightFixed[s])) {
            u[nodes - 1] = rightFixed[s];
        }
    }

    DiffusionSolution run() {
        double end = schedule.duration();
        double[] outputs = problem.outputTimes();
        TreeSet<Double> stops = new TreeSet<>();
        for (double t : schedule.breakpointTimes()) {
            stops.add(t);
        }
        for (double t : outputs) {
            stops.add(t);
        }
        double[] stopTimes = stops.stream().mapToDouble(Double::doubleValue).filter(t -> t > 0).toArray();
        List<double[][]> snapshots = new ArrayList<>();
        double[][] initialState = snapshot();
        double[][] amounts = new double[outputs.length][];
        int nextOutput = 0;
        int nextStop = 0;
        boolean fixed = config.fixedStepOrZero() > 0;
        double h = fixed ? config.fixedStepOrZero()
                : config.initialStepOrZero() > 0 ? config.initialStepOrZero() : automaticInitialStep(stopTimes[0]);
        h = Math.min(h, config.maxStepOrInfinity());
        int order = config.scheme().order();
        double t = 0;
        int accepted = 0;
        int rejected = 0;
        while (nextStop < stopTimes.length) {
            double target = stopTimes[nextStop];
            double step = Math.min(h, target - t);
            if (target - t - step < 1e-3 * step) {
                step = target - t;
            }
            boolean landsOnStop = t + step >= target;
            if (accepted + rejected >= config.maxSteps()) {
                throw new ConvergenceException("diffusion time stepping", accepted + rejected, end - t,
                        "the step budget of " + config.maxSteps() + " steps ran out at t = " + t + " s of " + end
                                + " s; raise maxSteps or " + (fixed ? "use a larger fixed step"
                                        : "loosen the tolerance (" + rejected + " of the steps were rejected)"));
            }
            boolean startup = config.scheme() == TimeScheme.CRANK_NICOLSON && accepted < 2;
            if (fixed) {
                if (!takeStep(t, step, state, state, startup)) {
                    throw new ConvergenceException("Picard iteration of an implicit diffusion stage", accepted + 1,
                            lastPicardChange, "D(c) or a reaction is too stiff for a fixed step of " + step
                                    + " s at t = " + t + " s (no convergence in " + config.maxIterations()
                                    + " Picard iterations); use a smaller or an adaptive time step");
                }
                accepted++;
            } else {
                copy(state, start);
                boolean ok = takeStep(t, step, start, full, startup) && takeStep(t, 0.5 * step, start, half, startup)
                        && takeStep(t + 0.5 * step, 0.5 * step, half, half, startup);
                if (!ok) {
                    rejected++;
                    h = 0.25 * step;
                    double minStep = smallestStep(t, step);
                    if (h < minStep) {
                        throw new ConvergenceException("Picard iteration of an implicit diffusion stage",
                                accepted + rejected, lastPicardChange, stepFloorHint(t, step, minStep)
                                        + "; the Picard iteration fails even there, so D(c) or a reaction rate grows"
                                        + " without bound or jumps near the current concentrations");
                    }
                    continue;
                }
                int p = startup ? 1 : order;
                double err = 0;
                for (int s = 0; s < species; s++) {
                    double denom = ((1 << p) - 1) * config.tolerance() * scale[s];
                    double peak = 0;
                    double[] k = nodeKappa[s];
                    for (int i = 0; i < nodes; i++) {
                        // errors and levels in c = κ·u, the unit of the tolerance
                        double e = k[i] * Math.abs(half[s][i] - full[s][i]) / denom;
                        if (e > err || Double.isNaN(e)) {
                            err = e;
                        }
                        peak = Math.max(peak, k[i] * Math.abs(half[s][i]));
                    }
                    if (err <= 1) {
                        // a species fed through a boundary starts from 0: its scale follows its level
                        scale[s] = Math.max(scale[s], peak);
                    }
                }
                if (!Double.isFinite(err)) {
                    throw new ConvergenceException("diffusion time stepping", accepted + rejected, err,
                            "the solution is not finite at t = " + t + " s; check the diffusivities and rates");
                }
                double factor = err == 0 ? 5 : 0.9 * Math.pow(err, -1.0 / (p + 1));
                if (err > 1) {
                    rejected++;
                    h = step * Math.max(0.2, Math.min(0.9, factor));
                    double minStep = smallestStep(t, step);
                    if (h < minStep) {
                        throw new ConvergenceException("adaptive diffusion time stepping", accepted + rejected, err,
                                stepFloorHint(t, step, minStep) + "; the local error of a smooth solution falls as"
                                        + " (step/τ)^" + (p + 1) + " below τ, so the solution is not smooth in time"
                                        + " here: look for a D(c), rate or boundary value that jumps or grows without"
                                        + " bound, or loosen the tolerance (" + config.tolerance() + ")");
                    }
                    continue;
                }
                copy(half, state);
                accepted++;
                if (!landsOnStop || step >= h) {
                    h = Math.min(config.maxStepOrInfinity(), step * Math.max(0.2, Math.min(5, factor)));
                }
            }
            t = landsOnStop ? target : t + step;
            if (landsOnStop) {
                nextStop++;
                while (nextOutput < outputs.length && outputs[nextOutput] <= t) {
                    checkResolution(t);
                    snapshots.add(snapshot());
                    amounts[nextOutput] = amounts();
                    nextOutput++;
                }
            }
        }
        return new DiffusionSolution(problem, kappaPerNodeSide(), initialState, snapshots, amounts, accepted, rejected,
                picardIterations, config.scheme());
    }

    /**
     * The first adaptive step: 1 % of the time in which the fastest-changing free node would change
     * by its species' scale at the initial rate, |dc/dt| at t = 0 (the first guess of Hairer,
     * Nørsett &amp; Wanner, Solving ODE I, §II.4, "starting step size"). For step data this is
     * 1 % of the smallest cell's diffusion time h²/D; for smooth data a step on the time scale of the
     * data. Never beyond the first breakpoint or output time, which is also the step when nothing
     * changes at t = 0 (a ramp from a cold start, uniform data).
     */
    private double automaticInitialStep(double firstStop) {
        double temperature = schedule.temperatureAtUnchecked(0);
        double rate = 0; // the largest |dc/dt| / scale, 1/s
        for (int s = 0; s < species; s++) {
            evaluate(s, temperature, state, flux[s]);
        }
        for (int s = 0; s < species; s++) {
            for (int i = 0; i < nodes; i++) {
                if ((i == 0 && !Double.isNaN(leftFixed[s])) || (i == nodes - 1 && !Double.isNaN(rightFixed[s]))) {
                    continue; // a fixed value does not change
                }
                rate = Math.max(rate, nodeKappa[s][i] * Math.abs(flux[s][i]) / capacity[s][i] / scale[s]);
            }
        }
        double h = 0.01 / rate; // +∞ if nothing changes
        return h < firstStop ? h : firstStop;
    }

    /**
     * The smallest adaptive step before the run gives up: 10⁻⁶ of the fastest time scale of the
     * discretized problem at the current state, τ = 1/max_i[(g_{i−1} + g_i + σ_i)/cap_i] (the
     * Gershgorin bound of the stiffest mode: diffusion across the smallest cells, h²/2D on a uniform
     * mesh, or the fastest reaction), at the higher rate of the step's two end temperatures. Below τ
     * the local error of a smooth solution falls as (step/τ)^(p+1), so 10⁻⁶τ meets any tolerance;
     * the mesh and D set the floor, not the duration. Never below 64 ulp of t, where t + step
     * stops changing.
     */
    private double smallestStep(double t, double step) {
        double rate = Math.max(fastestRate(schedule.temperatureAtUnchecked(t)),
                fastestRate(schedule.temperatureAtUnchecked(t + step)));
        double physical = rate > 0 ? 1e-6 / rate : 0;
        return Math.max(physical, 64 * Math.ulp(t + step));
    }

    /** The Gershgorin bound of the fastest rate of the linearized problem at the current state, 1/s. */
    private double fastestRate(double temperature) {
        double rate = 0;
        for (int s = 0; s < species; s++) {
            double[] g = conductances(s, temperature, state[s]);
            boolean reacting = reactionTerms(s, temperature, state);
            for (int i = 0; i < nodes; i++) {
                double sum = (i > 0 ? g[i - 1] : 0) + (i < cells ? g[i] : 0) + (reacting ? sigma[i] : 0);
                rate = Math.max(rate, sum / capacity[s][i]);
            }
        }
        return rate;
    }

    private String stepFloorHint(double t, double step, double minStep) {
        double rate = Math.max(fastestRate(schedule.temperatureAtUnchecked(t)),
                fastestRate(schedule.temperatureAtUnchecked(t + step)));
        if (rate > 0 && 1e-6 / rate >= minStep) {
            return String.format(java.util.Locale.ROOT, "the step fell below %.3g s at t = %.6g s, 10⁻⁶ of the"
                    + " fastest time scale of the discretized problem (τ = %.3g s: diffusion across the smallest"
                    + " cells, or the fastest reaction)", minStep, t, 1 / rate);
        }
        return String.format(java.util.Locale.ROOT, "the step fell below %.3g s at t = %.6g s, where t + step no"
                + " longer changes in double precision", minStep, t);
    }

    /** Rejects a mesh on which some front is not resolved: c changes by more than the limit in one cell. */
    private void checkResolution(double t) {
        double limit = config.resolutionLimit();
        if (limit >= 1) {
            return;
        }
        double[] xs = problem.mesh().nodes();
        for (int s = 0; s < species; s++) {
            double[] u = state[s];
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < cells; c++) {
                for (int end = 0; end < 2; end++) {
                    double value = kappa[s][c] * u[c + end];
                    lo = Math.min(lo, value);
                    hi = Math.max(hi, value);
                }
            }
            double range = hi - lo;
            if (!(range > 1e-6 * Math.max(scale[s], Math.abs(hi)))) {
                continue; // flat up to round-off: nothing to resolve
            }
            for (int c = 0; c < cells; c++) {
                double jump = kappa[s][c] * Math.abs(u[c + 1] - u[c]) / range;
                if (jump > limit) {
                    throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                            "mesh too coarse for %s at t = %.4g s: c changes by %.0f %% of its range %.4g mol/m³ across"
                                    + " the cell [%.4g, %.4g] m (limit %.0f %%); refine the mesh there, or raise the"
                                    + " solver's resolutionLimit if a sharp step is intended",
                            problem.species().get(s).name(), t, 100 * jump, range, xs[c], xs[c + 1], 100 * limit));
                }
            }
        }
    }

    private double[][] snapshot() {
        double[][] copy = new double[species][];
        for (int s = 0; s < species; s++) {
            copy[s] = state[s].clone();
        }
        return copy;
    }

    private double[] amounts() {
        double[] m = new double[species];
        for (int s = 0; s < species; s++) {
            double sum = 0;
            for (int i = 0; i < nodes; i++) {
                sum += capacity[s][i] * state[s][i];
            }
            m[s] = sum;
        }
        return m;
    }

    /** κ on the left and right side of each node, [species][2][nodes]. */
    private double[][][] kappaPerNodeSide() {
        double[][][] k = new double[species][2][nodes];
        for (int s = 0; s < species; s++) {
            for (int i = 0; i < nodes; i++) {
                k[s][0][i] = kappa[s][Math.max(0, i - 1)];
                k[s][1][i] = kappa[s][Math.min(cells - 1, i)];
            }
        }
        return k;
    }

    private static void copy(double[][] from, double[][] to) {
        for (int s = 0; s < from.length; s++) {
            System.arraycopy(from[s], 0, to[s], 0, from[s].length);
        }
    }

    /**
     * One step from u (state at t) to out; u and out may be the same arrays.
     *
     * @return false if an implicit stage did not converge
     */
    private boolean takeStep(double t, double h, double[][] u, double[][] out, boolean startup) {
        switch (startup ? TimeScheme.BACKWARD_EULER : config.scheme()) {
            case BACKWARD_EULER -> {
                if (startup) {
                    return backwardEuler(t, 0.5 * h, u, out) && backwardEuler(t + 0.5 * h, 0.5 * h, out, out);
                }
                return backwardEuler(t, h, u, out);
            }
            case CRANK_NICOLSON -> {
                return trapezoid(t, h, u, out);
            }
            case TR_BDF2 -> {
                if (!trapezoid(t, GAMMA * h, u, stage)) {
                    return false;
                }
                double a = 1 / (GAMMA * (2 - GAMMA));
                double b = (1 - GAMMA) * (1 - GAMMA) / (GAMMA * (2 - GAMMA));
                for (int s = 0; s < species; s++) {
                    double[] cap = capacity[s];
                    double[] us = stage[s];
                    double[] un = u[s];
                    double[] bs = base[s];
                    for (int i = 0; i < nodes; i++) {
                        bs[i] = cap[i] * (a * us[i] - b * un[i]);
                    }
                }
                copy(stage, out);
                return implicitStage(t + h, (1 - GAMMA) / (2 - GAMMA) * h, out);
            }
            default -> throw new IllegalStateException("unknown scheme " + config.scheme());
        }
    }

    private boolean backwardEuler(double t, double h, double[][] u, double[][] out) {
        if (out != u) {
            copy(u, out);
        }
        if (!nonlinear) {
            // one linear solve from v = u: base − cap·v vanishes, so it is neither formed nor read
            baseIsStorage = true;
            try {
                return implicitStage(t + h, h, out);
            } finally {
                baseIsStorage = false;
            }
        }
        for (int s = 0; s < species; s++) {
            double[] cap = capacity[s];
            double[] un = u[s];
            double[] bs = base[s];
            for (int i = 0; i < nodes; i++) {
                bs[i] = cap[i] * un[i];
            }
        }
        return implicitStage(t + h, h, out);
    }

    private boolean trapezoid(double t, double h, double[][] u, double[][] out) {
        double temperature = schedule.temperatureAtUnchecked(t);
        for (int s = 0; s < species; s++) {
            evaluate(s, temperature, u, flux[s]);
        }
        for (int s = 0; s < species; s++) {
            double[] cap = capacity[s];
            double[] un = u[s];
            double[] bs = base[s];
            double[] fs = flux[s];
            for (int i = 0; i < nodes; i++) {
                bs[i] = cap[i] * un[i] + 0.5 * h * fs[i];
            }
        }
        if (out != u) {
            copy(u, out);
        }
        return implicitStage(t + h, 0.5 * h, out);
    }

    /**
     * Solves cap·u − θh·F(u, t) = base for every species, in place in {@code u}.
     *
     * @return false if the Picard iteration diverged or did not converge (the step must be shortened)
     */
    private boolean implicitStage(double t, double thetaH, double[][] u) {
        double temperature = schedule.temperatureAtUnchecked(t);
        if (!nonlinear) {
            picardIterations++; // one linear solve: the stage converges in one iteration
            for (int s = 0; s < species; s++) {
                solveSpecies(s, temperature, thetaH, u);
            }
            return true;
        }
        double change = Double.POSITIVE_INFINITY;
        for (int it = 1; it <= config.maxIterations(); it++) {
            picardIterations++;
            copy(u, previous);
            for (int s = 0; s < species; s++) {
                solveSpecies(s, temperature, thetaH, u);
            }
            change = 0;
            for (int s = 0; s < species; s++) {
                for (int i = 0; i < nodes; i++) {
                    change = Math.max(change, Math.abs(u[s][i] - previous[s][i]) * nodeKappa[s][i] / scale[s]);
                }
            }
            if (change <= PICARD_TOLERANCE) {
                return true;
            }
            if (!(change < 1e3)) {
                break;
            }
        }
        lastPicardChange = change;
        return false;
    }

    /**
     * One linearized implicit solve for species s, in correction form: with v the current iterate,
     * (cap + θh(A + σ))·δ = base − cap·v + θh·(F(v) + q − σ·v), u = v + δ. Round-off in the Thomas
     * solve then scales with |δ|, not |u|, which keeps the amount conserved to round-off even for
     * steps far beyond the explicit limit.
     */
    private void solveSpecies(int s, double temperature, double thetaH, double[][] u) {
        double[] v = u[s];
        double[] g = conductances(s, temperature, v);
        double[] cap = capacity[s];
        double[] bs = base[s];
        boolean reacting = reactionTerms(s, temperature, u);
        // a linear, non-reacting species at a step weight and temperature seen before reuses its factors
        TridiagonalFactor factor = null;
        boolean reuse = false;
        if (linear[s] && !reacting) {
            TridiagonalFactor[] cache = factors[s];
            for (TridiagonalFactor f : cache) {
                if (f.matches(thetaH, temperature)) {
                    factor = f;
                    reuse = true;
                    break;
                }
            }
            if (factor == null) {
                factor = cache[nextFactor[s]];
                nextFactor[s] = (nextFactor[s] + 1) % cache.length;
            }
        } else {
            factor = scratchFactor;
        }
        double gLeft = 0;
        double phiLeft = 0;
        if (reuse && baseIsStorage) {
            for (int i = 0; i < cells; i++) {
                double phiRight = g[i] * (v[i] - v[i + 1]);
                rhs[i] = thetaH * (phiLeft - phiRight);
                phiLeft = phiRight;
            }
            rhs[cells] = thetaH * phiLeft;
        } else if (reuse) {
            for (int i = 0; i < nodes; i++) {
                double phiRight = i < cells ? g[i] * (v[i] - v[i + 1]) : 0;
                rhs[i] = bs[i] - cap[i] * v[i] + thetaH * (phiLeft - phiRight);
                phiLeft = phiRight;
            }
        } else {
            for (int i = 0; i < nodes; i++) {
                double gRight;
                double phiRight;
                if (i < cells) {
                    gRight = g[i];
                    phiRight = gRight * (v[i] - v[i + 1]);
                } else {
                    gRight = 0;
                    phiRight = 0;
                }
                lower[i] = -thetaH * gLeft;
                upper[i] = -thetaH * gRight;
                diag[i] = cap[i] + thetaH * (gLeft + gRight);
                rhs[i] = (baseIsStorage ? 0.0 : bs[i] - cap[i] * v[i]) + thetaH * (phiLeft - phiRight);
                gLeft = gRight;
                phiLeft = phiRight;
            }
        }
        if (reacting) {
            for (int i = 0; i < nodes; i++) {
                diag[i] += thetaH * sigma[i];
                rhs[i] += thetaH * (source[i] - sigma[i] * v[i]);
            }
        }
        int n = nodes - 1;
        if (Double.isNaN(leftFixed[s])) {
            rhs[0] += thetaH * leftFlux[s];
        } else {
            diag[0] = 1;
            upper[0] = 0;
            rhs[0] = leftFixed[s] - v[0];
        }
        if (Double.isNaN(rightFixed[s])) {
            rhs[n] += thetaH * rightFlux[s];
        } else {
            diag[n] = 1;
            lower[n] = 0;
            rhs[n] = rightFixed[s] - v[n];
        }
        if (!reuse) {
            factor.factor(lower, diag, upper, thetaH, temperature);
            if (factor == scratchFactor) {
                factor.invalidate();
            }
        }
        factor.solveAndAdd(rhs, v);
    }

    /**
     * Fills sigma (coefficient of u_s in the sink) and source (lagged production) for species s.
     *
     * @return false if no reaction touches s
     */
    private boolean reactionTerms(int s, double temperature, double[][] u) {
        boolean any = false;
        for (int r = 0; r < reactA.length; r++) {
            boolean isA = reactA[r] == s;
            boolean isB = reactB[r] == s;
            boolean isP = reactP[r] == s;
            if (!isA && !isB && !isP) {
                continue;
            }
            if (!any) {
                Arrays.fill(sigma, 0);
                Arrays.fill(source, 0);
                any = true;
            }
            double k = reactRate[r].valueAt(temperature);
            double[] w = reactWeight[r];
            double[] ua = u[reactA[r]];
            double[] ub = reactB[r] >= 0 ? u[reactB[r]] : null;
            for (int i = 0; i < nodes; i++) {
                double kw = k * w[i];
                if (kw == 0) {
                    continue;
                }
                if (isA) {
                    sigma[i] += ub == null ? kw : kw * Math.max(0, ub[i]);
                } else if (isB) {
                    sigma[i] += kw * Math.max(0, ua[i]);
                } else {
                    source[i] += kw * ua[i] * (ub == null ? 1 : ub[i]);
                }
            }
        }
        return any;
    }

    /** F(u) for species s: net inflow into each control volume, mol/(m²·s). */
    private void evaluate(int s, double temperature, double[][] u, double[] out) {
        double[] us = u[s];
        double[] g = conductances(s, temperature, us);
        for (int i = 0; i < nodes; i++) {
            double f = 0;
            if (i > 0) {
                f += g[i - 1] * (us[i - 1] - us[i]);
            }
            if (i < cells) {
                f += g[i] * (us[i + 1] - us[i]);
            }
            out[i] = f;
        }
        out[0] += leftFlux[s];
        out[nodes - 1] += rightFlux[s];
        for (int r = 0; r < reactA.length; r++) {
            int sign = reactA[r] == s || reactB[r] == s ? -1 : reactP[r] == s ? 1 : 0;
            if (sign == 0) {
                continue;
            }
            double k = reactRate[r].valueAt(temperature);
            double[] w = reactWeight[r];
            double[] ua = u[reactA[r]];
            double[] ub = reactB[r] >= 0 ? u[reactB[r]] : null;
            for (int i = 0; i < nodes; i++) {
                out[i] += sign * k * w[i] * ua[i] * (ub == null ? 1 : ub[i]);
            }
        }
    }

    /** κ·D/h per cell at temperature T, with D(c) at the cell's mean concentration. */
    private double[] conductances(int s, double temperature, double[] us) {
        if (linear[s]) {
            double[][] slots = gSlot[s];
            double[] temps = gTemperature[s];
            if (temps[0] == temperature) {
                return slots[0];
            }
            if (temps[1] == temperature) {
                return slots[1];
            }
            int k = gNext[s];
            gNext[s] = 1 - k;
            double[] g = slots[k];
            Diffusivity[] ds = diffusivity[s];
            double[] perLayer = layerD;
            for (int l = 0; l < ds.length; l++) {
                perLayer[l] = checkedD(s, l, ds[l].valueAt(temperature, 0.0), temperature, 0.0);
            }
            double[] kap = kappa[s];
            for (int c = 0; c < cells; c++) {
                g[c] = kap[c] * perLayer[layerOfCell[c]] / width[c];
            }
            temps[k] = temperature;
            return g;
        }
        double[] g = gSlot[s][0];
        double[] kap = kappa[s];
        Diffusivity[] ds = diffusivity[s];
        for (int c = 0; c < cells; c++) {
            int l = layerOfCell[c];
            // A cell lies inside one material, so D(c) there is a smooth function of c: evaluate it at
            // the cell's mean c. A harmonic mean of the nodal values would be zero wherever D(c) vanishes
            // at one end (D ∝ c at a front), and the front would never advance; across materials the
            // series (harmonic) coupling comes from the node shared by the two layers' cells.
            double cm = 0.5 * kap[c] * (us[c] + us[c + 1]);
            double d = checkedD(s, l, ds[l].valueAt(temperature, cm), temperature, cm);
            g[c] = kap[c] * d / width[c];
        }
        return g;
    }

    private double checkedD(int s, int layer, double d, double temperature, double c) {
        if (!(d >= 0) || !Double.isFinite(d)) {
            throw new IllegalArgumentException("diffusivity of " + problem.species().get(s).name() + " in layer "
                    + layer + " must be finite and >= 0 m²/s, was " + d + " m²/s at T = " + temperature
                    + " K, c = " + c + " mol/m³");
        }
        return d;
    }
}
