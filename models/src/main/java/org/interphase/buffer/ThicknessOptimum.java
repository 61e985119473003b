package org.interphase.buffer;

import java.util.Locale;
import org.interphase.core.Units;

/**
 * The best coating thickness of a trade-off model.
 *
 * @param thickness the optimal thickness L*, m (0 when no coating is best)
 * @param resistance the resistance at L*, Ω·m²
 * @param uncoatedResistance the resistance without coating, R(0), Ω·m²
 * @param interior whether the optimum lies strictly inside the allowed range
 * @param explanation why the optimum is where it is, in words
 */
public record ThicknessOptimum(double thickness, double resistance, double uncoatedResistance, boolean interior,
        String explanation) {

    /** @return R(0)/R(L*), the improvement the coating brings (≥ 1) */
    public double improvement() {
        if (resistance == 0) {
            return uncoatedResistance == 0 ? 1.0 : Double.POSITIVE_INFINITY;
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
