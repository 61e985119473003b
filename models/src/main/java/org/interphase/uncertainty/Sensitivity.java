package org.interphase.uncertainty;

import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * How strongly the output follows one input: Spearman's rank correlation coefficient ρ between the
 * input's sampled values and the outputs, in [−1, 1] — the Pearson correlation of their ranks (ties
 * get their mean rank). It measures monotone dependence, whatever the shape of the model, and does
 * not assume linearity; with independent inputs (as sampled here) ρ² approximates the share of the
 * output's rank variance the input explains. Helton, Davis, "Latin hypercube sampling and the
 * propagation of uncertainty in analyses of complex systems", Reliab. Eng. Syst. Saf. 81, 23 (2003),
 * section 6.4; Saltelli et al., Sensitivity Analysis in Practice (Wiley, 2004), ch. 1.
 *
 * @param input the input's name
 * @param coefficient Spearman's ρ, in [−1, 1]: +1 if the output rises with the input alone, −1 if it
 *     falls, 0 if the input has no monotone effect
 * @param rank 1 for the input the output follows most (largest |ρ|), then 2, …; ties keep the
 *     problem's order
 */
public record Sensitivity(String input, double coefficient, int rank) {

    /**
     * Validates the components.
     *
     * @param input the input's name (not blank)
     * @param coefficient ρ, in [−1, 1]
     * @param rank the rank (&ge; 1)
     * @throws IllegalArgumentException if a component is out of range
     * @throws NullPointerException if the name is null
     */
    public Sensitivity {
        Checks.nonBlank(input, "input name");
        Checks.inClosedRange(coefficient, -1, 1, "coefficient (Spearman rank correlation)", "");
        Checks.atLeast(rank, 1, "sensitivity rank");
    }

    /** @return e.g. {@code "1. LiNbO3 IONIC_CONDUCTIVITY: ρ = -0.98"} */
    @Override
    public String toString() {
        return rank + ". " + input + ": ρ = " + Display.number(coefficient, 2);
    }
}
