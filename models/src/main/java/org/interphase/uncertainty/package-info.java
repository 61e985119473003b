/**
 * Uncertainty propagation: from the spreads of the inputs — the ranges and ± uncertainties the
 * catalog states for its values, or spreads a user gives — to an interval on any result a model
 * computes, with the inputs ranked by how much the result follows them.
 *
 * <p>Problem → solver → solution: {@link org.interphase.uncertainty.UncertaintyProblem} (named
 * {@link org.interphase.uncertainty.UncertainInput}s, each with a
 * {@link org.interphase.uncertainty.Distribution} — normal, log-normal, uniform, log-uniform — and a
 * pure model function from a {@link org.interphase.uncertainty.Sample} to one number) →
 * {@link org.interphase.uncertainty.UncertaintySolver} (Monte Carlo or Latin hypercube,
 * {@link org.interphase.uncertainty.Sampling}; seeded, parallel, the same bits for a seed whatever
 * the thread count; progress and cancellation) →
 * {@link org.interphase.uncertainty.UncertaintySolution} (outputs in sample order, mean, standard
 * deviation, percentiles, intervals, {@link org.interphase.uncertainty.Sensitivity} by Spearman's
 * rank correlation, and the provenance of the spreads).
 *
 * <p>Sampling: x = F⁻¹(u) for u ∈ (0, 1); Latin hypercube after McKay, Beckman, Conover,
 * Technometrics 21, 239 (1979). Sensitivity: Spearman's ρ, as in Helton, Davis, Reliab. Eng. Syst.
 * Saf. 81, 23 (2003). Percentiles: Hyndman, Fan, Am. Stat. 50, 361 (1996), definition 7.
 */
package org.interphase.uncertainty;
