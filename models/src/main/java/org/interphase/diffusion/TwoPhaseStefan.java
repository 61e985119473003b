package org.interphase.diffusion;

import java.util.Locale;
import java.util.Objects;
import org.apache.commons.math3.special.Erf;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.RootFinder;

/**
 * Two-phase Stefan (Neumann) problem of one species diffusing in both phases: phase α fills
 * x &lt; X(t), phase β fills x &gt; X(t), the interface starts at X(0) = 0 between two uniform
 * phases (c_α∞ on the left, c_β∞ on the right), local equilibrium fixes c on its two sides (c_α^eq,
 * c_β^eq), and it moves with the flux jump:
 * <pre>
 *   ∂c/∂t = D_α·∂²c/∂x² (x &lt; X),   ∂c/∂t = D_β·∂²c/∂x² (x &gt; X),
 *   (c_β^eq − c_α^eq)·dX/dt = D_α·∂c/∂x|_{X⁻} − D_β·∂c/∂x|_{X⁺}.
 * </pre>
 * The similarity solution (F. Neumann; Crank, Free and Moving Boundary Problems, Oxford 1984, §1.3;
 * Carslaw &amp; Jaeger, Conduction of Heat in Solids, 1959, §11.2) is X = 2s·√(D_α·t),
 * <pre>
 *   c = c_α∞ + (c_α^eq − c_α∞)·erfc(−x/(2√(D_α t)))/erfc(−s)              (x &lt; X),
 *   c = c_β∞ + (c_β^eq − c_β∞)·erfc(x/(2√(D_β t)))/erfc(s/r),  r = √(D_β/D_α)  (x &gt; X),
 * </pre>
 * with s the root of (c_β^eq − c_α^eq)·s = (c_α^eq − c_α∞)·g(−s)/√π + r·(c_β^eq − c_β∞)·g(s/r)/√π,
 * g(z) = exp(−z²)/erfc(z). s &gt; 0: α grows into β. When the interface does not move (s = 0) this is
 * the fixed two-layer couple with partition coefficient K = c_β^eq/c_α^eq
 * ({@link AnalyticDiffusion#partitionedCouple}), which the finite-volume solver reproduces.
 *
 * <p>Over a thermal schedule the solution holds with D_α·t → Λ = ∫D_α dt only if r is constant,
 * i.e. both phases share one activation energy; {@link #front(ThermalSchedule)} checks that.
 *
 * @param alphaDiffusivity D_α(T), m²/s
 * @param betaDiffusivity D_β(T), m²/s
 * @param farAlpha far-field (and initial) concentration c_α∞ in α, mol/m³ (&ge; 0)
 * @param interfaceAlpha interface concentration c_α^eq on the α side, mol/m³ (&ge; 0)
 * @param interfaceBeta interface concentration c_β^eq on the β side, mol/m³ (&ge; 0)
 * @param farBeta far-field (and initial) concentration c_β∞ in β, mol/m³ (&ge; 0)
 */
public record TwoPhaseStefan(Arrhenius alphaDiffusivity, Arrhenius betaDiffusivity, double farAlpha,
        double interfaceAlpha, double interfaceBeta, double farBeta) {

    /**
     * Validates.
     *
     * @param alphaDiffusivity D_α(T), m²/s
     * @param betaDiffusivity D_β(T), m²/s
     * @param farAlpha far-field (and initial) concentration c_α∞ in α, mol/m³ (&ge; 0)
     * @param interfaceAlpha interface concentration c_α^eq on the α side, mol/m³ (&ge; 0)
     * @param interfaceBeta interface concentration c_β^eq on the β side, mol/m³ (&ge; 0)
     * @param farBeta far-field (and initial) concentration c_β∞ in β, mol/m³ (&ge; 0)
     */
    public TwoPhaseStefan {
        Objects.requireNonNull(alphaDiffusivity, "alphaDiffusivity");
        Objects.requireNonNull(betaDiffusivity, "betaDiffusivity");
        Checks.nonNegative(farAlpha, "far-field concentration c_α∞ (farAlpha)", "mol/m³");
        Checks.nonNegative(interfaceAlpha, "interface concentration c_α^eq on the α side (interfaceAlpha)", "mol/m³");
        Checks.nonNegative(interfaceBeta, "interface concentration c_β^eq on the β side (interfaceBeta)", "mol/m³");
        Checks.nonNegative(farBeta, "far-field concentration c_β∞ (farBeta)", "mol/m³");
    }

    /**
     * The similarity constant s = X/(2√(D_α t)) at one temperature (it depends on T only through
     * D_β/D_α).
     *
     * @param temperature T, K (&gt; 0)
     * @return s, dimensionless (positive when α grows)
     * @throws IllegalArgumentException if the data admit no similarity solution: the flux balance
     *         has a root only if c_α∞ − c_β^eq and c_β∞ − c_α^eq differ in sign; or if T is so low
     *         that D_α or D_β underflows to 0 (the message gives the lowest temperature)
     */
    public double similarityConstant(double temperature) {
        Checks.positive(temperature, "temperature", "K");
        double da = diffusivityAt(alphaDiffusivity, "D_α", temperature);
        double db = diffusivityAt(betaDiffusivity, "D_β", temperature);
        // F(s) → (c_α∞ − c_β^eq)·|s| as s → −∞ and (c_β∞ − c_α^eq)·s as s → +∞: a sign change (a root)
        // needs these two of opposite sign, e.g. α richer than β's equilibrium and β poorer than α's
        double low = farAlpha - interfaceBeta;
        double high = farBeta - interfaceAlpha;
        if (!(low * high < 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "no similarity solution: it needs c_α∞ and"
                    + " c_β∞ on opposite sides of the interface values (c_α∞ − c_β^eq = %.4g and c_β∞ − c_α^eq = %.4g"
                    + " mol/m³ must differ in sign); neither phase can feed the other's growth", low, high));
        }
        double r = Math.sqrt(db / da);
        double root = Math.sqrt(Math.PI);
        double jump = interfaceBeta - interfaceAlpha;
        return RootFinder.bracketAndSolve(s -> jump * s - (interfaceAlpha - farAlpha) * g(-s) / root
                - r * (interfaceBeta - farBeta) * g(s / r) / root, -1, 1, 1e-14, 60);
    }

    /**
     * D(T), refusing a temperature so low that D underflows to 0: there the phases are frozen, r =
     * √(D_β/D_α) is 0/0 and the similarity solution is undefined. D = D0·exp(−Ea/kT) is positive
     * (≥ Double.MIN_VALUE) for T &gt; Ea/(k·ln(D0/Double.MIN_VALUE)).
     */
    private static double diffusivityAt(Arrhenius law, String symbol, double temperature) {
        double d = law.valueAt(temperature);
        if (!(d > 0)) {
            double lowest = law.activationEnergy() / (Constants.BOLTZMANN * Math.log(law.prefactor() / Double.MIN_VALUE));
            throw new IllegalArgumentException(String.format(Locale.ROOT, "temperature must be above about %.4g K for"
                    + " these diffusivities, was %s K: %s = %s underflows to 0 m²/s there (the phases are frozen and"
                    + " the similarity solution, which needs D_β/D_α, is undefined)", lowest, temperature, symbol, law));
        }
        return d;
    }

    /** exp(−z²)/erfc(z), finite for every z (asymptotic series where erfc underflows). */
    static double g(double z) {
        if (z < 20) {
            return Math.exp(-z * z) / Erf.erfc(z);
        }
        double w = 1 / (2 * z * z);
        // erfc(z) = exp(−z²)/(z√π)·(1 − w + 3w² − 15w³ + 105w⁴ …), truncation < 1e-10 relative at z = 20
        return z * Math.sqrt(Math.PI) / (1 - w + 3 * w * w - 15 * w * w * w + 105 * w * w * w * w);
    }

    /**
     * @param temperature T, K (&gt; 0)
     * @param time t, s (&ge; 0)
     * @return the interface position X = 2s√(D_α t), m (negative when β grows)
     */
    public double front(double temperature, double time) {
        Checks.nonNegative(time, "time", "s");
        return 2 * similarityConstant(temperature) * Math.sqrt(alphaDiffusivity.valueAt(temperature)) * Math.sqrt(time);
    }

    /**
     * The interface position after a schedule, X = 2s√(∫D_α dt).
     *
     * @param schedule T(t)
     * @return X, m
     * @throws IllegalArgumentException if the two phases have different activation energies (then
     *         D_β/D_α changes along the schedule and no similarity solution exists)
     */
    public double front(ThermalSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        double ea = alphaDiffusivity.activationEnergy();
        if (Math.abs(betaDiffusivity.activationEnergy() - ea) > 1e-12 * Math.max(ea, 1e-30)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the similarity solution over a schedule"
                    + " needs one activation energy for both phases; were %.4g and %.4g eV: integrate isothermal"
                    + " pieces or solve numerically", alphaDiffusivity.activationEnergyEV(),
                    betaDiffusivity.activationEnergyEV()));
        }
        return 2 * similarityConstant(schedule.maxTemperature())
                * Math.sqrt(schedule.integratedDiffusivity(alphaDiffusivity));
    }

    /**
     * @param temperature T, K (&gt; 0)
     * @param time t, s (&gt; 0)
     * @param x position, m; at x = X exactly the α-side value is returned
     * @return c(x, t), mol/m³
     */
    public double concentration(double temperature, double time, double x) {
        Checks.positive(time, "time", "s");
        Checks.finite(x, "x", "m");
        double s = similarityConstant(temperature);
        double da = diffusivityAt(alphaDiffusivity, "D_α", temperature);
        double db = diffusivityAt(betaDiffusivity, "D_β", temperature);
        double front = 2 * s * Math.sqrt(da) * Math.sqrt(time); // exactly as front(T, t) computes it
        double c = x <= front
                ? farAlpha + (interfaceAlpha - farAlpha) * Erf.erfc(-x / (2 * Math.sqrt(da * time))) / Erf.erfc(-s)
                : farBeta + (interfaceBeta - farBeta) * Erf.erfc(x / (2 * Math.sqrt(db * time)))
                        / Erf.erfc(s / Math.sqrt(db / da));
        return Checks.finite(c, "two-phase Stefan concentration", "mol/m³");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TwoPhaseStefan[D_α = %s, D_β = %s; α: %.4g → %.4g, β: %.4g → %.4g mol/m³]",
                alphaDiffusivity, betaDiffusivity, farAlpha, interfaceAlpha, interfaceBeta, farBeta);
    }
}
