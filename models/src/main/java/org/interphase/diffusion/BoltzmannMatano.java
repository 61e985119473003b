package org.interphase.diffusion;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Profile;

/**
 * Boltzmann–Matano analysis: the concentration-dependent interdiffusion coefficient from one
 * measured profile of a diffusion couple after an isothermal anneal of duration t (or with the
 * integrated time of a schedule at one temperature).
 * <pre>
 *   D(c*) = −(1/(2t))·(dx/dc)|_{c*}·∫_{c_L}^{c*} (x − x_M) dc,
 * </pre>
 * with c_L, c_R the far-field values and the Matano plane x_M fixed by ∫_{c_L}^{c_R}(x − x_M)dc = 0
 * (Matano, Jpn. J. Phys. 8 (1933) 109; Crank 1975, §10.3). The integral is evaluated in x by parts,
 * ∫_{c_L}^{c*}(x − x_M)dc = (x* − x_M)(c* − c_L) − ∫_{x_0}^{x*}(c − c_L)dx, which avoids
 * integrating over c where the profile is flat; dc/dx is the second-order three-point derivative on
 * the (possibly non-uniform) points. Near the ends, where dc/dx → 0, the method is ill-conditioned,
 * so only compositions inside a window of the c_L…c_R range are returned.
 */
public final class BoltzmannMatano {

    private BoltzmannMatano() {}

    /**
     * @param profile c(x) of the couple, monotonic, x in m, c in mol/m³; the ends must be in the far
     *     field (flat)
     * @param time anneal time t, s (&gt; 0)
     * @param window fraction of the c range cut off at each end, in [0, 0.45] (e.g. 0.05)
     * @return the Matano plane and D at each interior profile point inside the window
     */
    public static Result analyze(Profile profile, double time, double window) {
        Objects.requireNonNull(profile, "profile");
        Checks.positive(time, "anneal time", "s");
        Checks.inClosedRange(window, 0.0, 0.45, "window", "");
        double[] x = profile.xs();
        double[] c = profile.ys();
        int n = x.length;
        if (n < 5) {
            throw new IllegalArgumentException("a Boltzmann–Matano analysis needs at least 5 points, was " + n);
        }
        double cl = c[0];
        double cr = c[n - 1];
        if (cl == cr) {
            throw new IllegalArgumentException("the profile has no composition change: c_L = c_R = " + cl + " mol/m³");
        }
        double sign = Math.signum(cr - cl);
        for (int i = 1; i < n; i++) {
            if (sign * (c[i] - c[i - 1]) < 0) {
                throw new IllegalArgumentException("the profile must be monotonic; c[" + i + "] = " + c[i]
                        + " mol/m³ reverses the trend at x = " + x[i] + " m");
            }
        }
        double[] cumulative = new double[n]; // ∫_{x0}^{x_i}(c − c_L)dx
        for (int i = 1; i < n; i++) {
            cumulative[i] = cumulative[i - 1] + 0.5 * ((c[i] - cl) + (c[i - 1] - cl)) * (x[i] - x[i - 1]);
        }
        double matano = x[n - 1] - cumulative[n - 1] / (cr - cl);
        double lo = Math.min(cl, cr) + window * Math.abs(cr - cl);
        double hi = Math.max(cl, cr) - window * Math.abs(cr - cl);
        double[] cs = new double[n];
        double[] ds = new double[n];
        int count = 0;
        for (int i = 1; i < n - 1; i++) {
            if (c[i] <= lo || c[i] >= hi) {
                continue;
            }
            double h0 = x[i] - x[i - 1];
            double h1 = x[i + 1] - x[i];
            double slope = (-h1 / (h0 * (h0 + h1))) * c[i - 1] + ((h1 - h0) / (h0 * h1)) * c[i]
                    + (h0 / (h1 * (h0 + h1))) * c[i + 1];
            // a flat stretch (dc/dx = 0, or c equal to the last composition kept) gives no D(c): skip it, so
            // the compositions returned are strictly monotonic and interpolable
            if (slope == 0 || (count > 0 && c[i] == cs[count - 1])) {
                continue;
            }
            double integral = (x[i] - matano) * (c[i] - cl) - cumulative[i];
            double d = -integral / (2 * time * slope);
            cs[count] = c[i];
            ds[count] = d;
            count++;
        }
        if (count < 2) {
            throw new IllegalArgumentException("fewer than 2 profile points inside the composition window; refine the"
                    + " profile or narrow the window (" + window + ")");
        }
        cs = Arrays.copyOf(cs, count);
        ds = Arrays.copyOf(ds, count);
        if (sign < 0) {
            reverse(cs);
            reverse(ds);
        }
        return new Result(matano, cs, ds);
    }

    private static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** The outcome of an analysis. Immutable. */
    public static final class Result {
        private final double matanoPlane;
        private final double[] concentrations;
        private final double[] diffusivities;

        Result(double matanoPlane, double[] concentrations, double[] diffusivities) {
            this.matanoPlane = matanoPlane;
            this.concentrations = concentrations;
            this.diffusivities = diffusivities;
        }

        /** @return x_M, m */
        public double matanoPlane() {
            return matanoPlane;
        }

        /** @return the compositions analysed, increasing, mol/m³ */
        public double[] concentrations() {
            return concentrations.clone();
        }

        /** @return D at those compositions, m²/s */
        public double[] diffusivities() {
            return diffusivities.clone();
        }

        /**
         * @param concentration c, mol/m³, within the analysed range
         * @return D(c) by linear interpolation, m²/s
         */
        public double diffusivityAt(double concentration) {
            Checks.inClosedRange(concentration, concentrations[0], concentrations[concentrations.length - 1],
                    "concentration", "mol/m³");
            return Profile.of(concentrations, diffusivities, "c", "mol/m³", "D", "m²/s").valueAt(concentration);
        }

        /**
         * The extracted D(c) as a coefficient a solver can use, at the anneal temperature.
         *
         * @param temperature the anneal temperature, K (&gt; 0)
         * @param activationEnergy Ea to shift it to other temperatures, J (&ge; 0, Ea/(k_B·T) &lt; 709)
         * @return a tabulated diffusivity
         * @throws IllegalArgumentException if some extracted D is not &gt; 0 (noisy data)
         */
        public Diffusivity asDiffusivity(double temperature, double activationEnergy) {
            Checks.positive(temperature, "temperature", "K");
            Checks.nonNegative(activationEnergy, "activation energy", "J");
            // the shift to other temperatures goes through exp(Ea/(k_B·T)), which must be a double
            if (!(activationEnergy / (org.interphase.core.Constants.BOLTZMANN * temperature) < 709)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "activation energy %s J at the anneal"
                        + " temperature %s K gives exp(Ea/(k_B·T)) beyond the largest double: Ea/(k_B·T) must be"
                        + " < 709", activationEnergy, temperature));
            }
            for (int i = 0; i < diffusivities.length; i++) {
                if (!(diffusivities[i] > 0)) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "the extracted D is %.3g m²/s at"
                            + " c = %.4g mol/m³, not > 0: noise where dc/dx is small; smooth the profile or widen the"
                            + " window before using D(c) in a solver", diffusivities[i], concentrations[i]));
                }
            }
            return Diffusivity.tabulated(concentrations, diffusivities, temperature, activationEnergy);
        }

        @Override
        public String toString() {
            double min = Arrays.stream(diffusivities).min().orElseThrow();
            double max = Arrays.stream(diffusivities).max().orElseThrow();
            return String.format(Locale.ROOT, "BoltzmannMatano[x_M = %.4g m, %d points, D = %.3g … %.3g m²/s]",
                    matanoPlane, concentrations.length, min, max);
        }
    }
}
