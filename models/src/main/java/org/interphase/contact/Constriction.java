package org.interphase.contact;

import java.util.Objects;
import org.interphase.core.Checks;

/**
 * Constriction (spreading) resistance of current forced through partial contact into a conductor of
 * conductivity σ (S/m), and the interface resistance of a partially touching interface.
 *
 * <ul>
 *   <li>Holm: one isopotential circular spot of radius a on a half-space, R = 1/(4σa) (Holm,
 *       <i>Electric Contacts</i>, 1967).</li>
 *   <li>Greenwood, Br. J. Appl. Phys. 17, 1621 (1966): n spots of radii a_i at distances s_ij,
 *       R = 1/(4σΣa_i) + (1/(2πσ))·Σ_{i≠j} a_i a_j / (s_ij (Σa)²).</li>
 *   <li>Spot lattice (flux tube): spots of radius a on a square lattice of pitch λ, each in a tube
 *       of equal area, b = λ/√π, ε = a/b: ASR = ψ(ε)·λ²/(4σa) with
 *       ψ(ε) = 1 − 1.40925ε + 0.29591ε³ + 0.05254ε⁵ + 0.02105ε⁷ + 0.01107ε⁹ (Cooper, Mikic &amp;
 *       Yovanovich, Int. J. Heat Mass Transfer 12, 279 (1969)).</li>
 *   <li>Barber, Proc. R. Soc. A 459, 53 (2003): for any elastic contact against a perfect conductor,
 *       the conductance per nominal area is 2σk/E*, k = dp̄/dα the incremental stiffness, so
 *       ASR = E* ÷ (2σk) — exact by the analogy E* ↔ 2σ, u ↔ φ, p ↔ j.</li>
 *   <li>{@link #conductance(ContactSolution, double)}: the same potential problem solved directly on a
 *       computed contact map with the boundary-element kernel (isopotential spots, zero current
 *       elsewhere).</li>
 * </ul>
 * Resistances of one side of the interface (one conductor, a perfectly conducting counter-body);
 * for two conductors add the resistances of both sides.
 */
public final class Constriction {

    private Constriction() {}

    /**
     * @param conductivity σ, S/m (&gt; 0)
     * @param radius spot radius a, m (&gt; 0)
     * @return Holm's constriction resistance 1/(4σa), Ω
     */
    public static double holm(double conductivity, double radius) {
        Checks.positive(conductivity, "conductivity", "S/m");
        Checks.positive(radius, "spot radius", "m");
        return 1.0 / (4 * conductivity * radius);
    }

    /**
     * Greenwood's resistance of a cluster of spots.
     *
     * @param conductivity σ, S/m
     * @param x spot centres, m
     * @param y spot centres, m
     * @param radii spot radii, m (&gt; 0)
     * @return R, Ω
     */
    public static double greenwood(double conductivity, double[] x, double[] y, double[] radii) {
        Checks.positive(conductivity, "conductivity", "S/m");
        Checks.allFinite(x, "x", "m");
        Checks.allFinite(y, "y", "m");
        Checks.allFinite(radii, "radii", "m");
        Checks.sameLength(x, "x", y, "y");
        Checks.sameLength(x, "x", radii, "radii");
        double sum = 0;
        for (double a : radii) {
            Checks.positive(a, "spot radius", "m");
            sum += a;
        }
        double cross = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                if (i != j) {
                    double s = Math.hypot(x[i] - x[j], y[i] - y[j]);
                    if (!(s > radii[i] + radii[j])) {
                        throw new IllegalArgumentException("spots " + i + " and " + j + " overlap (distance " + s + " m)");
                    }
                    cross += radii[i] * radii[j] / s;
                }
            }
        }
        return 1.0 / (4 * conductivity * sum) + cross / (2 * Math.PI * conductivity * sum * sum);
    }

    /**
     * Flux-tube factor ψ(ε) of an isopotential circular spot in a circular tube.
     *
     * @param epsilon a/b in [0, 0.8]
     * @return ψ, dimensionless (1 for an isolated spot)
     */
    public static double fluxTubeFactor(double epsilon) {
        Checks.inClosedRange(epsilon, 0.0, 0.8, "spot-to-tube radius ratio", "");
        double e2 = epsilon * epsilon;
        return 1 - 1.40925 * epsilon + epsilon * e2 * (0.29591 + e2 * (0.05254 + e2 * (0.02105 + e2 * 0.01107)));
    }

    /**
     * Area-specific constriction resistance of a square lattice of equal spots.
     *
     * @param conductivity σ, S/m (&gt; 0)
     * @param pitch spot pitch λ, m (&gt; 0)
     * @param radius spot radius a, m (&gt; 0), with a/b ≤ 0.8, b = λ/√π
     * @return ASR, Ω·m²
     * @throws IllegalArgumentException if an argument is out of range or the ASR exceeds the double range
     */
    public static double spotLatticeAsr(double conductivity, double pitch, double radius) {
        Checks.positive(conductivity, "conductivity", "S/m");
        Checks.positive(pitch, "spot pitch", "m");
        Checks.positive(radius, "spot radius", "m");
        // ε = a√π/λ ≤ 0.8, checked on a and λ themselves so that the message names them (λ/√π can underflow)
        double maxRadius = 0.8 * pitch / Math.sqrt(Math.PI);
        if (!(radius <= maxRadius)) {
            throw new IllegalArgumentException("spot radius must be <= 0.8·pitch/√π = " + maxRadius
                    + " m (spot-to-tube radius ratio ε ≤ 0.8, the range of the flux-tube fit), was radius = " + radius
                    + " m with pitch = " + pitch + " m");
        }
        double eps = radius / (pitch / Math.sqrt(Math.PI));
        // ψ·λ²/(4σa) as ψ·(λ/a)·λ/(4σ): λ/a ≥ √π/0.8 never underflows, and the product overflows only
        // when the true value does
        double asr = fluxTubeFactor(eps) * (pitch / radius) * (pitch / (4 * conductivity));
        return Format.result(asr, "spot-lattice constriction ASR", Format.arg("conductivity", conductivity, "S/m"),
                Format.arg("pitch", pitch, "m"), Format.arg("radius", radius, "m"));
    }

    /**
     * The same, from the contact fraction f = πa²/λ².
     *
     * @param conductivity σ, S/m (&gt; 0)
     * @param pitch λ, m (&gt; 0)
     * @param contactFraction f in (0, 0.64]: ε = √f ≤ 0.8
     * @return ASR, Ω·m²
     * @throws IllegalArgumentException if an argument is out of range or the ASR exceeds the double range
     */
    public static double spotLatticeAsrFromFraction(double conductivity, double pitch, double contactFraction) {
        Checks.positive(conductivity, "conductivity", "S/m");
        Checks.positive(pitch, "spot pitch", "m");
        Checks.inOpenRange(contactFraction, 0.0, 0.64 + 1e-12, "contact fraction", "");
        double radius = Math.min(pitch * Math.sqrt(contactFraction / Math.PI), 0.8 * pitch / Math.sqrt(Math.PI));
        if (!(radius > 0)) {
            throw new IllegalArgumentException("contact fraction " + contactFraction + " on a spot pitch of " + pitch
                    + " m gives a spot radius that underflows to 0 m; use a larger contact fraction or pitch");
        }
        return spotLatticeAsr(conductivity, pitch, radius);
    }

    /**
     * Barber's relation.
     *
     * @param contactModulus E*, Pa (&gt; 0)
     * @param conductivity σ, S/m (&gt; 0)
     * @param stiffness k = dp̄/dα, Pa/m (&gt; 0)
     * @return ASR = E* ÷ (2σk), Ω·m²
     * @throws IllegalArgumentException if an argument is out of range or the ASR exceeds the double range
     */
    public static double barberAsr(double contactModulus, double conductivity, double stiffness) {
        Checks.positive(contactModulus, "contact modulus", "Pa");
        Checks.positive(conductivity, "conductivity", "S/m");
        Checks.positive(stiffness, "stiffness", "Pa/m");
        // E*/(2σ)/k rather than E*/(2σk): the denominator alone may underflow to 0
        return Format.result(contactModulus / (2 * conductivity) / stiffness, "Barber constriction ASR E*/(2σk)",
                Format.arg("contactModulus", contactModulus, "Pa"), Format.arg("conductivity", conductivity, "S/m"),
                Format.arg("stiffness", stiffness, "Pa/m"));
    }

    /**
     * Direct numerical conductance of the contact map of a solution: unit potential on the contact
     * points, no current through the rest of the surface, the potential of the half-space (or of the
     * layer) from the boundary-element kernel with 2σ in place of E*; solved by conjugate gradients.
     *
     * @param solution a contact solution (its map and grid are used)
     * @param conductivity σ of the conductor, S/m
     * @return conductance per grid area, S/m² ({@code +∞} in full contact, 0 without contact)
     */
    public static double conductance(ContactSolution solution, double conductivity) {
        Objects.requireNonNull(solution, "solution");
        Checks.positive(conductivity, "conductivity", "S/m");
        boolean[] map = solution.contactMap();
        return conductance(map, solution.problem(), conductivity);
    }

    /**
     * Direct numerical conductance of an arbitrary contact map on the grid of a problem.
     *
     * <p>The conductance is proportional to σ (the potential problem is linear and σ only scales the
     * kernel), so it is solved for σ = 1 S/m and scaled: a very large or very small σ cannot overflow
     * or underflow the kernel, and a conductance beyond the double range is refused.
     *
     * @param map contact points, index ix·ny + iy (length nx·ny of the problem's grid)
     * @param problem supplies grid, boundary condition and (for a layer) the geometry
     * @param conductivity σ, S/m (&gt; 0)
     * @return conductance per grid area, S/m² ({@code +∞} in full contact on a periodic half-space, 0
     *     without contact)
     * @throws NullPointerException if {@code map} or {@code problem} is null
     * @throws IllegalArgumentException if σ is not finite and &gt; 0, the map does not match the grid, or the
     *     conductance exceeds the double range
     */
    public static double conductance(boolean[] map, ContactProblem problem, double conductivity) {
        Objects.requireNonNull(map, "map (contact map) must not be null");
        Objects.requireNonNull(problem, "problem (contact problem) must not be null");
        Checks.positive(conductivity, "conductivity", "S/m");
        if (map.length != problem.surface().nx() * problem.surface().ny()) {
            throw new IllegalArgumentException("map must hold one point per grid point, nx·ny = "
                    + problem.surface().nx() * problem.surface().ny() + ", had " + map.length);
        }
        int count = 0;
        for (boolean b : map) {
            count += b ? 1 : 0;
        }
        if (count == map.length && problem.boundary() == ContactProblem.Boundary.PERIODIC
                && !problem.hasLayer()) {
            return Double.POSITIVE_INFINITY;
        }
        double[] j = ContactSolver.restrictedSolve(problem.kernel(2.0), map, 1.0, 1e-10, 10 * map.length);
        if (j == null) {
            return 0.0;
        }
        double s = 0;
        for (double v : j) {
            s += v;
        }
        double perUnitConductivity = Format.finite(s / j.length, "conductance at σ = 1 S/m");
        return Format.result(conductivity * perUnitConductivity, "conductance per grid area",
                Format.arg("conductivity", conductivity, "S/m"));
    }

    /**
     * Interface resistance of a partially touching interface: charge transfer through the real
     * contact only, plus the constriction of the current into the spots.
     *
     * @param chargeTransferAsr R_ct of full contact, Ω·m² (&ge; 0)
     * @param contactFraction f in (0, 1]
     * @param constrictionAsr constriction ASR, Ω·m² (&ge; 0)
     * @return R_ct/f + R_constriction, Ω·m²
     * @throws IllegalArgumentException if an argument is out of range or the sum exceeds the double range
     */
    public static double interfaceAsr(double chargeTransferAsr, double contactFraction, double constrictionAsr) {
        Checks.nonNegative(chargeTransferAsr, "charge-transfer ASR", "Ω·m²");
        Checks.finite(contactFraction, "contact fraction", "");
        if (!(contactFraction > 0 && contactFraction <= 1)) {
            throw new IllegalArgumentException("contact fraction must be in (0, 1], was " + contactFraction);
        }
        Checks.nonNegative(constrictionAsr, "constriction ASR", "Ω·m²");
        return Format.result(chargeTransferAsr / contactFraction + constrictionAsr, "interface ASR R_ct/f + ASR_c",
                Format.arg("chargeTransferAsr", chargeTransferAsr, "Ω·m²"),
                Format.arg("contactFraction", contactFraction, ""), Format.arg("constrictionAsr", constrictionAsr, "Ω·m²"));
    }
}
