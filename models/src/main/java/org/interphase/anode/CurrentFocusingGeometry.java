package org.interphase.anode;

/**
 * Which part of the Li face of an axisymmetric unit cell (radius b) touches: the rest is a void or
 * gap that carries no current.
 */
public enum CurrentFocusingGeometry {
    /** A circular contact spot r &lt; a; the annulus a &lt; r &lt; b is void (a contact-spot rim). */
    SPOT,
    /** A circular void r &lt; a; the annulus a &lt; r &lt; b touches (the edge of a void). */
    VOID
}
