package org.interphase.plots;

/** Where an inset sits inside the main plot area. */
public enum Corner {
    /** Top left of the plot area. */
    TOP_LEFT,
    /** Top right of the plot area. */
    TOP_RIGHT,
    /** Bottom right of the plot area. */
    BOTTOM_RIGHT,
    /** Bottom left of the plot area. */
    BOTTOM_LEFT
}
