package org.interphase.diffusion;

import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.interphase.core.ConvergenceException;

/**
 * The one integration of a growth ODE dy/dt = f(t, y) over one segment of a thermal schedule, shared
 * by {@link GrowthLaw#integrate} (y = x) and {@link LinearParabolicGrowth} (y = Φ = x² + A·x).
 *
 * <p>Dormand–Prince 8(5,3) (Commons Math) with steps between 10⁻¹² of the segment and the whole
 * segment, and the caller's absolute and relative tolerances; the rate is only evaluated inside the
 * segment; Commons Math's failures become a
 * {@link ConvergenceException} naming the segment.
 */
final class GrowthIntegration {

    /** The right-hand side f(t, y) of a scalar growth ODE. */
    @FunctionalInterface
    interface Rate {
        double at(double t, double y);
    }

    private GrowthIntegration() {}

    /**
     * @param what what is integrated, for the error message
     * @param t0 segment start, s
     * @param t1 segment end, s (&gt; t0)
     * @param y0 y(t0)
     * @param absoluteTolerance absolute tolerance on y
     * @param relativeTolerance relative tolerance on y
     * @param rate f(t, y)
     * @param hint what the caller can check if the integration fails
     * @return y(t1)
     */
    static double segment(String what, double t0, double t1, double y0, double absoluteTolerance,
            double relativeTolerance, Rate rate, String hint) {
        double[] y = {y0};
        DormandPrince853Integrator ode = new DormandPrince853Integrator(1e-12 * (t1 - t0), t1 - t0, absoluteTolerance,
                relativeTolerance);
        try {
            ode.integrate(new FirstOrderDifferentialEquations() {
                @Override
                public int getDimension() {
                    return 1;
                }

                @Override
                public void computeDerivatives(double t, double[] x, double[] dxdt) {
                    // the integrator's first-step estimate probes past the segment's end; the rate is
                    // defined on the segment only (a cooling ramp continued past its end reaches T < 0 K)
                    dxdt[0] = rate.at(Math.min(Math.max(t, t0), t1), x[0]);
                }
            }, t0, y, t1, y);
        } catch (MathIllegalStateException | MathIllegalArgumentException e) {
            throw new ConvergenceException(what, 0, y[0],
                    hint + " on [" + t0 + ", " + t1 + "] s (" + e.getMessage() + ")");
        }
        return y[0];
    }
}
