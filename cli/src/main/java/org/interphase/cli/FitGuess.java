package org.interphase.cli;

import java.util.List;
import java.util.Map;
import org.interphase.impedance.Circuit;
import org.interphase.impedance.Spectrum;

/**
 * A starting point for a circuit fit read off the data, so a user need not guess every parameter:
 * the high-frequency intercept for the first resistance, the arc width shared among the others,
 * and time constants at the apex of the dominant arc (τ = 1/(2π f_apex)). The multi-start fitter
 * then searches around it; {@code --guess NAME=VALUE} overrides any value.
 */
final class FitGuess {

    private FitGuess() {}

    /**
     * @param circuit the circuit
     * @param data the spectrum
     * @param given values the user set, SI (they win)
     * @return the guess in {@link Circuit#parameterNames()} order
     */
    static double[] guess(Circuit circuit, Spectrum data, Map<String, Double> given) {
        double[] re = data.real();
        double[] im = data.imaginary();
        double[] f = data.frequencies();
        int hi = 0;
        double reMin = Double.POSITIVE_INFINITY;
        double reMax = Double.NEGATIVE_INFINITY;
        double zMax = 0;
        for (int i = 0; i < f.length; i++) {
            if (f[i] > f[hi]) {
                hi = i;
            }
            reMin = Math.min(reMin, re[i]);
            reMax = Math.max(reMax, re[i]);
            zMax = Math.max(zMax, Math.hypot(re[i], im[i]));
        }
        double span = reMax - reMin > 1e-6 * zMax ? reMax - reMin : zMax;
        double rHigh = re[hi] > 1e-3 * span ? re[hi] : 1e-3 * span;
        double apex;
        try {
            apex = data.peakFrequency();
        } catch (IllegalStateException e) {
            apex = Math.sqrt(data.minAngularFrequency() * data.maxAngularFrequency()) / (2 * Math.PI);
        }
        double tau = 1 / (2 * Math.PI * apex);
        List<String> names = circuit.parameterNames();
        List<String> units = circuit.parameterUnits();
        int resistances = 0;
        for (String u : units) {
            if (u.equals("Ω")) {
                resistances++;
            }
        }
        // the first resistance takes the high-frequency intercept (a series R0), the others share the arcs
        double rShare = span / Math.max(1, resistances - 1);
        double[] g = new double[names.size()];
        boolean firstR = true;
        for (int k = 0; k < g.length; k++) {
            String u = units.get(k);
            double v;
            if (circuit.isExponent(k)) {
                v = 0.9;
            } else if (u.equals("Ω")) {
                v = firstR && resistances > 1 ? rHigh : rShare;
                firstR = false;
            } else if (u.equals("F")) {
                v = tau / rShare;
            } else if (u.startsWith("Ω⁻¹·s^")) {
                v = Math.pow(tau, 0.9) / rShare;
            } else if (u.equals("s")) {
                v = tau;
            } else if (u.equals("H")) {
                v = 1e-3 * rHigh / data.maxAngularFrequency();
            } else if (u.startsWith("Ω·s^")) {
                v = rShare * Math.sqrt(2 * Math.PI * apex);
            } else {
                v = 1;
            }
            g[k] = given.getOrDefault(names.get(k), v);
        }
        return g;
    }
}
