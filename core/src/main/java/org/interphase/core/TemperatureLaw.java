package org.interphase.core;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a positive quantity q depends on temperature, q(T): the one temperature-law type of
 * Interphase, used alike by the materials catalog (ionic conductivities), the space-charge phases,
 * the interface stack and the diffusion models, so that every user of one material evaluates the
 * same law at the same temperature.
 *
 * <ul>
 *   <li>{@link Arrhenius}: q = A·exp(−Ea/(k_B·T)) — thermally activated hopping (crystalline and
 *       glassy ionic conductors, diffusion coefficients, rate constants); valid for every T &gt; 0.</li>
 *   <li>{@link VogelTammannFulcher}: q = A·T^(−½)·exp(−B/(T − T0)) — ion transport coupled to the
 *       segmental motion of a polymer above its glass transition; valid for T &gt; T0.</li>
 *   <li>{@link TemperatureTable}: measured values q(T_i), interpolated as a piecewise Arrhenius law
 *       (ln q linear in 1/T between neighbouring points); valid from the first to the last point,
 *       never extrapolated.</li>
 *   <li>{@link SinglePoint}: a value known at one temperature only (a catalog σ(25 °C) without an
 *       activation energy); valid at that temperature, or — only when a caller opts in with
 *       {@link SinglePoint#assumedConstant()} — at every temperature, an assumption that
 *       {@link #assumption()} states.</li>
 * </ul>
 *
 * <p>Every law has a validity window. {@link #valueAt(double)} refuses a temperature outside it
 * with an {@link IllegalArgumentException} that names the window; {@link #covers(double)} asks
 * first. The law carries no unit: q is in the unit of its prefactor or values (S/m for a
 * conductivity, m²/s for a diffusion coefficient), which the holder of the law states.
 *
 * <p>Implementations are immutable values with {@code equals}, {@code hashCode} and a
 * locale-independent {@code toString}.
 */
public sealed interface TemperatureLaw permits Arrhenius, VogelTammannFulcher, TemperatureTable, SinglePoint {

    /**
     * The value of the law.
     *
     * @param temperature T, K (finite, &gt; 0, and {@link #covers covered} by the law)
     * @return q(T) (&gt; 0, or 0 where the law underflows), in the unit of the law's parameters
     * @throws IllegalArgumentException if T is not finite, not positive, or outside the validity
     *     window (the message names the window)
     */
    double valueAt(double temperature);

    /**
     * The lower end of the validity window; whether it is included is {@link #covers}' answer
     * (it is excluded for {@link Arrhenius}, 0 K, and {@link VogelTammannFulcher}, T0).
     *
     * @return the lowest temperature, K (&ge; 0)
     */
    double lowestTemperature();

    /**
     * The upper end of the validity window, if it has one.
     *
     * @return the highest temperature, K; empty if the law has no upper bound ({@link Arrhenius},
     *     {@link VogelTammannFulcher}, a {@link SinglePoint#assumedConstant() constant} value)
     */
    OptionalDouble highestTemperature();

    /**
     * Whether the law holds at a temperature.
     *
     * <p>A predicate, asked before {@link #valueAt}: it answers every double, and NaN and
     * infinities are never covered (the answer is false, not an exception).
     *
     * @param temperature T, K (any value; NaN and infinities are never covered)
     * @return true if {@link #valueAt(double)} accepts T
     */
    boolean covers(double temperature);

    /**
     * The validity window as a range of temperatures, K, with its ends open or closed as
     * {@link #covers} decides: {@code (0, ∞)} for {@link Arrhenius}, {@code (T0, ∞)} for
     * {@link VogelTammannFulcher}, {@code [T_1, T_n]} for a {@link TemperatureTable},
     * {@code [T_ref − 0.01 K, T_ref + 0.01 K]} for a {@link SinglePoint} (or {@code (0, ∞)} once
     * assumed constant). An unbounded end has no value, so the range never holds an infinity.
     *
     * @return the window; {@code window().contains(T) == covers(T)} for every finite T
     */
    default Range<Double> window() {
        double low = lowestTemperature();
        boolean lowIncluded = low > 0 && covers(low);
        OptionalDouble high = highestTemperature();
        if (high.isEmpty()) {
            return lowIncluded ? Range.atLeast(low) : Range.greaterThan(low);
        }
        double h = high.getAsDouble();
        BoundType upper = covers(h) ? BoundType.CLOSED : BoundType.OPEN;
        return Range.range(low, lowIncluded ? BoundType.CLOSED : BoundType.OPEN, h, upper);
    }

    /**
     * The validity window in words, for messages, e.g. {@code "> 0 K"}, {@code "> T0 = 200.0 K"},
     * {@code "in [300.0 K, 360.0 K] (the range of the table; it is not extrapolated)"}.
     *
     * @return the window as a phrase that completes "temperature must be …"
     */
    String validity();

    /**
     * What this law assumes rather than knows, if anything: a value measured at one temperature
     * and taken at every temperature ({@link SinglePoint#assumedConstant()}) says so here, so that
     * a model built on it can list the assumption.
     *
     * @return one sentence, or empty if the law states only what was given
     */
    default Optional<String> assumption() {
        return Optional.empty();
    }

    /**
     * The check every {@link #valueAt} makes: a finite, positive temperature inside the window.
     *
     * @param law the law (not null)
     * @param temperature T, K
     * @return T
     * @throws NullPointerException if the law is null
     * @throws IllegalArgumentException if T is not finite, not positive, or not covered by the law
     */
    static double requireCovered(TemperatureLaw law, double temperature) {
        Checks.nonNull(law, "law");
        Checks.positive(temperature, "temperature", "K");
        if (!law.covers(temperature)) {
            throw new IllegalArgumentException("temperature must be " + law.validity() + " for " + law + ", was "
                    + temperature + " K");
        }
        return temperature;
    }
}
