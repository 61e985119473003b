/**
 * The lithium-metal anode (issue 16): current focusing at contact-spot rims and void edges
 * ({@link org.interphase.anode.CurrentFocusingProblem} → {@link org.interphase.anode.CurrentFocusingSolver}
 * → {@link org.interphase.anode.CurrentFocusingSolution}), at the tip of a Li filament
 * ({@link org.interphase.anode.FlawTipProblem} → {@link org.interphase.anode.FlawTipSolver}
 * → {@link org.interphase.anode.FlawTipSolution}) and interlayers. Minimal placeholder: the
 * coordinator writes the package's full description.
 */
package org.interphase.anode;
