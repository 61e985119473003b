package org.interphase.diffusion;

import java.util.Locale;
import java.util.Objects;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.Units;

/**
 * Linear–parabolic growth in series form: the reactant crosses, one after the other, an optional
 * barrier layer (thickness L_b, diffusivity D_b), the growing layer (thickness x, diffusivity D)
 * and reacts at the growth interface (rate constant k), so the resistances add:
 * <pre>
 *   dx/dt = Ω·Δc / (1/k + L_b/D_b + x/D)
 * </pre>
 * with Ω·Δc the dimensionless driving factor (product volume per mole of reactant × its
 * concentration drop). Without a barrier this is the Deal–Grove law x² + A·x = B·(t + τ) with
 * B = 2·D·Ω·Δc and A = 2·D/k (Deal &amp; Grove, J. Appl. Phys. 36 (1965) 3770): reaction-limited and
 * linear, x ≈ (B/A)·t, while x ≪ A/2, diffusion-limited and parabolic, x² ≈ B·t, later. A barrier adds
 * 2·D·L_b/D_b to A: growth behind a coating or buffer layer stays linear longer and slower
 * ({@link CoatedGrowth#seriesDiffusion} makes L_b a variable). With neither an interface rate nor a
 * barrier the law is parabolic, x² = x0² + B·t; it is integrated in the Deal–Grove variable, so
 * x0 = 0 is allowed (only {@link #growthRate} is unbounded at x = 0).
 *
 * @param layerDiffusivity D(T) of the reactant in the growing layer, m²/s
 * @param interfaceRate k(T), m/s, or null for an infinitely fast interface reaction
 * @param drivingFactor Ω·Δc, dimensionless (&gt; 0)
 * @param barrierThickness L_b, m (&ge; 0; 0 for no barrier)
 * @param barrierDiffusivity D_b(T), m²/s (ignored, may be null, when L_b = 0)
 * @param initialThickness x0, m (&ge; 0)
 */
public record LinearParabolicGrowth(Arrhenius layerDiffusivity, Arrhenius interfaceRate, double drivingFactor,
        double barrierThickness, Arrhenius barrierDiffusivity, double initialThickness) implements GrowthLaw {

    /**
     * Validates.
     *
     * @param layerDiffusivity D(T) of the reactant in the growing layer, m²/s
     * @param interfaceRate k(T), m/s, or null for an infinitely fast interface reaction
     * @param drivingFactor Ω·Δc, dimensionless (&gt; 0)
     * @param barrierThickness L_b, m (&ge; 0; 0 for no barrier)
     * @param barrierDiffusivity D_b(T), m²/s (ignored, may be null, when L_b = 0)
     * @param initialThickness x0, m (&ge; 0)
     */
    public LinearParabolicGrowth {
        Objects.requireNonNull(layerDiffusivity, "layerDiffusivity");
        Checks.positive(drivingFactor, "driving factor Ω·Δc", "");
        Checks.nonNegative(barrierThickness, "barrier thickness", "m");
        Checks.nonNegative(initialThickness, "initial thickness", "m");
        if (barrierThickness > 0 && barrierDiffusivity == null) {
            throw new IllegalArgumentException("a barrier of " + barrierThickness + " m needs a barrier diffusivity");
        }
    }

    /**
     * The Deal–Grove form from its two rate constants.
     *
     * @param parabolic B(T), m²/s
     * @param linear B/A(T), m/s
     * @param initialThickness x0, m (&ge; 0)
     * @return dx/dt = B/(2x + A): D = B/2, k = B/A, Ω·Δc = 1
     */
    public static LinearParabolicGrowth dealGrove(Arrhenius parabolic, Arrhenius linear, double initialThickness) {
        Objects.requireNonNull(parabolic, "parabolic rate B");
        Objects.requireNonNull(linear, "linear rate B/A");
        return new LinearParabolicGrowth(Arrhenius.of(parabolic.prefactor() / 2, parabolic.activationEnergy()), linear,
                1.0, 0.0, null, initialThickness);
    }

    /**
     * @param barrierThickness L_b, m (&gt; 0)
     * @param barrierDiffusivity D_b(T), m²/s
     * @return this law with a barrier layer in series
     */
    public LinearParabolicGrowth behindBarrier(double barrierThickness, Arrhenius barrierDiffusivity) {
        Checks.positive(barrierThickness, "barrier thickness", "m");
        return new LinearParabolicGrowth(layerDiffusivity, interfaceRate, drivingFactor, barrierThickness,
                Objects.requireNonNull(barrierDiffusivity, "barrierDiffusivity"), initialThickness);
    }

    /**
     * @param temperature T, K
     * @return B = 2·D·Ω·Δc, m²/s
     */
    public double parabolicConstant(double temperature) {
        return 2 * layerDiffusivity.valueAt(temperature) * drivingFactor;
    }

    /**
     * @param temperature T, K (&gt; 0)
     * @return A = 2·D·(1/k + L_b/D_b), m
     * @throws IllegalArgumentException if A overflows at this temperature (the interface or barrier is
     *     so much slower than the layer that the growth is frozen in its linear stage)
     */
    public double linearLength(double temperature) {
        Checks.positive(temperature, "temperature", "K");
        double a = linearLengthOrInfinity(temperature);
        if (a == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "temperature %s K gives a linear length"
                    + " A = 2·D·(1/k + L_b/D_b) beyond the largest double: the activation energies of the interface"
                    + " rate or barrier exceed the layer's so far that growth is frozen there", temperature));
        }
        return a;
    }

    /**
     * A = 2·(D/k + D·L_b/D_b), each ratio of two Arrhenius laws taken in logs: D and k may both
     * underflow at low T while their ratio does not. Never NaN; +∞ when a ratio overflows.
     */
    private double linearLengthOrInfinity(double temperature) {
        double a = 0;
        if (interfaceRate != null) {
            a += ratio(layerDiffusivity, interfaceRate, temperature);
        }
        if (barrierThickness > 0) {
            a += barrierThickness * ratio(layerDiffusivity, barrierDiffusivity, temperature);
        }
        return 2 * a;
    }

    /** p(T)/q(T) = (p0/q0)·exp(−(Ea_p − Ea_q)/(k_B·T)), computed as one exponential. */
    private static double ratio(Arrhenius p, Arrhenius q, double temperature) {
        return Math.exp(Math.log(p.prefactor()) - Math.log(q.prefactor())
                - (p.activationEnergy() - q.activationEnergy()) / (Constants.BOLTZMANN * temperature));
    }

    /** 1/k + L_b/D_b, s/m; +∞ (never NaN) where a rate underflows. */
    private double seriesResistance(double temperature) {
        double r = interfaceRate == null ? 0 : 1 / interfaceRate.valueAt(temperature);
        if (barrierThickness > 0) {
            r += barrierThickness / barrierDiffusivity.valueAt(temperature);
        }
        return r;
    }

    /**
     * dx/dt = Ω·Δc/(1/k + L_b/D_b + x/D).
     *
     * @param temperature T, K (&gt; 0)
     * @param thickness current thickness x, m (&ge; 0; &gt; 0 when there is neither interface rate nor barrier)
     * @return growth rate dx/dt, m/s (&ge; 0)
     * @throws IllegalArgumentException if x = 0 with neither an interface rate nor a barrier (the rate is
     *     unbounded there)
     */
    @Override
    public double growthRate(double temperature, double thickness) {
        Checks.positive(temperature, "temperature", "K");
        Checks.nonNegative(thickness, "thickness", "m");
        double r = seriesResistance(temperature);
        if (thickness == 0) {
            if (r == 0) {
                throw new IllegalArgumentException("thickness must be > 0 m for a law with neither interface rate nor"
                        + " barrier: its rate Ω·Δc·D/x is unbounded at x = 0, was " + thickness + " m");
            }
            return drivingFactor / r;
        }
        // x/D = +∞ where D underflows: the rate is then 0, never 0/0
        return drivingFactor / (r + thickness / layerDiffusivity.valueAt(temperature));
    }

    /**
     * Integrates the law over a schedule in the Deal–Grove variable Φ = x² + A(T)·x, for which
     * dΦ/dt = B(T) + x·dA/dt has no stiffness at x → 0 (dx/dt = B/(2x + A) itself is stiff there
     * when A is small); x = 2Φ/(A + √(A² + 4Φ)). At constant T this is the closed form exactly.
     */
    @Override
    public double thickness(ThermalSchedule schedule, double time) {
        return thickness(schedule, time, 0.0);
    }

    /** The same, growing only while T &gt; onset (K); x is frozen below, so dΦ/dt = x·dA/dt there. */
    double thickness(ThermalSchedule schedule, double time, double onset) {
        java.util.Objects.requireNonNull(schedule, "schedule");
        schedule.checkTime(time);
        double[] tb = schedule.breakpointTimes();
        double[] temps = schedule.breakpointTemperatures();
        double x0 = initialThickness;
        double[] phi = {x0 * x0 + linearLength(temps[0]) * x0};
        for (int k = 1; k < tb.length && tb[k - 1] < time; k++) {
            double t0 = tb[k - 1];
            double t1 = Math.min(tb[k], time);
            double rate = (temps[k] - temps[k - 1]) / (tb[k] - t0);
            if (rate == 0) {
                phi[0] += temps[k - 1] > onset ? parabolicConstant(temps[k - 1]) * (t1 - t0) : 0.0;
                continue;
            }
            double temp0 = temps[k - 1];
            // Φ grows by at most B(T_max)·Δt on the segment: the absolute tolerance follows that scale
            double scale = phi[0] + parabolicConstant(Math.max(temp0, temps[k])) * (t1 - t0);
            phi[0] = GrowthIntegration.segment("linear–parabolic growth integration", t0, t1, phi[0],
                    1e-13 * scale + Double.MIN_NORMAL, 1e-11, (t, y) -> {
                        double temp = temp0 + rate * (t - t0);
                        double a = linearLength(temp);
                        double x = thicknessFrom(Math.max(0, y), a);
                        double h = 1e-6 * temp;
                        double dadt = (linearLength(temp + h) - linearLength(temp - h)) / (2 * h) * rate;
                        return (temp > onset ? parabolicConstant(temp) : 0.0) + x * dadt;
                    }, "the rates vary too steeply");
        }
        return Checks.finite(thicknessFrom(Math.max(0, phi[0]), linearLengthOrInfinity(schedule.temperatureAt(time))),
                "integrated thickness", "m");
    }

    private static double thicknessFrom(double phi, double a) {
        return phi == 0 ? 0 : 2 * phi / (a + Math.sqrt(a * a + 4 * phi));
    }

    /**
     * The closed form at constant T: x = (A/2)·(√(1 + 4B(t + τ)/A²) − 1), τ = (x0² + A·x0)/B.
     *
     * @param temperature T, K (&gt; 0)
     * @param time hold time, s (&ge; 0)
     * @return x, m
     */
    @Override
    public double isothermalThickness(double temperature, double time) {
        Checks.positive(temperature, "temperature", "K");
        Checks.nonNegative(time, "time", "s");
        double x0 = initialThickness;
        // with Δ = x − x0, x² + A·x = x0² + A·x0 + B·t is Δ² + s·Δ = B·t, s = 2x0 + A; its root
        // Δ = 2q/(r + √(r² + 4)), q = √(B·t), r = s/q, has no cancellation at small t and no overflow of
        // B·t, A² or s² (A = +∞ where the interface rate underflows: growth is frozen, Δ = 0)
        double q = Math.sqrt(parabolicConstant(temperature)) * Math.sqrt(time);
        if (q == 0) {
            return x0;
        }
        double r = (2 * x0 + linearLengthOrInfinity(temperature)) / q;
        return Checks.finite(x0 + 2 * q / (r + Math.hypot(r, 2)), "thickness after the hold time", "m");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LinearParabolicGrowth[D = %s, k = %s, Ω·Δc = %.4g%s, x0 = %.4g nm]",
                layerDiffusivity, interfaceRate == null ? "∞" : interfaceRate.toString(), drivingFactor,
                barrierThickness > 0 ? String.format(Locale.ROOT, ", barrier %.4g nm with D_b = %s",
                        Units.toNm(barrierThickness), barrierDiffusivity) : "",
                Units.toNm(initialThickness));
    }
}
