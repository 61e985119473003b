package org.interphase.diffusion;

import java.util.Locale;
import java.util.Objects;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * Interphase growth behind a coating (buffer layer) whose thickness L is the variable: one
 * {@link GrowthLaw} per L, so the buffer optimizer and the interdiffusion models share one growth
 * hierarchy and one integration (closed form at a temperature, or over a {@link ThermalSchedule}).
 *
 * <ul>
 *   <li>{@link #seriesDiffusion}: the reactant crosses the coating (D_c) and the growing layer in
 *       series, the Deal–Grove form L_int² + A·L_int = B·t with A = 2D·(1/k + L/D_c)
 *       ({@link LinearParabolicGrowth}; Deal &amp; Grove, J. Appl. Phys. 36 (1965) 3770) — linear while
 *       the coating dominates, parabolic later;</li>
 *   <li>{@link #exponentialSuppression}: parabolic growth whose rate constant the coating lowers as
 *       k_p(L) = k_p(0)·exp(−L/λ) (research notes, buffer-and-impedance.md §1.3, M4).</li>
 * </ul>
 *
 * <pre>{@code
 * CoatedGrowth growth = CoatedGrowth.seriesDiffusion(
 *         new LinearParabolicGrowth(Arrhenius.of(1e-18, 0), null, 0.01, 0, null, 0), Arrhenius.of(1e-21, 0));
 * double lInt = growth.thickness(Units.nm(5), Units.celsius(25), Units.hours(1000));   // m
 * }</pre>
 */
@FunctionalInterface
public interface CoatedGrowth {

    /**
     * @param coatingThickness L, m (&ge; 0)
     * @return the growth law of the interphase behind that coating
     */
    GrowthLaw behind(double coatingThickness);

    /**
     * @param coatingThickness L, m (&ge; 0)
     * @param temperature T, K (&gt; 0)
     * @param time hold time, s (&ge; 0)
     * @return the interphase thickness after a hold at T, m
     */
    default double thickness(double coatingThickness, double temperature, double time) {
        return behind(coatingThickness).isothermalThickness(temperature, time);
    }

    /**
     * @param coatingThickness L, m (&ge; 0)
     * @param schedule T(t), e.g. the processing and then the service history
     * @return the interphase thickness at the end of the schedule, m
     */
    default double thickness(double coatingThickness, ThermalSchedule schedule) {
        return behind(coatingThickness).thickness(Objects.requireNonNull(schedule, "schedule"));
    }

    /**
     * Series diffusion through the coating and the growing layer: the bare law with a barrier of
     * thickness L and diffusivity D_c ({@link LinearParabolicGrowth#behindBarrier}). For L = 0 the
     * bare law itself.
     *
     * @param bare the law without a coating (its barrier thickness must be 0)
     * @param coatingDiffusivity D_c(T) of the reactant in the coating, m²/s
     * @return the family of laws
     */
    static CoatedGrowth seriesDiffusion(LinearParabolicGrowth bare, Arrhenius coatingDiffusivity) {
        Objects.requireNonNull(bare, "bare");
        Objects.requireNonNull(coatingDiffusivity, "coatingDiffusivity");
        if (bare.barrierThickness() > 0) {
            throw new IllegalArgumentException("bare law must have no barrier of its own, had "
                    + bare.barrierThickness() + " m: the coating is the barrier");
        }
        return new CoatedGrowth() {
            @Override
            public GrowthLaw behind(double coatingThickness) {
                Checks.nonNegative(coatingThickness, "coating thickness", "m");
                return coatingThickness == 0 ? bare : bare.behindBarrier(coatingThickness, coatingDiffusivity);
            }

            @Override
            public String toString() {
                return "series diffusion behind a coating with D_c = " + coatingDiffusivity + ": " + bare;
            }
        };
    }

    /**
     * Parabolic growth with a rate constant that falls exponentially with the coating thickness:
     * k_p(T, L) = k_p(T)·exp(−L/λ), x² = x0² + 2·∫k_p dt. Where exp(−L/λ) underflows the layer no
     * longer grows.
     *
     * @param bare the law without a coating
     * @param decayLength λ, m (&gt; 0)
     * @return the family of laws
     */
    static CoatedGrowth exponentialSuppression(ParabolicGrowth bare, double decayLength) {
        Objects.requireNonNull(bare, "bare");
        Checks.positive(decayLength, "decay length", "m");
        return new CoatedGrowth() {
            @Override
            public GrowthLaw behind(double coatingThickness) {
                Checks.nonNegative(coatingThickness, "coating thickness", "m");
                double prefactor = bare.rate().prefactor() * Math.exp(-coatingThickness / decayLength);
                if (!(prefactor > 0)) {
                    return new Frozen(bare.initialThickness());
                }
                return new ParabolicGrowth(Arrhenius.of(prefactor, bare.rate().activationEnergy()),
                        bare.initialThickness());
            }

            @Override
            public String toString() {
                return String.format(Locale.ROOT, "%s suppressed by exp(−L/%s nm)", bare,
                        Text.number(Units.toNm(decayLength)));
            }
        };
    }

    /**
     * A layer that does not grow (a coating so thick that the rate underflows).
     *
     * @param initialThickness x0, m (&ge; 0)
     */
    record Frozen(double initialThickness) implements GrowthLaw {

        /**
         * Validates.
         *
         * @param initialThickness x0, m (&ge; 0)
         */
        public Frozen {
            Checks.nonNegative(initialThickness, "initial thickness", "m");
        }

        @Override
        public double growthRate(double temperature, double thickness) {
            Checks.positive(temperature, "temperature", "K");
            Checks.nonNegative(thickness, "thickness", "m");
            return 0.0;
        }

        @Override
        public double thickness(ThermalSchedule schedule, double time) {
            Objects.requireNonNull(schedule, "schedule");
            schedule.checkTime(time);
            return initialThickness;
        }

        @Override
        public String toString() {
            return "no growth from x0 = " + Text.number(Units.toNm(initialThickness)) + " nm";
        }
    }
}
