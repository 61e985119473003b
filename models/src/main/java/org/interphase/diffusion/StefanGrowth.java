package org.interphase.diffusion;

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
 * @param hostConcentration c_h in the host, mol/m³ (&lt; c_i)
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
     * @param hostConcentration c_h in the host, mol/m³ (&lt; c_i)
     * @param initialThickness X0, m (&ge; 0)
     */
    public StefanGrowth {
        Objects.requireNonNull(layerDiffusivity, "layerDiffusivity");
        Checks.finite(sourceConcentration, "source concentration c_s", "mol/m³");
        Checks.finite(interfaceConcentration, "interface concentration c_i", "mol/m³");
        Checks.finite(hostConcentration, "host concentration c_h", "mol/m³");
        Checks.nonNegative(initialThickness, "initial thickness", "m");
        if (!(sourceConcentration > interfaceConcentration && interfaceConcentration > hostConcentration)) {
            throw new IllegalArgumentException("a growing layer needs c_s > c_i > c_h, were " + sourceConcentration
                    + ", " + interfaceConcentration + ", " + hostConcentration + " mol/m³");
        }
    }

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
        Checks.inClosedRange(x, 0.0, front, "depth", "m");
        double l = lambda();
        return sourceConcentration - (sourceConcentration - interfaceConcentration) * Erf.erf(l * x / front) / Erf.erf(l);
    }

    /**
     * Solves the moving-boundary problem numerically over a schedule, starting from the similarity
     * profile of the initial thickness (so that, on a hold, only the discretization error remains).
     *
     * @param schedule T(t)
     * @param cells cells across the layer in the transformed coordinate (&ge; 4)
     * @param steps backward-Euler steps in Λ, geometrically spaced (&ge; 1)
     * @return the front position and the profile at the end of the schedule
     * @throws IllegalArgumentException if the initial thickness is 0 (the transform needs X &gt; 0)
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
     * @param cells cells across the layer in the transformed coordinate (&ge; 4)
     * @param steps backward-Euler steps in Λ, geometrically spaced (&ge; 1)
     * @param initialProfile c(x) for x in [0, X0] (m → mol/m³), finite; its ends are replaced by
     *        c_s and c_i
     * @return the front position and the profile at the end of the schedule
     * @throws IllegalArgumentException if the initial thickness is 0 (the transform needs X &gt; 0)
     */
    public StefanSolution solve(ThermalSchedule schedule, int cells, int steps,
            java.util.function.DoubleUnaryOperator initialProfile) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(initialProfile, "initialProfile");
        Checks.atLeast(cells, 4, "cells");
        Checks.positive(steps, "steps");
        Checks.positive(initialThickness, "initial thickness (the front-fixing transform needs X0 > 0)", "m");
        double l = lambda();
        double lambda0 = initialThickness * initialThickness / (4 * l * l);
        double lambdaEnd = lambda0 + schedule.integratedDiffusivity(layerDiffusivity);
        int m = cells;
        double dxi = 1.0 / m;
        double[] c = new double[m + 1];
        for (int j = 0; j <= m; j++) {
            c[j] = Checks.finite(initialProfile.applyAsDouble(j * dxi * initialThickness), "initial concentration",
                    "mol/m³");
        }
        c[0] = sourceConcentration;
        c[m] = interfaceConcentration;
        double[] lower = new double[m - 1];
        double[] diag = new double[m - 1];
        double[] upper = new double[m - 1];
        double[] rhs = new double[m - 1];
        double[] scratch = new double[m - 1];
        double cs = sourceConcentration;
        double ci = interfaceConcentration;
        double jump = ci - hostConcentration;
        double s = initialThickness * initialThickness;
        double ds = 4 * l * l; // dS/dΛ of the similarity solution: the first guess
        double ratio = Math.pow(lambdaEnd / lambda0, 1.0 / steps);
        double tau = lambda0;
        int iterations = 0;
        for (int n = 0; n < steps; n++) {
            double next = n == steps - 1 ? lambdaEnd : tau * ratio;
            double dt = next - tau;
            double change = Double.POSITIVE_INFINITY;
            int it = 0;
            double[] cNew = c.clone();
            while (change > 1e-11 * Math.abs(ds)) {
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
                rhs[0] -= lower[0] * cs;
                rhs[m - 2] -= upper[m - 2] * ci;
                lower[0] = 0;
                upper[m - 2] = 0;
                Tridiagonal.solveInPlace(lower, diag, upper, rhs, scratch);
                System.arraycopy(rhs, 0, cNew, 1, m - 1);
                cNew[0] = cs;
                cNew[m] = ci;
                double slope = (3 * cNew[m] - 4 * cNew[m - 1] + cNew[m - 2]) / (2 * dxi);
                double dsNew = -2 * slope / jump;
                change = Math.abs(dsNew - ds);
                ds = dsNew;
            }
            s += dt * ds;
            c = cNew;
            tau = next;
        }
        double front = Math.sqrt(s);
        double[] x = new double[m + 1];
        for (int j = 0; j <= m; j++) {
            x[j] = j * dxi * front;
        }
        return new StefanSolution(front, Profile.of(x, c, "x", "m", "c", "mol/m³"), steps, iterations);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "StefanGrowth[D = %s, c_s = %.4g, c_i = %.4g, c_h = %.4g mol/m³, St = %.4g,"
                + " λ = %.4g, X0 = %.4g nm]", layerDiffusivity, sourceConcentration, interfaceConcentration,
                hostConcentration, stefanNumber(), lambda(), Units.toNm(initialThickness));
    }

    /**
     * A numerical Stefan solution ({@link StefanGrowth#solve(ThermalSchedule, int, int)}).
     *
     * @param thickness front position X, m (&gt; 0)
     * @param concentration c(x) across the layer, x in m, c in mol/m³
     * @param steps backward-Euler steps in Λ taken (&ge; 1)
     * @param iterations front iterations summed over the steps (&ge; steps)
     */
    public record StefanSolution(double thickness, Profile concentration, int steps, int iterations) {

        /**
         * Validates.
         *
         * @param thickness front position X, m (&gt; 0)
         * @param concentration c(x) across the layer, x in m, c in mol/m³
         * @param steps backward-Euler steps in Λ taken (&ge; 1)
         * @param iterations front iterations summed over the steps (&ge; steps)
         */
        public StefanSolution {
            Checks.positive(thickness, "thickness", "m");
            Objects.requireNonNull(concentration, "concentration");
            Checks.positive(steps, "steps");
            if (iterations < steps) {
                throw new IllegalArgumentException("iterations must be >= steps (" + steps + "): at least one front"
                        + " iteration per step, was " + iterations);
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "StefanSolution[X = %s nm, %d steps, %d front iterations]",
                    Text.number(Units.toNm(thickness)), steps, iterations);
        }
    }
}
