/**
 * Figures of Interphase results in one line, headless, as PNG, SVG or PDF, on XChart.
 *
 * <p>Entry point: {@link org.interphase.plots.Plots}, one static method per kind of result, each
 * returning an immutable {@link org.interphase.plots.Figure} that can be refined with {@code with…}
 * calls and written with {@code savePng}, {@code saveSvg}, {@code savePdf} or {@code save(folder, name)}:
 *
 * <ul>
 *   <li>{@link org.interphase.plots.Nyquist} — −Z'' against Z' of {@code impedance.Spectrum}s with
 *       <em>equal</em> axis scaling (measured on the laid-out chart, so an RC arc is a semicircle) and an
 *       optional zoom inset for a small arc;</li>
 *   <li>{@link org.interphase.plots.Bode} — |Z| and −θ against f;</li>
 *   <li>{@link org.interphase.plots.Plot} — any x–y figure: DRT γ(τ) with a credible band, profiles
 *       (concentration, potential against x), trade-off curves with their bounds marked;</li>
 *   <li>{@link org.interphase.plots.Bars} — a {@code stack.ResistanceBudget} by contribution;</li>
 *   <li>{@link org.interphase.plots.HeatMap} — contact pressure and gap maps, microstructure slices.</li>
 * </ul>
 *
 * <pre>{@code
 * Plots.nyquist(spectrum).savePng(Path.of("nyquist.png"));
 * }</pre>
 *
 * <p>Units: inputs are SI as the library returns them; figures show Ω·cm² for area-specific impedances
 * and resistances (1 Ω·m² = 10⁴ Ω·cm²), nm or µm for short lengths, MPa for pressures. Figures are
 * immutable and thread-safe; every rendering builds a new chart. Bad input is refused with an
 * {@code IllegalArgumentException} naming the parameter when the figure is specified, not when it is
 * drawn.
 */
package org.interphase.plots;
