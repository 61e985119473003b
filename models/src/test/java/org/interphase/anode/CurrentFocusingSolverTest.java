package org.interphase.anode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.apache.commons.math3.special.BesselJ;
import org.interphase.contact.Constriction;
import org.interphase.core.RootFinder;
import org.junit.jupiter.api.Test;

/**
 * Verification of the axisymmetric current-focusing solver against the closed forms of a disc
 * contact (Holm; Newman 1966), the flux-tube factor of the contact package (Cooper, Mikic &amp;
 * Yovanovich 1969) and the uniform-flux flux-tube series (Yovanovich), with its convergence order and
 * current conservation.
 */
class CurrentFocusingSolverTest {

    private static final CurrentFocusingSolver SOLVER = CurrentFocusingSolver.withDefaults().withResolution(64);

    /** A spot of radius 1 m on an electrolyte of 1 S/m, cell radius a/ε, four cell radii deep. */
    private static CurrentFocusingProblem spot(double epsilon) {
        return CurrentFocusingProblem.of(CurrentFocusingGeometry.SPOT, 1.0, 1.0, 1.0 / epsilon, 4.0 / epsilon);
    }

    @Test
    void isolatedSpotGivesHolmsConstrictionResistanceWithTheFluxTubeCorrection() {
        // Holm, Electric Contacts (1967): R = 1/(4σa) on a half-space; in a tube of radius b the factor
        // ψ(a/b) of Cooper, Mikic & Yovanovich, Int. J. Heat Mass Transfer 12, 279 (1969), as implemented in
        // contact.Constriction (the contact package's reference, computed independently of this solver)
        for (double eps : new double[] {0.02, 0.1, 0.25}) {
            CurrentFocusingSolution s = SOLVER.solve(spot(eps));
            double holm = Constriction.holm(1.0, 1.0);
            assertThat(s.constrictionResistance() / holm).as("ε = %s", eps)
                    .isCloseTo(Constriction.fluxTubeFactor(eps), withinPercentage(0.3));
        }
        // the isolated spot: within 3 % of Holm's 1/(4σa) itself at ε = 0.02 (ψ = 0.972)
        assertThat(SOLVER.solve(spot(0.02)).constrictionResistance()).isCloseTo(0.25, withinPercentage(3.5));
    }

    @Test
    void constrictionResistanceConvergesAtSecondOrderOnTheGradedGridAndFirstOrderWithoutGrading() {
        double[] graded = new double[3];
        double[] uniform = new double[3];
        int[] n = {16, 32, 64};
        for (int k = 0; k < 3; k++) {
            CurrentFocusingSolver s = CurrentFocusingSolver.withDefaults().withResolution(n[k]);
            graded[k] = s.solve(spot(0.1)).constrictionResistance();
            uniform[k] = s.withGradingPower(1.0).solve(spot(0.1)).constrictionResistance();
        }
        double orderGraded = Math.log((graded[0] - graded[1]) / (graded[1] - graded[2])) / Math.log(2);
        double orderUniform = Math.log((uniform[0] - uniform[1]) / (uniform[1] - uniform[2])) / Math.log(2);
        // measured 1.91 and 1.13: the rim singularity φ − V ∝ √ρ limits the ungraded scheme to first order
        assertThat(orderGraded).isGreaterThan(1.8);
        assertThat(orderUniform).isBetween(0.9, 1.4);
        // Richardson extrapolation of the graded sequence meets ψ(0.1)/(4σa) to 0.05 %
        double extrapolated = graded[2] - (graded[1] - graded[2]) / (Math.pow(2, orderGraded) - 1);
        assertThat(4 * extrapolated).isCloseTo(Constriction.fluxTubeFactor(0.1), withinPercentage(0.05));
    }

    @Test
    void primaryDistributionOnTheContactIsTheDiscOnAHalfSpace() {
        // j(r) = I/(2πa√(a² − r²)) (Newman, J. Electrochem. Soc. 113, 501 (1966)), i.e. j/j_mean = a/(2√(a² − r²));
        // in a tube the shape changes only at O(ε³) (a uniform potential shift leaves an isopotential disc's
        // distribution unchanged), so ε = 0.05 is a half-space here
        CurrentFocusingSolution s = SOLVER.solve(spot(0.05));
        for (double r : new double[] {0.05, 0.3, 0.6, 0.9}) {
            double exact = 0.5 / Math.sqrt(1 - r * r);
            assertThat(s.contactCurrentDensity().valueAt(r) / s.meanContactCurrentDensity()).as("r = %s a", r)
                    .isCloseTo(exact, withinPercentage(0.5));
        }
        // amplification at a stated distance from the rim, 0.01a: a/(2√(a² − r²)) = 3.54
        assertThat(s.contactAmplificationAt(0.01)).isCloseTo(0.5 / Math.sqrt(1 - 0.99 * 0.99), withinPercentage(2));
        assertThat(s.warnings()).anyMatch(w -> w.contains("singular"));
    }

    @Test
    void currentIsConservedFromTheContactToTheCounterElectrode() {
        CurrentFocusingProblem[] problems = {spot(0.1), spot(0.1).withChargeTransferResistance(0.3),
            spot(0.1).withInterlayer(0.05, 30.0, 0.2),
            CurrentFocusingProblem.of(CurrentFocusingGeometry.VOID, 1e-2, 1e-6, 5e-6, 2e-5)};
        for (CurrentFocusingProblem p : problems) {
            CurrentFocusingSolution s = SOLVER.withTolerance(1e-10).solve(p);
            // to round-off: the imbalance is the sum of the cells' residuals, i.e. of flux terms spanning
            // eight decades of cell size (measured ≤ 1.4e-8 at a relative residual below 1e-10)
            assertThat(s.residual()).isLessThan(1e-10);
            assertThat(s.currentImbalance()).as(p.toString()).isLessThan(1e-7);
            // and the contact current integrates to the nominal current over the cell
            double integral = s.contactCurrentDensity().integral(); // ∫ j dr, not the area integral: only finite
            assertThat(integral).isPositive();
            assertThat(s.current()).isCloseTo(p.currentDensity() * Math.PI * p.cellRadius() * p.cellRadius(),
                    withinPercentage(1e-9));
        }
    }

    /** Uniform-flux flux-tube factor with the mean potential over the contact: (16/(πε)) Σ J₁²(δε)tanh(δL/b)/(δ³J₀²(δ)). */
    private static double uniformFluxFactor(double eps, double lengthOverB) {
        double sum = 0;
        for (int n = 1; n <= 3000; n++) {
            // δ_n: n-th positive root of J₁, near (n + 1/4)π
            double guess = (n + 0.25) * Math.PI;
            double d = RootFinder.brent(x -> BesselJ.value(1, x), guess - 1.0, guess + 1.0, 1e-13);
            double j1 = BesselJ.value(1, d * eps);
            double j0 = BesselJ.value(0, d);
            sum += j1 * j1 * Math.tanh(d * lengthOverB) / (d * d * d * j0 * j0);
        }
        return 16 / (Math.PI * eps) * sum;
    }

    @Test
    void largeChargeTransferResistanceGivesTheUniformDistributionNewman1966() {
        // Newman, J. Electrochem. Soc. 113, 1235 (1966): as the Wagner number J = a/(σR_ct) → 0 the current
        // becomes uniform; the constriction resistance then tends to that of uniform flux with the mean
        // potential over the contact: 8/(3π²σa) on a half-space (Yovanovich's flux-tube series in a tube)
        double eps = 0.1;
        CurrentFocusingSolution s = SOLVER.solve(spot(eps).withChargeTransferResistance(1e3)); // J = 1e-3
        assertThat(4 * s.constrictionResistance()).isCloseTo(uniformFluxFactor(eps, 4.0), withinPercentage(0.5));
        // the non-uniformity is first order in J: (A − 1) doubles when J doubles
        double a1 = s.contactAmplification() - 1;
        double a2 = SOLVER.solve(spot(eps).withChargeTransferResistance(500)).contactAmplification() - 1;
        assertThat(a2 / a1).isCloseTo(2.0, withinPercentage(2));
    }

    @Test
    void amplificationFallsMonotonicallyWithTheWagnerNumber() {
        double previous = Double.MAX_VALUE;
        for (double wagner : new double[] {1e3, 1e2, 10, 1, 0.1}) {
            CurrentFocusingSolution s = SOLVER.solve(spot(0.05).withChargeTransferResistance(1 / wagner));
            assertThat(s.contactAmplification()).as("J = %s", wagner).isLessThan(previous).isGreaterThan(1.0);
            // local overpotential: R_ct times the local current density
            assertThat(s.peakContactOverpotential()).isCloseTo(s.peakContactCurrentDensity() / wagner,
                    withinPercentage(1e-9));
            previous = s.contactAmplification();
        }
        assertThat(previous).isLessThan(1.03);
    }

    @Test
    void theProblemIsLinearAndScalesWithSigmaAndA() {
        CurrentFocusingProblem p = CurrentFocusingProblem.of(CurrentFocusingGeometry.SPOT, 0.05, 2e-6, 2e-5, 8e-5)
                .withChargeTransferResistance(4e-5);
        CurrentFocusingSolution s = SOLVER.solve(p);
        CurrentFocusingSolution twice = SOLVER.solve(p.withCurrentDensity(2 * p.currentDensity()));
        assertThat(twice.cellPotential()).isCloseTo(2 * s.cellPotential(), withinPercentage(1e-9));
        assertThat(twice.contactAmplification()).isCloseTo(s.contactAmplification(), withinPercentage(1e-9));
        // the same Wagner number in a cell of unit size: R_c·σa is the same number
        // (exact up to the solve's residual: both solves refined to 1e-10)
        CurrentFocusingSolver tight = SOLVER.withTolerance(1e-10);
        CurrentFocusingSolution unit = tight.solve(spot(0.1).withChargeTransferResistance(4e-5 * 0.05 / 2e-6));
        assertThat(tight.solve(p).constrictionResistance() * 0.05 * 2e-6).isCloseTo(unit.constrictionResistance(),
                withinPercentage(1e-6));
    }

    @Test
    void currentFocusesAtTheEdgeOfAVoid() {
        CurrentFocusingProblem p = CurrentFocusingProblem.of(CurrentFocusingGeometry.VOID, 1.0, 1.0, 5.0, 20.0);
        CurrentFocusingSolution s = SOLVER.solve(p);
        assertThat(s.contactAmplificationAt(0.01)).isGreaterThan(3.0);
        assertThat(s.constrictionResistance()).isPositive();
        // a charge-transfer resistance evens it out
        CurrentFocusingSolution ct = SOLVER.solve(p.withChargeTransferResistance(1.0));
        assertThat(ct.contactAmplificationAt(0.01)).isLessThan(s.contactAmplificationAt(0.01));
        assertThat(ct.contactAmplificationAt(0.01)).isGreaterThan(1.0);
    }

    @Test
    void badInputIsRefusedWithItsName() {
        assertThatThrownBy(() -> CurrentFocusingProblem.of(CurrentFocusingGeometry.SPOT, 1.0, 2.0, 1.0, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cell radius");
        assertThatThrownBy(() -> spot(0.1).withChargeTransferResistance(-1))
                .hasMessageContaining("charge-transfer resistance");
        assertThatThrownBy(() -> SOLVER.solve(spot(0.1)).contactAmplificationAt(1e-9))
                .hasMessageContaining("distance");
        assertThat(SOLVER.solve(spot(0.1)).problem()).isEqualTo(spot(0.1));
        assertThat(SOLVER.solve(spot(0.1)).iterations()).isBetween(0, 3);
        assertThat(spot(0.1).wagnerNumber()).isEmpty();
        assertThat(spot(0.1).withChargeTransferResistance(2).wagnerNumber().getAsDouble()).isCloseTo(0.5, offset(1e-15));
    }
}
