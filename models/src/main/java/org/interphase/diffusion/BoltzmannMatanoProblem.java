package org.interphase.diffusion;

import java.util.Locale;
import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Profile;

/**
 * A measured concentration profile of a diffusion couple after an isothermal anneal, for
 * {@link BoltzmannMatanoSolver}. Validated when built: at least 5 points, a composition change
 * between the ends, and monotonic in between.
 *
 * @param profile c(x) of the couple, x in m, c in mol/m³; the ends must be in the far field (flat)
 * @param annealTime anneal time t, s (&gt; 0); for a schedule, its effective time at the anneal temperature
 */
public record BoltzmannMatanoProblem(Profile profile, double annealTime) {

    /**
     * Validates.
     *
     * @param profile c(x) of the couple, at least 5 points, monotonic, x in m, c in mol/m³
     * @param annealTime anneal time t, s (&gt; 0)
     */
    public BoltzmannMatanoProblem {
        Objects.requireNonNull(profile, "profile");
        Checks.positive(annealTime, "anneal time", "s");
        double[] x = profile.xs();
        double[] c = profile.ys();
        int n = x.length;
        if (n < 5) {
            throw new IllegalArgumentException("profile must have at least 5 points for a Boltzmann–Matano analysis,"
                    + " was " + n);
        }
        double cl = c[0];
        double cr = c[n - 1];
        if (cl == cr) {
            throw new IllegalArgumentException("profile has no composition change: c_L = c_R = " + cl + " mol/m³");
        }
        double sign = Math.signum(cr - cl);
        for (int i = 1; i < n; i++) {
            if (sign * (c[i] - c[i - 1]) < 0) {
                throw new IllegalArgumentException("profile must be monotonic; c[" + i + "] = " + c[i]
                        + " mol/m³ reverses the trend at x = " + x[i] + " m");
            }
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BoltzmannMatanoProblem[%d points, %s … %s mol/m³, t = %s s]",
                profile.size(), Text.number(profile.y(0)), Text.number(profile.y(profile.size() - 1)),
                Text.number(annealTime));
    }
}
