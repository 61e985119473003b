package org.interphase.buffer;

import org.interphase.core.Checks;
import org.interphase.core.Minimizer;
import org.interphase.core.Profile;
import org.interphase.core.Units;

/**
 * A model of the interface resistance as a function of the thickness of a coating or buffer layer:
 * the coating removes one resistance (space charge, reaction layer, pinholes, interphase growth)
 * and adds its own. Implementations are immutable and thread-safe.
 *
 * <p>The four models of the research notes: {@link ExponentialSuppression} (M1, closed-form
 * optimum), {@link PinholeCoverage} (M2), {@link TunnellingBlocking} (M3, the lower bound on
 * thickness) and {@link GrowthSuppression} (M4, interphase growth over a lifetime).
 */
public interface CoatingTradeOff {

    /**
     * @param thickness coating thickness L, m (&ge; 0)
     * @return area-specific resistance of the interface with that coating, Ω·m²
     */
    double resistance(double thickness);

    /** @return a short description with the parameters, in the units people read (nm, Ω·cm², S/cm) */
    String describe();

    /**
     * The thickness in [0, maxThickness] with the lowest resistance, by a grid scan and Brent.
     * Models with a closed form override this.
     *
     * @param maxThickness largest thickness considered, m (&gt; 0)
     * @return the optimum
     */
    default ThicknessOptimum optimum(double maxThickness) {
        Checks.positive(maxThickness, "max thickness", "m");
        Minimizer.Minimum m = Minimizer.minimize(this::resistance, 0, maxThickness, 401, 1e-10);
        double r0 = resistance(0);
        boolean interior = m.point() > 0 && m.point() < maxThickness && m.value() < r0;
        String why = interior ? "interior minimum"
                : m.point() >= maxThickness ? "resistance still falls at the largest thickness allowed"
                : "no coating is best: the coating adds more resistance than it removes";
        double chosen = interior ? m.point() : (m.point() >= maxThickness ? maxThickness : 0.0);
        return new ThicknessOptimum(chosen, interior ? m.value() : resistance(chosen), r0, interior, why);
    }

    /**
     * R(L) sampled on a uniform grid, for plotting and tables.
     *
     * @param maxThickness largest thickness, m (0 &lt; max ≤ 1 m; a coating is nm to µm thick)
     * @param points number of samples (2 … 1,000,000)
     * @return the curve: x = thickness in nm, y = resistance in Ω·cm²
     * @throws IllegalArgumentException if a parameter is out of its range
     */
    default Profile curve(double maxThickness, int points) {
        Checks.inClosedRange(maxThickness, Double.MIN_NORMAL, 1.0, "max thickness", "m");
        if (points < 2 || points > 1_000_000) {
            throw new IllegalArgumentException("points must be in [2, 1000000], was " + points);
        }
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            double l = maxThickness * i / (points - 1);
            x[i] = Units.toNm(l);
            y[i] = Units.toOhmCm2(resistance(l));
        }
        return Profile.of(x, y, "coating thickness", "nm", "R", "Ω·cm²");
    }
}
