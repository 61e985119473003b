/**
 * The lithium-metal anode against a solid electrolyte: voids on stripping, current focusing, filaments and
 * cracks on plating, interphases on lithium, and interlayers.
 *
 * <h2>Stripping</h2>
 * {@link org.interphase.anode.StrippingProblem} → {@link org.interphase.anode.StrippingSolver} →
 * {@link org.interphase.anode.StrippingSolution}. The lithium supply ({@link org.interphase.anode.LithiumSupply})
 * is power-law creep collapsing interfacial voids under stack pressure (dilute-void rate of Budiansky, Hutchinson
 * &amp; Slutsky 1982 with the catalog's Li creep law, LePage et al., J. Electrochem. Soc. 166, A89 (2019)) plus
 * vacancy diffusion to sinks; the creep stress around the voids is capped at the flow stress of lithium (Masias et
 * al., J. Mater. Sci. 54, 2585 (2019), 0.77 MPa at 25 °C; at other temperatures following the creep law, LePage et
 * al. 2019), which brings j_c at 3–7 MPa into the range Kasemchainan et al. (Nat. Mater.
 * 18, 1105 (2019)) measured. The solver gives the critical stripping current
 * j_c = (F/V_m)·[v_D + k(φ_c)·g(φ_c)] (or, with a {@link org.interphase.anode.StrippingProblem.Interlayer}, the lower
 * of that and the interlayer's diffusion limit F·D_Li·c_Li/t), the void fraction over strips and cycles (TR-BDF2,
 * second order), a lithium budget, and the interface resistance and {@code stack.ContactState} that follow.
 *
 * <h2>Current focusing</h2>
 * {@link org.interphase.anode.CurrentFocusingProblem} (a contact spot or void of radius a in an axisymmetric cell
 * of radius b; electrolyte σ and thickness L; linearised charge transfer R_ct with Wagner number J = a/(σR_ct); an
 * optional interlayer t, σ_i, R_i) → {@link org.interphase.anode.CurrentFocusingSolver} (finite volumes on a graded
 * grid, capacitance-matrix direct solve, second order) → {@link org.interphase.anode.CurrentFocusingSolution}
 * (j(r) on the contact and entering the electrolyte, amplification, η = R_ct·j, constriction resistance; checked
 * against Holm's 1/(4σa), Newman's (1966) I/(2πa√(a² − r²)) and its uniform limit). At the tip of a Li filament:
 * {@link org.interphase.anode.FlawTipProblem} (half-spheroid of radius a and depth c grown from the Li face) →
 * {@link org.interphase.anode.FlawTipSolver} (same capacitance solver, the filament as Dirichlet cells) →
 * {@link org.interphase.anode.FlawTipSolution} (tip current density and amplification; checked against the pole
 * field 1/N of a conducting spheroid in a uniform field — 3 for a hemisphere — first order in the grid).
 *
 * <h2>Plating</h2>
 * {@link org.interphase.anode.PlatingProblem} → {@link org.interphase.anode.PlatingSolver} →
 * {@link org.interphase.anode.PlatingSolution} and {@link org.interphase.anode.CurrentLimitMap}, with three
 * criteria: Monroe–Newman (J. Electrochem. Soc. 152, A396 (2005)); the Li-filled crack (Porz et al., Adv. Energy
 * Mater. 7, 1701003 (2017)), j = V_m·K_Ic/(F·Y·√(πc)·A·R_ct); and grain-boundary precipitation, j = η_n/R_gb, a
 * simplification of this library that follows the mechanism of Raj &amp;
 * Wolfenstine (J. Power Sources 343, 119 (2017)) but not their equations (not consulted); with a stripping problem, the critical stripping
 * current as a fourth. Two maps: current × flaw size at the reference temperature, and current × temperature at one
 * flaw size (R_ct and R_gb follow core {@code TemperatureLaw}s, the stripping limit Li creep and diffusion).
 *
 * <h2>Interphases and interlayers</h2>
 * {@link org.interphase.anode.LithiumInterphase} ({@link org.interphase.anode.InterphaseType} STABLE,
 * SELF_LIMITING, MIXED_CONDUCTING, on the diffusion package's growth laws) →
 * {@link org.interphase.anode.LithiumInterphaseSolver} → {@link org.interphase.anode.LithiumInterphaseSolution};
 * {@link org.interphase.anode.CarbonateLayer} for Li2CO3/LiOH on garnet; the SEI on Li6PS5Cl with the growth constant
 * of Aktekin et al., Nat. Commun. (2023) ({@code LithiumInterphase.argyroditeSei}). {@link org.interphase.anode.InterlayerSpreading}
 * (transmission-line spreading, λ = √(σ_i·t·R_v), Berger 1972) and
 * {@link org.interphase.anode.InterlayerThicknessProblem} → {@link org.interphase.anode.InterlayerThicknessOptimizer}
 * → {@link org.interphase.anode.InterlayerThicknessSolution} (least resistance or electrolyte amplification, or the
 * largest critical current through {@link org.interphase.anode.InterlayerCriticalCurrent}).
 * {@link org.interphase.anode.AlloyAnode}: a Li alloy electrode (Li–Mg) stripped at constant current, its
 * interface Li concentration falling by diffusion (the slab with constant flux in closed form, Sand's time in the
 * semi-infinite limit), the stripped capacity and the largest current for a given strip; {@code AlloyAnode.liMg}
 * is the Li0.9Mg0.1 anode of Krauskopf et al., Adv. Energy Mater. 9, 1902568 (2019), from the catalog.
 */
package org.interphase.anode;
