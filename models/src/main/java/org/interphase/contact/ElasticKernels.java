package org.interphase.contact;

/**
 * Surface compliance kernels of an elastic body (package-private; used by {@link ContactSolver} and
 * {@link Constriction}).
 *
 * <ul>
 *   <li>Periodic half-space: û(k) = 2·p̂(k)/(E*·|k|), k ≠ 0; the zero mode is 0, so the mean
 *       displacement is absorbed into the rigid approach (Stanley &amp; Kato, J. Tribol. 119, 481 (1997)).</li>
 *   <li>Periodic layer of thickness t bonded to a rigid substrate (the stiffness used by
 *       ContactMechanics, Pastewka group), with Q = |k|·t:
 *       p̂/û = (E*|k|/2)·[(3−4ν)cosh 2Q + 2Q² + (5−12ν+8ν²)] / [(3−4ν)sinh 2Q − 2Q],
 *       and at k = 0 the oedometric stiffness E(1−ν)/(t(1+ν)(1−2ν)).</li>
 *   <li>Non-periodic half-space: Love's displacement at the centre of a cell due to a uniform
 *       pressure on another rectangular cell of size dx×dy (Love, Phil. Trans. A 228, 377 (1929);
 *       Johnson, Contact Mechanics (1985), eq. 3.25), with E* in place of E/(1−ν²).</li>
 * </ul>
 */
final class ElasticKernels {

    private ElasticKernels() {}

    static double wavevector(int k1, int k2, int nx, double lx, double ly) {
        int s1 = k1 <= nx / 2 ? k1 : k1 - nx;
        double kx = 2 * Math.PI * s1 / lx;
        double ky = 2 * Math.PI * k2 / ly;
        return Math.hypot(kx, ky);
    }

    static SpectralKernel periodicHalfSpace(int nx, int ny, double lx, double ly, double modulus) {
        return SpectralKernel.periodic(nx, ny, (k1, k2) -> {
            double k = wavevector(k1, k2, nx, lx, ly);
            return k == 0 ? 0.0 : 2.0 / (modulus * k);
        });
    }

    static SpectralKernel periodicLayer(int nx, int ny, double lx, double ly, double youngs, double poisson,
            double thickness) {
        return SpectralKernel.periodic(nx, ny, (k1, k2) -> 1.0 / layerStiffness(
                wavevector(k1, k2, nx, lx, ly), youngs, poisson, thickness));
    }

    /** Stiffness p̂/û of a bonded layer, Pa/m, at wavevector magnitude k (rad/m). */
    static double layerStiffness(double k, double youngs, double poisson, double thickness) {
        if (k == 0) {
            return youngs * (1 - poisson) / (thickness * (1 + poisson) * (1 - 2 * poisson));
        }
        double eStar = youngs / (1 - poisson * poisson);
        double q = k * thickness;
        double c = Math.cosh(2 * q);
        double a = 3 - 4 * poisson;
        double num = a + (2 * q * q + 5 - 12 * poisson + 8 * poisson * poisson) / c;
        double den = a * Math.tanh(2 * q) - 2 * q / c;
        return eStar * k / 2 * num / den;
    }

    static SpectralKernel nonPeriodic(int nx, int ny, double dx, double dy, double modulus) {
        double a = dx / 2;
        double b = dy / 2;
        return SpectralKernel.padded(nx, ny, (di, dj) -> love(di * dx, dj * dy, a, b) / (Math.PI * modulus));
    }

    /**
     * Love's integral of 1/r over the rectangle [−a, a]×[−b, b], seen from (x, y) on the surface, m.
     * The displacement is this times p/(πE*).
     */
    static double love(double x, double y, double a, double b) {
        double xp = x + a;
        double xm = x - a;
        double yp = y + b;
        double ym = y - b;
        return xp * Math.log(lp(yp, xp) / lp(ym, xp)) + yp * Math.log(lp(xp, yp) / lp(xm, yp))
                + xm * Math.log(lp(ym, xm) / lp(yp, xm)) + ym * Math.log(lp(xm, ym) / lp(xp, ym));
    }

    /** s + √(s² + t²) without cancellation when s &lt; 0. */
    private static double lp(double s, double t) {
        double r = Math.hypot(s, t);
        return s >= 0 ? s + r : t * t / (r - s);
    }
}
