package org.interphase.core;

/** Where a geometrically graded mesh puts its smallest cells. */
public enum Grading {
    /** Smallest cell at the start; cells grow toward the end. */
    START,
    /** Smallest cell at the end; cells grow toward the start. */
    END,
    /** Smallest cells at both ends; cells grow toward the middle. */
    BOTH
}
