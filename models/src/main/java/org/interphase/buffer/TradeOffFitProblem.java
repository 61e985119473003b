package org.interphase.buffer;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * Measured resistance-vs-thickness points of a coated interface, to be fitted with model M1
 * ({@link ExponentialSuppression}) by a {@link TradeOffFitter}: the thicknesses, the resistances,
 * optional weights, and the base resistance R_b — fixed (measured as the high-frequency intercept,
 * say) or free. With R_b fixed ({@link #of(double[], double[], double)}) three parameters (R0, λ, σ)
 * are fitted and at least three points are needed; with R_b free ({@link #of(double[], double[])}),
 * four. Immutable; checked when built; {@code with…} copies.
 */
public final class TradeOffFitProblem {

    private final double[] thickness;
    private final double[] resistance;
    private final double[] weights;
    private final OptionalDouble base;

    private TradeOffFitProblem(double[] thickness, double[] resistance, double[] weights, OptionalDouble base) {
        this.thickness = thickness;
        this.resistance = resistance;
        this.weights = weights;
        this.base = base;
        int p = base.isPresent() ? 3 : 4;
        if (thickness.length < p) {
            throw new IllegalArgumentException("a fit of " + p + " parameters needs at least " + p + " points, got "
                    + thickness.length);
        }
        if (base.isPresent()) {
            double rMin = Arrays.stream(resistance).min().orElseThrow();
            if (!(base.getAsDouble() < rMin)) {
                throw new IllegalArgumentException("base resistance must be < the smallest measured resistance (" + rMin
                        + " Ω·m²), was " + base.getAsDouble() + " Ω·m²");
            }
        }
    }

    /**
     * Points with R_b free (a fourth fitted parameter) and equal weights.
     *
     * @param thickness coating thicknesses, m (finite, &ge; 0, at least one &gt; 0; at least 4 points)
     * @param resistance measured resistances, Ω·m² (finite, &gt; 0), same length
     * @return the problem
     * @throws IllegalArgumentException if an array is null, the lengths differ, a value is out of
     *     range or there are fewer than 4 points
     */
    public static TradeOffFitProblem of(double[] thickness, double[] resistance) {
        return new TradeOffFitProblem(checkedThickness(thickness, resistance), resistance.clone(), ones(thickness.length),
                OptionalDouble.empty());
    }

    /**
     * Points with R_b fixed and equal weights.
     *
     * @param thickness coating thicknesses, m (finite, &ge; 0, at least one &gt; 0; at least 3 points)
     * @param resistance measured resistances, Ω·m² (finite, &gt; 0), same length
     * @param base R_b, Ω·m² (&ge; 0, below every measured resistance), held fixed in the fit
     * @return the problem
     * @throws IllegalArgumentException if an array is null, the lengths differ, a value is out of
     *     range or there are fewer than 3 points
     */
    public static TradeOffFitProblem of(double[] thickness, double[] resistance, double base) {
        double[] l = checkedThickness(thickness, resistance);
        Checks.nonNegative(base, "base resistance", "Ω·m²");
        return new TradeOffFitProblem(l, resistance.clone(), ones(thickness.length), OptionalDouble.of(base));
    }

    private static double[] checkedThickness(double[] thickness, double[] resistance) {
        Checks.allFinite(thickness, "thickness", "m");
        Checks.allFinite(resistance, "resistance", "Ω·m²");
        Checks.sameLength(thickness, "thickness", resistance, "resistance");
        double lMax = 0;
        for (int i = 0; i < thickness.length; i++) {
            Checks.nonNegative(thickness[i], "thickness[" + i + "]", "m");
            Checks.positive(resistance[i], "resistance[" + i + "]", "Ω·m²");
            lMax = Math.max(lMax, thickness[i]);
        }
        if (!(lMax > 0)) {
            throw new IllegalArgumentException("thickness must hold at least one value > 0 m, was "
                    + Arrays.toString(thickness));
        }
        return thickness.clone();
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        return w;
    }

    /**
     * Convenience for JShell: thicknesses in nm, resistances and a fixed R_b in Ω·cm².
     *
     * @param thicknessNm thicknesses, nm (&ge; 0)
     * @param resistanceOhmCm2 resistances, Ω·cm² (&gt; 0)
     * @param baseOhmCm2 R_b, Ω·cm² (&ge; 0, below every resistance)
     * @return the problem, in SI as always
     * @throws IllegalArgumentException if a value is out of range; a bad base is reported in Ω·cm²
     */
    public static TradeOffFitProblem inLabUnits(double[] thicknessNm, double[] resistanceOhmCm2, double baseOhmCm2) {
        if (thicknessNm == null || resistanceOhmCm2 == null) {
            throw new IllegalArgumentException("thicknesses (nm) and resistances (Ω·cm²) must not be null");
        }
        // checked in the caller's units, so the message names what the caller typed (argument and index)
        Checks.allFinite(thicknessNm, "thicknessNm", "nm");
        Checks.allFinite(resistanceOhmCm2, "resistanceOhmCm2", "Ω·cm²");
        for (int i = 0; i < thicknessNm.length; i++) {
            Checks.nonNegative(thicknessNm[i], "thicknessNm[" + i + "]", "nm");
        }
        for (int i = 0; i < resistanceOhmCm2.length; i++) {
            Checks.positive(resistanceOhmCm2[i], "resistanceOhmCm2[" + i + "]", "Ω·cm²");
        }
        Checks.nonNegative(baseOhmCm2, "baseOhmCm2 (base resistance)", "Ω·cm²");
        double smallest = Arrays.stream(resistanceOhmCm2).min().orElse(Double.POSITIVE_INFINITY);
        if (!(baseOhmCm2 < smallest)) {
            throw new IllegalArgumentException("baseOhmCm2 (base resistance) must be < the smallest measured resistance ("
                    + smallest + " Ω·cm²), was " + baseOhmCm2 + " Ω·cm²");
        }
        double[] l = new double[thicknessNm.length];
        double[] r = new double[resistanceOhmCm2.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = Units.nm(thicknessNm[i]);
        }
        for (int i = 0; i < r.length; i++) {
            r[i] = Units.ohmCm2(resistanceOhmCm2[i]);
        }
        return of(l, r, Units.ohmCm2(baseOhmCm2));
    }

    /**
     * @param values weights of the points in the ln R misfit (finite, &gt; 0), same length as the points
     * @return this problem with those weights
     * @throws IllegalArgumentException if the array is null, of another length or holds a bad weight
     */
    public TradeOffFitProblem withWeights(double[] values) {
        Checks.allFinite(values, "weights", "");
        Checks.sameLength(thickness, "thickness", values, "weights");
        for (int i = 0; i < values.length; i++) {
            Checks.positive(values[i], "weights[" + i + "]", "");
        }
        return new TradeOffFitProblem(thickness, resistance, values.clone(), base);
    }

    /** @return a copy of the thicknesses, m */
    public double[] thickness() {
        return thickness.clone();
    }

    /** @return a copy of the resistances, Ω·m² */
    public double[] resistance() {
        return resistance.clone();
    }

    /** @return a copy of the weights (all 1 unless set) */
    public double[] weights() {
        return weights.clone();
    }

    /** @return R_b, Ω·m², if fixed; empty if it is fitted */
    public OptionalDouble base() {
        return base;
    }

    /** @return the number of points */
    public int points() {
        return thickness.length;
    }

    /** @return the number of fitted parameters (3 with R_b fixed, 4 with R_b free) */
    public int parameters() {
        return base.isPresent() ? 3 : 4;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TradeOffFitProblem[%d points, %.3g … %.3g nm, R_b %s]", thickness.length,
                Units.toNm(Arrays.stream(thickness).min().orElseThrow()),
                Units.toNm(Arrays.stream(thickness).max().orElseThrow()),
                base.isPresent() ? String.format(Locale.ROOT, "fixed at %.4g Ω·cm²", Units.toOhmCm2(base.getAsDouble()))
                        : "free");
    }
}
