package org.interphase.spacecharge;

import org.interphase.core.Checks;
import org.interphase.core.ConvergenceException;

/**
 * The Lambert W function (the inverse of w·e^w) on its two real branches, by Halley's iteration
 * (Corless, Gonnet, Hare, Jeffrey &amp; Knuth, Adv. Comput. Math. 5, 329 (1996), eq. 5.9) from the
 * branch-point series near −1/e and the asymptotic series elsewhere. Commons Math 3.6 has no
 * Lambert W; this small one serves {@link MottSchottky#coreVoltage}.
 */
final class LambertW {

    private static final double MINUS_INV_E = -Math.exp(-1);

    private LambertW() {}

    /**
     * Principal branch W₀(x) ≥ −1.
     *
     * @param x argument, ≥ −1/e
     * @return W₀(x)
     */
    static double principal(double x) {
        Checks.atLeast(x, MINUS_INV_E, "Lambert W argument", "");
        if (x == 0) {
            return 0;
        }
        double w;
        if (x < -0.3) {
            double p = Math.sqrt(2 * (Math.E * x + 1));
            w = -1 + p - p * p / 3 + 11.0 / 72 * p * p * p;
        } else if (x < 3) {
            w = Math.log1p(x);
        } else {
            double l1 = Math.log(x);
            double l2 = Math.log(l1);
            w = l1 - l2 + l2 / l1;
        }
        return halley(x, w);
    }

    /**
     * Lower branch W₋₁(x) ≤ −1.
     *
     * @param x argument, in [−1/e, 0)
     * @return W₋₁(x)
     */
    static double lower(double x) {
        Checks.atLeast(x, MINUS_INV_E, "Lambert W argument", "");
        if (!(x < 0)) {
            throw new IllegalArgumentException("Lambert W₋₁ argument must be < 0, was " + x);
        }
        double w;
        if (x < -0.25) {
            double p = -Math.sqrt(2 * (Math.E * x + 1));
            w = -1 + p - p * p / 3 + 11.0 / 72 * p * p * p;
        } else {
            double l1 = Math.log(-x);
            double l2 = Math.log(-l1);
            w = l1 - l2 + l2 / l1;
        }
        return halley(x, w);
    }

    private static double halley(double x, double w0) {
        double w = w0;
        if (x <= MINUS_INV_E) {
            return -1;
        }
        for (int it = 0; it < 60; it++) {
            double ew = Math.exp(w);
            double f = w * ew - x;
            double wp1 = w + 1;
            if (wp1 == 0) {
                return w;
            }
            double step = f / (ew * wp1 - (w + 2) * f / (2 * wp1));
            w -= step;
            // near the branch point w is only determined to ~√ε; stop once the residual is at round-off
            if (Math.abs(step) <= 4e-16 * (1 + Math.abs(w)) || Math.abs(w * Math.exp(w) - x) <= 2e-16 * Math.abs(x)) {
                return w;
            }
        }
        throw new ConvergenceException("Lambert W (Halley)", 60, Math.abs(w * Math.exp(w) - x),
                "the argument " + x + " is too close to the branch point −1/e");
    }
}
