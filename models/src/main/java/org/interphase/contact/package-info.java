/**
 * Contact-area mechanics of solid/solid interfaces: how much of an electrode | electrolyte
 * interface actually touches, what resistance the partial contact adds, and how contact is lost as
 * cathode particles breathe and regained as lithium creeps.
 *
 * <p><b>Problem → solver → solution.</b> A {@link org.interphase.contact.ContactProblem} (immutable: a
 * {@link org.interphase.contact.Surface}, the contact modulus E*, periodic or isolated, a load or an
 * approach, optionally a hardness or a bonded layer) is solved by a
 * {@link org.interphase.contact.ContactSolver} ({@code withDefaults()}, {@code withTolerance},
 * {@code withMaxIterations}, {@code withWarmStart} copies) into a
 * {@link org.interphase.contact.ContactSolution} (pressure and gap fields, contact fraction, patches,
 * stiffness; {@code problem()}, {@code iterations()}, {@code residual()}, {@code method()},
 * {@code warnings()}):
 * <pre>
 *   ContactSolution s = ContactSolver.withDefaults().solve(ContactProblem.periodic(surface, eStar)
 *           .withMeanPressure(Units.MPa(10)));
 * </pre>
 * The solver is the Polonsky–Keer constrained conjugate gradient (Polonsky &amp; Keer, Wear 231, 206
 * (1999)) on FFT convolutions: u = 𝒦p, g = h_max − h + u − α ≥ 0, p ≥ 0, p·g = 0, ⟨p⟩ = p̄.
 *
 * <p><b>Closed forms</b> (immutable value records or static functions of SI doubles):
 * <ul>
 *   <li>{@link org.interphase.contact.ContactModulus}: 1/E* = (1 − ν₁²)/E₁ + (1 − ν₂²)/E₂ (Johnson,
 *       <i>Contact Mechanics</i>, 1985, eq. 4.22).</li>
 *   <li>{@link org.interphase.contact.Hertz}: a = (3FR/(4E*))^(1/3), p0 = 2E*a/(πR), δ = a²/R (Johnson §4.2).</li>
 *   <li>{@link org.interphase.contact.Westergaard}: p* = πE*Δ/λ, A/A0 = (2/π)·arcsin √(p̄/p*) (Westergaard,
 *       J. Appl. Mech. 6, A49 (1939)).</li>
 *   <li>{@link org.interphase.contact.GreenwoodWilliamson}: summits as Hertz contacts (Proc. R. Soc. A 295,
 *       300 (1966)).</li>
 *   <li>{@link org.interphase.contact.Persson}: A/A0 = erf(√2·p̄/(E*·h'_rms)) (J. Chem. Phys. 115, 3840
 *       (2001)).</li>
 *   <li>{@link org.interphase.contact.Constriction}: Holm 1/(4σa), Greenwood (1966), the flux-tube spot
 *       lattice (Cooper, Mikic &amp; Yovanovich 1969), Barber's ASR = E* ÷ (2σk) (Proc. R. Soc. A 459, 53
 *       (2003)), and the direct conductance of a computed contact map.</li>
 * </ul>
 *
 * <p><b>Rough surfaces:</b> {@link org.interphase.contact.Surface} (height maps, CSV input),
 * {@link org.interphase.contact.SelfAffineGenerator} (self-affine random surfaces),
 * {@link org.interphase.contact.SurfaceStatistics} (h_rms, h'_rms, h''_rms from the spectrum; Jacobs,
 * Junge &amp; Pastewka, Surf. Topogr. Metrol. Prop. 5, 013001 (2017)).
 *
 * <p><b>Battery mechanics:</b> {@link org.interphase.contact.StackPressureContact} (contact and interface
 * ASR vs stack pressure), {@link org.interphase.contact.MisfitSphere} (Eshelby misfit of a breathing
 * particle), {@link org.interphase.contact.CathodeBreathing} (contact over state of charge and cycles),
 * {@link org.interphase.contact.LithiumCreep} (Li creeping into contact, after Zhang et al., Cell Rep.
 * Phys. Sci. 1, 100012 (2020)), {@link org.interphase.contact.MonroeNewman} (J. Electrochem. Soc. 152,
 * A396 (2005)).
 *
 * <p>Sign convention throughout: pressures are compressive positive, in Pa; heights, gaps and
 * approaches in m; a "surface" is the combined roughness of both bodies mapped onto a rigid rough
 * body against an elastic flat of contact modulus E* (Johnson, <i>Contact Mechanics</i>, 1985).
 * Bad input gets an IllegalArgumentException naming the parameter, its value, unit and range; "not
 * set" is an empty OptionalDouble; lists returned are Guava {@code ImmutableList}s.
 */
package org.interphase.contact;
