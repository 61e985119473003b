package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Physical invariants of elements and circuits, over random parameters and frequencies. */
class ImpedanceProperties {

    /** A circuit with one random parameter vector: positive values over 8 decades, exponents in [0.3, 1]. */
    record Drawn(Circuit circuit, double[] p) {
        @Override
        public String toString() {
            return circuit + " " + circuit.named(p);
        }
    }

    private static Arbitrary<Drawn> drawn(Arbitrary<String> circuits) {
        return circuits.flatMap(text -> {
            Circuit c = Circuit.parse(text);
            Arbitrary<double[]> logs = Arbitraries.doubles().between(-4, 4).array(double[].class)
                    .ofSize(c.parameterCount());
            Arbitrary<double[]> exps = Arbitraries.doubles().between(0.3, 1.0).array(double[].class)
                    .ofSize(c.parameterCount());
            return Combinators.combine(logs, exps).as((l, e) -> {
                double[] p = new double[l.length];
                for (int k = 0; k < p.length; k++) {
                    p[k] = c.isExponent(k) ? e[k] : Math.pow(10, l[k]);
                }
                if (text.startsWith("T")) {
                    // Paasch's A = d(ρ₁² + ρ₂²)/(ρ₁ + ρ₂) ≥ B = 2dρ₁ρ₂/(ρ₁ + ρ₂) for every pair of
                    // resistivities: only B ≤ A describes a (passive) porous electrode
                    double a = Math.max(p[0], p[1]);
                    p[1] = Math.min(p[0], p[1]);
                    p[0] = a;
                }
                return new Drawn(c, p);
            });
        });
    }

    @Provide
    Arbitrary<Drawn> elements() {
        return drawn(Arbitraries.of(ElementType.class).map(t -> t.code() + "1"));
    }

    /** Circuits without inductors: all impedances in the fourth quadrant, so |dZ/d ln ω| ≲ |Z|. */
    @Provide
    Arbitrary<Drawn> rcCircuits() {
        return drawn(Arbitraries.of("R0-p(R1,CPE1)-p(R2-Wo1,C2)", "R0-p(R1,C1)-Ws1", "R0-p(R1-G1,C1)",
                "Zarc1-Gs1-K1", "R0-TLMQ1", "p(R1,C1)-p(R2,CPE2)-W1", "p(R1-Wo1,CPE1)-p(R2,Zarc2)", "C1-p(R1,Ws1)"));
    }

    @Property(tries = 300)
    void passiveElementsHaveNonNegativeRealPart(@ForAll("elements") Drawn d,
            @ForAll @DoubleRange(min = -6, max = 9) double log10f) {
        Spectrum s = d.circuit().spectrum(new double[] {Math.pow(10, log10f)}, d.p());
        assertThat(s.re(0)).isGreaterThanOrEqualTo(-1e-15 * s.modulus(0));
    }

    /** A graded layer with a random positive σ(x) and εr(x) is passive and its DC limit is ∫dx/σ. */
    @Property(tries = 100)
    void gradedLayersArePassive(@ForAll("profiles") double[][] profile,
            @ForAll @DoubleRange(min = -6, max = 9) double log10f) {
        double[] x = profile[0];
        GradedLayer g = GradedLayer.of(org.interphase.core.Profile.of(x, profile[1]),
                org.interphase.core.Profile.of(x, profile[2]));
        Spectrum s = g.spectrum(new double[] {Math.pow(10, log10f)});
        assertThat(s.re(0)).isGreaterThanOrEqualTo(0);
        assertThat(s.im(0)).isLessThanOrEqualTo(0);
        assertThat(s.re(0)).isLessThanOrEqualTo(g.resistance() * (1 + 1e-12));
    }

    @Provide
    Arbitrary<double[][]> profiles() {
        Arbitrary<double[]> logSigma = Arbitraries.doubles().between(-10, 2).array(double[].class).ofSize(6);
        Arbitrary<double[]> eps = Arbitraries.doubles().between(1, 100).array(double[].class).ofSize(6);
        return Combinators.combine(logSigma, eps).as((ls, e) -> {
            double[] x = new double[6];
            double[] sigma = new double[6];
            for (int i = 0; i < 6; i++) {
                x[i] = 1e-9 * i * (1 + 0.1 * i);
                sigma[i] = Math.pow(10, ls[i]);
            }
            return new double[][] {x, sigma, e};
        });
    }

    @Property(tries = 200)
    void seriesImpedancesAdd(@ForAll("rcCircuits") Drawn a, @ForAll("elements") Drawn b,
            @ForAll @DoubleRange(min = -6, max = 9) double log10f) {
        // rename b's element so the names stay unique
        Circuit bb = Circuit.parse(b.circuit().toString().replaceAll("1$", "9"));
        Circuit both = Circuit.series(a.circuit(), bb);
        double[] p = new double[both.parameterCount()];
        System.arraycopy(a.p(), 0, p, 0, a.p().length);
        System.arraycopy(b.p(), 0, p, a.p().length, b.p().length);
        double[] f = {Math.pow(10, log10f)};
        Spectrum sa = a.circuit().spectrum(f, a.p());
        Spectrum sb = bb.spectrum(f, b.p());
        Spectrum s = both.spectrum(f, p);
        double scale = sa.modulus(0) + sb.modulus(0);
        assertThat(s.re(0)).isCloseTo(sa.re(0) + sb.re(0), within(1e-14 * scale));
        assertThat(s.im(0)).isCloseTo(sa.im(0) + sb.im(0), within(1e-14 * scale));
    }

    @Property(tries = 100)
    void circuitsAreFiniteAndContinuousFromMicrohertzToGigahertz(@ForAll("rcCircuits") Drawn d) {
        double[] f = Spectrum.logFrequencies(1e-6, 1e9, 301);
        double[] shifted = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            shifted[i] = f[i] * (1 + 1e-6);
        }
        // spectrum() throws if any value is not finite
        Spectrum s = d.circuit().spectrum(f, d.p());
        Spectrum t = d.circuit().spectrum(shifted, d.p());
        for (int i = 0; i < f.length; i++) {
            assertThat(Double.isFinite(s.re(i)) && Double.isFinite(s.im(i))).isTrue();
            double change = Math.hypot(t.re(i) - s.re(i), t.im(i) - s.im(i));
            // a relative step of 1e-6 in f changes Z by at most ~1e-6·|Z| for fourth-quadrant impedances
            assertThat(change).as("at %g Hz", f[i]).isLessThanOrEqualTo(1e-5 * s.modulus(i));
        }
    }
}
