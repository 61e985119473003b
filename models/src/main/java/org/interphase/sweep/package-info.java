/**
 * Sweeps: the same pure function over many parameter points, on this machine or, through the optional
 * {@code interphase-spark} artifact, on a cluster.
 *
 * <pre>
 *   Design (grid | list | Latin hypercube | Sobol over named Factors with units)
 *     + SweepFunction (DesignPoint → named outputs with units; SweepFunctions wraps the models)
 *     = SweepProblem  →  SweepRunner (threads)  →  SweepResult (one SweepRow per point: inputs,
 *                                                   outputs or error, seed, library version)
 * </pre>
 *
 * <p>A point is known by its id, 0 … n − 1, and is the same point on every machine and in every run: a
 * grid's point is computed from its id (mixed-radix digits), a sampled design stores its points, and
 * {@link org.interphase.sweep.DesignPoint#seed()} gives each point its own seed for anything random. Each
 * row is {@link org.interphase.sweep.SweepProblem#evaluate(long)} of its id, so the rows do not depend
 * on the thread count, the engine or the partitioning. A point that throws is recorded with its message;
 * the others go on.
 *
 * <p>The local {@link org.interphase.sweep.SweepRunner} follows the solver contract: {@code withThreads},
 * {@code withProgress} (points done / points, monotone, exactly 1 at the end), {@code withCancellation}
 * (no point starts after the token is cancelled; {@code solve} throws
 * {@link org.interphase.core.CancelledException}) and {@code withPointFailures} (which exceptions are a
 * point's own failure, an error row; by default every {@link RuntimeException}; any other propagates as
 * thrown). {@link org.interphase.stack.Screening} is a use of it: a sweep over candidate indices whose
 * point failures are a missing catalog value and a solver that did not converge.
 */
package org.interphase.sweep;
