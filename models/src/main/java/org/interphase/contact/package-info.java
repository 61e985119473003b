/**
 * Contact-area mechanics of solid/solid interfaces: how much of an electrode | electrolyte
 * interface actually touches, what resistance the partial contact adds, and how contact is lost as
 * cathode particles breathe and regained as lithium creeps.
 *
 * <ul>
 *   <li>Closed forms: {@link org.interphase.contact.ContactModulus}, {@link org.interphase.contact.Hertz},
 *       {@link org.interphase.contact.Westergaard}, {@link org.interphase.contact.GreenwoodWilliamson},
 *       {@link org.interphase.contact.Persson}.</li>
 *   <li>Rough surfaces: {@link org.interphase.contact.Surface}, {@link org.interphase.contact.SelfAffineGenerator},
 *       {@link org.interphase.contact.SurfaceStatistics}.</li>
 *   <li>FFT boundary elements: {@link org.interphase.contact.ContactSolver} (Polonsky–Keer constrained
 *       conjugate gradient) solving a {@link org.interphase.contact.ContactProblem} into a
 *       {@link org.interphase.contact.ContactSolution}.</li>
 *   <li>Constriction: {@link org.interphase.contact.Constriction}.</li>
 *   <li>Battery mechanics: {@link org.interphase.contact.StackPressureContact},
 *       {@link org.interphase.contact.MisfitSphere}, {@link org.interphase.contact.CathodeBreathing},
 *       {@link org.interphase.contact.LithiumCreep}, {@link org.interphase.contact.MonroeNewman}.</li>
 * </ul>
 *
 * <p>Sign convention throughout: pressures are compressive positive, in Pa; heights, gaps and
 * approaches in m; a "surface" is the combined roughness of both bodies mapped onto a rigid rough
 * body against an elastic flat of contact modulus E* (Johnson, <i>Contact Mechanics</i>, 1985).
 */
package org.interphase.contact;
