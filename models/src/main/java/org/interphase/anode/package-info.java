/**
 * The lithium-metal anode (issue 16): current focusing at contact-spot rims and void edges
 * ({@link org.interphase.anode.CurrentFocusingProblem} → {@link org.interphase.anode.CurrentFocusingSolver}
 * → {@link org.interphase.anode.CurrentFocusingSolution}) and interlayers. Minimal placeholder: the
 * coordinator writes the package's full description.
 */
package org.interphase.anode;
