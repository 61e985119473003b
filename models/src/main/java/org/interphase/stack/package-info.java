/**
 * One electrode | electrolyte interface, every mechanism, one resistance budget.
 *
 * <pre>
 *   electrode | interlayer | interphase | coating | space-charge zone | electrolyte
 *               + charge transfer, + contact (fraction f and constriction)
 * </pre>
 * A lithium-metal anode is the same stack with lithium as the electrode (Li | interlayer | interphase |
 * electrolyte, with the contact stripping leaves); a {@link org.interphase.stack.CellStack} reads an
 * anode and a cathode together.
 *
 * <h2>Problem → solver → solution</h2>
 * <table>
 * <caption>The stack family</caption>
 * <tr><th>problem</th><th>solver</th><th>solution</th><th>equation</th></tr>
 * <tr><td>{@link org.interphase.stack.InterfaceStack} (layers, terms, charge transfer, contact; immutable,
 * {@code withX} copies)</td><td>{@link org.interphase.stack.StackSolver}</td>
 * <td>{@link org.interphase.stack.StackSolution}: the {@link org.interphase.stack.ResistanceBudget} and
 * {@code warnings()}</td>
 * <td>R_total = (Σ interfacial R_k)/f + R_constriction, every line an R‖C with R ≥ 0, C ≥ 0;
 * R_layer = L/σ(T), C_layer = ε0·εr/L; R_ct = R·T/(F·i0) (linearized Butler–Volmer, Bard &amp;
 * Faulkner, 2nd ed., eq. 3.4.11); Z(ω) = Σ R_k/(1 + jωR_kC_k)</td></tr>
 * <tr><td>a list of {@link org.interphase.stack.InterfaceStack}s</td><td>{@link org.interphase.stack.Screening}
 * (its evaluation a setting)</td><td>{@link org.interphase.stack.ScreeningSolution}: ranked rows, skipped
 * candidates with their reasons, {@code warnings()}</td><td>the same budget per candidate, ranked by
 * total</td></tr>
 * <tr><td>{@link org.interphase.stack.CellStack} (an anode and a cathode stack at one temperature)</td>
 * <td>{@link org.interphase.stack.StackSolver}</td><td>{@link org.interphase.stack.CellSolution}: both sides'
 * solutions, totals and shares, the joined budget and spectrum, {@code warnings()}</td>
 * <td>R_cell = R_anode + R_cathode; Z_cell(ω) = Z_anode(ω) + Z_cathode(ω)</td></tr>
 * </table>
 *
 * <h2>Values and terms</h2>
 * <ul>
 * <li>{@link org.interphase.stack.Layer}: an interlayer, interphase or coating, L/σ(T) with the material's catalog
 * temperature law (or an effective σ); {@link org.interphase.stack.Layer#assumeConstantConductivity()}
 * is an explicit assumption that the solution lists in its warnings.</li>
 * <li>{@link org.interphase.stack.StackTerm}: a pluggable line, e.g. the Poisson–Boltzmann space charge
 * of {@link org.interphase.stack.SpaceChargeTerms} (Maier, <i>Prog. Solid State Chem.</i> 23 (1995)
 * 171; Haruyama et al., <i>Chem. Mater.</i> 26 (2014) 4248) or the coating trade-off terms of
 * {@code org.interphase.buffer.CoatingTerms}. An accumulation layer lowers the line of its host,
 * (d/σ)·(1 + ℓ_R/d) with ℓ_R = ∫₀^d (σ∞/σ − 1)dx &gt; −d, and is never a negative line
 * ({@link org.interphase.stack.StackTerm.Effect}).</li>
 * <li>{@link org.interphase.stack.ContactState} and {@link org.interphase.stack.ContactStates}: the
 * contact fraction f and the constriction from {@code org.interphase.contact} (Persson, <i>J. Chem.
 * Phys.</i> 115 (2001) 3840; Barber, <i>Proc. R. Soc. A</i> 459 (2003) 53).</li>
 * </ul>
 *
 * <pre>{@code
 * InterfaceStack stack = InterfaceStack.between(Materials.LICOO2, Materials.LLZO)
 *         .coating(Materials.LINBO3, Units.nm(5)).exchangeCurrent(Units.mAPerCm2(1), Units.uFPerCm2(10)).build();
 * StackSolution s = StackSolver.withDefaults().solve(stack);
 * s.budget();      // the table in Ω·cm², shares, impedance
 * s.warnings();    // what the budget assumes
 * }</pre>
 *
 * <p>Units: SI at the API (m, K, S/m, Ω·m², F/m²); budgets print in Ω·cm².
 */
package org.interphase.stack;
