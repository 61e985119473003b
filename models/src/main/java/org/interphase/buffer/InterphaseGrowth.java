package org.interphase.buffer;

/**
 * How thick an interphase grows behind a coating of thickness L in a time t. Used by
 * {@link GrowthSuppression}.
 */
public interface InterphaseGrowth {

    /**
     * @param coatingThickness L, m (&ge; 0)
     * @param time t, s (&ge; 0)
     * @return interphase thickness L_int, m
     */
    double thickness(double coatingThickness, double time);
}
