package org.interphase.anode;

/**
 * A critical current density of a cell with an interlayer, from the cell's current-focusing solution
 * (its problem holds the interlayer thickness): the hook through which a stripping or plating model
 * (for instance one that divides a flat-interface critical current by the electrolyte amplification)
 * enters {@link InterlayerThicknessOptimizer}.
 */
@FunctionalInterface
public interface InterlayerCriticalCurrent {

    /**
     * @param focusing the solved unit cell at one interlayer thickness
     * @return the critical current density, A/m² (finite, &gt; 0)
     */
    double criticalCurrentDensity(CurrentFocusingSolution focusing);
}
