package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.interphase.spacecharge.Fixtures.PER_NM3;
import static org.interphase.spacecharge.Fixtures.T;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.interphase.core.Constants;
import org.interphase.core.Profile;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/** Invariants of the mesh-free A | B junction, and the published behaviour it must reproduce. */
class JunctionSolverProperties {

    private static final JunctionSolver MODEL = JunctionSolver.withDefaults();

    @Provide
    Arbitrary<Phase> phases() {
        Arbitrary<Double> eps = Arbitraries.doubles().between(5, 60);
        Arbitrary<Double> sites = Arbitraries.doubles().between(0, 1.5).map(l -> Math.pow(10, l) * PER_NM3);
        Arbitrary<Double> theta = Arbitraries.doubles().between(-3, 3).map(l -> 1 / (1 + Math.pow(10, l)));
        Arbitrary<ChargeLaw> lg = Combinators.combine(sites, theta).as(LatticeGas::lithium);
        Arbitrary<ChargeLaw> ms = Arbitraries.doubles().between(-3, 0).map(l -> Boltzmann.mottSchottky(1, Math.pow(10, l) * PER_NM3));
        Arbitrary<ChargeLaw> bk = Arbitraries.doubles().between(-2, -0.1)
                .map(l -> new Bikerman(1, 0.05 * PER_NM3, Math.pow(10, l)));
        Arbitrary<ChargeLaw> law = Arbitraries.oneOf(lg, lg, ms, bk);
        Arbitrary<Double> sigma = Arbitraries.doubles().between(-7, -2).map(l -> Units.sPerCm(Math.pow(10, l)));
        return Combinators.combine(eps, law, sigma).as((e, l, s) -> Phase.of("P", e, l, s));
    }

    @Provide
    Arbitrary<Junction> junctions() {
        Arbitrary<Double> step = Arbitraries.doubles().between(-1.5, 1.5).map(Units::eV);
        Arbitrary<Double> dipole = Arbitraries.doubles().between(-0.2, 0.2);
        Arbitrary<Double> charge = Arbitraries.doubles().between(-5, 5).map(q -> q * 1e-3); // up to 0.5 µC/cm²
        return Combinators.combine(phases(), phases(), step, dipole, charge)
                .as((a, b, s, d, q) -> new Junction(a, b, s, T, d, q));
    }

    @Property(tries = 150)
    void chargesAreEqualAndOppositeAndDropsAddUpToTheStep(@ForAll("junctions") Junction j) {
        JunctionSolution s = MODEL.solve(j);
        double qa = s.left().charge();
        double qb = s.right().charge();
        double scale = Math.max(Math.abs(qa), Math.abs(qb)) + Math.abs(j.interfaceCharge());
        assertThat(qa + qb + j.interfaceCharge()).isCloseTo(0, within(1e-9 * scale + 1e-18));
        double step = j.lithiumStep() / Constants.ELEMENTARY_CHARGE + j.interfaceDipole();
        assertThat(s.right().drop() - s.left().drop()).isCloseTo(step, within(1e-12 * Math.max(1, Math.abs(step))));
        assertThat(s.totalResistance()).isFinite();
        assertThat(s.seriesCapacitance()).isPositive().isFinite();
    }

    @Property(tries = 100)
    void swappingTheSidesMirrorsTheSolution(@ForAll("junctions") Junction j) {
        JunctionSolution s = MODEL.solve(j);
        JunctionSolution m = MODEL.solve(j.mirrored());
        assertThat(m.left().drop()).isCloseTo(s.right().drop(), within(1e-9 * Math.abs(s.right().drop()) + 1e-15));
        assertThat(m.right().drop()).isCloseTo(s.left().drop(), within(1e-9 * Math.abs(s.left().drop()) + 1e-15));
        assertThat(m.left().charge()).isCloseTo(s.right().charge(), within(1e-8 * Math.abs(s.right().charge()) + 1e-18));
        assertThat(m.right().resistance()).isCloseTo(s.left().resistance(),
                within(1e-7 * Math.abs(s.left().resistance()) + 1e-30));
    }

    @Property(tries = 60)
    void resistanceOfTheDepletedSideGrowsWithTheStep(@ForAll("phases") Phase a, @ForAll("phases") Phase b) {
        double previous = 0;
        for (double ev = 0.05; ev <= 1.5; ev += 0.05) {
            JunctionSolution s = MODEL.solve(Junction.of(a, b, Units.eV(ev), T));
            assertThat(s.right().drop()).isPositive();
            assertThat(s.right().resistance()).isGreaterThan(previous);
            previous = s.right().resistance();
        }
    }

    /**
     * Occupancies of solved junctions, mesh-free and finite-volume, stay strictly inside (0, 1) over
     * whole profiles, and the two solvers agree on the interface occupancies (review item 8: the old
     * check evaluated the logistic formula, not a solution).
     */
    @Property(tries = 60)
    void latticeGasOccupanciesStayInsideTheUnitInterval(@ForAll @DoubleRange(min = -1.5, max = 1.5) double ev,
            @ForAll @DoubleRange(min = -2, max = 2) double logOddsA, @ForAll @DoubleRange(min = -2, max = 2) double logOddsB) {
        LatticeGas la = LatticeGas.lithium(30 * PER_NM3, 1 / (1 + Math.pow(10, logOddsA)));
        LatticeGas lb = LatticeGas.lithium(20 * PER_NM3, 1 / (1 + Math.pow(10, logOddsB)));
        Junction j = Junction.of(Phase.of("A", 12, la, 1e-3), Phase.of("B", 9, lb, 1e-2), Units.eV(ev), T);
        JunctionSolution s = MODEL.solve(j);
        LayeredSolution fv = LayeredSolver.withDefaults().solve(LayeredJunction.of(j));
        double vt = Constants.thermalVoltage(T);
        for (int side = 0; side < 2; side++) {
            LatticeGas law = side == 0 ? la : lb;
            Profile meshFree = s.occupancyProfile(side, 40);
            Profile nodes = fv.occupancyProfile(side);
            Profile[] potentials = {s.potentialProfile(side, 40), fv.potentialProfile(side)};
            Profile[] occupancies = {meshFree, nodes};
            for (int k = 0; k < 2; k++) {
                Profile theta = occupancies[k];
                for (int i = 0; i < theta.size(); i++) {
                    double psi = potentials[k].y(i) / vt;
                    double th = theta.y(i);
                    String at = String.format("%s side %d, x = %s m, ψ = %s, θ = %s", j, side, theta.x(i), psi, th);
                    // θ and 1 − θ are positive; 1 − θ below 2^-53 rounds θ to 1.0 in a double, so it is
                    // checked in log space, where the law keeps it
                    assertThat(th).as(at).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
                    double logVacancies = Math.log1p(-law.bulkOccupancy()) + law.logVacancyRatio(psi);
                    assertThat(logVacancies).as(at).isFinite();
                    if (th == 1.0) {
                        assertThat(logVacancies).as(at).isLessThan(Math.log(0x1p-52));
                    }
                }
            }
            double atInterface = side == 0 ? meshFree.y(meshFree.size() - 1) : meshFree.y(0);
            double fvInterface = side == 0 ? nodes.y(nodes.size() - 1) : nodes.y(0);
            // 1e-4 in ψ moves θ by at most θ(1 − θ)·1e-4
            assertThat(fvInterface).as("%s side %d", j, side).isCloseTo(atInterface,
                    within(2e-4 * atInterface * (1 - atInterface) + 1e-15));
        }
    }

    @Property(tries = 100)
    void twoGouyChapmanPhasesSplitTheStepAsTheClosedForm(@ForAll @DoubleRange(min = 0.01, max = 0.8) double volts,
            @ForAll @DoubleRange(min = 5, max = 60) double epsA, @ForAll @DoubleRange(min = 5, max = 60) double epsB) {
        // research note §2.6: tanh(ψ_A/2) = a_B sinh(Δ/2)/(a_A + a_B cosh(Δ/2)), a_i = ε_i/λ_i
        double ca = 0.01 * PER_NM3;
        double cb = 0.2 * PER_NM3;
        Phase a = Phase.of("A", epsA, Boltzmann.symmetric(1, ca), 1.0);
        Phase b = Phase.of("B", epsB, Boltzmann.symmetric(1, cb), 1.0);
        JunctionSolution s = MODEL.solve(Junction.of(a, b, volts * Constants.ELEMENTARY_CHARGE, T));
        double delta = volts / Constants.thermalVoltage(T);
        double aa = epsA / ScreeningLengths.symmetric(epsA, T, 1, ca);
        double ab = epsB / ScreeningLengths.symmetric(epsB, T, 1, cb);
        // 2·atanh(x) written as ln((1 + x)/(1 − x)), which stays accurate when ψ_A is large
        double psiA = Math.log((aa + ab * Math.exp(delta / 2)) / (aa + ab * Math.exp(-delta / 2)));
        assertThat(-s.reducedPotentials()[0]).isCloseTo(psiA, within(1e-10 * psiA));
    }

    @Test
    void electronConductingCathodeGivesAWiderMoreResistiveElectrolyteLayer() {
        // Haruyama, Sodeyama, Han, Takada & Tateyama, Chem. Mater. 26, 4248 (2014) and the review's
        // Fig. 4 (Wang, Su, Liu, Chen et al., "Interfacial issues of all solid state lithium batteries",
        // Trans. Nanjing Univ. Aeronaut. Astronaut. 35, 578 (2018), Fig. 4, after its ref. [56]): when LiCoO2 screens by electrons, its own layer vanishes, the whole step falls in
        // the sulfide and its Li-depleted layer deepens.
        double step = Units.eV(0.5);
        JunctionSolution ionic = MODEL.solve(Junction.of(Fixtures.lco(), Fixtures.lps(), step, T));
        JunctionSolution metallic = MODEL.solve(Junction.of(Fixtures.lco().withElectronicScreening(), Fixtures.lps(), step, T));
        assertThat(metallic.right().drop()).isCloseTo(0.5, within(1e-12));
        assertThat(metallic.right().drop()).isGreaterThan(ionic.right().drop());
        assertThat(metallic.right().width()).isGreaterThan(ionic.right().width());
        assertThat(metallic.right().resistance()).isGreaterThan(10 * ionic.right().resistance());
        // the sulfide's charge is that of a lone semi-infinite layer holding the whole step, and the
        // finite-volume solver (which knows nothing of the split) finds the same
        SemiInfinite whole = SemiInfinite.of(9.1, Fixtures.lps().law(), T, 0.5);
        assertThat(metallic.right().charge()).isCloseTo(whole.spaceCharge(), within(1e-10 * Math.abs(whole.spaceCharge())));
        LayeredSolution fv = LayeredSolver.withDefaults().solve(LayeredJunction.of(
                Junction.of(Fixtures.lco().withElectronicScreening(), Fixtures.lps(), step, T)));
        assertThat(fv.layer(1).charge()).isCloseTo(metallic.right().charge(), within(1e-4 * Math.abs(whole.spaceCharge())));
        assertThat(fv.layer(1).resistance()).isCloseTo(metallic.right().resistance(),
                within(1e-3 * metallic.right().resistance()));
    }

    @Test
    void allLithiumLatticeGasLayersAreAboutANanometreThick() {
        // de Klerk & Wagemaker, ACS Appl. Energy Mater. 1, 5609 (2018), abstract: space-charge layers
        // "about a nanometer in thickness" when every Li is a carrier. LCO (εr 12.9, 24.53 Li/nm³) |
        // LLZO (εr 60, 25.65 Li/nm³): their parameters as quoted in research note §1.4 (attributed,
        // via the yinxiaobin0 code; θ∞ = ½ is our choice, not theirs).
        // The paper's thickness criterion is not stated in its abstract; we use the distance at which
        // Li has relaxed to within 1 % of its bulk value (SemiInfinite.extent(0.01)), summed over the
        // two sides of the contact. Measured: 0.52, 0.66, 0.74, 0.87 nm at 0.1, 0.3, 0.5, 1.0 eV (each
        // side 0.19–0.51 nm). Asserted: within a factor 2 of 1 nm. The plate-capacitor widths ε/C are
        // 0.05–0.21 nm, 5–20× below "about a nanometer": they measure a capacitance, not a thickness.
        Phase lco = Phase.of("LCO", 12.9, LatticeGas.lithium(2 * 24.53 * PER_NM3, 0.5), Units.sPerCm(3.1e-5));
        Phase llzo = Phase.of("LLZO", 60, LatticeGas.lithium(2 * 25.65 * PER_NM3, 0.5), Units.sPerCm(6.4e-4));
        for (double ev : new double[] {0.1, 0.3, 0.5, 1.0}) {
            JunctionSolution s = MODEL.solve(Junction.of(lco, llzo, Units.eV(ev), T));
            double[] psi = s.reducedPotentials();
            double a = SemiInfinite.reduced(12.9, lco.law(), T, psi[0]).extent(0.01);
            double b = SemiInfinite.reduced(60, llzo.law(), T, psi[1]).extent(0.01);
            assertThat(Units.toNm(a + b)).as("LCO | LLZO at %s eV: %s + %s nm", ev, a * 1e9, b * 1e9).isBetween(0.5, 2.0);
            assertThat(Units.toNm(Math.max(a, b))).as("%s eV", ev).isLessThan(1.0);
        }
    }

    @Test
    void diluteAccumulationAboveTheSiteDensityIsFlagged() {
        // research note §0: a dilute accumulation layer at 0.5 V (εr 30, c = 0.01 nm⁻³) holds far more
        // carriers than any site density
        Phase a = Phase.of("dilute", 30, Boltzmann.mottSchottky(1, 0.01 * PER_NM3).withCarrierSiteDensity(20 * PER_NM3), 1e-2);
        Phase b = Fixtures.lps();
        JunctionSolution s = MODEL.solve(Junction.of(a, b, Units.eV(0.8), T));
        assertThat(s.left().drop()).isNegative();
        assertThat(s.diluteOverflow()).isTrue();
        assertThat(s.warnings().get(0)).contains("dilute", "dilute", "conducting carrier", "its site density", "20 nm⁻³",
                "LatticeGas");
        JunctionSolution mild = MODEL.solve(Junction.of(a, b, Units.eV(0.05), T));
        assertThat(mild.diluteOverflow()).isFalse();
        // review gap 13: without a site density the law used never to be flagged; it is above 100 nm⁻³
        Phase bare = Phase.of("dilute", 30, Boltzmann.mottSchottky(1, 0.01 * PER_NM3), 1e-2);
        JunctionSolution noSites = MODEL.solve(Junction.of(bare, b, Units.eV(0.8), T));
        assertThat(noSites.left().interfaceCarrierDensity()).isGreaterThan(100 * PER_NM3);
        assertThat(noSites.diluteOverflow()).isTrue();
        assertThat(noSites.warnings().get(0)).contains("100 nm⁻³", "withSiteDensities", "withCarrierSiteDensity");
        assertThat(MODEL.solve(Junction.of(bare, b, Units.eV(0.05), T)).diluteOverflow()).isFalse();
        LayeredSolution fv = LayeredSolver.withDefaults().solve(LayeredJunction.of(Junction.of(bare, b, Units.eV(0.8), T)));
        assertThat(fv.diluteOverflow()).isTrue();
    }

    @Test
    void profilesSpanBothSidesAndEndAtTheInterface() {
        JunctionSolution s = MODEL.solve(Junction.of(Fixtures.lco(), Fixtures.lps(), Units.eV(0.6), T));
        Profile left = s.potentialProfile(0, 40);
        Profile right = s.potentialProfile(1, 40);
        assertThat(left.xMax()).isZero();
        assertThat(left.y(39)).isCloseTo(s.left().drop(), within(1e-14));
        assertThat(right.xMin()).isZero();
        assertThat(right.y(0)).isCloseTo(s.right().drop(), within(1e-14));
        Profile c = s.carrierProfile(1, 40);
        assertThat(c.y(0)).isLessThan(c.y(39));
        // review nit: an electron conductor's (flat) profile ignored the number of points
        JunctionSolution m = MODEL.solve(Junction.of(Fixtures.lco().withElectronicScreening(), Fixtures.lps(),
                Units.eV(0.6), T));
        assertThat(m.potentialProfile(0, 40).size()).isEqualTo(40);
        assertThat(m.potentialProfile(0, 40).max()).isZero();
        assertThat(s.toString()).contains("Ω·cm²", "LiCoO2", "Li3PS4");
    }

    @Test
    void badJunctionsAreRejected() {
        assertThatThrownBy(() -> Junction.of(Fixtures.lco().withElectronicScreening(),
                Fixtures.lps().withElectronicScreening(), 0.1, T)).hasMessageContaining("ionic");
        assertThatThrownBy(() -> Junction.of(Fixtures.lco(), Fixtures.lps(), 0.1, 0)).hasMessageContaining("temperature");
        assertThatThrownBy(() -> Phase.of("X", -2, LatticeGas.lithium(1e28, 0.5), 1.0))
                .hasMessageContaining("relative permittivity of X");
        assertThatThrownBy(() -> Junction.of(Fixtures.lco(), Fixtures.lps(), Double.NaN, T))
                .hasMessageContaining("step");
    }

    @org.junit.jupiter.api.Test
    void strongAccumulationKeepsItsVacanciesInTheOccupancyProfile() {
        // −0.98 eV puts ψ ≈ −34 on the accumulated side: 1 − θ ≈ e^−34 ≈ 2e−15 is representable, but θ = c/N
        // computed through exp(ln c) rounded it to 1.0 (found by the property above)
        LatticeGas la = LatticeGas.lithium(30 * PER_NM3, 0.5);
        LatticeGas lb = LatticeGas.lithium(20 * PER_NM3, 0.5);
        Junction j = Junction.of(Phase.of("A", 12, la, 1e-3), Phase.of("B", 9, lb, 1e-2), Units.eV(-0.98), T);
        double vt = Constants.thermalVoltage(T);
        for (int side = 0; side < 2; side++) {
            LatticeGas law = side == 0 ? la : lb;
            Profile theta = MODEL.solve(j).occupancyProfile(side, 40);
            Profile psi = MODEL.solve(j).potentialProfile(side, 40);
            for (int i = 0; i < theta.size(); i++) {
                assertThat(theta.y(i)).isLessThan(1.0).isEqualTo(law.occupancy(psi.y(i) / vt));
            }
        }
    }
}
