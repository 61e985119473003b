package org.interphase.microstructure;

/**
 * A direction of the voxel grid. Voxel (x, y, z) has index {@code x + nx·(y + ny·z)}: x varies fastest,
 * the C order of a NumPy array of shape (nz, ny, nx).
 */
public enum Axis {
    /** The first index, fastest in memory. */
    X,
    /** The second index. */
    Y,
    /** The third index, slowest in memory; by convention the thickness direction of an electrode. */
    Z;

    /** @return the face where this coordinate is 0 */
    public Face low() {
        return Face.values()[2 * ordinal()];
    }

    /** @return the face where this coordinate is at its largest */
    public Face high() {
        return Face.values()[2 * ordinal() + 1];
    }
}
