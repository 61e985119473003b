package org.interphase.microstructure;

/**
 * How a generator places the spheres of one {@link SphereSet}.
 *
 * <ul>
 *   <li>{@link #OVERLAPPING}: centres uniform and independent (the Boolean model); spheres may overlap
 *       one another and everything placed before, but take only voxels no earlier set holds. Alone in a
 *       periodic box, n spheres per m³ of mean volume E[v] cover 1 − exp(−n·E[v]) of it
 *       (Torquato, <i>Random Heterogeneous Materials</i>, Springer 2002, ch. 3).</li>
 *   <li>{@link #RANDOM_SEQUENTIAL}: random sequential addition: a centre is drawn until the sphere
 *       (with its coating) overlaps no sphere placed before; jams near 0.38 for monodisperse spheres
 *       (0.384, Zhang &amp; Torquato, Phys. Rev. E 88, 053312 (2013)).</li>
 *   <li>{@link #DENSE}: collective rearrangement: all spheres of consecutive DENSE sets are placed at
 *       random, overlapping, then pushed apart pair by pair (each overlap removed along the line of
 *       centres, shared in inverse proportion to the spheres' volumes) sweep after sweep until no two
 *       overlap; spheres of earlier sets stay fixed. Reaches 0.60 for monodisperse spheres (random
 *       close packing is ≈ 0.64; the relaxation slows down as it is approached).</li>
 * </ul>
 */
public enum Placement {
    /** Independent uniform centres, overlaps allowed (Boolean model). */
    OVERLAPPING,
    /** Random sequential addition without overlaps (jams near 0.38 for equal spheres). */
    RANDOM_SEQUENTIAL,
    /** Random start and overlap relaxation (collective rearrangement) to dense packings, up to ≈ 0.60. */
    DENSE
}
