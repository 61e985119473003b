package org.interphase.uncertainty;

/** How {@link UncertaintySolver} draws the probabilities u ∈ (0, 1) that the inputs' quantile functions turn into values. */
public enum Sampling {
    /**
     * Plain Monte Carlo: every u independent and uniform. The error of a mean falls as n^(−½)
     * whatever the model.
     */
    MONTE_CARLO,
    /**
     * Latin hypercube (McKay, Beckman, Conover, Technometrics 21, 239, 1979): for each input the n
     * samples fall one in each of the n equal-probability strata [k/n, (k+1)/n), in an independent
     * random order per input, at a uniform position inside the stratum. Never worse than Monte Carlo
     * for the mean of a model monotone in each input, and much better when the model is close to
     * additive (Stein, Technometrics 29, 143, 1987).
     */
    LATIN_HYPERCUBE
}
