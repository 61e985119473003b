package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.interphase.spacecharge.Fixtures.PER_NM3;
import static org.interphase.spacecharge.Fixtures.T;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.interphase.core.Mesh1D;
import org.interphase.core.NewtonSolution;
import org.interphase.core.NewtonSolver;
import org.interphase.core.Profile;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of the layered solver (issue 14) against the general code they replace: the
 * one-exponential lattice-gas kernel against the expm1 form of {@link LatticeGas#chargeDensity},
 * the inlined Newton with its twisted tridiagonal solve against core's {@link NewtonSolver} with
 * {@code Tridiagonal} on the same finite-volume system, and bit-for-bit repeatability.
 */
class LayeredSolverKernelTest {

    /** ρ and dρ/dψ of {@link LatticeGas#accumulate} for one node of unit control volume. */
    private static double[] kernel(LatticeGas g, double psi) {
        double[] u = {0, psi, 0};
        double[] half = {0.5, 0.5};
        double[] f = new double[3];
        double[] d = new double[3];
        g.accumulate(u, 0, 1, 1, half, f, d);
        return new double[] {f[1], d[1]};
    }

    @Test
    void latticeGasKernelGivesTheChargeDensityOfTheExpm1FormAlsoNearZero() {
        for (int z : new int[] {1, 2, -1}) {
            for (double theta : new double[] {1e-6, 0.01, 0.3, 0.5, 0.97}) {
                LatticeGas g = new LatticeGas(z, 20 * PER_NM3, theta);
                List<Double> psis = new ArrayList<>(List.of(1e-300, -1e-300, 1e-30, -1e-16, 1e-9, -1e-6, 0.4999, -0.4999,
                        0.5, -0.5, 0.50001));
                for (int e = -300; e <= 260; e += 7) {
                    psis.add(Math.pow(10, e / 100.0));
                    psis.add(-Math.pow(10, e / 100.0));
                }
                for (double psi : psis) {
                    double[] k = kernel(g, psi);
                    double rho = g.chargeDensity(psi);
                    assertThat(k[0]).as("z = %d, θ∞ = %s, ψ = %s", z, theta, psi).isCloseTo(rho, within(1e-14 * Math.abs(rho)));
                    // the reference derivative takes e^{−|s|} with s = zψ + ln((1 − θ∞)/θ∞) rounded, an
                    // error of |s| ulp; within that it is the kernel's (1e-14 relative while |s| ≤ 5)
                    double slope = g.chargeDensityDerivative(psi);
                    double s = Math.abs(z * psi + Math.log((1 - theta) / theta));
                    assertThat(k[1]).as("z = %d, θ∞ = %s, ψ = %s", z, theta, psi)
                            .isCloseTo(slope, within(2e-15 * Math.max(5, s) * Math.abs(slope)));
                    double[] out = new double[2];
                    g.evaluate(psi, out);
                    // evaluate is the kernel node by node (the same values; ±0 where dρ/dψ underflows)
                    assertThat(out[0]).isCloseTo(k[0], within(0.0));
                    assertThat(out[1]).isCloseTo(k[1], within(0.0));
                }
            }
        }
    }

    @Test
    void resistivityRatioIsTheExponentialOfMinusTheLogCarrierRatio() {
        for (double theta : new double[] {1e-6, 0.3, 0.5, 0.97}) {
            LatticeGas g = LatticeGas.lithium(20 * PER_NM3, theta);
            for (double psi = -60; psi <= 60; psi += 0.37) {
                double ratio = g.resistivityRatio(psi);
                double lr = -g.logCarrierRatio(psi);
                assertThat(ratio).isCloseTo(Math.exp(lr), within(1e-14 * ratio));
                if (ratio >= 1.5 || ratio <= 0.5) {
                    // where the layered solution takes Math.log of it instead of the log1p form
                    assertThat(Math.log(ratio)).as("θ∞ = %s, ψ = %s", theta, psi).isCloseTo(lr, within(1e-15 * Math.abs(lr)));
                }
            }
        }
    }

    private static List<LayeredJunction> stacks() {
        Phase lnb = Phase.of("LiNbO3", 30, LatticeGas.lithium(37.8 * PER_NM3, 1e-3), Units.sPerCm(3e-6));
        Phase dilute = Phase.of("dilute", 20, Boltzmann.symmetric(1, 0.01 * PER_NM3), 1e-3);
        Junction metallic = Junction.of(Fixtures.lco().withElectronicScreening(), Fixtures.lps(), Units.eV(1.0), T);
        return List.of(LayeredJunction.of(metallic),
                LayeredJunction.of(Junction.of(Fixtures.lco(), Fixtures.lps(), Units.eV(-0.4), T)),
                LayeredJunction.coated(metallic.withStep(Units.eV(0.5)), lnb, Units.nm(2), 0),
                LayeredJunction.builder(T).start(Fixtures.lco(), 0).dipole(0.05).layer(Fixtures.linbo3(), Units.nm(4),
                        Units.eV(0.2)).interfaceCharge(0.01).layer(dilute, Units.nm(10), Units.eV(0.1)).end(Fixtures.lps(),
                        Units.eV(0.3)).build(),
                LayeredJunction.builder(T).start(Fixtures.lco().withElectronicScreening(), 0).layer(Fixtures.lps(),
                        Units.nm(8), Units.eV(0.4)).end(Fixtures.lco().withElectronicScreening(), Units.eV(0.1)).build());
    }

    @Test
    void inlinedNewtonConvergesToCoreNewtonSolversRoot() {
        LayeredSolver solver = LayeredSolver.withDefaults();
        for (LayeredJunction stack : stacks()) {
            Mesh1D mesh = solver.mesh(stack);
            int first = stack.phase(0).electronConductor() ? 1 : 0;
            int last = stack.phase(stack.size() - 1).electronConductor() ? stack.size() - 2 : stack.size() - 1;
            int[] bnd = LayeredSolver.regionNodes(stack, mesh, first, last);
            double[] start = new double[mesh.nodeCount()];
            double[] ref = stack.references();
            for (int r = 0; r < bnd.length - 1; r++) {
                for (int i = bnd[r]; i <= bnd[r + 1]; i++) {
                    start[i] = ref[first + r];
                }
            }
            LayeredSolver.Poisson core = new LayeredSolver.Poisson(stack, mesh.nodes(), first, last, bnd);
            NewtonSolution expected = NewtonSolver.withDefaults().withMaxIterations(60).withResidualTolerance(Double.MIN_VALUE)
                    .withStepTolerance(1e-8).withMaxStep(8).solve(core, start);
            LayeredSolver.Poisson inline = new LayeredSolver.Poisson(stack, mesh.nodes(), first, last, bnd);
            double[] u = start.clone();
            LayeredSolver.Poisson.Newton r = inline.newton(u, 60, 1e-8, 8, "");
            double[] v = expected.solution();
            double size = 0;
            for (double x : v) {
                size = Math.max(size, Math.abs(x));
            }
            assertThat(r.iterations()).as("%s", stack).isEqualTo(expected.iterations());
            for (int i = 0; i < u.length; i++) {
                assertThat(u[i]).as("%s, node %d", stack, i).isCloseTo(v[i], within(1e-12 * (1 + size)));
            }
        }
    }

    @Test
    void repeatedAndConcurrentSolvesGiveTheSameBits() throws Exception {
        LayeredSolver solver = LayeredSolver.withDefaults();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (LayeredJunction stack : stacks()) {
                LayeredSolution once = solver.solve(stack);
                List<Future<LayeredSolution>> again = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    again.add(pool.submit(() -> solver.solve(stack)));
                }
                for (Future<LayeredSolution> f : again) {
                    LayeredSolution s = f.get();
                    assertThat(s.layers()).isEqualTo(once.layers());
                    assertThat(s.residual()).isEqualTo(once.residual());
                    Profile a = s.potential();
                    Profile b = once.potential();
                    for (int i = 0; i < a.size(); i++) {
                        assertThat(a.y(i)).isEqualTo(b.y(i));
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
