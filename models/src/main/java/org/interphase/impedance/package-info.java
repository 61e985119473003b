/**
 * Impedance spectra of solid/solid interfaces: what the resistances of an interface stack look
 * like in a measurement, and the three analyses that read them back.
 *
 * <h2>Values</h2>
 * <ul>
 * <li>{@link org.interphase.impedance.Spectrum}: frequencies f_i (Hz) with Z_i = Z'_i + jZ''_i, in
 * Ω or per unit area in Ω·m²; read and written as CSV by
 * {@link org.interphase.impedance.SpectrumCsv}, and from the instruments' own files (EC-Lab, Gamry,
 * ZView, Autolab, CH Instruments, VersaStudio, PowerSuite, CSV with units) by
 * {@link org.interphase.impedance.io.SpectrumFiles}; pre-processed by {@code crop},
 * {@code withoutPositiveImaginary}, {@code withoutInductiveTail}, {@code averageRepeats} and
 * {@code sortedDistinct}, each recorded in {@code warnings()}; a computed spectrum carries the
 * {@code provenance()} of its model.</li>
 * <li>{@link org.interphase.impedance.Circuit}: an equivalent circuit in the impedance.py grammar
 * ({@code "R0-p(R1,CPE1)"}) of the {@link org.interphase.impedance.ElementType} elements, and of
 * the user's {@link org.interphase.impedance.CustomElement}s registered in an
 * {@link org.interphase.impedance.ElementRegistry}; saved and loaded with its parameters as JSON by
 * {@link org.interphase.impedance.CircuitJson} ({@link org.interphase.impedance.SavedCircuit}).
 * {@link org.interphase.impedance.ConstantPhase}: τ, apex frequency and Brug's effective
 * capacitance of R‖CPE.</li>
 * <li>{@link org.interphase.impedance.Impedance}: anything with a Z(ω) — a circuit with bound
 * parameters, or a physical layer per unit area: {@link org.interphase.impedance.HomogeneousLayer}
 * (R = L/σ, C = ε0εr/L, apex at σ/(2π ε0 εr)), {@link org.interphase.impedance.GradedLayer}
 * (Z = ∫ dx/(σ(x) + jωε0εr(x))), {@link org.interphase.impedance.BrickLayer} (van Dijk &amp;
 * Burggraaf, <i>phys. stat. sol. (a)</i> 63 (1981) 229) and
 * {@link org.interphase.impedance.ChargeTransfer} (R_ct = RT/(zF i0), Bard &amp; Faulkner, 2nd ed.,
 * eq. 3.4.11).</li>
 * </ul>
 *
 * <h2>Problem → solver → solution</h2>
 * <table>
 * <caption>The analyses of a spectrum</caption>
 * <tr><th>problem</th><th>solver</th><th>solution</th><th>equation and reference</th></tr>
 * <tr><td>{@link org.interphase.impedance.CircuitFitProblem} (circuit, data, initial guess, fixed
 * parameters, bounds, complex or real- or imaginary-only)</td><td>{@link org.interphase.impedance.CircuitFitter}</td>
 * <td>{@link org.interphase.impedance.CircuitFitSolution}</td><td>complex nonlinear least squares,
 * min Σ|Z_model − Z_i|²/|Z_i|², by Levenberg–Marquardt (Boukamp, <i>Solid State Ionics</i> 20
 * (1986) 31)</td></tr>
 * <tr><td>{@link org.interphase.impedance.Spectrum}</td><td>{@link org.interphase.impedance.DrtSolver}</td>
 * <td>{@link org.interphase.impedance.DrtSolution} (with {@link org.interphase.impedance.DrtPeak}s,
 * {@link org.interphase.impedance.DrtGaussianPeak}s, a {@link org.interphase.impedance.DrtCredibleBand})</td>
 * <td>Z(ω) = R∞ [+ jωL] + ∫ γ(ln τ)/(1 + jωτ) d ln τ, γ on a grid or in radial basis functions
 * ({@link org.interphase.impedance.DrtBasis}), by Tikhonov regularization with γ ≥ 0, λ by
 * GCV, mGCV, RGCV, the L-curve or k-fold cross validation (Wan, Saccoccio, Chen &amp; Ciucci,
 * <i>Electrochim. Acta</i> 184 (2015) 483; Maradesa et al., <i>J. Electrochem. Soc.</i> 170
 * (2023) 030502)</td></tr>
 * <tr><td>{@link org.interphase.impedance.Spectrum}</td><td>{@link org.interphase.impedance.LinKKSolver}</td>
 * <td>{@link org.interphase.impedance.LinKKSolution}</td><td>linear Kramers–Kronig test,
 * Z = R0 + jωL + Σ R_k/(1 + jωτ_k), M chosen by μ = 1 − Σ|R_k&lt;0|/Σ|R_k≥0| (Schönleber, Klotz
 * &amp; Ivers-Tiffée, <i>Electrochim. Acta</i> 131 (2014) 20; Boukamp, <i>J. Electrochem. Soc.</i>
 * 142 (1995) 1885)</td></tr>
 * </table>
 *
 * <p>Every solver is immutable: {@code XSolver.withDefaults()}, settings by {@code withX(…)}
 * copies (its {@code toString} shows them), then {@code solve(problem)} as often as needed, from
 * any thread. Every solution returns its input by {@code problem()}, its misfit by
 * {@code residual()} and what the caller should know by {@code warnings()}.
 *
 * <pre>{@code
 * Spectrum data = SpectrumCsv.read(Path.of("cell.csv"));
 * LinKKSolution kk = LinKKSolver.withDefaults().solve(data);             // is the spectrum valid?
 * DrtSolution drt = DrtSolver.withDefaults().solve(data);                // how many processes, where?
 * CircuitFitSolution fit = CircuitFitter.withDefaults().withStarts(8)    // their resistances
 *         .solve(CircuitFitProblem.of(Circuit.parse("R0-p(R1,CPE1)-p(R2,CPE2)"), data,
 *                 10, 100, 1e-6, 0.9, 200, 1e-4, 0.8));
 * }</pre>
 *
 * <p>Units: SI at the API (Hz, rad/s, Ω or Ω·m², F or F/m², s); per-area spectra print in Ω·cm².
 */
package org.interphase.impedance;
