/**
 * Coatings and buffer layers: a coating removes one resistance and adds its own, so there is a best
 * thickness; this package finds it, for lumped trade-off models and for whole interface stacks.
 *
 * <h2>Problem → solver → solution</h2>
 * <table>
 * <caption>The buffer-layer family</caption>
 * <tr><th>problem</th><th>solver</th><th>solution</th><th>what is chosen</th></tr>
 * <tr><td>{@link org.interphase.buffer.BufferLayerProblem} (a stack with a coating, thickness window,
 * electron blocking, {@link org.interphase.buffer.DesignVariable}s)</td>
 * <td>{@link org.interphase.buffer.BufferLayerOptimizer}</td>
 * <td>{@link org.interphase.buffer.BufferLayerSolution} (its {@link org.interphase.buffer.ThicknessOptimum},
 * the stack's solution there, the curve)</td><td>coating thickness (grid scan + Brent), with
 * processing temperature/time, stack pressure, … (BOBYQA; Powell, Cambridge NA Report 2009/06)</td></tr>
 * <tr><td>{@link org.interphase.buffer.CoatingRankingProblem} (a stack, candidate materials, the same
 * rules)</td><td>{@link org.interphase.buffer.BufferLayerOptimizer}</td>
 * <td>{@link org.interphase.buffer.CoatingRankingSolution} (ranked and skipped candidates)</td>
 * <td>coating material, each candidate at its own optimum</td></tr>
 * <tr><td>{@link org.interphase.buffer.TradeOffFitProblem} (measured R(L) points)</td>
 * <td>{@link org.interphase.buffer.TradeOffFitter}</td><td>{@link org.interphase.buffer.TradeOffFitSolution}</td>
 * <td>M1's R0, λ, σ (and R_b) by Levenberg–Marquardt in ln R</td></tr>
 * </table>
 *
 * <h2>Trade-off models ({@link org.interphase.buffer.CoatingTradeOff}; research notes,
 * buffer-and-impedance.md §1.3)</h2>
 * <ul>
 * <li>M1 {@link org.interphase.buffer.ExponentialSuppression}: R(L) = R_b + R0·exp(−L/λ) + L/σ; interior
 * optimum L* = λ·ln(R0σ/λ) iff R0σ/λ &gt; 1; calibrated to Kato et al., <i>J. Power Sources</i> 260 (2014)
 * 292.</li>
 * <li>M2 {@link org.interphase.buffer.PinholeCoverage}: 1/R = (1 − θ)/R_unc + θ/(R_c0 + L/σ),
 * θ = 1 − exp(−L/L_c).</li>
 * <li>M3 {@link org.interphase.buffer.TunnellingBlocking}: the electron-blocking lower bound,
 * R_tun(L) = (2L/(3√(2m*Φ)))·(h/e)²·exp(4πL√(2m*Φ)/h) (Simmons, <i>J. Appl. Phys.</i> 34 (1963) 1793).</li>
 * <li>M4 {@link org.interphase.buffer.GrowthSuppression}: R(L) = R_b + L/σ + L_int(L, T(t))/σ_int, with
 * L_int from diffusion's growth laws through {@link org.interphase.buffer.GrowthBehindCoating}
 * (Deal &amp; Grove, <i>J. Appl. Phys.</i> 36 (1965) 3770).</li>
 * </ul>
 * Each closed-form model gives its {@link org.interphase.buffer.ThicknessOptimum} with
 * {@code optimum(maxThickness)}; {@link org.interphase.buffer.CoatingTerms} puts M1 and M4 into a stack.
 *
 * <pre>{@code
 * BufferLayerSolution s = BufferLayerOptimizer.withDefaults().solve(BufferLayerProblem.of(stack)
 *         .withThicknessWindow(0, Units.nm(20)).withElectronBlocking(new TunnellingBlocking(Units.eV(1), 1), 1e3));
 * s.optimum();     // L*, R_total(L*), R_total(0), interior?, why
 * s.warnings();    // e.g. the optimum sits at the electron-blocking bound
 * }</pre>
 *
 * <p>Units: SI at the API (m, Ω·m², S/m, J, K, s); results print in nm and Ω·cm².
 */
package org.interphase.buffer;
