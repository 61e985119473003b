package org.interphase.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Physical invariants of the boundary-element solution on small random rough surfaces. */
class ContactSolverProperties {

    private static final double E_STAR = 1e9;

    private static Surface surface(int seed, double hurst) {
        return SelfAffineGenerator.builder().points(32).size(1e-6).hurst(hurst).rmsSlope(0.1).build().generate(seed);
    }

    @Property(tries = 100)
    void contactFractionRisesWithLoadAndNeverExceedsOne(@ForAll @IntRange(min = 0, max = 100000) int seed,
            @ForAll @DoubleRange(min = 0.3, max = 1.0) double hurst,
            @ForAll @DoubleRange(min = -3.5, max = -0.5) double log10Load) {
        double p = Math.pow(10, log10Load) * E_STAR * 0.1;
        List<ContactSolution> path = ContactSolver.withDefaults().withTolerance(1e-9).withMaxIterations(20000)
                .loadPath(ContactProblem.periodic(surface(seed, hurst), E_STAR), p, 1.5 * p, 2.25 * p);
        for (int i = 0; i < path.size(); i++) {
            assertThat(path.get(i).contactFraction()).isGreaterThan(0).isLessThanOrEqualTo(1.0);
            if (i > 0) {
                assertThat(path.get(i).contactFraction()).isGreaterThanOrEqualTo(path.get(i - 1).contactFraction());
                assertThat(path.get(i).meanGap()).isLessThanOrEqualTo(path.get(i - 1).meanGap());
            }
        }
    }

    @Property(tries = 100)
    void noTensionLoadBalanceAndNoPenetration(@ForAll @IntRange(min = 0, max = 100000) int seed,
            @ForAll @DoubleRange(min = -3.5, max = -0.5) double log10Load,
            @ForAll @DoubleRange(min = -2.5, max = 1.0) double log10Hardness) {
        Surface s = surface(seed, 0.8);
        double p = Math.pow(10, log10Load) * E_STAR * 0.1;
        double hardness = Math.pow(10, log10Hardness) * E_STAR * 0.1;
        ContactProblem pr = ContactProblem.periodic(s, E_STAR);
        if (hardness > 1.05 * p) {
            pr = pr.withHardness(hardness);
        }
        ContactSolution sol = ContactSolver.withDefaults().withTolerance(1e-10).withMaxIterations(20000).solve(pr.withMeanPressure(p));
        double[] pressure = sol.pressure();
        double[] gap = sol.gap();
        double sum = 0;
        for (int i = 0; i < pressure.length; i++) {
            assertThat(pressure[i]).isGreaterThanOrEqualTo(0.0).isLessThanOrEqualTo(pr.hardnessCap());
            assertThat(gap[i]).isGreaterThanOrEqualTo(-1e-6 * s.statistics().rmsHeight());
            sum += pressure[i];
        }
        double tolerance = pr.hardness().isEmpty() ? 1e-12 : 1e-6;
        assertThat(sum / pressure.length).isCloseTo(p, org.assertj.core.api.Assertions.within(tolerance * p));
        assertThat(sol.meanGap()).isGreaterThanOrEqualTo(0.0);
    }
}
