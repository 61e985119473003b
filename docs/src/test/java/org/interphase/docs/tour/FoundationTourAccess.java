package org.interphase.docs.tour;

/** Opens the package-private Debye length of {@link FoundationTour} to the docs tests. */
public final class FoundationTourAccess {
    private FoundationTourAccess() {}

    /** @see FoundationTour#debyeLength(double, double, double) */
    public static double debyeLength(double eps, double c, double t) {
        return FoundationTour.debyeLength(eps, c, t);
    }
}
