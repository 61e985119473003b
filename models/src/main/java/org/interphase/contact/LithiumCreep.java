package org.interphase.contact;

import java.util.Objects;
import org.apache.commons.math3.special.Erf;
import org.interphase.core.Checks;
import org.interphase.core.Profile;
import org.interphase.materials.CreepLaw;

/**
 * Contact of a lithium foil with a rigid rough electrolyte growing with time by power-law creep under
 * a constant stack pressure p (reduced-order model in the spirit of Zhang, Wang, Harrison, Roberts &amp;
 * Harris, Cell Rep. Phys. Sci. 1, 100012 (2020)):
 * <pre>
 *   dδ/dt = h_rms·ε̇(σ, T),   σ = p/f(δ)                 the asperity layer (height scale h_rms) flattens at the
 *                                                      creep rate of the stress on the real contact
 *   ε̇(σ, T) = ε̇_ref·(σ/σ_ref)^n·exp(−(Q/k_B)(1/T − 1/T_ref))       {@link CreepLaw}
 *   f(δ) = ½·erfc((d0 − δ)/(√2·h_rms))                  GAUSSIAN: bearing area of a Gaussian surface cut at
 *                                                      depth δ below the first contact level d0 set by f(0) = f0
 *   f(δ) = f0 + δ/w,  w = 2√3·h_rms                      UNIFORM heights (closed form, used to verify)
 * </pre>
 * For UNIFORM heights f^(n+1) = f0^(n+1) + (n+1)·(h_rms/w)·ε̇(p)·t exactly (ε̇(p): the rate at σ = p).
 * Integrated by the classical fourth-order Runge–Kutta method on a geometric time grid (fine steps
 * where the real-contact stress, and so the rate, is highest). Temperature enters only through the
 * Arrhenius factor, so a temperature change rescales time. Beyond a few MPa of local stress the
 * power law breaks down; the model then overestimates the rate.
 *
 * @param creep the creep law of lithium (Materials.LI_METAL.creepLaw(): n = 6.6, Q = 37 kJ/mol,
 *     LePage et al., J. Electrochem. Soc. 166, A89 (2019))
 * @param stackPressure stack pressure p, Pa (&gt; 0)
 * @param rmsHeight rms height h_rms of the asperities, m (&gt; 0)
 * @param initialFraction initial contact fraction f0, in (0, 1)
 * @param heights the height distribution of the asperities
 */
public record LithiumCreep(CreepLaw creep, double stackPressure, double rmsHeight, double initialFraction,
        Heights heights) {

    /**
     * The most Runge–Kutta steps per decade of time {@link #fractionAt(double, double, int)} takes:
     * 200 (the default) already agrees with 10⁵ steps per decade to about 1e-11 (a 0.2 MPa, 1 µm Gaussian
     * example), and the cap keeps one call below about a quarter of a second.
     */
    public static final int MAX_STEPS_PER_DECADE = 10_000;

    /**
     * The most samples {@link #overTime} takes: each sample is a full integration (about 10 ms on a
     * loaded 2-core machine), so the cap keeps one call to about ten seconds.
     */
    public static final int MAX_POINTS = 1_000;

    /** Height distribution of the asperities. */
    public enum Heights {
        /** Gaussian heights. */
        GAUSSIAN,
        /** Heights uniform over 2√3·h_rms (closed form). */
        UNIFORM
    }

    /**
     * Validates the components.
     *
     * @param creep the creep law of lithium (Materials.LI_METAL.creepLaw(): n = 6.6, Q = 37 kJ/mol, LePage et al., J. Electrochem. Soc. 166, A89 (2019)) 
     * @param stackPressure stack pressure p, Pa (&gt; 0)
     * @param rmsHeight rms height h_rms of the asperities, m (&gt; 0)
     * @param initialFraction initial contact fraction f0, in (0, 1)
     * @param heights the height distribution of the asperities
     */
    public LithiumCreep {
        Objects.requireNonNull(creep, "creep");
        Checks.positive(stackPressure, "stack pressure", "Pa");
        Checks.positive(rmsHeight, "rms height", "m");
        Checks.inOpenRange(initialFraction, 0, 1, "initial contact fraction f0", "");
        Objects.requireNonNull(heights, "heights");
    }

    /**
     * @param delta flattening δ, m (&ge; 0, finite)
     * @return contact fraction f(δ) in (0, 1]
     * @throws IllegalArgumentException if δ is negative or not finite
     */
    public double fraction(double delta) {
        Checks.nonNegative(delta, "flattening delta", "m");
        return fractionOf(delta);
    }

    /** f(δ) without the argument check (the integrator's stages are never negative). */
    private double fractionOf(double delta) {
        if (heights == Heights.UNIFORM) {
            return Math.min(1.0, initialFraction + delta / (2 * Math.sqrt(3) * rmsHeight));
        }
        double d0 = Math.sqrt(2) * rmsHeight * Erf.erfcInv(2 * initialFraction);
        return 0.5 * Erf.erfc((d0 - delta) / (Math.sqrt(2) * rmsHeight));
    }

    /**
     * dδ/dt.
     */
    private double rate(double delta, double temperature) {
        double f = fractionOf(delta);
        if (f >= 1.0) {
            return 0.0;
        }
        return rmsHeight * creep.strainRate(stackPressure / f, temperature);
    }

    /**
     * Contact fraction after a time at a temperature, 200 RK4 steps per decade of time from 10⁻⁹·t.
     *
     * @param time t, s (&gt; 0)
     * @param temperature T, K
     * @return f(t)
     */
    public double fractionAt(double time, double temperature) {
        return fractionAt(time, temperature, 200);
    }

    /**
     * @param time t, s
     * @param temperature T, K
     * @param stepsPerDecade RK4 steps per decade of time, in [4, {@value #MAX_STEPS_PER_DECADE}]
     * @return f(t)
     * @throws IllegalArgumentException if an argument is out of range
     */
    public double fractionAt(double time, double temperature, int stepsPerDecade) {
        Checks.positive(time, "time", "s");
        Checks.positive(temperature, "temperature", "K");
        Checks.inClosedRange(stepsPerDecade, 4, MAX_STEPS_PER_DECADE, "steps per decade");
        int decades = 9;
        int steps = decades * stepsPerDecade;
        double ratio = Math.pow(10, 1.0 / stepsPerDecade);
        double t = 0;
        double next = time * 1e-9;
        double delta = 0;
        for (int k = 0; k <= steps; k++) {
            double h = next - t;
            double k1 = rate(delta, temperature);
            double k2 = rate(delta + h / 2 * k1, temperature);
            double k3 = rate(delta + h / 2 * k2, temperature);
            double k4 = rate(delta + h * k3, temperature);
            delta += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
            if (!Double.isFinite(delta) || delta < 0) {
                throw new org.interphase.core.ConvergenceException("Runge–Kutta (lithium creep)", k + 1, delta,
                        "the creep rate at the initial contact is too fast for " + stepsPerDecade
                                + " steps per decade; raise the steps or the initial contact fraction");
            }
            t = next;
            next = k == steps - 1 ? time : t * ratio;
        }
        return Format.finite(fractionOf(delta), "contact fraction");
    }

    /**
     * @param temperature T, K
     * @return the closed form for UNIFORM heights at time t, as a function
     */
    double uniformClosedForm(double time, double temperature) {
        double n = creep.stressExponent();
        double w = 2 * Math.sqrt(3) * rmsHeight;
        double v = Math.pow(initialFraction, n + 1) + (n + 1) * rmsHeight / w * creep.strainRate(stackPressure, temperature)
                * time;
        return Math.min(1.0, Math.pow(v, 1 / (n + 1)));
    }

    /**
     * @param endTime last time, s
     * @param temperature T, K
     * @param points samples, log-spaced from endTime·10⁻⁴, in [2, {@value #MAX_POINTS}]
     * @return contact fraction vs time
     * @throws IllegalArgumentException if an argument is out of range
     */
    public Profile overTime(double endTime, double temperature, int points) {
        Checks.positive(endTime, "end time", "s");
        Checks.positive(temperature, "temperature", "K");
        Checks.inClosedRange(points, 2, MAX_POINTS, "points");
        double[] t = new double[points];
        double[] f = new double[points];
        for (int i = 0; i < points; i++) {
            t[i] = endTime * Math.pow(10, -4 + 4.0 * i / (points - 1));
            f[i] = fractionAt(t[i], temperature);
        }
        return Profile.of(t, f, "time", "s", "contact fraction", "");
    }
}
