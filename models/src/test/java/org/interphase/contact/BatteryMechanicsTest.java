package org.interphase.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.special.Erf;
import org.interphase.materials.CreepLaw;
import org.interphase.materials.Materials;
import org.junit.jupiter.api.Test;

class BatteryMechanicsTest {

    @Test
    void stackPressureContactIsPerssonOrBearingAreaPlusBarberConstriction() {
        var m = StackPressureContact.of(10e9, 0.1, 50e-9, 50e6, 0.05, 1e-4);
        double p = 5e6;
        double fel = Erf.erf(Math.sqrt(2) * p / (10e9 * 0.1));
        assertThat(m.elasticFraction(p)).isCloseTo(fel, within(1e-15));
        assertThat(m.contactFraction(p)).isCloseTo(Math.max(fel, p / 50e6), within(1e-15));
        assertThat(m.plastic(p)).isEqualTo(p / 50e6 > fel);
        double constriction = 10e9 * 0.45 * 50e-9 / (2 * 0.05 * p);
        assertThat(m.constrictionAsr(p)).isCloseTo(constriction, within(1e-12 * constriction));
        assertThat(m.interfaceAsr(p)).isCloseTo(1e-4 / m.contactFraction(p) + constriction, within(1e-15));
        var sweep = m.sweep(1e6, 1e7, 1e8);
        assertThat(sweep.get(2).interfaceAsr()).isLessThan(sweep.get(1).interfaceAsr());
        assertThat(sweep.get(1).interfaceAsr()).isLessThan(sweep.get(0).interfaceAsr());
        assertThat(m.contactFraction(1e9)).isEqualTo(1.0);
        assertThat(sweep.get(0).toString()).contains("Ω·cm²");
    }

    @Test
    void separationLawDecayLengthFromTheBoundaryElementSolverIsPerssons() {
        // Persson, PRL 99, 125502 (2007): p̄ ∝ exp(−ū/(γ h_rms)), γ ≈ 0.4–0.5 at small load, so p̄/(k h_rms) = γ
        double side = 1e-6;
        Surface s = SelfAffineGenerator.builder().points(256).size(side).hurst(0.8).rolloff(4 * 2 * Math.PI / side)
                .cutoff(32 * 2 * Math.PI / side).rmsSlope(0.1).build().generate(13);
        double pbar = 0.02 * 1e9 * 0.1;
        ContactSolution sol = ContactSolver.withDefaults().solve(ContactProblem.periodic(s, 1e9).withMeanPressure(pbar));
        double gamma = pbar / (sol.stiffness() * s.statistics().rmsHeight());
        assertThat(gamma).isBetween(0.35, 0.6);
    }

    @Test
    void liAgainstLlzoFromTheCatalog() {
        // Li: E = 7.82 GPa, ν = 0.38, σ_y = 0.77 MPa (Masias et al. 2019); LLZO: E = 149.8 GPa (Ni et al. 2012),
        // σ = 0.46 mS/cm; LLZO has no Poisson ratio in the catalog, 0.26 is assumed here
        var m = StackPressureContact.forPair(Materials.LI_METAL, Materials.LLZO, 0.26, 0.1, 100e-9, 1e-4);
        assertThat(m.contactModulus()).isCloseTo(ContactModulus.combined(7.82e9, 0.38, 149.8e9, 0.26), within(1.0));
        assertThat(m.hardness().getAsDouble()).isCloseTo(3 * 0.77e6, within(1.0));
        assertThat(m.conductivity()).isCloseTo(0.046, within(1e-12));
        assertThat(m.plastic(10e6)).isTrue();
        assertThatThrownBy(() -> StackPressureContact.forPair(Materials.NMC811, Materials.LLZO, 0.26, 0.1, 1e-7, 0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("YOUNGS_MODULUS");
    }

    @Test
    void misfitSphereFormulas() {
        // NMC811 (E = 140 GPa, ν = 0.25) in Li3PS4 glass (20 GPa, 0.30), R = 5 µm
        var sphere = new MisfitSphere(140e9, 0.25, 20e9, 0.30, 5e-6);
        double dv = -0.051; // Kondrakov et al., JPCC 121, 3286 (2017)
        double eps = Math.cbrt(1 + dv) - 1;
        double d = 0.5 / 140e9 + 1.3 / 40e9;
        assertThat(MisfitSphere.linearMisfit(dv)).isCloseTo(eps, within(1e-16));
        assertThat(sphere.compliance()).isCloseTo(d, within(1e-25));
        assertThat(sphere.bondedStress(dv)).isCloseTo(eps / d, within(1e-6));
        assertThat(sphere.gap(dv, 0)).isCloseTo(-5e-6 * eps, within(1e-20));
        assertThat(sphere.gap(dv, 10e6)).isCloseTo(5e-6 * (-eps - 10e6 * d), within(1e-20));
        // the research note's table: −480 MPa bonded, 86.5 nm free gap, 84.7 nm at 10 MPa
        assertThat(sphere.bondedStress(dv) / 1e6).isCloseTo(-480, offset(1.0));
        assertThat(sphere.gap(dv, 0) * 1e9).isCloseTo(86.5, offset(0.1));
        assertThat(sphere.gap(dv, 10e6) * 1e9).isCloseTo(84.7, offset(0.1));
        assertThat(sphere.gap(0.02, 1e6)).isZero();
        assertThat(sphere.residualPressure(-0.0001, 50e6)).isCloseTo(50e6 + MisfitSphere.linearMisfit(-0.0001) / d,
                within(1e-3));
    }

    @Test
    void breathingLosesContactOnChargeAndAccumulatesOverCycles() {
        var sphere = new MisfitSphere(140e9, 0.25, 20e9, 0.30, 5e-6);
        var reversible = new CathodeBreathing(sphere, -0.051, 10e6, 19.2e9, 0.1, 20e-9, 0.45, 0.0);
        // discharged: no gap, Persson at the confining pressure
        assertThat(reversible.contactFraction(0, 0)).isCloseTo(Erf.erf(Math.sqrt(2) * 10e6 / (19.2e9 * 0.1)),
                within(1e-15));
        // charged: separation law with the misfit gap
        double g = sphere.gap(-0.051, 10e6);
        assertThat(reversible.interfacePressure(1, 0)).isCloseTo(10e6 * Math.exp(-g / (0.45 * 20e-9)), within(1e-9));
        assertThat(reversible.contactFraction(1, 0)).isLessThan(1e-3 * reversible.contactFraction(0, 0));
        assertThat(reversible.contactFraction(0, 100)).isEqualTo(reversible.contactFraction(0, 0));
        var ratchet = new CathodeBreathing(sphere, -0.051, 10e6, 19.2e9, 0.1, 20e-9, 0.45, 0.002);
        var cycles = ratchet.overCycles(0, 50);
        for (int i = 1; i < cycles.size(); i++) {
            assertThat(cycles.y(i)).isLessThan(cycles.y(i - 1));
        }
        double gn = 0.002 * 10 * 5e-6 * Math.abs(MisfitSphere.linearMisfit(-0.051));
        assertThat(ratchet.interfacePressure(0, 10)).isCloseTo(10e6 * Math.exp(-gn / (0.45 * 20e-9)), within(1e-6));
    }

    private static CreepLaw lithium() {
        return Materials.LI_METAL.creepLaw().orElseThrow();
    }

    @Test
    void creepContactMatchesTheUniformClosedFormAtFourthOrder() {
        var c = new LithiumCreep(lithium(), 0.2e6, 1e-6, 0.2, LithiumCreep.Heights.UNIFORM);
        double t = 4 * 3600;
        double exact = c.uniformClosedForm(t, 298.15);
        assertThat(exact).isBetween(0.25, 0.99);
        double e1 = Math.abs(c.fractionAt(t, 298.15, 8) - exact);
        double e2 = Math.abs(c.fractionAt(t, 298.15, 16) - exact);
        double e3 = Math.abs(c.fractionAt(t, 298.15, 32) - exact);
        double order1 = Math.log(e1 / e2) / Math.log(2);
        double order2 = Math.log(e2 / e3) / Math.log(2);
        assertThat(order1).isBetween(3.5, 4.5);
        assertThat(order2).isBetween(3.5, 4.5);
        assertThat(c.fractionAt(t, 298.15)).isCloseTo(exact, within(1e-8));
    }

    @Test
    void creepContactGrowsAndTemperatureRescalesTime() {
        var c = new LithiumCreep(lithium(), 2e6, 0.5e-6, 0.05, LithiumCreep.Heights.GAUSSIAN);
        var f = c.overTime(86400, 298.15, 20);
        for (int i = 1; i < f.size(); i++) {
            assertThat(f.y(i)).isGreaterThanOrEqualTo(f.y(i - 1));
        }
        assertThat(f.y(f.size() - 1)).isGreaterThan(0.05);
        // Arrhenius: ε̇(T) = ε̇(T_ref)·c, so f(t, T) = f(c·t, T_ref); Q = 37 kJ/mol (LePage et al. 2019)
        double hot = 333.15;
        double factor = lithium().strainRate(1e6, hot) / lithium().strainRate(1e6, 298.15);
        assertThat(factor).isCloseTo(Math.exp(37e3 / 8.314462618 * (1 / 298.15 - 1 / hot)), within(1e-3 * factor));
        assertThat(c.fractionAt(3600, hot)).isCloseTo(c.fractionAt(3600 * factor, 298.15), within(1e-9));
    }

    @Test
    void monroeNewmanVerdicts() { // Monroe & Newman, J. Electrochem. Soc. 152, A396 (2005)
        var llzo = MonroeNewman.assess(Materials.LLZO.require(org.interphase.materials.Property.SHEAR_MODULUS));
        assertThat(llzo.suppresses()).isTrue();
        assertThat(llzo.ratio()).isCloseTo(60.0 / 2.83, within(1e-9));
        assertThat(MonroeNewman.assess(1e6).suppresses()).isFalse(); // a polymer in the MPa range
        assertThat(MonroeNewman.assess(5.5e9).suppresses()).isFalse(); // just below 2 × 2.83 GPa
        assertThat(MonroeNewman.assess(5.7e9).suppresses()).isTrue();
        assertThat(llzo.toString()).contains("necessary, not sufficient");
    }
}
