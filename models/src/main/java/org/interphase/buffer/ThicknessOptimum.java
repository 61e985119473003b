package org.interphase.buffer;

import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * The best coating thickness: of a closed-form trade-off model ({@link CoatingTradeOff#optimum}) and
 * of a whole stack ({@link BufferLayerSolution#optimum()}) alike — the one "optimum thickness" type
 * of the buffer package.
 *
 * @param thickness the optimal thickness L*, m (0 when no coating is best)
 * @param resistance the resistance at L*, Ω·m²
 * @param uncoatedResistance the resistance without coating, R(0), Ω·m²
 * @param interior whether the optimum lies strictly inside the allowed range
 * @param explanation why the optimum is where it is, in words
 */
public record ThicknessOptimum(double thickness, double resistance, double uncoatedResistance, boolean interior,
        String explanation) {

    /**
     * Validates the components.
     *
     * @param thickness L*, m (&ge; 0)
     * @param resistance R(L*), Ω·m² (&ge; 0; 0 only if R(0) is 0 too)
     * @param uncoatedResistance R(0), Ω·m² (&ge; 0)
     * @param interior whether the optimum lies strictly inside the allowed range
     * @param explanation why, in words (not null)
     */
    public ThicknessOptimum {
        Checks.nonNegative(thickness, "optimal thickness", "m");
        Checks.nonNegative(resistance, "resistance at the optimum", "Ω·m²");
        Checks.nonNegative(uncoatedResistance, "uncoated resistance", "Ω·m²");
        if (resistance == 0 && uncoatedResistance > 0) {
            throw new IllegalArgumentException("resistance at the optimum must be > 0 Ω·m² when the uncoated resistance is "
                    + uncoatedResistance + " Ω·m² (a coating adds its own L/σ), was 0 Ω·m²");
        }
        if (explanation == null) {
            throw new IllegalArgumentException("explanation must not be null");
        }
    }

    /**
     * @return R(0)/R(L*), the improvement the coating brings (≥ 1 for a free optimum; below 1 when a
     *     lower bound such as electron blocking forces a thicker coating than is best; 1 when both are 0)
     */
    public double improvement() {
        if (resistance == 0) {
            return 1.0; // then R(0) = 0 as well (checked in the constructor)
        }
        return uncoatedResistance / resistance;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "optimum %.3g nm: %.4g Ω·cm² (uncoated %.4g Ω·cm², %.3gx lower; %s)",
                Units.toNm(thickness), Units.toOhmCm2(resistance), Units.toOhmCm2(uncoatedResistance), improvement(),
                explanation);
    }
}
