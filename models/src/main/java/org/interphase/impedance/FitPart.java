package org.interphase.impedance;

/**
 * Which part of a spectrum a fit compares — one vocabulary for every fit of the package: circuit fits
 * ({@link CircuitFitProblem#withFitPart}), the DRT ({@link DrtSolver#withFitPart}) and Lin-KK
 * ({@link LinKKSolver#withFitPart}). Each says in its Javadoc how the quantities the chosen part cannot see
 * (a series resistance from Z'' alone, an inductance from Z' alone) are then found.
 */
public enum FitPart {
    /** Z' and Z'' (2 values per frequency): the usual complex fit (the default everywhere). */
    COMPLEX,
    /** Z' only (1 value per frequency). */
    REAL,
    /** Z'' only (1 value per frequency). */
    IMAGINARY;

    /** @return values compared per frequency: 2 for {@link #COMPLEX}, 1 otherwise */
    public int valuesPerFrequency() {
        return this == COMPLEX ? 2 : 1;
    }
}
