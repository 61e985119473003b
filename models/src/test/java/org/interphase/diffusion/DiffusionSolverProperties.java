package org.interphase.diffusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.interphase.core.Arrhenius;
import org.interphase.core.Mesh1D;

/** Physical invariants of the finite-volume solver on random closed multi-layer problems. */
class DiffusionSolverProperties {

    private static final double LAYER = 1e-7; // m

    private static Mesh1D mesh(int layers, int cells) {
        Mesh1D.Builder b = Mesh1D.builder(0);
        for (int l = 0; l < layers; l++) {
            b.uniform(LAYER * (1 + 0.5 * l), cells + 3 * l);
        }
        return b.build();
    }

    private static Diffusivity[] diffusivities(List<Double> log10D, int layers, boolean concentrationDependent) {
        Diffusivity[] d = new Diffusivity[layers];
        for (int l = 0; l < layers; l++) {
            double value = Math.pow(10, log10D.get(l));
            d[l] = concentrationDependent
                    ? Diffusivity.scaled(Arrhenius.of(value, 0), c -> Math.exp(2 * c / 1000))
                    : Diffusivity.constant(value);
        }
        return d;
    }

    @Property(tries = 80)
    void closedSystemsConserveEveryAmountToRoundOff(
            @ForAll @IntRange(min = 1, max = 3) int layers,
            @ForAll @IntRange(min = 4, max = 40) int cells,
            @ForAll @Size(3) List<@DoubleRange(min = -18, max = -15) Double> log10D,
            @ForAll @Size(2) List<@DoubleRange(min = -1, max = 1) Double> log10K,
            @ForAll @Size(3) List<@DoubleRange(min = 0, max = 1000) Double> c0,
            @ForAll @DoubleRange(min = -1, max = 3) double log10StepRatio,
            @ForAll TimeScheme scheme,
            @ForAll boolean concentrationDependent) {
        // 20 steps of D·h/Δx² from 0.1 to 1000 times the explicit limit: the round-off of a Thomas
        // solve grows with that ratio (backward error ~ eps·|A|), so this is the range of the claim
        double dMax = 0;
        for (int l = 0; l < layers; l++) {
            dMax = Math.max(dMax, Math.pow(10, log10D.get(l)) * (concentrationDependent ? Math.exp(2) : 1));
        }
        double dx = mesh(layers, cells).minCellWidth();
        double duration = 20 * Math.pow(10, log10StepRatio) * dx * dx / dMax;
        double[] partition = new double[layers - 1];
        for (int j = 0; j < partition.length; j++) {
            partition[j] = Math.pow(10, log10K.get(j));
        }
        double[] initial = new double[layers];
        double expected = 0;
        for (int l = 0; l < layers; l++) {
            initial[l] = c0.get(l);
            expected += LAYER * (1 + 0.5 * l) * initial[l];
        }
        DiffusingSpecies s = DiffusingSpecies.named("A").diffusivity(diffusivities(log10D, layers, concentrationDependent))
                .initialPerLayer(initial).partition(partition).build();
        DiffusionProblem p = DiffusionProblem.builder(mesh(layers, cells)).species(s).isothermal(1000, duration)
                .outputTimes(duration / 2).build();
        // fixed large steps for linear problems; D(c) needs adaptive steps with CN and TR-BDF2
        DiffusionSolver solver = DiffusionSolver.withDefaults().withScheme(scheme).withResolutionLimit(1.0);
        if (!concentrationDependent || scheme == TimeScheme.BACKWARD_EULER) {
            solver = solver.withFixedStep(duration / 20);
        }
        DiffusionSolution sol = solver.solve(p);
        for (int k = 0; k < 2; k++) {
            assertThat(Math.abs(sol.amount("A", k) - expected)).isLessThanOrEqualTo(1e-12 * Math.max(expected, 1e-300));
        }
    }

    @Property(tries = 50)
    void reactingMixturesWithAnInwardFluxConserveEveryElement(
            @ForAll @IntRange(min = 1, max = 3) int layers,
            @ForAll @IntRange(min = 4, max = 30) int cells,
            @ForAll @Size(3) List<@DoubleRange(min = -18, max = -16) Double> log10D,
            @ForAll @Size(3) List<@DoubleRange(min = 0, max = 1000) Double> c0,
            @ForAll @DoubleRange(min = -9, max = -5) double log10Rate,
            @ForAll @DoubleRange(min = -9, max = -6) double log10Flux,
            @ForAll @DoubleRange(min = 10, max = 1000) double duration,
            @ForAll TimeScheme scheme) {
        // A (fed through the left face at J) + B → P, and X → ∅ elsewhere: A + P gains exactly J·t,
        // B + P is closed; three species and two reactions coupled through the Picard iteration
        double[] initialA = new double[layers];
        double[] initialB = new double[layers];
        double amountA = 0;
        double amountB = 0;
        for (int l = 0; l < layers; l++) {
            initialA[l] = c0.get(l);
            initialB[l] = c0.get((l + 1) % 3);
            amountA += LAYER * (1 + 0.5 * l) * initialA[l];
            amountB += LAYER * (1 + 0.5 * l) * initialB[l];
        }
        double flux = Math.pow(10, log10Flux);
        Diffusivity[] d = diffusivities(log10D, layers, false);
        DiffusionProblem p = DiffusionProblem.builder(mesh(layers, cells))
                .species(DiffusingSpecies.named("A").diffusivity(d).initialPerLayer(initialA).left(Boundary.flux(flux)).build())
                .species(DiffusingSpecies.named("B").diffusivity(d).initialPerLayer(initialB).build())
                .species(DiffusingSpecies.named("P").diffusivity(d).initialPerLayer(new double[layers]).build())
                .species(DiffusingSpecies.named("X").diffusivity(d).initialPerLayer(initialB).build())
                .reaction(Reaction.bimolecular("A", "B", "P", Arrhenius.of(Math.pow(10, log10Rate), 0)))
                .reaction(Reaction.firstOrder("X", null, Arrhenius.of(1e-3, 0)))
                .isothermal(1000, duration).outputTimes(duration / 3, duration).build();
        DiffusionSolution sol = DiffusionSolver.withDefaults().withScheme(scheme).withTolerance(1e-6).withResolutionLimit(1.0)
                .solve(p);
        for (int k = 0; k < 2; k++) {
            double t = sol.times()[k];
            double expectedA = amountA + flux * t;
            assertThat(Math.abs(sol.amount("A", k) + sol.amount("P", k) - expectedA)).as("A + P at %s s", t)
                    .isLessThanOrEqualTo(1e-12 * expectedA);
            assertThat(Math.abs(sol.amount("B", k) + sol.amount("P", k) - amountB)).as("B + P at %s s", t)
                    .isLessThanOrEqualTo(1e-12 * Math.max(amountB, 1e-300));
        }
    }

    @Property(tries = 60)
    void backwardEulerKeepsConcentrationsNonNegative(
            @ForAll @IntRange(min = 1, max = 3) int layers,
            @ForAll @IntRange(min = 4, max = 40) int cells,
            @ForAll @Size(3) List<@DoubleRange(min = -18, max = -14) Double> log10D,
            @ForAll @Size(2) List<@DoubleRange(min = -2, max = 2) Double> log10K,
            @ForAll @Size(3) List<@DoubleRange(min = 0, max = 1000) Double> c0,
            @ForAll @DoubleRange(min = 1, max = 1e4) double duration,
            @ForAll boolean concentrationDependent) {
        double[] partition = new double[layers - 1];
        for (int j = 0; j < partition.length; j++) {
            partition[j] = Math.pow(10, log10K.get(j));
        }
        double[] initial = new double[layers];
        for (int l = 0; l < layers; l++) {
            initial[l] = l % 2 == 0 ? c0.get(l) : 0.0; // sharp steps: the hardest case for positivity
        }
        DiffusingSpecies s = DiffusingSpecies.named("A").diffusivity(diffusivities(log10D, layers, concentrationDependent))
                .initialPerLayer(initial).partition(partition).right(Boundary.fixed(0)).build();
        DiffusionProblem p = DiffusionProblem.builder(mesh(layers, cells)).species(s).isothermal(1000, duration).build();
        DiffusionSolution sol = DiffusionSolver.withDefaults().withScheme(TimeScheme.BACKWARD_EULER).withFixedStep(duration / 7).withResolutionLimit(1.0).solve(p);
        double scale = 1000;
        for (double c : sol.nodalValues("A", 0)) {
            assertThat(c).isGreaterThanOrEqualTo(-1e-12 * scale);
        }
    }

    @Property(tries = 60)
    void adaptiveSecondOrderSchemesKeepUndershootsWithinTheirTolerance(
            @ForAll @IntRange(min = 1, max = 3) int layers,
            @ForAll @IntRange(min = 4, max = 40) int cells,
            @ForAll @Size(3) List<@DoubleRange(min = -18, max = -14) Double> log10D,
            @ForAll @Size(2) List<@DoubleRange(min = -2, max = 2) Double> log10K,
            @ForAll @Size(3) List<@DoubleRange(min = 0, max = 1000) Double> c0,
            @ForAll @DoubleRange(min = 1, max = 1e4) double duration,
            @ForAll @DoubleRange(min = -6, max = -3) double log10Tolerance,
            @ForAll boolean crankNicolson) {
        // Crank–Nicolson and TR-BDF2 are not positivity preserving (see DiffusionSolution): with fixed
        // steps far beyond the explicit limit they undershoot by a fraction of the jump. With adaptive
        // steps the undershoot is a local error, so it stays within tolerance × scale.
        double[] partition = new double[layers - 1];
        for (int j = 0; j < partition.length; j++) {
            partition[j] = Math.pow(10, log10K.get(j));
        }
        double[] initial = new double[layers];
        for (int l = 0; l < layers; l++) {
            initial[l] = l % 2 == 0 ? c0.get(l) : 0.0;
        }
        DiffusingSpecies s = DiffusingSpecies.named("A").diffusivity(diffusivities(log10D, layers, false))
                .initialPerLayer(initial).partition(partition).right(Boundary.fixed(0)).build();
        DiffusionProblem p = DiffusionProblem.builder(mesh(layers, cells)).species(s).isothermal(1000, duration).build();
        double tolerance = Math.pow(10, log10Tolerance);
        DiffusionSolution sol = DiffusionSolver.withDefaults().withScheme(crankNicolson ? TimeScheme.CRANK_NICOLSON
                : TimeScheme.TR_BDF2).withTolerance(tolerance).withResolutionLimit(1.0).solve(p);
        double scale = 0; // the tolerance's scale: the largest c
        for (int l = 0; l < layers; l++) {
            scale = Math.max(scale, initial[l]);
        }
        double min = 0;
        for (double c : sol.nodalValues("A", 0)) {
            min = Math.min(min, c);
        }
        // measured: no negative value at all in 60 tries; the claim is one tolerance of the scale
        assertThat(min).isGreaterThanOrEqualTo(-tolerance * scale);
    }

    @Property(tries = 60)
    void aSymmetricCoupleStaysAntisymmetric(
            @ForAll @IntRange(min = 5, max = 60) int halfCells,
            @ForAll @DoubleRange(min = -18, max = -15) double log10D,
            @ForAll @DoubleRange(min = 0, max = 2000) double cLeft,
            @ForAll @DoubleRange(min = 0, max = 2000) double cRight,
            @ForAll @DoubleRange(min = 0, max = 3) double nonlinearity,
            @ForAll TimeScheme scheme) {
        // D symmetric about the mid composition, so the couple is antisymmetric about x = 0
        double mid = 0.5 * (cLeft + cRight);
        double span = Math.max(1e-9, Math.abs(cLeft - cRight));
        Diffusivity d = Diffusivity.scaled(Arrhenius.of(Math.pow(10, log10D), 0),
                c -> 1 + nonlinearity * Math.pow((c - mid) / span, 2));
        Mesh1D mesh = Mesh1D.builder(-LAYER).uniform(LAYER, halfCells).uniform(LAYER, halfCells).build();
        DiffusingSpecies s = DiffusingSpecies.named("A").diffusivity(d).initialPerLayer(cLeft, cRight).build();
        double duration = 1000;
        DiffusionProblem p = DiffusionProblem.builder(mesh).species(s).isothermal(900, duration).build();
        double[] c = DiffusionSolver.withDefaults().withScheme(scheme).withFixedStep(duration / 10).withResolutionLimit(1.0).solve(p)
                .nodalValues("A", 0);
        int n = c.length - 1;
        for (int i = 0; i <= n; i++) {
            assertThat(c[i] - mid).as("node %d", i).isCloseTo(-(c[n - i] - mid), org.assertj.core.api.Assertions.within(1e-12 * Math.max(span, mid)));
        }
    }
}
