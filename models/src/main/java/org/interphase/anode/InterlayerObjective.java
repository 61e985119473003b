package org.interphase.anode;

/** What the interlayer-thickness optimizer improves. */
public enum InterlayerObjective {
    /** The smallest area-specific resistance of the unit cell (series layer against spreading). */
    RESISTANCE,
    /** The smallest peak current density entering the electrolyte over the nominal one. */
    ELECTROLYTE_AMPLIFICATION,
    /** The largest critical current density given by the problem's {@link InterlayerCriticalCurrent}. */
    CRITICAL_CURRENT
}
