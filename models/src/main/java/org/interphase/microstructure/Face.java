package org.interphase.microstructure;

/**
 * A face of the voxel box. By the library's convention an electrode's current collector is at
 * {@link #Z_LOW} and the separator at {@link #Z_HIGH}.
 */
public enum Face {
    /** x = 0. */
    X_LOW,
    /** x = nx − 1. */
    X_HIGH,
    /** y = 0. */
    Y_LOW,
    /** y = ny − 1. */
    Y_HIGH,
    /** z = 0 (the current collector of an electrode, by convention). */
    Z_LOW,
    /** z = nz − 1 (the separator of an electrode, by convention). */
    Z_HIGH;

    /** @return the axis normal to this face */
    public Axis axis() {
        return Axis.values()[ordinal() / 2];
    }

    /** @return true for the face at the largest coordinate */
    public boolean isHigh() {
        return (ordinal() & 1) == 1;
    }

    /** @return the face across the box */
    public Face opposite() {
        return values()[ordinal() ^ 1];
    }
}
