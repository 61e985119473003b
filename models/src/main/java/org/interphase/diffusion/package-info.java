/**
 * Interdiffusion kinetics: the interphases that processing and cycling grow between an electrode
 * and a solid electrolyte, and the resistance they add.
 *
 * <p>Inputs: {@link org.interphase.diffusion.Diffusivity} (Arrhenius, D(c), Darken) and
 * {@link org.interphase.diffusion.ThermalSchedule} (ramps, holds, cools, cycles; ∫D dt and the
 * effective time). Closed forms: {@link org.interphase.diffusion.AnalyticDiffusion} (erfc couple,
 * semi-infinite solid, thin film, two media with a partition coefficient, penetration depths).
 * The numerical model: {@link org.interphase.diffusion.DiffusionProblem} (layered mesh, species,
 * boundaries, partition coefficients, reactions, schedule) solved by
 * {@link org.interphase.diffusion.DiffusionSolver} into a
 * {@link org.interphase.diffusion.DiffusionSolution}. Growth of a reaction layer over a schedule:
 * {@link org.interphase.diffusion.ParabolicGrowth}, {@link org.interphase.diffusion.LinearParabolicGrowth}
 * (Deal–Grove, barrier in series), {@link org.interphase.diffusion.StefanGrowth} (sharp interface),
 * {@link org.interphase.diffusion.OnsetGrowth}. Inverse analysis:
 * {@link org.interphase.diffusion.BoltzmannMatano}, {@link org.interphase.diffusion.ArrheniusFit}.
 * Output for the interface stack: {@link org.interphase.diffusion.Interphase}. With the materials
 * catalog: {@link org.interphase.diffusion.PairAnnealing}.
 *
 * <pre>{@code
 * ThermalSchedule anneal = ThermalSchedule.startingAt(Units.celsius(25))
 *         .rampTo(Units.celsius(700), 5.0 / 60).hold(Units.hours(1)).coolTo(Units.celsius(25), 5.0 / 60).build();
 * PairAnnealing lcoLlzo = PairAnnealing.of(Materials.LICOO2, Materials.LLZO, anneal);
 * System.out.println(lcoLlzo);                        // Co into LLZO: ∫D dt, 2√(∫D dt), depth at 1 %
 * }</pre>
 *
 * <p>Units are SI throughout: m, s, K, J, mol/m³, m²/s, S/m, Ω·m².
 */
package org.interphase.diffusion;
