/**
 * Interdiffusion kinetics: the interphases that processing and cycling grow between an electrode
 * and a solid electrolyte, and the resistance they add.
 *
 * <p><b>Problem → solver → solution.</b>
 * <ul>
 *   <li>{@link org.interphase.diffusion.DiffusionProblem} (layered mesh,
 *       {@link org.interphase.diffusion.DiffusingSpecies} with boundaries and partition coefficients,
 *       {@link org.interphase.diffusion.Reaction}s, a {@link org.interphase.diffusion.ThermalSchedule})
 *       → {@link org.interphase.diffusion.DiffusionSolver} (finite volumes; backward Euler,
 *       Crank–Nicolson with Rannacher's start, or TR-BDF2; adaptive step doubling)
 *       → {@link org.interphase.diffusion.DiffusionSolution} (profiles, amounts, steps, Picard
 *       iterations, scheme, warnings). It solves ∂c_i/∂t = ∂/∂x(D_i(T, c)·∂c_i/∂x) + r_i.</li>
 *   <li>{@link org.interphase.diffusion.BoltzmannMatanoProblem} (a measured couple profile and its
 *       anneal time) → {@link org.interphase.diffusion.BoltzmannMatanoSolver}
 *       → {@link org.interphase.diffusion.BoltzmannMatanoSolution}: D(c*) = −(1/2t)(dx/dc)∫(x − x_M)dc
 *       (Matano, Jpn. J. Phys. 8 (1933) 109).</li>
 *   <li>{@link org.interphase.diffusion.ArrheniusFitProblem} (rates at temperatures, or layer
 *       thicknesses after schedules) → {@link org.interphase.diffusion.ArrheniusFitter}
 *       (Levenberg–Marquardt) → {@link org.interphase.diffusion.ArrheniusFitSolution}:
 *       q = A·exp(−Ea/k_B T) with standard errors.</li>
 * </ul>
 *
 * <p><b>Inputs and closed forms.</b> {@link org.interphase.diffusion.Diffusivity} (Arrhenius, D(c),
 * Darken) and {@link org.interphase.diffusion.ThermalSchedule} (ramps, holds, cools, cycles;
 * Λ = ∫D dt and the effective time). {@link org.interphase.diffusion.AnalyticDiffusion}: erfc couple,
 * semi-infinite solid, thin film, two media with a partition coefficient, penetration depths
 * (Crank, The Mathematics of Diffusion, 1975). {@link org.interphase.diffusion.TwoPhaseStefan}:
 * Neumann's two-phase similarity solution.
 *
 * <p><b>Growth of a reaction layer</b> ({@link org.interphase.diffusion.GrowthLaw}, over a schedule
 * or at one temperature): {@link org.interphase.diffusion.ParabolicGrowth} (x² = x0² + 2∫k_p dt),
 * {@link org.interphase.diffusion.LinearParabolicGrowth} (Deal–Grove, x² + A·x = B(t + τ), with a
 * barrier in series; Deal &amp; Grove, J. Appl. Phys. 36 (1965) 3770),
 * {@link org.interphase.diffusion.StefanGrowth} (sharp interface, X = 2λ√Λ; its
 * {@code solve(schedule, cells, steps)} is the front-fixing numerical solution),
 * {@link org.interphase.diffusion.OnsetGrowth}; behind a coating of variable thickness,
 * {@link org.interphase.diffusion.CoatedGrowth}. Output for the interface stack:
 * {@link org.interphase.diffusion.Interphase}. With the materials catalog:
 * {@link org.interphase.diffusion.PairAnnealing}.
 *
 * <pre>{@code
 * ThermalSchedule anneal = ThermalSchedule.startingAt(Units.celsius(25))
 *         .rampTo(Units.celsius(700), 5.0 / 60).hold(Units.hours(1)).coolTo(Units.celsius(25), 5.0 / 60).build();
 * PairAnnealing lcoLlzo = PairAnnealing.of(Materials.LICOO2, Materials.LLZO, anneal);
 * System.out.println(lcoLlzo);                        // Co into LLZO: ∫D dt, 2√(∫D dt), depth at 1 %
 * DiffusionSolution s = DiffusionSolver.withDefaults().withTolerance(1e-6).solve(problem);
 * s.problem(); s.acceptedSteps(); s.iterations(); s.warnings();
 * }</pre>
 *
 * <p>Units are SI throughout: m, s, K, J, mol/m³, m²/s, S/m, Ω·m². Every toString formats numbers
 * with {@code Locale.ROOT}.
 */
package org.interphase.diffusion;
