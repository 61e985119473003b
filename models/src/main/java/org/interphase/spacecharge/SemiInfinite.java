package org.interphase.spacecharge;

import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.Profile;
import org.interphase.core.Quadrature;

/**
 * The exact, mesh-free space-charge layer of a semi-infinite phase (x ≥ 0) with any local
 * {@link ChargeLaw}, its interface held at φ0 relative to its bulk. From the first integral
 * (ε/2)E² = kT·H(ψ) (research note §2.8):
 * <pre>
 *   |dψ/dx| = g(ψ) = √(2e²H(ψ)/(εkT))                         1/m
 *   Q = −sign(ψ0)·√(2εkT·H(ψ0)),   E(0) = −Q/ε                 C/m², V/m
 *   C = |dQ/dφ0| = ε·|ρ(ψ0)| / |Q|                            F/m²   (→ ε/λ as ψ0 → 0)
 *   x(ψ) = ∫_ψ^{ψ0} ds / g(s)                                  m
 *   ℓ_R = ∫₀^∞ (σ∞/σ(x) − 1) dx = ∫ (σ∞/σ(s) − 1) ds / g(s)    m,   R = ℓ_R / σ∞
 * </pre>
 * Q, E and C are closed forms; x(ψ) and ℓ_R are one-dimensional integrals done by adaptive
 * Gauss–Legendre quadrature (core's {@link Quadrature}). x(ψ) is integrated in u = ln(ψ0/s), where the
 * integrand s/g(s) is bounded (it tends to the linear screening length λ as s → 0), so the
 * logarithmic tail costs nothing. The layer width is reported as ε/C, the thickness of the plate
 * capacitor with the same differential capacitance (= λ in the linear regime, the abrupt-depletion
 * width for Mott–Schottky depletion).
 *
 * <p>Immutable and thread-safe.
 */
public final class SemiInfinite {

    private static final double REL_TOL = 1e-10;
    /** Core's adaptive Gauss–Legendre quadrature, configured once (its rules are cached). */
    private static final Quadrature QUAD = Quadrature.withDefaults().withRelativeTolerance(REL_TOL).withMaxPanels(4000);
    /**
     * Below this |ψ| the layer is linear to double precision (the first neglected terms are O(ψ)
     * relative), and H(ψ) ≈ Sψ²/2 may underflow: displacement, profile and ℓ_R use the linear forms.
     */
    static final double LINEAR = 1e-30;
    /** ln of the largest resistivity ratio σ∞/σ whose quadrature stays finite (e^709 ≈ Double.MAX_VALUE). */
    static final double MAX_LOG_RATIO = 700;
    /**
     * |ψ| beyond which ℓ_R is integrated in ln ψ: there σ∞/σ can only be saturated (a depletion layer
     * is refused long before, at ln(σ∞/σ) = {@link #MAX_LOG_RATIO}), and the integrand is smooth in ln ψ.
     */
    static final double SPLIT = 1000;

    private final double relativePermittivity;
    private final ChargeLaw law;
    private final double temperature;
    private final double psi0;

    private SemiInfinite(double relativePermittivity, ChargeLaw law, double temperature, double psi0) {
        this.relativePermittivity = relativePermittivity;
        this.law = law;
        this.temperature = temperature;
        this.psi0 = psi0;
    }

    /**
     * @param relativePermittivity εr (&gt; 0)
     * @param law the charge law
     * @param temperature T, K (&gt; 0)
     * @param interfacePotential φ0 = φ(0) − φ∞, V
     * @return the layer
     */
    public static SemiInfinite of(double relativePermittivity, ChargeLaw law, double temperature,
            double interfacePotential) {
        Checks.finite(interfacePotential, "interface potential", "V");
        return reduced(relativePermittivity, law, temperature,
                interfacePotential / Constants.thermalVoltage(temperature));
    }

    /**
     * @param relativePermittivity εr (&gt; 0)
     * @param law the charge law
     * @param temperature T, K (&gt; 0)
     * @param reducedPotential ψ0 = eφ0/kT
     * @return the layer
     * @throws IllegalArgumentException if H(ψ0) or ρ(ψ0) is not finite (|zψ0| ≳ 709 for a dilute law)
     */
    static SemiInfinite reduced(double relativePermittivity, ChargeLaw law, double temperature,
            double reducedPotential) {
        Checks.positive(relativePermittivity, "relative permittivity", "");
        Objects.requireNonNull(law, "law");
        Checks.positive(temperature, "temperature", "K");
        Checks.finite(reducedPotential, "reduced interface potential", "");
        if (!LawChecks.finiteAt(law, reducedPotential)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "interfacePotential (the interface potential φ0) / (kT/e) at temperature = %s K must lie where the charge law %s "
                    + "stays finite (for a dilute law c∞·e^{|z·eφ0/kT|} must not overflow a double: |z·eφ0/kT| ≲ 709 − ln(c∞·m³)), was %s V (eφ0/kT = %.6g)", temperature, law,
                    reducedPotential * Constants.thermalVoltage(temperature), reducedPotential));
        }
        return new SemiInfinite(relativePermittivity, law, temperature, reducedPotential);
    }

    private double permittivity() {
        return Constants.VACUUM_PERMITTIVITY * relativePermittivity;
    }

    private double kT() {
        return Constants.BOLTZMANN * temperature;
    }

    /** @return the charge law */
    public ChargeLaw law() {
        return law;
    }

    /** @return εr */
    public double relativePermittivity() {
        return relativePermittivity;
    }

    /** @return T, K */
    public double temperature() {
        return temperature;
    }

    /** @return φ0 = φ(0) − φ∞, V */
    public double interfacePotential() {
        return psi0 * Constants.thermalVoltage(temperature);
    }

    /** @return ψ0 = eφ0/kT */
    public double reducedPotential() {
        return psi0;
    }

    /**
     * Signed ε·dφ/dx at the interface of a phase on x ≥ 0 (minus the charge of the layer), as a
     * function of ψ0; the Robin far-field condition of the layered solver uses the same function.
     *
     * @param law the law
     * @param permittivity ε, F/m
     * @param kT kT, J
     * @param psi ψ
     * @return √(2εkT·H(ψ))·sign(ψ), C/m²
     */
    static double displacement(ChargeLaw law, double permittivity, double kT, double psi) {
        if (Math.abs(psi) < LINEAR) {
            return psi * Math.sqrt(permittivity * kT * law.screeningDensity());
        }
        return Math.signum(psi) * Math.sqrt(2 * permittivity * kT * law.firstIntegral(psi));
    }

    /** @return the space charge of the layer per area Q = ∫₀^∞ ρ dx, C/m² */
    public double spaceCharge() {
        return Checks.finite(-displacement(law, permittivity(), kT(), psi0), "space charge", "C/m²");
    }

    /** @return the field at the interface E(0) = −dφ/dx, V/m */
    public double interfaceField() {
        return -spaceCharge() / permittivity();
    }

    /** @return the linear screening length √(εkT/(e²S)), m */
    public double screeningLength() {
        return ScreeningLengths.linear(relativePermittivity, temperature, law);
    }

    /** @return the differential capacitance |dQ/dφ0|, F/m² */
    public double capacitance() {
        if (Math.abs(psi0) < 1e-10) {
            return permittivity() / screeningLength();
        }
        return Checks.finite(permittivity() * Math.abs(law.chargeDensity(psi0)) / Math.abs(spaceCharge()),
                "capacitance", "F/m²");
    }

    /**
     * The integral capacitance C_i = |Q/φ0|, the charge stored per volt of drop; it equals the
     * differential {@link #capacitance()} only in linear response (for a Mott–Schottky depletion
     * layer C_i → 2C_d at large ψ0).
     *
     * @return |Q/φ0|, F/m² (ε/λ at φ0 = 0)
     */
    public double integralCapacitance() {
        if (psi0 == 0) {
            return permittivity() / screeningLength();
        }
        return Checks.finite(Math.abs(spaceCharge() / interfacePotential()), "integral capacitance", "F/m²");
    }

    /** @return the width ε/C of the layer (plate-capacitor equivalent), m */
    public double width() {
        return Checks.finite(permittivity() / capacitance(), "width", "m");
    }

    /**
     * The extent of the layer by a concentration criterion: the distance from the interface at which
     * the conducting carrier has relaxed to within {@code fraction} of its bulk value,
     * |c(x)/c∞ − 1| = fraction (e.g. 0.01 for "within 1 %"). Unlike {@link #width()} (ε/C, a
     * capacitance length), this is the distance a concentration profile visibly spans.
     *
     * @param fraction the relative deviation that counts as bulk, in (0, 1)
     * @return x, m (0 if the interface itself is already within the fraction)
     */
    public double extent(double fraction) {
        Checks.inOpenRange(fraction, 0, 1, "fraction", "");
        if (deviation(psi0) <= fraction) {
            return 0;
        }
        // |c/c∞ − 1| falls monotonically as |ψ| falls. The root is sought in u = ln(ψ0/ψ), as positions
        // are, so that a small fraction (a root ψ far below ψ0) is found to 1e-13 relative in ψ, not to
        // 1e-14·|ψ0| absolute, which loses a root of 1e-20 entirely.
        double uLinear = Math.abs(psi0) > LINEAR ? Math.log(Math.abs(psi0) / LINEAR) : 0;
        double atLinear = deviation(psi0 * Math.exp(-uLinear));
        if (atLinear <= fraction) {
            double u = org.interphase.core.RootFinder.brent(v -> deviation(psi0 * Math.exp(-v)) - fraction, 0, uLinear,
                    1e-13 * Math.max(1, uLinear));
            return Checks.finite(positionOfLog(u), "extent", "m");
        }
        // Below |ψ| = LINEAR the layer is linear to double precision: the deviation is proportional to ψ,
        // and ψ decays as e^{−x/λ}, so the rest is λ·ln(deviation there / fraction), with no root to find
        // (and none to lose to underflow: a fraction of 1e-300 lies some 690 λ out)
        double tail = screeningLength() * (Math.log(atLinear) - Math.log(fraction));
        return Checks.finiteResult(positionOfLog(uLinear) + tail, "extent (m)", "fraction = " + fraction, null);
    }

    /** |c/c∞ − 1| at ψ. */
    private double deviation(double psi) {
        return Math.abs(Math.expm1(law.logCarrierRatio(psi)));
    }

    /** @return the carrier concentration at the interface, 1/m³ */
    public double interfaceCarrierDensity() {
        return Checks.finite(law.carrierDensity(psi0), "interface carrier density", "1/m³");
    }

    /** g(s) = |dψ/dx| at ψ = s, 1/m. */
    private double slope(double s) {
        double e = Constants.ELEMENTARY_CHARGE;
        return Math.sqrt(2 * e * e * law.firstIntegral(s) / (permittivity() * kT()));
    }

    /** s/g(s), bounded, → λ as s → 0 (and λ to double precision for |s| below {@link #LINEAR}). */
    private double stretch(double s) {
        return Math.abs(s) < LINEAR ? screeningLength() : Math.abs(s) / slope(s);
    }

    /**
     * The distance from the interface at which the potential has fallen to φ.
     *
     * @param potential φ − φ∞, V, strictly between 0 and φ0 (or equal to φ0)
     * @return x, m
     */
    public double position(double potential) {
        double psi = potential / Constants.thermalVoltage(temperature);
        if (!(psi / psi0 > 0 && Math.abs(psi) <= Math.abs(psi0))) {
            throw new IllegalArgumentException("potential must lie in (0, " + interfacePotential() + "] V, was "
                    + potential + " V");
        }
        return positionOfLog(Math.log(psi0 / psi));
    }

    /**
     * The potential profile itself, φ(x) − φ∞ at a distance x from the interface: the inverse of
     * {@link #position}. With u = ln(ψ0/ψ), x(u) = ∫₀^u s/g(s) dv (s = ψ0e^{−v}) increases strictly,
     * so u is found by Brent on a bracket grown by doubling, to 1e-13 relative.
     *
     * @param x distance from the interface, m (≥ 0, finite)
     * @return φ(x) − φ∞, V (0 where it underflows a double, beyond ~745 decay lengths)
     */
    public double potentialAt(double x) {
        Checks.nonNegative(x, "x", "m");
        if (psi0 == 0 || x == 0) {
            return interfacePotential();
        }
        double hi = Math.max(1e-3, x / screeningLength());
        if (hi > 800 || positionOfLog(800) < x) {
            if (positionOfLog(800) < x) {
                return 0.0; // ψ0·e^{−800} underflows a double
            }
            hi = 800;
        }
        while (positionOfLog(hi) < x) {
            hi = Math.min(800, 2 * hi);
        }
        double u = org.interphase.core.RootFinder.brent(v -> positionOfLog(v) - x, 0, hi, 1e-13 * hi);
        return psi0 * Math.exp(-u) * Constants.thermalVoltage(temperature);
    }

    /** x at ψ = ψ0·e^{−u}. */
    private double positionOfLog(double u) {
        return QUAD.integrate(v -> stretch(psi0 * Math.exp(-v)), 0, u);
    }

    /**
     * The potential profile, sampled at ψ = ψ0·e^{−u} for u uniform from 0 to ln(1000), i.e. down to
     * a thousandth of the interface potential; denser where the potential changes fastest.
     *
     * @param points number of samples (2 … 1 000 000)
     * @return φ(x) − φ∞, x in m, φ in V
     */
    public Profile potentialProfile(int points) {
        double[][] xy = sample(points);
        double vt = Constants.thermalVoltage(temperature);
        double[] phi = new double[points];
        for (int i = 0; i < points; i++) {
            phi[i] = xy[1][i] * vt;
        }
        return Profile.of(xy[0], phi, "x", "m", "φ − φ∞", "V");
    }

    /**
     * The carrier concentration profile on the samples of {@link #potentialProfile(int)}.
     *
     * @param points number of samples (2 … 1 000 000)
     * @return c(x), x in m, c in 1/m³
     */
    public Profile carrierProfile(int points) {
        double[][] xy = sample(points);
        double[] c = new double[points];
        for (int i = 0; i < points; i++) {
            c[i] = law.carrierDensity(xy[1][i]);
        }
        return Profile.of(xy[0], c, "x", "m", "c", "1/m³");
    }

    /** The most samples a profile takes (each costs a quadrature; more would only exhaust memory). */
    static final int MAX_POINTS = 1_000_000;

    /**
     * @param points a requested number of samples
     * @return points, if in [2, {@value #MAX_POINTS}]
     */
    static int checkPoints(int points) {
        Checks.atLeast(points, 2, "points");
        if (points > MAX_POINTS) {
            throw new IllegalArgumentException("points must be <= " + MAX_POINTS + ", was " + points);
        }
        return points;
    }

    /** Samples {x, ψ}. */
    double[][] sample(int points) {
        checkPoints(points);
        double[] x = new double[points];
        double[] psi = new double[points];
        if (psi0 == 0) {
            double lambda = screeningLength();
            for (int i = 0; i < points; i++) {
                x[i] = 5 * lambda * i / (points - 1);
            }
            return new double[][] {x, psi};
        }
        double uEnd = Math.log(1000);
        psi[0] = psi0;
        for (int i = 1; i < points; i++) {
            double u0 = uEnd * (i - 1) / (points - 1);
            double u1 = uEnd * i / (points - 1);
            x[i] = x[i - 1] + QUAD.integrate(v -> stretch(psi0 * Math.exp(-v)), u0, u1);
            psi[i] = psi0 * Math.exp(-u1);
        }
        return new double[][] {x, psi};
    }

    /**
     * Samples {x, ψ} at the ψ of {@link #sample} (ψ0·e^{−u}, u uniform from 0 to ln 1000), with x(u)
     * by the composite Simpson rule on each interval instead of an adaptive quadrature: two
     * evaluations of s/g(s) per interval where the adaptive rule takes at least thirty. The
     * integrand is smooth in u and the intervals are short (Δu = ln 1000/(points − 1)), so x is
     * good to the error Δu⁵·max|f⁗|/2880 per interval — ample for the initial guess of the layered
     * solver, which interpolates between the samples anyway; not for results.
     *
     * @param points number of samples (2 … 1 000 000)
     * @return {x in m, ψ}
     */
    double[][] sampleCoarse(int points) {
        if (psi0 == 0) {
            return sample(points);
        }
        checkPoints(points);
        double[] x = new double[points];
        double[] psi = new double[points];
        double uEnd = Math.log(1000);
        psi[0] = psi0;
        double f0 = stretch(psi0);
        for (int i = 1; i < points; i++) {
            double u0 = uEnd * (i - 1) / (points - 1);
            double u1 = uEnd * i / (points - 1);
            double fm = stretch(psi0 * Math.exp(-0.5 * (u0 + u1)));
            psi[i] = psi0 * Math.exp(-u1);
            double f1 = stretch(psi[i]);
            x[i] = x[i - 1] + (u1 - u0) / 6 * (f0 + 4 * fm + f1);
            f0 = f1;
        }
        return new double[][] {x, psi};
    }

    /**
     * The excess resistance length ℓ_R = ∫₀^∞ (σ∞/σ(x) − 1) dx of the conducting carrier, with σ
     * from Nernst–Einstein (σ ∝ c, constant mobility).
     *
     * @param blocking include the (1 − θ) blocking factor, in bulk and layer alike
     * @return ℓ_R, m (negative for an accumulation layer, which conducts better than the bulk)
     */
    public double excessResistanceLength(boolean blocking) {
        if (psi0 == 0) {
            return 0;
        }
        if (Math.abs(psi0) < LINEAR) {
            // linear layer ψ = ψ0·e^{−x/λ}: ∫(σ∞/σ − 1)dx = λ·ln(σ∞/σ)(ψ0), exact to O(ψ0) relative
            return Checks.finite(screeningLength() * law.logResistivityRatio(psi0, blocking), "excess resistance length",
                    "m");
        }
        double peak = law.logResistivityRatio(psi0, blocking);
        if (!(peak < MAX_LOG_RATIO)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "interface potential must keep the layer's resistivity "
                    + "ratio σ∞/σ = e^%.4g below e^%.0f (a double overflows beyond), was %s V (eφ0/kT = %.6g); "
                    + "lower the potential step", peak, MAX_LOG_RATIO, interfacePotential(), psi0));
        }
        // ∫ (σ∞/σ − 1) ds/g(s) over s between 0 and ψ0. Up to |s| = SPLIT in s itself, where the
        // integrand's structure lies (near 0, and the steep rise of σ∞/σ toward a depleted interface);
        // beyond, in u = ln(ψ0/s) (ds/g = stretch·du), as positions are. In s alone a step of 1e9 kT/e
        // (a huge Δμ into a saturating lattice gas) spans 30 bisections before a panel is as narrow as
        // the structure near s = 0, and the quadrature gave up; in u alone the 20 first nodes miss the
        // rise near a depleted interface and the tolerance drawn from them is unreachable.
        double inner = Math.abs(psi0) > SPLIT ? Math.copySign(SPLIT, psi0) : psi0;
        double l = QUAD.integrate(s -> Math.expm1(law.logResistivityRatio(s, blocking)) / slope(s),
                Math.min(0, inner), Math.max(0, inner));
        if (inner != psi0) {
            l += QUAD.integrate(v -> {
                double s = psi0 * Math.exp(-v);
                return Math.expm1(law.logResistivityRatio(s, blocking)) * stretch(s);
            }, 0, Math.log(psi0 / inner));
        }
        return Checks.finite(l, "excess resistance length", "m");
    }

    /**
     * The area-specific resistance the layer adds in series, ℓ_R/σ∞.
     *
     * @param bulkConductivity σ∞ of the conducting carrier, S/m (&gt; 0)
     * @param blocking include the (1 − θ) blocking factor
     * @return R, Ω·m²
     */
    public double resistance(double bulkConductivity, boolean blocking) {
        Checks.positive(bulkConductivity, "bulk conductivity", "S/m");
        return excessResistanceLength(blocking) / bulkConductivity;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "SemiInfinite[%s, εr = %.4g, T = %.2f K, φ0 = %.4g V: Q = %.4g µC/cm², C = %.4g µF/cm², "
                + "width %.4g nm]", law, relativePermittivity, temperature, interfacePotential(), spaceCharge() * 100,
                capacitance() * 100, width() * 1e9);
    }
}
