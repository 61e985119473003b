/**
 * The lithium-metal anode: voids on stripping, filaments on plating, interphases on lithium.
 *
 * <p>Minimal placeholder written by helper an1 so that the package builds; the coordinator merges the
 * helpers' versions. Stripping: {@link org.interphase.anode.StrippingProblem} →
 * {@link org.interphase.anode.StrippingSolver} → {@link org.interphase.anode.StrippingSolution}, with the
 * lithium supply (creep and vacancy diffusion) in {@link org.interphase.anode.LithiumSupply}.
 */
package org.interphase.anode;
