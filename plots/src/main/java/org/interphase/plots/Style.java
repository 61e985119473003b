package org.interphase.plots;

/** How a series of a {@link Plot} is drawn. */
public enum Style {
    /** A solid line through the points. */
    LINE,
    /** A dashed line, for a second curve that may lie on top of the first (an exact solution, a bound). */
    DASHED,
    /** Markers only, no line: measured or computed points. */
    MARKERS,
    /** A line with a marker at every point. */
    LINE_MARKERS
}
