package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.interphase.spacecharge.Fixtures.PER_NM3;

import org.interphase.core.Constants;
import org.interphase.core.Profile;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/**
 * Per-species segregation energies ΔE_i(x) and fixed charge densities (issue 14 §2): a pyscses-style
 * Gouy–Chapman grain boundary of Gd-doped ceria — mobile oxygen vacancies (z = +2) on the O
 * sublattice and mobile Gd′_Ce (z = −1) on the Ce sublattice, each a lattice gas (the site statistics
 * of pyscses, Dean et al., J. Open Source Softw. 3, 1209 (2018)), each feeling its own energy per
 * plane — against an independent solve written here: a cell-centred finite-volume Newton on a
 * uniform grid of the half grain boundary (mirror symmetry at the core centre, bulk far away), with
 * the charge density written out from research note §2.3, not from the production laws.
 */
class SegregationTest {

    // pyscses' ceria test parameters (research note §1.2): T = 773.15 K, εr = 55, x(V_O) = 0.05 per O
    // site, x(Gd) = 0.2 per Ce site; Ce density 4/a³ with a = 0.5411 nm, two O sites per Ce
    static final double T = 773.15;
    static final double EPS_R = 55;
    static final double N_CE = 4 / Math.pow(0.5411e-9, 3);
    static final double N_O = 2 * N_CE;
    static final double X_V = 0.05;
    static final double X_GD = 0.2;
    /** Plane spacing, m (about the (111) O-plane spacing of ceria). */
    static final double A = 0.156e-9;

    static Phase ceria() {
        return Phase.of("CeO2:Gd", EPS_R, Sublattices.of(new LatticeGas(2, N_O, X_V), new LatticeGas(-1, N_CE, X_GD)),
                1.0);
    }

    /** A symmetric core of 2k+1 planes: per plane ΔE_V, ΔE_Gd (eV) and ρ_fix (C/m³), centre plane first. */
    record Core(double[] vacancy, double[] dopant, double[] fixed) {}

    static LayeredJunction stack(Core core) {
        int k = core.vacancy.length - 1;
        LayeredJunction.Builder b = LayeredJunction.builder(T).start(ceria(), 0);
        for (int plane = -k; plane <= k; plane++) {
            int q = Math.abs(plane);
            b.layer(ceria(), A, 0).segregation(Units.eV(core.vacancy[q]), Units.eV(core.dopant[q]))
                    .fixedCharge(core.fixed[q]);
        }
        return b.end(ceria(), 0).build();
    }

    /**
     * The independent half-cell solve: ε(kT/e)ψ'' = −ρ(x, ψ) on [0, L], ψ'(0) = 0, ψ(L) = 0, with
     * ρ = Σ_k z_k e N_k (θ_k − θ_k∞) + ρ_fix, θ_k = 1/(1 + ((1 − θ_k∞)/θ_k∞)·e^{z_kψ + ΔE_k(x)/kT}).
     * Returns {ψ at the core edge (x = (k + ½)a), charge of the half core (C/m²), charge beyond it}.
     */
    static double[] independent(Core core, int cellsPerHalfPlane, double length) {
        double h = A / 2 / cellsPerHalfPlane;
        int n = (int) Math.round(length / h);
        double kT = Constants.BOLTZMANN * T;
        double vt = kT / Constants.ELEMENTARY_CHARGE;
        double c = EPS_R * Constants.VACUUM_PERMITTIVITY * vt / (h * h);
        double[] psi = new double[n];
        double[] ev = new double[n];
        double[] eg = new double[n];
        double[] fix = new double[n];
        int k = core.vacancy.length - 1;
        for (int j = 0; j < n; j++) {
            int plane = (int) Math.floor(((j + 0.5) * h + A / 2) / A);
            if (plane <= k) {
                ev[j] = Units.eV(core.vacancy[plane]) / kT;
                eg[j] = Units.eV(core.dopant[plane]) / kT;
                fix[j] = core.fixed[plane];
            }
        }
        double[] r = new double[n];
        double[] d = new double[n];
        double[] rho = new double[n];
        for (int it = 0; it < 200; it++) {
            for (int j = 0; j < n; j++) {
                double tv = theta(X_V, 2 * psi[j] + ev[j]);
                double tg = theta(X_GD, -psi[j] + eg[j]);
                rho[j] = Constants.ELEMENTARY_CHARGE * (2 * N_O * (tv - X_V) - N_CE * (tg - X_GD)) + fix[j];
                double drho = -Constants.ELEMENTARY_CHARGE * (4 * N_O * tv * (1 - tv) + N_CE * tg * (1 - tg));
                double left = j == 0 ? psi[0] : psi[j - 1];      // mirror: ψ'(0) = 0
                double right = j == n - 1 ? -psi[j] : psi[j + 1]; // ψ = 0 on the far face
                r[j] = c * (left - 2 * psi[j] + right) + rho[j];
                d[j] = -2 * c + (j == 0 ? c : 0) + (j == n - 1 ? -c : 0) + drho;
            }
            // Thomas on the tridiagonal Jacobian (off-diagonals c)
            double[] cp = new double[n];
            double[] dp = new double[n];
            cp[0] = c / d[0];
            dp[0] = -r[0] / d[0];
            for (int j = 1; j < n; j++) {
                double m = d[j] - c * cp[j - 1];
                cp[j] = c / m;
                dp[j] = (-r[j] - c * dp[j - 1]) / m;
            }
            double[] step = new double[n];
            step[n - 1] = dp[n - 1];
            for (int j = n - 2; j >= 0; j--) {
                step[j] = dp[j] - cp[j] * step[j + 1];
            }
            double max = 0;
            for (double s : step) {
                max = Math.max(max, Math.abs(s));
            }
            double scale = Math.min(1, 2 / max);
            for (int j = 0; j < n; j++) {
                psi[j] += scale * step[j];
            }
            if (max < 1e-12) {
                break;
            }
        }
        int edge = (k + 1) * 2 * cellsPerHalfPlane - cellsPerHalfPlane; // face at (k + ½)a
        double coreCharge = 0;
        double outer = 0;
        for (int j = 0; j < n; j++) {
            if (j < edge) {
                coreCharge += rho[j] * h;
            } else {
                outer += rho[j] * h;
            }
        }
        return new double[] {0.5 * (psi[edge - 1] + psi[edge]), coreCharge, outer};
    }

    static double theta(double bulk, double exponent) {
        double logOdds = Math.log1p(-bulk) - Math.log(bulk) + exponent;
        return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
    }

    static void assertMatchesIndependentSolve(Core core) {
        LayeredJunction gb = stack(core);
        LayeredSolution s = LayeredSolver.withDefaults().solve(gb);
        int planes = core.vacancy.length * 2 - 1;
        double coreCharge = 0;
        for (int p = 1; p <= planes; p++) {
            coreCharge += s.layer(p).charge();
        }
        double vt = Constants.thermalVoltage(T);
        double edgePsi = s.layer(0).drop() / vt;
        // the half-cell solve at two resolutions: its own discretization error bounds the comparison
        double[] fine = independent(core, 40, 6e-9);
        double[] coarse = independent(core, 20, 6e-9);
        double tolPsi = Math.max(1e-4, 4 * Math.abs(fine[0] - coarse[0]));
        double tolQ = Math.max(1e-4 * Math.abs(fine[1]), 4 * Math.abs(fine[1] - coarse[1]));
        assertThat(edgePsi).as("reduced potential at the core edge").isCloseTo(fine[0], within(tolPsi));
        assertThat(s.layer(planes + 1).drop() / vt).isCloseTo(fine[0], within(tolPsi));
        assertThat(coreCharge).as("core charge, C/m²").isCloseTo(2 * fine[1], within(2 * tolQ));
        // the layers outside carry the compensating charge, half each
        assertThat(s.layer(0).charge()).isCloseTo(fine[2], within(tolQ + 1e-4 * Math.abs(fine[2])));
        assertThat(coreCharge + s.layer(0).charge() + s.layer(planes + 1).charge())
                .isCloseTo(0, within(1e-3 * Math.abs(coreCharge)));
        // the potential in one frame is continuous and returns to the bulk (0 V) at both ends
        Profile phi = s.potential();
        assertThat(phi.y(0)).isCloseTo(0, within(0.02 * Math.abs(fine[0]) * vt));
        assertThat(phi.y(phi.size() - 1)).isCloseTo(0, within(0.02 * Math.abs(fine[0]) * vt));
    }

    @Test
    void aGouyChapmanGrainBoundaryWithSegregatingVacanciesAndDopantsMatchesAnIndependentSolve() {
        // vacancies strongly attracted to the core (to θ ≈ 0.98 in the centre plane), Gd mildly: each
        // sublattice feels its own energy, which one μ per layer could not express
        Core core = new Core(new double[] {-0.45, -0.3, -0.1}, new double[] {-0.15, -0.1, 0}, new double[3]);
        assertMatchesIndependentSolve(core);
        LayeredSolution s = LayeredSolver.withDefaults().solve(stack(core));
        assertThat(s.layer(0).drop()).as("positive core: vacancies accumulate").isPositive();
        assertThat(s.iterations()).isLessThan(30);
    }

    @Test
    void fixedSiteChargesInTheCoreMatchAnIndependentSolve() {
        // pyscses' "site charge" case: an immobile charge in the core planes plus vacancy segregation
        double rho = -0.5 * Constants.ELEMENTARY_CHARGE * N_CE * 0.1;
        Core core = new Core(new double[] {-0.2, 0}, new double[] {0, 0}, new double[] {rho, rho / 2});
        assertMatchesIndependentSolve(core);
    }

    @Test
    void oneSpeciesWithASegregationEnergyIsALayerWithThatChemicalPotential() {
        // for a single carrier, ΔE in a layer and a chemical potential μ = ΔE of that layer are the same
        // physics (ψ_p = ũ + μ/(zkT) shifts only that species): two routes through the code, one answer
        Phase ph = Phase.of("LG", 20, LatticeGas.lithium(20 * PER_NM3, 0.3), 1e-2);
        double de = Units.eV(-0.1);
        LayeredJunction seg = LayeredJunction.builder(Fixtures.T).start(ph, 0).layer(ph, Units.nm(4), 0).segregation(de)
                .end(ph, 0).build();
        LayeredJunction mu = LayeredJunction.builder(Fixtures.T).start(ph, 0).layer(ph, Units.nm(4), de).end(ph, 0)
                .build();
        LayeredSolution a = LayeredSolver.withDefaults().solve(seg);
        LayeredSolution b = LayeredSolver.withDefaults().solve(mu);
        for (int p = 0; p < 3; p++) {
            assertThat(a.layer(p).charge()).isCloseTo(b.layer(p).charge(), within(1e-4 * Math.abs(b.layer(0).charge())));
        }
        Profile pa = a.potential();
        Profile pb = b.potential();
        for (double x : new double[] {-0.3e-9, 0, 1e-9, 2e-9, 4e-9, 4.3e-9}) {
            assertThat(pa.valueAt(x)).isCloseTo(pb.valueAt(x), within(1e-3 * Math.abs(de) / Constants.ELEMENTARY_CHARGE));
        }
        // deep inside, the layer is neutral at the potential that cancels the energy: zeφ = −ΔE
        assertThat(a.potential().valueAt(2e-9)).isCloseTo(-de / Constants.ELEMENTARY_CHARGE, within(2e-3));
    }

    @Test
    void segregationIsGivenPerSpeciesOfAnInnerLayer() {
        LayeredJunction.Builder b = LayeredJunction.builder(T).start(ceria(), 0);
        assertThatThrownBy(() -> b.segregation(0, 0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inner layer");
        b.layer(ceria(), A, 0);
        assertThatThrownBy(() -> b.segregation(0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one value per species");
        assertThatThrownBy(() -> b.fixedCharge(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("density");
        LayeredJunction gb = b.segregation(Units.eV(-0.2), 0).fixedCharge(-1e6).end(ceria(), 0).build();
        assertThat(gb.segregationEnergies(1)).containsExactly(Units.eV(-0.2), 0.0);
        assertThat(gb.fixedCharge(1)).isEqualTo(-1e6);
        assertThat(gb.withTemperature(800).segregationEnergies(1)).containsExactly(Units.eV(-0.2), 0.0);
    }
}
