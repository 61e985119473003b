package org.interphase.anode;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.ConvergenceException;
import org.interphase.core.Display;
import org.interphase.core.Profile;
import org.interphase.core.Units;

/**
 * Voids at a stripped lithium interface: the critical stripping current density and the void
 * fraction over a strip and over cycles (problem {@link StrippingProblem} → this solver →
 * {@link StrippingSolution}).
 *
 * <p>The void volume per nominal area g (mean gap, see {@link LithiumSupply}) follows
 * <pre>
 *   dg/dt = (v_s − v_D)⁺ − k(φ)·g      while stripping, v_s = j·V_m/F
 *   dg/dt =          − k(φ)·g      while plating
 *   k(φ) = (3/2)·ε̇(σ_v, T),   σ_v = min(3p_v/(2n), σ_y(T)),   p_v = p (REMOTE) or p/(1 − φ) (ON_CONTACTS, the default)
 * </pre>
 * integrated by TR-BDF2 (trapezoid then BDF2, γ = 2 − √2: second order and L-stable, so the stiff
 * high-pressure case, where creep closes voids in microseconds, costs no more than the slow one), with
 * a scalar Newton iteration kept inside a bracket for each implicit stage.
 *
 * <p>The critical stripping current density is the current whose steady void fraction is the
 * tolerated one φ_c (or, with an interlayer, the lower of that and the interlayer's diffusion limit
 * F·D_Li·c_Li/t, see {@link StrippingProblem}):
 * <pre>
 *   j_c = (F/V_m)·[v_D + k(φ_c)·g(φ_c)]
 *   creep only:      j_c = (F/V_m)·(3/2)·ε̇(σ_v, T)·(2π/3)·λ·(φ_c/π)^{3/2}    ∝ p^n·exp(−Q/RT) below the cap
 *   diffusion only:  j_c = (F/V_m)·D*(T)·(S − 1)/(f_c·ℓ)                            independent of p
 * </pre>
 * Direction and order of magnitude compare with Kasemchainan et al., Nat. Mater. 18, 1105 (2019)
 * (Li | Li6PS5Cl: critical stripping current rising with stack pressure, 3–7 MPa) and Krauskopf et
 * al., Adv. Energy Mater. 9, 1902568 (2019) (Li | LLZO: ~0.1 mA/cm² at 0 MPa, rising with pressure and
 * temperature). Above the stack pressure where 3p_v/(2n) reaches the flow stress σ_y(T) of lithium (0.77 MPa
 * at 25 °C, Masias et al. 2019: p ≈ 3.4 MPa; lower when warm, following the creep law, see
 * {@link LithiumSupply}) the creep supply saturates: without the cap the p^6.6 law gave 32 mA/cm² at 7 MPa
 * against Kasemchainan's ~0.1–0.4 mA/cm². A warning says when a
 * user-set cap lets the stress pass 2 MPa, where the bulk power law breaks down (LePage et al. 2019).
 */
public final class StrippingSolver {

    /** Which pressure acts around a void. */
    public enum VoidStress {
        /** The stack pressure p: the collapse rate does not depend on φ (a linear equation, closed form). */
        REMOTE,
        /** The pressure on the remaining contact, p/(1 − φ): the load concentrates as voids grow. */
        ON_CONTACTS
    }

    /** The most time steps per half cycle. */
    public static final int MAX_STEPS = 1_000_000;

    /** Above this stress the bulk creep law of lithium breaks down (LePage et al. 2019), Pa. */
    public static final double POWER_LAW_BREAKDOWN_STRESS = 2e6;

    private static final double GAMMA = 2 - Math.sqrt(2);

    private final int stepsPerHalfCycle;
    private final VoidStress voidStress;
    private final double tolerance;

    private StrippingSolver(int stepsPerHalfCycle, VoidStress voidStress, double tolerance) {
        this.stepsPerHalfCycle = stepsPerHalfCycle;
        this.voidStress = voidStress;
        this.tolerance = tolerance;
    }

    /**
     * 200 TR-BDF2 steps per half cycle, load on the contacts, Newton tolerance 10⁻¹².
     *
     * @return the default solver
     */
    public static StrippingSolver withDefaults() {
        return new StrippingSolver(200, VoidStress.ON_CONTACTS, 1e-12);
    }

    /**
     * @param steps TR-BDF2 steps per half cycle, in [2, {@value #MAX_STEPS}]
     * @return a copy with another number of steps
     */
    public StrippingSolver withStepsPerHalfCycle(int steps) {
        Checks.inClosedRange(steps, 2, MAX_STEPS, "steps per half cycle");
        return new StrippingSolver(steps, voidStress, tolerance);
    }

    /**
     * @param stress which pressure acts around a void (not null)
     * @return a copy with another void stress
     */
    public StrippingSolver withVoidStress(VoidStress stress) {
        Objects.requireNonNull(stress, "stress (void stress) must not be null");
        return new StrippingSolver(stepsPerHalfCycle, stress, tolerance);
    }

    /**
     * @param relative relative tolerance of each implicit stage, in [1e-15, 1e-3]
     * @return a copy with another tolerance
     */
    public StrippingSolver withTolerance(double relative) {
        Checks.inClosedRange(relative, 1e-15, 1e-3, "tolerance", "");
        return new StrippingSolver(stepsPerHalfCycle, voidStress, relative);
    }

    /** @return TR-BDF2 steps per half cycle */
    public int stepsPerHalfCycle() {
        return stepsPerHalfCycle;
    }

    /** @return which pressure acts around a void */
    public VoidStress voidStress() {
        return voidStress;
    }

    /** @return relative tolerance of each implicit stage */
    public double tolerance() {
        return tolerance;
    }

    /**
     * The pressure around a void.
     */
    private double voidPressure(StrippingProblem p, double phi) {
        return voidStress == VoidStress.REMOTE ? p.stackPressure() : p.stackPressure() / (1 - phi);
    }

    /**
     * The critical stripping current density of a problem (closed form, no time integration): the metal's
     * supply j_c = (F/V_m)·[v_D + k(φ_c)·g(φ_c)], or the interlayer's F·D_Li·c_Li/t if that is lower.
     *
     * @param problem the problem (not null)
     * @return j_c, A/m²
     */
    public double criticalCurrentDensity(StrippingProblem problem) {
        Objects.requireNonNull(problem, "problem (stripping problem) must not be null");
        double metal = creepLimit(problem) + diffusionLimit(problem);
        return problem.interlayer().isPresent() ? Math.min(metal, interlayerLimit(problem)) : metal;
    }

    /** F·D_Li(T)·c_Li/t of the problem's interlayer (it must have one). */
    static double interlayerLimit(StrippingProblem problem) {
        return problem.interlayer().orElseThrow().limitingCurrentDensity(problem.temperature());
    }

    double creepLimit(StrippingProblem problem) {
        LithiumSupply s = problem.supply();
        double phi = problem.toleratedVoidFraction();
        double k = s.collapseRate(voidPressure(problem, phi), problem.temperature());
        return Checks.finiteResult(Constants.FARADAY / s.molarVolume() * k * s.gap(phi),
                "creep-limited stripping current (A/m²)", "stack pressure = " + problem.stackPressure() + " Pa",
                "lower the stack pressure");
    }

    static double diffusionLimit(StrippingProblem problem) {
        LithiumSupply s = problem.supply();
        return Constants.FARADAY / s.molarVolume() * s.diffusionVelocity(problem.temperature());
    }

    /**
     * Integrates the strip/plate cycles of a problem.
     *
     * @param problem the problem (not null)
     * @return the solution
     * @throws ConvergenceException if an implicit stage does not converge
     */
    public StrippingSolution solve(StrippingProblem problem) {
        Objects.requireNonNull(problem, "problem (stripping problem) must not be null");
        LithiumSupply s = problem.supply();
        double t = problem.temperature();
        double vs = problem.currentDensity() * s.molarVolume() / Constants.FARADAY;
        double vd = s.diffusionVelocity(t);
        double excess = Math.max(0, vs - vd);
        double diffusionRate = Math.min(vs, vd);
        double halfTime = problem.strippedCharge() / problem.currentDensity();
        double h = halfTime / stepsPerHalfCycle;
        double gMax = s.gap(LithiumSupply.MAX_VOID_FRACTION);

        double g = s.gap(problem.initialVoidFraction());
        double g0 = g;
        double creepVolume = 0;
        double diffusionVolume = 0;
        double lostVolume = 0;
        double strippedVolume = 0;
        double[] residual = {0};
        int[] newton = {0};
        boolean lost = false;
        int steps = 0;

        double[] firstT = new double[stepsPerHalfCycle + 1];
        double[] firstPhi = new double[stepsPerHalfCycle + 1];
        firstPhi[0] = s.fraction(g);
        double[] afterStrip = new double[problem.cycles()];
        double[] afterCycle = new double[problem.cycles()];
        double maxPhi = firstPhi[0];
        int completed = 0;
        for (int c = 0; c < problem.cycles() && !lost; c++) {
            for (int half = 0; half < 2 && !lost; half++) {
                double source = half == 0 ? excess : 0;
                for (int n = 0; n < stepsPerHalfCycle; n++) {
                    double qn = closure(problem, s, g);
                    double c1 = GAMMA * h / 2;
                    double gg = implicit(problem, s, source, c1, g + c1 * (source - qn), g, residual, newton);
                    double qg = closure(problem, s, gg);
                    double c2 = (1 - GAMMA) / (2 - GAMMA) * h;
                    double rhs = (gg - (1 - GAMMA) * (1 - GAMMA) * g) / (GAMMA * (2 - GAMMA));
                    double gn = implicit(problem, s, source, c2, rhs, gg, residual, newton);
                    double qnew = closure(problem, s, gn);
                    // the scheme's own quadrature of the closure flux: weights 1/(2(2−γ)), 1/(2(2−γ)), (1−γ)/(2−γ)
                    double b = 1 / (2 * (2 - GAMMA));
                    double closed = h * (b * (qn + qg) + (1 - GAMMA) / (2 - GAMMA) * qnew);
                    double expected = g + h * source - closed;
                    lostVolume += gn - expected; // nonzero only where a stage was clipped at g = 0
                    creepVolume += closed;
                    if (half == 0) {
                        diffusionVolume += h * diffusionRate;
                        strippedVolume += h * vs;
                    }
                    g = gn;
                    steps++;
                    double phi = s.fraction(g);
                    maxPhi = Math.max(maxPhi, phi);
                    if (c == 0 && half == 0) {
                        firstT[n + 1] = (n + 1) * h;
                        firstPhi[n + 1] = phi;
                    }
                    if (g >= gMax) {
                        lost = true;
                        break;
                    }
                }
                if (half == 0) {
                    afterStrip[c] = s.fraction(g);
                    afterCycle[c] = s.fraction(g);
                } else {
                    afterCycle[c] = s.fraction(g);
                }
            }
            if (!lost) {
                completed++;
            }
        }
        Profile first = lost && completed == 0 ? truncated(firstT, firstPhi) : Profile.of(firstT, firstPhi, "time", "s",
                "void fraction", "");
        // cycle 0 is the initial state; then one point per completed (or interrupted) cycle
        int shown = Math.min(problem.cycles(), completed + (lost ? 1 : 0)) + 1;
        double[] axis = new double[shown];
        double[] ys = new double[shown];
        double[] yc = new double[shown];
        axis[0] = 0;
        ys[0] = firstPhi[0];
        yc[0] = firstPhi[0];
        for (int c = 1; c < shown; c++) {
            axis[c] = c;
            ys[c] = afterStrip[c - 1];
            yc[c] = afterCycle[c - 1];
        }
        Profile strips = Profile.of(axis, ys, "cycle", "", "void fraction after strip", "");
        Profile cycles = Profile.of(axis, yc, "cycle", "", "void fraction after cycle", "");
        List<String> warnings = new ArrayList<>();
        double jc = criticalCurrentDensity(problem);
        if (problem.interlayer().isPresent() && problem.currentDensity() > interlayerLimit(problem)) {
            StrippingProblem.Interlayer layer = problem.interlayer().get();
            double jil = interlayerLimit(problem);
            double empty = layer.inventory() / (problem.currentDensity() - jil);
            warnings.add("the interlayer " + layer.name() + " carries at most " + Display.quantity(Units.toMAPerCm2(jil),
                    "mA/cm²") + " by Li diffusion: its lithium runs out at the electrolyte side after "
                    + Display.quantity(empty, "s") + (empty < halfTime ? ", within the strip" : "")
                    + " (the voids computed here are those of the metal only)");
        }
        if (problem.currentDensity() > jc) {
            warnings.add("the current density " + Display.quantity(Units.toMAPerCm2(problem.currentDensity()), "mA/cm²")
                    + " exceeds the critical stripping current density " + Display.quantity(Units.toMAPerCm2(jc), "mA/cm²"));
        }
        double sigmaV = s.stress(voidPressure(problem, Math.min(maxPhi, problem.toleratedVoidFraction())), t);
        if (sigmaV > POWER_LAW_BREAKDOWN_STRESS) {
            warnings.add("the creep stress around the voids, " + Display.quantity(sigmaV, "Pa") + ", is above "
                    + Display.quantity(POWER_LAW_BREAKDOWN_STRESS, "Pa") + ", where the bulk power law of lithium breaks"
                    + " down (LePage et al. 2019): the creep supply is overestimated");
        }
        if (lost) {
            warnings.add("the voids coalesced (φ = π/4) in cycle " + (completed + 1) + ": contact lost, integration stopped");
        }
        if (maxPhi > 0.3) {
            warnings.add("void fraction " + Display.number(maxPhi) + " > 0.3: the dilute-void constriction underestimates"
                    + " the resistance");
        }
        return new StrippingSolution(problem, this, jc, creepLimit(problem), diffusionLimit(problem),
                steadyVoidFraction(problem, excess), first, strips, cycles, maxPhi, lost, steps, newton[0], residual[0],
                new StrippingSolution.LithiumBudget(strippedVolume, diffusionVolume, creepVolume - lostVolume,
                        g - g0),
                ImmutableList.copyOf(warnings));
    }

    private static Profile truncated(double[] t, double[] phi) {
        int n = 1;
        while (n < t.length && t[n] > 0) {
            n++;
        }
        if (n < 2) {
            return Profile.of(new double[] {0, Double.MIN_VALUE}, new double[] {phi[0], phi[0]}, "time", "s",
                    "void fraction", "");
        }
        return Profile.of(java.util.Arrays.copyOf(t, n), java.util.Arrays.copyOf(phi, n), "time", "s", "void fraction", "");
    }

    /** The closure flux k(φ(g))·g, m/s. */
    private double closure(StrippingProblem p, LithiumSupply s, double g) {
        if (g <= 0) {
            return 0;
        }
        double phi = s.fraction(g);
        return s.collapseRate(voidPressure(p, phi), p.temperature()) * g;
    }

    /**
     * Solves x + c·(k(x)·x − source) = rhs for x ≥ 0 (x = 0 if even x = 0 overshoots): the left side
     * increases with x, so the root is unique; Newton inside a shrinking bracket.
     */
    private double implicit(StrippingProblem p, LithiumSupply s, double source, double c, double rhs, double start,
            double[] residual, int[] count) {
        double target = rhs + c * source;
        if (target <= 0) {
            return 0;
        }
        double lo = 0;
        double hi = target; // G(target) = c·k·target ≥ 0
        double x = Math.min(Math.max(start, lo), hi);
        double scale = target;
        for (int it = 0; it < 200; it++) {
            count[0]++;
            double q = closure(p, s, x);
            double gx = x + c * q - target;
            if (Math.abs(gx) <= tolerance * scale) {
                residual[0] = Math.max(residual[0], Math.abs(gx) / scale);
                return x;
            }
            if (gx > 0) {
                hi = x;
            } else {
                lo = x;
            }
            double phi = s.fraction(x);
            double k = x > 0 ? q / x : 0;
            // d ln(k·g)/d ln g: the load on the contacts stiffens k as φ grows, until the flow-stress cap holds it
            boolean capped = s.capped(voidPressure(p, phi), p.temperature());
            double growth = voidStress == VoidStress.ON_CONTACTS && !capped
                    ? 1 + 2 * s.creep().stressExponent() / 3 * phi / (1 - phi) : 1;
            double slope = 1 + c * k * growth;
            double next = x - gx / slope;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (hi - lo <= tolerance * scale * 1e-3) {
                residual[0] = Math.max(residual[0], Math.abs(gx) / scale);
                return x;
            }
            x = next;
        }
        throw new ConvergenceException("TR-BDF2 stage (stripping voids)", 200, residual[0],
                "lower the tolerance or raise the steps per half cycle");
    }

    /** The void fraction where the closure balances the excess stripping flux, if below π/4. */
    private OptionalDouble steadyVoidFraction(StrippingProblem p, double excess) {
        if (excess <= 0) {
            return OptionalDouble.of(0);
        }
        LithiumSupply s = p.supply();
        double top = LithiumSupply.MAX_VOID_FRACTION;
        if (closure(p, s, s.gap(top)) <= excess) {
            return OptionalDouble.empty();
        }
        double root = org.interphase.core.RootFinder.brent(phi -> closure(p, s, s.gap(phi)) - excess, 0, top, 1e-14);
        return OptionalDouble.of(root);
    }

    @Override
    public String toString() {
        return "StrippingSolver: TR-BDF2, " + stepsPerHalfCycle + " steps per half cycle, void stress " + voidStress
                + ", tolerance " + Display.number(tolerance);
    }
}
