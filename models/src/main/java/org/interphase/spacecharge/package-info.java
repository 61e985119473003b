/**
 * Space-charge layers at solid | solid interfaces in equilibrium: the potential, charge,
 * capacitance and area-specific resistance of the layers that form where two phases exchange a
 * mobile carrier (Li⁺ at a cathode | sulfide electrolyte contact, oxygen vacancies at an oxide grain
 * boundary).
 *
 * <p><b>Equations.</b> Poisson's equation d/dx(ε dφ/dx) = −ρ(ψ), ψ = e(φ − φ∞)/kT, with every
 * mobile species in equilibrium with its own phase's bulk; a {@link org.interphase.spacecharge.ChargeLaw}
 * gives ρ(ψ) (dilute {@link org.interphase.spacecharge.Boltzmann}, {@link org.interphase.spacecharge.LatticeGas},
 * {@link org.interphase.spacecharge.SiteExclusion}, {@link org.interphase.spacecharge.Bikerman},
 * {@link org.interphase.spacecharge.Sublattices}) and its first integral H(ψ), so that a semi-infinite
 * layer is exact without a mesh: Q = −sign(ψ0)√(2εkT·H(ψ0)) (research note §2.8). Resistances by
 * Nernst–Einstein, σ/σ∞ = c/c∞. Closed forms: {@link org.interphase.spacecharge.GouyChapman},
 * {@link org.interphase.spacecharge.MottSchottky}, {@link org.interphase.spacecharge.ScreeningLengths},
 * {@link org.interphase.spacecharge.SemiInfinite}.
 *
 * <p><b>Problem → solver → solution.</b>
 * <ul>
 *   <li>{@link org.interphase.spacecharge.Junction} (two semi-infinite phases, a carrier step Δμ, an
 *       interface dipole and charge) → {@link org.interphase.spacecharge.JunctionSolver} (mesh-free: Brent
 *       on the charge balance) → {@link org.interphase.spacecharge.JunctionSolution};</li>
 *   <li>{@link org.interphase.spacecharge.LayeredJunction} (any stack: semi-infinite ends, finite layers
 *       with per-species segregation energies and fixed charge densities) →
 *       {@link org.interphase.spacecharge.LayeredSolver} (vertex-centred finite volumes, Newton with a
 *       tridiagonal Jacobian, exact Robin far-field ends) → {@link org.interphase.spacecharge.LayeredSolution}.</li>
 * </ul>
 * Both problems are {@link org.interphase.spacecharge.SpaceChargeProblem}s and both solutions
 * {@link org.interphase.spacecharge.SpaceChargeSolution}s: the problem solved ({@code problem()}), one
 * {@link org.interphase.spacecharge.PhaseLayer} per phase (drop, charge, differential and integral
 * capacitance, width, excess resistance), totals, diagnostics and warnings;
 * {@link org.interphase.spacecharge.Sweeps} tabulates them against a parameter
 * ({@link org.interphase.spacecharge.Sweep}).
 *
 * <p>References: Maier, Prog. Solid State Chem. 23, 171 (1995); Swift, Swift &amp; Qi, Nat. Comput.
 * Sci. 1, 212 (2021); Haruyama et al., Chem. Mater. 26, 4248 (2014); de Klerk &amp; Wagemaker,
 * ACS Appl. Energy Mater. 1, 5609 (2018); Dean et al., pyscses, J. Open Source Softw. 3, 1209 (2018).
 */
package org.interphase.spacecharge;
