package org.interphase.spacecharge;

/**
 * Exponential and logarithmic helpers that keep the charge laws accurate both for tiny potentials
 * (where e^x − 1 − x cancels) and for large ones (where e^x would overflow).
 */
final class LogMath {

    private LogMath() {}

    /**
     * e^x − 1 − x without cancellation for small |x| (Taylor series below |x| = 0.1, where the
     * eleventh-order remainder is below 1e-17 relative).
     *
     * @param x the argument (|x| &lt; 709)
     * @return e^x − 1 − x
     */
    static double expm1MinusX(double x) {
        if (Math.abs(x) < 0.1) {
            double term = x * x / 2;
            double sum = term;
            for (int k = 3; k <= 11; k++) {
                term *= x / k;
                sum += term;
            }
            return sum;
        }
        return Math.expm1(x) - x;
    }

    /**
     * @param x the argument (&gt; −1)
     * @return ln(1 + x) − x, to full relative precision also as x → 0
     */
    static double log1pMinusX(double x) {
        if (Math.abs(x) < 0.1) {
            double power = x * x;
            double sum = 0;
            for (int k = 2; k <= 17; k++) {
                sum += (k % 2 == 0 ? -power : power) / k;
                power *= x;
            }
            return sum;
        }
        return Math.log1p(x) - x;
    }

    /**
     * ln(e^a + e^b) without overflow.
     *
     * @param a first exponent
     * @param b second exponent
     * @return ln(e^a + e^b)
     */
    static double logAddExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double m = Math.max(a, b);
        return m + Math.log1p(Math.exp(-Math.abs(a - b)));
    }
}
