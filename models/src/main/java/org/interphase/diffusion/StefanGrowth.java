package org.interphase.diffusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.math3.special.Erf;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.ConvergenceException;
import org.interphase.core.Profile;
import org.interphase.core.RootFinder;
import org.interphase.core.Tridiagonal;
import org.interphase.core.Units;

/**
 * Sharp-interface (Stefan) growth of an interphase β between a source phase and a host: the
 * reactant enters β at x = 0, where it is held at the equilibrium value c_s, diffuses through β
 * (diffusivity D(T)) and is consumed at the moving β | host interface X(t), where β is in
 * equilibrium at c_i and the host holds c_h (no diffusion in the host). The interface moves with the
 * flux jump:
 * <pre>
 *   ∂c/∂t = D·∂²c/∂x²  (0 &lt; x &lt; X),   (c_i − c_h)·dX/dt = −D·∂c/∂x|_X.
 * </pre>
 * With Λ = ∫D dt the similarity solution (F. Neumann; Crank, Free and Moving Boundary Problems,
 * Oxford 1984, §1.3) is X = 2λ√Λ, c = c_s − (c_s − c_i)·erf(x/(2√Λ))/erf(λ), with λ the root of
 * λ·exp(λ²)·erf(λ) = St/√π and Stefan number St = (c_s − c_i)/(c_i − c_h). For St ≪ 1 it reduces
 * to the quasi-steady parabolic law X² = 2·St·Λ. Over a thermal schedule X² = X0² + 4λ²·∫D dt.
 *
 * <p>{@link #solve(ThermalSchedule, int, int)} solves the same moving-boundary problem by a Landau (front-fixing)
 * transform ξ = x/X(t) with backward Euler in Λ and second-order differences; it is verified
 * against the similarity solution.
 *
 * @param layerDiffusivity D(T) of the reactant in β, m²/s
 * @param sourceConcentration c_s at x = 0, mol/m³
 * @param interfaceConcentration c_i on the β side of the moving interface, mol/m³ (&lt; c_s)
 * @param hostConcentration c_h in the host, mol/m³ (&ge; 0, &lt; c_i)
 * @param initialThickness X0, m (&ge; 0)
 */
public record StefanGrowth(Arrhenius layerDiffusivity, double sourceConcentration, double interfaceConcentration,
        double hostConcentration, double initialThickness) implements GrowthLaw {

    /**
     * Validates the ordering c_s &gt; c_i &gt; c_h that makes the layer grow.
     *
     * @param layerDiffusivity D(T) of the reactant in β, m²/s
     * @param sourceConcentration c_s at x = 0, mol/m³
     * @param interfaceConcentration c_i on the β side of the moving interface, mol/m³ (&lt; c_s)
     * @param hostConcentration c_h in the host, mol/m³ (&ge; 0, &lt; c_i)
     * @param initialThickness X0, m (&ge; 0)
     * @throws IllegalArgumentException if a value is not finite, the order c_s &gt; c_i &gt; c_h &ge; 0 is
     *     broken (the message names the pair that breaks it), or St exceeds 1e300
     */
    public StefanGrowth {
        Objects.requireNonNull(layerDiffusivity, "layerDiffusivity");
        Checks.finite(sourceConcentration, "sourceConcentration c_s", "mol/m³");
        Checks.finite(interfaceConcentration, "interfaceConcentration c_i", "mol/m³");
        Checks.finite(hostConcentration, "hostConcentration c_h", "mol/m³");
        Checks.nonNegative(initialThickness, "initial thickness", "m");
        // each message names the pair that breaks the order c_s > c_i > c_h ≥ 0 (either may be the wrong one)
        if (!(hostConcentration >= 0)) {
            throw new IllegalArgumentException("hostConcentration c_h must be >= 0 mol/m³ (a growing layer needs"
                    + ORDER + "), was " + hostConcentration + " mol/m³");
        }
        if (!(interfaceConcentration > hostConcentration)) {
            throw new IllegalArgumentException("interfaceConcentration c_i = " + interfaceConcentration
                    + " mol/m³ must be > hostConcentration c_h = " + hostConcentration + " mol/m³ (a growing layer"
                    + " needs" + ORDER + ")");
        }
        if (!(sourceConcentration > interfaceConcentration)) {
            throw new IllegalArgumentException("sourceConcentration c_s = " + sourceConcentration
                    + " mol/m³ must be > interfaceConcentration c_i = " + interfaceConcentration + " mol/m³ (a growing"
                    + " layer needs" + ORDER + ")");
        }
        // St = (c_s − c_i)/(c_i − c_h) overflows only when c_i − c_h is tiny against c_s
        double st = (sourceConcentration - interfaceConcentration) / (interfaceConcentration - hostConcentration);
        if (!(st <= MAX_STEFAN)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the Stefan number St = (c_s − c_i)/(c_i"
                    + " − c_h) must be <= %.0e, was %s for sourceConcentration c_s = %s, interfaceConcentration c_i = %s"
                    + " and hostConcentration c_h = %s mol/m³: c_i − c_h is too small against c_s", MAX_STEFAN,
                    st, sourceConcentration, interfaceConcentration, hostConcentration));
        }
    }

    private static final String ORDER = " c_s > c_i > c_h ≥ 0";
    /** The largest Stefan number accepted: λ ≈ √(ln St) stays far inside the double range (λ ≈ 26 at 1e300). */
    private static final double MAX_STEFAN = 1e300;

    /** @return St = (c_s − c_i)/(c_i − c_h), dimensionless */
    public double stefanNumber() {
        return (sourceConcentration - interfaceConcentration) / (interfaceConcentration - hostConcentration);
    }

    /** @return λ, the root of λ·exp(λ²)·erf(λ) = St/√π (dimensionless) */
    public double lambda() {
        double st = stefanNumber();
        double lnTarget = Math.log(st / Math.sqrt(Math.PI));
        // in logs, ln(λ·erf(λ)) + λ² − ln(St/√π), which rises monotonically and cannot overflow for any St:
        // negative at 0.1·min(1, √(St/2)) (λ·erf(λ) ≈ 2λ²/√π there) and positive at 1 + √(St/2)
        double lo = 0.1 * Math.min(1, Math.sqrt(st / 2));
        double hi = 1 + Math.sqrt(st / 2);
        return RootFinder.brent(l -> Math.log(l * Erf.erf(l)) + l * l - lnTarget, lo, hi,
                1e-14 * Math.min(1, Math.sqrt(st)));
    }

    @Override
    public double growthRate(double temperature, double thickness) {
        Checks.nonNegative(thickness, "thickness", "m");
        double l = lambda();
        return 2 * l * l * layerDiffusivity.valueAt(temperature) / Math.max(thickness, 1e-300);
    }

    /** Closed form: X = √(X0² + 4λ²·∫D dt). */
    @Override
    public double thickness(ThermalSchedule schedule, double time) {
        Objects.requireNonNull(schedule, "schedule");
        schedule.checkTime(time);
        double l = lambda();
        return Math.sqrt(initialThickness * initialThickness
                + 4 * l * l * schedule.integrate(layerDiffusivity::valueAt, time));
    }

    /**
     * @param temperature T, K (&gt; 0)
     * @param time hold time, s (&ge; 0)
     * @return X = √(X0² + 4λ²·D(T)·t), m
     */
    @Override
    public double isothermalThickness(double temperature, double time) {
        Checks.nonNegative(time, "time", "s");
        double l = lambda();
        // √(X0² + (2λ·√D·√t)²) by hypot: no overflow of D·t for any finite t
        return Math.hypot(initialThickness, 2 * l * Math.sqrt(layerDiffusivity.valueAt(temperature)) * Math.sqrt(time));
    }

    /**
     * The similarity profile of the layer when it is X thick.
     *
     * @param x depth, m, in [0, X]
     * @param front X, m (&gt; 0)
     * @return c(x), mol/m³
     */
    public double similarityConcentration(double x, double front) {
        Checks.positive(front, "front position", "m");
        Checks.finite(x, "depth x", "m");
        if (!(x >= 0 && x <= front)) {
            // the range comes from front: name both, either may be the wrong one
            throw new IllegalArgumentException("depth x must be in [0, front] = [0, " + front + "] m (front position X"
                    + " = " + front + " m), was " + x + " m");
        }
        double l = lambda();
        return sourceConcentration - (sourceConcentration - interfaceConcentration) * Erf.erf(l * x / front) / Erf.erf(l);
    }

    /**
     * Solves the moving-boundary problem numerically over a schedule, starting from the similarity
     * profile of the initial thickness (so that, on a hold, only the discretization error remains).
     *
     * @param schedule T(t)
     * @param cells cells across the layer in the transformed coordinate (4 … {@value #MAX_CELLS};
     *        cells × steps &le; {@value #MAX_CELL_STEPS})
     * @param steps backward-Euler steps in Λ, geometrically spaced (&ge; 1)
     * @return the front position and the profile at the end of the schedule
     * @throws IllegalArgumentException if the initial thickness is below 1e-150 m (the transform needs
     *         X0 &gt; 0, and X0² must not underflow), or a count is out of range (checked before any work)
     */
    public StefanSolution solve(ThermalSchedule schedule, int cells, int steps) {
        Checks.positive(initialThickness, "initial thickness (the front-fixing transform needs X0 > 0)", "m");
        return solve(schedule, cells, steps, x -> similarityConcentration(x, initialThickness));
    }

    /**
     * Solves the moving-boundary problem numerically over a schedule from a given initial profile
     * of the layer (e.g. a linear one, c_s → c_i, for a layer whose history is unknown). With
     * X0 ≪ X(end) the solution forgets its start and approaches the similarity solution; backward
     * Euler in Λ makes the result first order in the number of steps.
     *
     * @param schedule T(t)
     * @param cells cells across the layer in the transformed coordinate (4 … {@value #MAX_CELLS};
     *        cells × steps &le; {@value #MAX_CELL_STEPS})
     * @param steps backward-Euler steps in Λ, geometrically spaced (&ge; 1)
     * @param initialProfile c(x) for x in [0, X0] (m → mol/m³), in [c_i, c_s] (the range of a growing
     *        layer); it is sampled on the inner nodes only, its ends are c_s and c_i
     * @return the front position and the profile at the end of the schedule
     * @throws IllegalArgumentException if the initial thickness is below 1e-150 m (the transform needs
     *         X0 &gt; 0, and X0² must not underflow), a count is out of range (checked before any work),
     *         or the initial profile leaves [c_i, c_s]
     */
    public StefanSolution solve(ThermalSchedule schedule, int cells, int steps,
            java.util.function.DoubleUnaryOperator initialProfile) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(initialProfile, "initialProfile");
        Checks.inClosedRange(cells, 4, MAX_CELLS, "cells");
        Checks.positive(steps, "steps");
        checkWork(cells, steps);
        Checks.positive(initialThickness, "initial thickness (the front-fixing transform needs X0 > 0)", "m");
        if (!(initialThickness >= MIN_INITIAL_THICKNESS)) {
            throw new IllegalArgumentException("initial thickness X0 must be >= " + MIN_INITIAL_THICKNESS + " m for the"
                    + " front-fixing solve (X0² underflows a double below), was " + initialThickness + " m");
        }
        double l = lambda();
        double lambda0 = initialThickness * initialThickness / (4 * l * l);
        double lambdaEnd = lambda0 + schedule.integratedDiffusivity(layerDiffusivity);
        int m = cells;
        double dxi = 1.0 / m;
        // the profile is carried as θ = (c − c_i)/(c_s − c_i) in [0, 1]: rounding is then relative to c_s − c_i
        // and not to c_s, which for a small Stefan number (c_s ≈ c_i) swamped the front slope
        double[] c = new double[m + 1];
        // a growing layer lies between its boundary values (maximum principle); below c_i the flux at
        // the front reverses, the layer dissolves and the transform x/X(t) breaks down (the front
        // iteration then diverged, with a hint to take more steps that did not help)
        double slack = 1e-9 * (sourceConcentration - interfaceConcentration);
        for (int j = 1; j < m; j++) {
            double x = j * dxi * initialThickness;
            double v = Checks.finite(initialProfile.applyAsDouble(x), "initialProfile(x = " + x + " m)", "mol/m³");
            if (!(v >= interfaceConcentration - slack && v <= sourceConcentration + slack)) {
                throw new IllegalArgumentException("initialProfile(x = " + x + " m) must lie in [c_i, c_s] = ["
                        + interfaceConcentration + ", " + sourceConcentration + "] mol/m³ (a growing layer lies"
                        + " between its boundary values), was " + v + " mol/m³");
            }
            c[j] = (v - interfaceConcentration) / (sourceConcentration - interfaceConcentration);
        }
        c[0] = 1;
        c[m] = 0;
        double[] lower = new double[m - 1];
        double[] diag = new double[m - 1];
        double[] upper = new double[m - 1];
        double[] rhs = new double[m - 1];
        double[] scratch = new double[m - 1];
        double stefan = stefanNumber();
        double s = initialThickness * initialThickness;
        double ds = 4 * l * l; // dS/dΛ of the similarity solution: the first guess
        double ratio = Math.pow(lambdaEnd / lambda0, 1.0 / steps);
        double tau = lambda0;
        int iterations = 0;
        int floorSteps = 0; // steps whose front iteration stopped at the rounding floor, above 1e-11
        double worstFloor = 0;
        for (int n = 0; n < steps; n++) {
            double next = n == steps - 1 ? lambdaEnd : tau * ratio;
            double dt = next - tau;
            double change = Double.POSITIVE_INFINITY;
            double previous = Double.POSITIVE_INFINITY;
            int it = 0;
            double[] cNew = c.clone();
            // converged at 1e-11 relative, or where the change stops falling below 1e-8 relative: on
            // fine meshes the one-sided slope (÷ Δξ) amplifies the rounding of θ to about that level,
            // and the iteration would otherwise run out of iterations there
            while (change > 1e-11 * Math.abs(ds) && !(change >= previous && change <= 1e-8 * Math.abs(ds))) {
                previous = change;
                iterations++;
                if (++it > 200) {
                    throw new ConvergenceException("Stefan front iteration", it, change,
                            "use more steps in Λ (" + steps + " given)");
                }
                double sNew = s + dt * ds;
                double diff = 1 / (sNew * dxi * dxi);
                for (int j = 1; j < m; j++) {
                    double adv = j * dxi * ds / (2 * sNew) / (2 * dxi);
                    int k = j - 1;
                    lower[k] = -dt * (diff - adv);
                    upper[k] = -dt * (diff + adv);
                    diag[k] = 1 + 2 * dt * diff;
                    rhs[k] = c[j];
                }
                rhs[0] -= lower[0]; // θ = 1 at x = 0 (and 0 at the front)
                lower[0] = 0;
                upper[m - 2] = 0;
                Tridiagonal.solveInPlace(lower, diag, upper, rhs, scratch);
                System.arraycopy(rhs, 0, cNew, 1, m - 1);
                cNew[0] = 1;
                cNew[m] = 0;
                // (c_i − c_h)·dX/dt = −D·∂c/∂x with c − c_i = (c_s − c_i)·θ: dS/dΛ = −2·St·∂θ/∂ξ
                double slope = (3 * cNew[m] - 4 * cNew[m - 1] + cNew[m - 2]) / (2 * dxi);
                double dsNew = -2 * stefan * slope;
                change = Math.abs(dsNew - ds);
                ds = dsNew;
            }
            if (change > 1e-11 * Math.abs(ds)) {
                floorSteps++;
                worstFloor = Math.max(worstFloor, change / Math.abs(ds));
            }
            s += dt * ds;
            c = cNew;
            tau = next;
        }
        double front = Math.sqrt(s);
        double[] x = new double[m + 1];
        for (int j = 0; j <= m; j++) {
            x[j] = j * dxi * front;
            c[j] = interfaceConcentration + (sourceConcentration - interfaceConcentration) * c[j];
        }
        c[0] = sourceConcentration;
        c[m] = interfaceConcentration;
        List<String> warnings = new ArrayList<>();
        if (floorSteps > 0) {
            warnings.add(String.format(Locale.ROOT, "the front speed of %d of %d steps converged to %s relative only:"
                    + " on %d cells the rounding of the one-sided front slope stops the iteration above 1e-11"
                    + " (fewer cells, if the discretization error allows)", floorSteps, steps, Text.number(worstFloor),
                    cells));
        }
        return new StefanSolution(this, schedule, front, Profile.of(x, c, "x", "m", "c", "mol/m³"), steps, iterations,
                warnings);
    }

    /**
     * The most cells a solve takes. The front speed comes from a one-sided difference of θ, whose
     * rounding grows about as cells²·ε while the discretization error falls as 1/cells²: they cross
     * near ε^(−1/4) ≈ 8000 cells (the error of X is then ~1e-10), and beyond ~2e4 cells the rounding
     * keeps the front iteration from converging at all.
     */
    public static final int MAX_CELLS = 10_000;
    /**
     * The most cells × steps one solve may take. A front iteration costs 25–50 ns per cell (measured on
     * a loaded 2-core machine) and a step takes one or two, so 1e8 cell-steps run for a few seconds.
     * Backward Euler is first order in steps and the differences second order in cells; a one-hour
     * hold from the similarity profile on 1000 cells is already within 3e-8 of the closed form.
     */
    public static final long MAX_CELL_STEPS = 100_000_000L;
    /** Measured cost of one cell-step (see {@link #MAX_CELL_STEPS}), s, for the estimate in the message. */
    private static final double SECONDS_PER_CELL_STEP = 4e-8;
    /** Below this X0, X0² underflows and the front-fixing transform has no start. */
    private static final double MIN_INITIAL_THICKNESS = 1e-150;

    /** Refuses a count whose work would run for minutes, before any array is allocated. */
    private static void checkWork(int cells, int steps) {
        long work = (long) cells * steps;
        if (work > MAX_CELL_STEPS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "cells × steps must be <= %d, was %d × %d"
                    + " = %d (cells = %d, steps = %d): about %.2g s at a few ns per cell and"
                    + " front iteration; the error falls as 1/cells² and 1/steps, so far fewer suffice",
                    MAX_CELL_STEPS, cells, steps, work, cells, steps, work * SECONDS_PER_CELL_STEP));
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "StefanGrowth[D = %s, c_s = %.4g, c_i = %.4g, c_h = %.4g mol/m³, St = %.4g,"
                + " λ = %.4g, X0 = %.4g nm]", layerDiffusivity, sourceConcentration, interfaceConcentration,
                hostConcentration, stefanNumber(), lambda(), Units.toNm(initialThickness));
    }

    /**
     * A numerical Stefan solution ({@link StefanGrowth#solve(ThermalSchedule, int, int)}): the problem
     * solved — the growth law with its concentrations and X0, and the schedule; an initial profile
     * given as a function is the caller's and not kept — the front and profile at the end, the
     * diagnostics and what the caller should know.
     *
     * @param problem the growth solved (D(T), c_s, c_i, c_h, X0)
     * @param schedule the thermal schedule T(t) it was solved over
     * @param thickness front position X, m (&gt; 0)
     * @param concentration c(x) across the layer, x in m, c in mol/m³
     * @param steps backward-Euler steps in Λ taken (&ge; 1)
     * @param iterations front iterations summed over the steps (&ge; steps)
     * @param warnings what the caller should know (immutable; empty when all is well), e.g. front
     *     iterations stopped by rounding above their tolerance
     */
    public record StefanSolution(StefanGrowth problem, ThermalSchedule schedule, double thickness,
            Profile concentration, int steps, int iterations, List<String> warnings) {

        /**
         * Validates and copies.
         *
         * @param problem the growth solved (D(T), c_s, c_i, c_h, X0)
         * @param schedule the thermal schedule T(t) it was solved over
         * @param thickness front position X, m (&gt; 0)
         * @param concentration c(x) across the layer, x in m, c in mol/m³
         * @param steps backward-Euler steps in Λ taken (&ge; 1)
         * @param iterations front iterations summed over the steps (&ge; steps)
         * @param warnings what the caller should know
         */
        public StefanSolution {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(schedule, "schedule");
            Checks.positive(thickness, "thickness", "m");
            Objects.requireNonNull(concentration, "concentration");
            warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
            Checks.positive(steps, "steps");
            if (iterations < steps) {
                throw new IllegalArgumentException("iterations must be >= steps (" + steps + "): at least one front"
                        + " iteration per step, was " + iterations);
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "StefanSolution[X = %s nm, %d steps, %d front iterations%s]",
                    Text.number(Units.toNm(thickness)), steps, iterations,
                    warnings.isEmpty() ? "" : "; " + String.join("; ", warnings));
        }
    }
}
