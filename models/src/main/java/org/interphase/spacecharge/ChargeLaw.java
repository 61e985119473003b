package org.interphase.spacecharge;

import java.util.OptionalDouble;

/**
 * The local charge density of a phase as a function of the electrostatic potential, for a phase in
 * equilibrium with its own bulk (constant electrochemical potential of every mobile species).
 *
 * <p>The argument of every method is the dimensionless potential measured from the bulk of the same
 * phase, ψ = e(φ − φ∞)/kT (not multiplied by a charge number): ψ &gt; 0 repels cations. A law is
 * electroneutral in the bulk, ρ(0) = 0, and physical: dρ/dψ &lt; 0, so that the Poisson–Boltzmann
 * problem d/dx(ε dφ/dx) = −ρ has a monotone, M-matrix Jacobian.
 *
 * <p><b>First integral.</b> Multiplying Poisson's equation by dφ/dx and integrating from the bulk
 * gives (ε/2)E² = kT·H(ψ) with
 * <pre>  H(ψ) = −(1/e) ∫₀^ψ ρ(s) ds  ≥ 0   (a number density, 1/m³)</pre>
 * so the field, the charge and the capacitance of a semi-infinite layer follow without a mesh
 * (see {@link SemiInfinite}). Every law gives H in closed form, computed in log space so that
 * |ψ| up to several hundred neither overflows nor loses relative precision near ψ = 0.
 *
 * <p><b>Conducting carrier.</b> The area-specific resistance of a layer is computed from the
 * concentration c(ψ) of one <em>conducting</em> species (Li⁺ for the batteries this library is
 * about) by Nernst–Einstein, σ(x)/σ∞ = c(x)/c∞, optionally times the blocking factor
 * (1 − θ(x))/(1 − θ∞) of a lattice gas. {@link #logCarrierRatio} and {@link #logVacancyRatio}
 * give both in log space.
 */
public sealed interface ChargeLaw permits Boltzmann, LatticeGas, SiteExclusion, Bikerman, Sublattices, SegregatedLaw {

    /**
     * @param psi ψ = e(φ − φ∞)/kT, dimensionless
     * @return the charge density ρ(ψ), C/m³ (mobile species plus the immobile background)
     */
    double chargeDensity(double psi);

    /**
     * @param psi ψ, dimensionless
     * @return dρ/dψ, C/m³ (≤ 0)
     */
    double chargeDensityDerivative(double psi);

    /**
     * The first integral H(ψ) = −(1/e)∫₀^ψ ρ(s) ds, so that (ε/2)E² = kT·H.
     *
     * @param psi ψ, dimensionless
     * @return H(ψ), 1/m³ (≥ 0, zero only at ψ = 0)
     */
    double firstIntegral(double psi);

    /**
     * The linear-response screening density S = −(1/e)·dρ/dψ at ψ = 0 (Σ z²c for dilute species,
     * z²Nθ∞(1 − θ∞) for a lattice gas), so that H ≈ Sψ²/2 for small ψ and the linear screening
     * length is √(εkT/(e²S)).
     *
     * @return S, 1/m³ (&gt; 0)
     */
    double screeningDensity();

    /** @return the charge number z of the conducting carrier (+1 for Li⁺) */
    int carrierCharge();

    /** @return the bulk concentration c∞ of the conducting carrier, 1/m³ */
    double bulkCarrierDensity();

    /**
     * @param psi ψ, dimensionless
     * @return ln(c(ψ)/c∞) of the conducting carrier
     */
    double logCarrierRatio(double psi);

    /**
     * The log of the free-site ratio ln((1 − θ(ψ))/(1 − θ∞)) of the carrier's sublattice, used as the
     * optional blocking factor of vacancy-mediated hopping; 0 for a dilute law.
     *
     * @param psi ψ, dimensionless
     * @return ln of the free-site ratio
     */
    double logVacancyRatio(double psi);

    /**
     * The density of sites of the conducting carrier, if the law knows it: a saturating law always
     * does; a dilute law only if one was given for the overflow check.
     *
     * @return N, 1/m³, or empty
     */
    OptionalDouble carrierSiteDensity();

    /**
     * @return true if the law cannot put more carriers on a site than there are sites (lattice gas,
     *     site exclusion, Bikerman); false for the dilute Boltzmann law
     */
    boolean saturates();

    /**
     * The log of the bulk activity of the conducting carrier on its sites, the configurational term
     * of its chemical potential μ = μ⁰ + kT·ln a: ln(θ∞/(1 − θ∞)) for a lattice gas, ln(c∞/N) for a
     * dilute law with a known site density, ln(θ∞/(α − Σθ∞)) for site exclusion, ln((ν/2)/(1 − ν)) for
     * Bikerman. Used to turn a step in the <em>standard</em> chemical potential into the step Δμ of
     * a {@link Junction} ({@link Junction#ofStandardStep}).
     *
     * @return ln a∞, dimensionless
     * @throws IllegalStateException for a dilute law without a site density
     */
    double bulkLogActivity();

    /**
     * ρ and dρ/dψ together, for solvers that need both at every node (a law may share work).
     *
     * @param psi ψ, dimensionless
     * @param out out[0] = ρ(ψ) in C/m³, out[1] = dρ/dψ in C/m³ (length ≥ 2)
     * @throws IllegalArgumentException if psi is not finite or out has fewer than 2 elements
     */
    default void evaluate(double psi, double[] out) {
        checkOut(out);
        out[0] = chargeDensity(psi);
        out[1] = chargeDensityDerivative(psi);
    }

    /**
     * @param psi ψ, dimensionless
     * @return c(ψ), 1/m³, of the conducting carrier
     */
    default double carrierDensity(double psi) {
        return LawChecks.result(bulkCarrierDensity() * Math.exp(logCarrierRatio(psi)), "carrier density c", "1/m³",
                psi, this);
    }

    /**
     * @param out the output array of {@link #evaluate}
     * @throws NullPointerException if out is null
     * @throws IllegalArgumentException if out has fewer than 2 elements
     */
    private static void checkOut(double[] out) {
        java.util.Objects.requireNonNull(out, "out");
        if (out.length < 2) {
            throw new IllegalArgumentException("out must have at least 2 elements (ρ and dρ/dψ), had " + out.length);
        }
    }

    /**
     * The local resistivity relative to the bulk, σ∞/σ(ψ), by Nernst–Einstein.
     *
     * @param psi ψ, dimensionless
     * @param blocking whether to include the (1 − θ) blocking factor (in bulk and layer alike)
     * @return ln(σ∞/σ(ψ))
     */
    default double logResistivityRatio(double psi, boolean blocking) {
        return -logCarrierRatio(psi) - (blocking ? logVacancyRatio(psi) : 0.0);
    }
}
