/**
 * What every model family shares and nothing battery-specific: constants, units, meshes,
 * profiles, temperature laws, numerics, argument checks and errors.
 *
 * <p><b>Units.</b> Every {@code double} at the API is SI (m, s, K, J, V, S/m, Pa, Ω·m², mol/m³);
 * {@link org.interphase.core.Units} converts the units people type, both ways
 * ({@code Units.nm(5)}, {@code Units.celsius(700)}, {@code Units.toOhmCm2(asr)}), and
 * {@link org.interphase.core.Constants} holds CODATA 2018 values.
 *
 * <p><b>Temperature laws.</b> One sealed type, {@link org.interphase.core.TemperatureLaw}, is used by
 * the catalog, space-charge phases, diffusion and the stack alike: {@link org.interphase.core.Arrhenius}
 * q = q₀·exp(−E_a/k_BT); {@link org.interphase.core.VogelTammannFulcher} σ = A·T^(−½)·exp(−B/(T − T₀))
 * (Vogel 1921, Fulcher 1925, Tammann &amp; Hesse 1926; the T^(−½) form after Ratner &amp; Shriver 1988);
 * {@link org.interphase.core.TemperatureTable} (exact at its points, ln q linear in 1/T between them);
 * {@link org.interphase.core.SinglePoint} (one measured value, valid only at its temperature unless the
 * caller opts in to a constant). Each law has a validity window that {@code valueAt} enforces.
 *
 * <p><b>Space and fields.</b> {@link org.interphase.core.Mesh1D} (uniform, geometrically graded,
 * layered with nodes on every boundary) and {@link org.interphase.core.Profile} (a sampled field with
 * interpolation, trapezoid integral, extrema and CSV).
 *
 * <p><b>Numerics, once.</b> {@link org.interphase.core.Tridiagonal} and
 * {@link org.interphase.core.TridiagonalFactorization} (Thomas algorithm, O(n); its twisted form,
 * eliminating from both ends), {@link org.interphase.core.NewtonSolver} → {@link org.interphase.core.NewtonSolution}
 * for tridiagonal Jacobians (step limiting, backtracking),
 * {@link org.interphase.core.RootFinder} (Brent), {@link org.interphase.core.Minimizer} (scan + Brent),
 * {@link org.interphase.core.Quadrature} (adaptive Gauss–Legendre). Commons Math does the work where it
 * can; its exceptions never reach the caller.
 *
 * <p><b>Where results come from.</b> {@link org.interphase.core.Citation} (one work, BibTeX and
 * CSL-JSON) and {@link org.interphase.core.Provenance} (the citations of the catalog values a result
 * used and its assumptions, in a fixed order), which every family's results expose as
 * {@code citations()} and {@code assumptions()}.
 *
 * <p><b>Long runs.</b> {@link org.interphase.core.ProgressListener} (fraction done, monotone, ending
 * at 1), {@link org.interphase.core.CancellationToken} → {@link org.interphase.core.CancelledException},
 * {@link org.interphase.core.ProgressTracker} (the solver's side of both) and
 * {@link org.interphase.core.ProgressBar}, a one-line text bar written to a caller's {@code Appendable}.
 *
 * <p><b>Errors.</b> {@link org.interphase.core.Checks} builds every argument error: an
 * {@code IllegalArgumentException} naming the parameter, its value, its unit and the allowed range,
 * thrown before any work. A solver that fails throws {@link org.interphase.core.ConvergenceException}
 * with its iterations, last residual and a hint. No result holds NaN or ∞ from finite input.
 */
package org.interphase.core;
