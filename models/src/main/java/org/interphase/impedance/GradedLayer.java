package org.interphase.impedance;

import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.Display;
import org.interphase.core.Profile;

/**
 * A layer with a conductivity and permittivity profile (space-charge zone, graded interphase),
 * per unit area, without concentration polarization:
 *
 * <p>Z(ω) = ∫₀^L dx / (σ(x) + jωε0εr(x))   (Ω·m²)
 *
 * <p>Each slice dx is an R‖C element with dR = dx/σ and dC = ε0εr/dx, so a uniform layer gives
 * its R‖C arc and a piecewise-constant one the series of its R‖C arcs; a depleted space-charge
 * zone gives a depressed arc whose apex is set by the smallest local σ, not by the thickness
 * (research note buffer-and-impedance.md, §3.1).
 *
 * <p>The profiles are piecewise linear between their samples (as {@link Profile} interpolates),
 * and the integral over each segment is exact for a linear admittivity y(x) = σ + jωε0εr:
 * ∫ dx/y = h·ln(y1/y0)/(y1 − y0), with the series of ln(1+d)/d for nearly equal ends. The only
 * discretization error is that of representing a smooth σ(x) by its samples: second order in the
 * sample spacing. A jump is represented by two samples a tiny distance apart.
 */
public final class GradedLayer implements Impedance {

    private final double[] x;
    private final double[] sigma;
    private final double[] eps;

    private GradedLayer(double[] x, double[] sigma, double[] eps) {
        this.x = x;
        this.sigma = sigma;
        this.eps = eps;
    }

    /**
     * A layer with a conductivity profile and a uniform permittivity.
     *
     * @param conductivity σ(x): x in m over the layer, σ in S/m (every value &gt; 0)
     * @param relativePermittivity εr (&ge; 1)
     * @return the layer
     */
    public static GradedLayer of(Profile conductivity, double relativePermittivity) {
        Objects.requireNonNull(conductivity, "conductivity (the σ(x) profile) must not be null");
        Checks.atLeast(relativePermittivity, 1.0, "relative permittivity", "");
        double[] s = positiveValues(conductivity, "conductivity", "S/m");
        double[] e = new double[s.length];
        Arrays.fill(e, relativePermittivity);
        return new GradedLayer(conductivity.xs(), s, e);
    }

    /**
     * A layer with conductivity and permittivity profiles over the same range of x; the samples
     * of both are merged.
     *
     * @param conductivity σ(x): x in m, σ in S/m (&gt; 0)
     * @param relativePermittivity εr(x): x in m over the same range, εr ≥ 1
     * @return the layer
     */
    public static GradedLayer of(Profile conductivity, Profile relativePermittivity) {
        Objects.requireNonNull(conductivity, "conductivity (the σ(x) profile) must not be null");
        Objects.requireNonNull(relativePermittivity, "relativePermittivity (the εr(x) profile) must not be null");
        positiveValues(conductivity, "conductivity", "S/m");
        for (int i = 0; i < relativePermittivity.size(); i++) {
            Checks.atLeast(relativePermittivity.y(i), 1.0, "relative permittivity at x = " + relativePermittivity.x(i)
                    + " m", "");
        }
        if (conductivity.xMin() != relativePermittivity.xMin() || conductivity.xMax() != relativePermittivity.xMax()) {
            throw new IllegalArgumentException("conductivity and permittivity profiles must span the same x range, were ["
                    + conductivity.xMin() + ", " + conductivity.xMax() + "] m and [" + relativePermittivity.xMin() + ", "
                    + relativePermittivity.xMax() + "] m");
        }
        TreeSet<Double> nodes = new TreeSet<>();
        for (double v : conductivity.xs()) {
            nodes.add(v);
        }
        for (double v : relativePermittivity.xs()) {
            nodes.add(v);
        }
        double[] xs = nodes.stream().mapToDouble(Double::doubleValue).toArray();
        double[] s = new double[xs.length];
        double[] e = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            s[i] = conductivity.valueAt(xs[i]);
            e[i] = relativePermittivity.valueAt(xs[i]);
        }
        return new GradedLayer(xs, s, e);
    }

    private static double[] positiveValues(Profile p, String name, String unit) {
        double[] v = p.ys();
        for (int i = 0; i < v.length; i++) {
            Checks.positive(v[i], name + " at x = " + p.x(i) + " m", unit);
        }
        return v;
    }

    /** @return the thickness, m */
    public double thickness() {
        return x[x.length - 1] - x[0];
    }

    /** @return the DC area-specific resistance ∫dx/σ, Ω·m² (exact for the piecewise-linear σ) */
    public double resistance() {
        double r = 0;
        double[] t = new double[2];
        for (int k = 1; k < x.length; k++) {
            Cx.log1pOverD((sigma[k] - sigma[k - 1]) / sigma[k - 1], 0, t);
            r += (x[k] - x[k - 1]) / sigma[k - 1] * t[0];
        }
        return r;
    }

    /** @return the smallest conductivity in the layer, S/m (it sets the arc's apex frequency) */
    public double minimumConductivity() {
        return Arrays.stream(sigma).min().orElseThrow();
    }

    @Override
    public void evaluate(double[] omega, double[] re, double[] im) {
        Cx.checkEvaluate(omega, re, im);
        double[] t = new double[2];
        double[] q = new double[2];
        double e0 = Constants.VACUUM_PERMITTIVITY;
        for (int i = 0; i < omega.length; i++) {
            double w = omega[i] * e0;
            double sr = 0;
            double si = 0;
            for (int k = 1; k < x.length; k++) {
                double y0r = sigma[k - 1];
                double y0i = w * eps[k - 1];
                // d = (y1 − y0)/y0; segment integral = h/y0 · ln(1 + d)/d
                Cx.div(sigma[k] - y0r, w * eps[k] - y0i, y0r, y0i, q);
                Cx.log1pOverD(q[0], q[1], t);
                double lr = t[0];
                double li = t[1];
                Cx.div(lr, li, y0r, y0i, q);
                double h = x[k] - x[k - 1];
                sr += h * q[0];
                si += h * q[1];
            }
            re[i] = sr;
            im[i] = si;
        }
    }

    @Override
    public boolean perArea() {
        return true;
    }

    @Override
    public String toString() {
        return "graded layer " + HomogeneousLayer.length(thickness()) + " (" + x.length + " samples), σ from "
                + Display.quantity(minimumConductivity() / 100, "S/cm", 4) + " to "
                + Display.quantity(Arrays.stream(sigma).max().orElseThrow() / 100, "S/cm", 4) + ": R = "
                + Display.quantity(resistance() * 1e4, "Ω·cm²", 4);
    }
}
