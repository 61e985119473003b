package org.interphase.spacecharge;

/**
 * What a space-charge solver solves, whichever it is: a two-phase {@link Junction} (mesh-free,
 * {@link JunctionSolver}) or a {@link LayeredJunction} stack (finite volumes, {@link LayeredSolver}).
 * It is the type of {@link SpaceChargeSolution#problem()}, so that a solution of either kind names
 * its input; each solution narrows it to its own problem type.
 */
public sealed interface SpaceChargeProblem permits Junction, LayeredJunction {

    /** @return T, K */
    double temperature();
}
