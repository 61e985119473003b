package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Every element against its closed form, independent reference values and its limits. */
class ElementTest {

    private static final double[] F = {0.001, 1.0, 1000.0};
    private static final double[] P = {0.1, 0.2, 0.3, 0.4};

    /**
     * Reference values computed independently with numpy 2.2 complex128 from the textbook
     * formulas (no series, no overflow guards): see
     * src/test/resources/org/interphase/impedance/element_reference_values.py. Inputs are
     * impedance.py's element-test inputs (f = 0.001, 1, 1000 Hz; parameters 0.1, 0.2, 0.3, 0.4).
     * Pairs (Z', Z'') at the three frequencies.
     */
    private static final Object[][] REFERENCE = {
        {"R", new double[] {1.000000000000000e-01, 0, 1.000000000000000e-01, 0, 1.000000000000000e-01, 0}},
        {"C", new double[] {0, -1.591549430918953e+03, 0, -1.591549430918954e+00, 0, -1.591549430918953e-03}},
        {"L", new double[] {0, 6.283185307179587e-04, 0, 6.283185307179586e-01, 0, 6.283185307179587e+02}},
        {"CPE", new double[] {2.621623684140725e+01, -8.518171710879971e+00, 6.585220960717244e+00,
            -2.139667994182814e+00, 1.654132717971813e+00, -5.374603002523130e-01}},
        {"W", new double[] {1.261566261010080e+00, -1.261566261010080e+00, 3.989422804014327e-02,
            -3.989422804014327e-02, 1.261566261010080e-03, -1.261566261010080e-03}},
        {"Wo", new double[] {3.333333299912592e-02, -7.957747433847445e+01, 3.300437046673636e-02,
            -8.232866785870398e-02, 1.994711402007163e-03, -1.994711402007163e-03}},
        {"Ws", new double[] {9.999997894484941e-02, -4.188789133840756e-05, 8.327518807866260e-02,
            -3.338381671318098e-02, 1.994711402007163e-03, -1.994711402007163e-03}},
        {"G", new double[] {9.999994078244180e-02, -6.283179105931965e-05, 7.107755021941356e-02,
            -3.427465211788067e-02, 1.995504598455280e-03, -1.993917258185171e-03}},
        {"Gs", new double[] {3.432733166533135e-01, -4.189524819353274e-04, 1.391819314527732e-01,
            -1.624846678763797e-01, 1.995502959888787e-03, -1.993917075845743e-03}},
        {"Zarc", new double[] {8.900974058869025e-02, -4.863844133953616e-03, 4.818878719979930e-02,
            -1.198904382574443e-02, 9.691822551721602e-03, -4.362649236980392e-03}},
        {"K", new double[] {9.999984208657897e-02, -1.256635077037344e-04, 3.877266367391515e-02,
            -4.872316614323186e-02, 6.332569967499333e-08, -7.957742115295703e-05}},
        {"TLMQ", new double[] {2.042237172565870e+01, -1.038874276468587e+01, 2.600093696568885e+00,
            -1.307899486411058e+00, 3.559413873005080e-01, -1.649159914098128e-01}},
        {"La", new double[] {3.450184336749839e-02, 1.121032846644289e-02, 1.373543124191473e-01,
            4.462912146750905e-02, 5.468173668050783e-01, 1.776717327171837e-01}},
        {"T", new double[] {1.000412510832362e+00, -8.373089308946261e-03, 1.560367608775184e-02,
            -1.140621709194003e-01, 1.410558132795821e-03, -1.410389769870325e-03}},
    };

    @Test
    void everyElementMatchesIndependentReferenceValues() {
        assertThat(REFERENCE.length).isEqualTo(ElementType.values().length);
        for (Object[] row : REFERENCE) {
            String code = (String) row[0];
            double[] expected = (double[]) row[1];
            ElementType type = ElementType.ofCode(code);
            Circuit c = Circuit.element(code + "1");
            double[] p = java.util.Arrays.copyOf(P, type.parameterCount());
            Spectrum s = c.spectrum(F, p);
            for (int i = 0; i < F.length; i++) {
                double scale = Math.hypot(expected[2 * i], expected[2 * i + 1]);
                assertThat(s.re(i)).as(code + " Re at " + F[i] + " Hz").isCloseTo(expected[2 * i], within(1e-12 * scale));
                assertThat(s.im(i)).as(code + " Im at " + F[i] + " Hz").isCloseTo(expected[2 * i + 1],
                        within(1e-12 * scale));
            }
        }
    }

    private static double[] z(String element, double f, double... p) {
        Spectrum s = Circuit.element(element).spectrum(new double[] {f}, p);
        return new double[] {s.re(0), s.im(0)};
    }

    @Test
    void openWarburgHasItsLowAndHighFrequencyLimits() {
        double z0 = 7.0;
        double tau = 3.0;
        // ωτ → 0: Z0/3 + Z0/(jωτ) + O(ωτ) — the real part 1/3·Z0 is lost to cancellation in the direct formula
        for (double wt : new double[] {1e-15, 1e-9, 1e-4}) {
            double f = wt / tau / (2 * Math.PI);
            double[] z = z("Wo1", f, z0, tau);
            assertThat(z[0]).isCloseTo(z0 / 3, within(z0 * 1e-12 + z0 * wt * wt));
            assertThat(z[1]).isCloseTo(-z0 / wt, within(z0 / wt * 1e-14 + z0 * wt / 45 * 1.01));
        }
        // ωτ → ∞: coth → 1, Z = Z0/√(jωτ) = Z0 (1 − j)/√(2ωτ); cosh(√(ωτ/2)·2) would overflow beyond ωτ ≈ 2.5e5
        for (double wt : new double[] {1e6, 1e12, 1e20, 1e300}) {
            double f = wt / tau / (2 * Math.PI);
            double[] z = z("Wo1", f, z0, tau);
            double expected = z0 / Math.sqrt(2 * wt);
            assertThat(z[0]).isCloseTo(expected, within(expected * 1e-13));
            assertThat(z[1]).isCloseTo(-expected, within(expected * 1e-13));
        }
    }

    @Test
    void shortWarburgHasItsLowAndHighFrequencyLimits() {
        double z0 = 5.0;
        double tau = 0.5;
        for (double wt : new double[] {1e-15, 1e-9, 1e-4}) {
            double f = wt / tau / (2 * Math.PI);
            double[] z = z("Ws1", f, z0, tau);
            // tanh(s)/s = 1 − s²/3 + 2s⁴/15: Re = Z0(1 − 2(ωτ)²/15), Im = −Z0 ωτ/3 (1 − 17(ωτ)²/105)
            assertThat(z[0]).isCloseTo(z0 * (1 - 2 * wt * wt / 15), within(z0 * 1e-15));
            assertThat(z[1]).isCloseTo(-z0 * wt / 3 * (1 - 17 * wt * wt / 105), within(z0 * wt * 1e-13));
        }
        for (double wt : new double[] {1e6, 1e12, 1e300}) {
            double f = wt / tau / (2 * Math.PI);
            double[] z = z("Ws1", f, z0, tau);
            double expected = z0 / Math.sqrt(2 * wt);
            assertThat(z[0]).isCloseTo(expected, within(expected * 1e-13));
            assertThat(z[1]).isCloseTo(-expected, within(expected * 1e-13));
        }
    }

    @Test
    void seriesAndDirectFormulasAgreeWhereTheyMeet() {
        // Cx switches from the Taylor series to the direct formula at |w| = 1e-2: both sides of the
        // switch must agree to the accuracy of the direct formula there (≈ ε/|w|)
        double[] below = new double[2];
        double[] above = new double[2];
        double wLo = 1e-2 * (1 - 1e-12);
        double wHi = 1e-2 * (1 + 1e-12);
        Cx.cothOverRoot(0, wLo, below);
        Cx.cothOverRoot(0, wHi, above);
        assertThat(below[0]).isCloseTo(above[0], within(1e-12));
        assertThat(below[1]).isCloseTo(above[1], within(1e-9));
        Cx.tanhOverRoot(0, wLo, below);
        Cx.tanhOverRoot(0, wHi, above);
        assertThat(below[0]).isCloseTo(above[0], within(1e-13));
        assertThat(below[1]).isCloseTo(above[1], within(1e-13));
        Cx.log1pOverD(wLo * 0.6, wLo * 0.8, below);
        Cx.log1pOverD(wHi * 0.6, wHi * 0.8, above);
        assertThat(below[0]).isCloseTo(above[0], within(1e-13));
        assertThat(below[1]).isCloseTo(above[1], within(1e-13));
    }

    @Test
    void tanhOverRootSeriesIsAccurateToRoundingAtItsLimit() {
        // just below |w| = 1e-2 the series must equal the direct tanh(s)/s (no cancellation there:
        // tanh s ≈ s) to rounding; without its w⁶ term the truncation error was 3.6e-15
        double[] series = new double[2];
        double[] direct = new double[2];
        double mod = 1e-2 * (1 - 1e-12);
        for (double angle : new double[] {-Math.PI / 2, -Math.PI / 4, 0, Math.PI / 4, Math.PI / 2}) {
            double wr = mod * Math.cos(angle);
            double wi = mod * Math.sin(angle);
            Cx.tanhOverRoot(wr, wi, series);
            Cx.sqrt(wr, wi, direct);
            double sr = direct[0];
            double si = direct[1];
            Cx.tanh(sr, si, direct);
            Cx.div(direct[0], direct[1], sr, si, direct);
            assertThat(series[0]).as("Re at angle %s", angle).isCloseTo(direct[0], within(1e-15));
            assertThat(series[1]).as("Im at angle %s", angle).isCloseTo(direct[1], within(1e-15));
        }
    }

    @Test
    void gerischerLimitsAndFiniteGerischerApproachesItForLongLayers() {
        double rg = 3.0;
        double tg = 2e-3;
        double[] low = z("G1", 1e-9, rg, tg);
        assertThat(low[0]).isCloseTo(rg, within(rg * 1e-10));
        double wt = 1e8;
        double[] high = z("G1", wt / tg / (2 * Math.PI), rg, tg);
        // R_G/√(jωt) = R_G (1 − j)/√(2ωt) to O(1/(ωt))
        assertThat(high[0]).isCloseTo(rg / Math.sqrt(2 * wt), within(rg / Math.sqrt(2 * wt) * 1e-7));
        assertThat(high[1]).isCloseTo(-rg / Math.sqrt(2 * wt), within(rg / Math.sqrt(2 * wt) * 1e-7));
        for (double f : new double[] {1e-3, 1, 1e3, 1e6}) {
            double[] g = z("G1", f, rg, tg);
            double[] gs = z("Gs1", f, rg, tg, 60.0); // tanh(60·√(1+jωt)) = 1 to 1e-52
            assertThat(gs[0]).isCloseTo(g[0], within(1e-14 * rg));
            assertThat(gs[1]).isCloseTo(g[1], within(1e-14 * rg));
        }
        // ω → 0: R_G / tanh φ
        double[] dc = z("Gs1", 1e-12, rg, tg, 0.7);
        assertThat(dc[0]).isCloseTo(rg / Math.tanh(0.7), within(1e-12 * rg));
    }

    @Test
    void zarcWithUnitExponentIsTheVoigtElementAndEqualsRParallelCpe() {
        double r = 40;
        double tau = 1e-4;
        double[] f = Spectrum.logFrequencies(1e-2, 1e8, 41);
        Spectrum zarc = Circuit.element("Zarc1").spectrum(f, r, tau, 1.0);
        Spectrum k = Circuit.element("K1").spectrum(f, r, tau);
        Spectrum rc = Circuit.parse("p(R1,C1)").spectrum(f, r, tau / r);
        double gamma = 0.8;
        Spectrum zarc8 = Circuit.element("Zarc1").spectrum(f, r, tau, gamma);
        // τ^γ = R·Q
        Spectrum rq = Circuit.parse("p(R1,CPE1)").spectrum(f, r, Math.pow(tau, gamma) / r, gamma);
        for (int i = 0; i < f.length; i++) {
            assertThat(zarc.re(i)).isCloseTo(k.re(i), within(1e-13 * r));
            assertThat(zarc.im(i)).isCloseTo(k.im(i), within(1e-13 * r));
            assertThat(rc.re(i)).isCloseTo(k.re(i), within(1e-13 * r));
            assertThat(rc.im(i)).isCloseTo(k.im(i), within(1e-13 * r));
            assertThat(rq.re(i)).isCloseTo(zarc8.re(i), within(1e-12 * r));
            assertThat(rq.im(i)).isCloseTo(zarc8.im(i), within(1e-12 * r));
        }
        // the apex of an R‖C arc: −Z'' = R/2 at ω = 1/τ
        double[] apex = z("K1", 1 / (2 * Math.PI * tau), r, tau);
        assertThat(apex[0]).isCloseTo(r / 2, within(1e-12 * r));
        assertThat(apex[1]).isCloseTo(-r / 2, within(1e-12 * r));
    }

    @Test
    void depressedArcHasItsClosedFormApex() {
        // R‖CPE: ω_apex = (RQ)^(−1/n), −Z''_max = (R/2)·tan(nπ/4). The research note
        // (buffer-and-impedance.md §3.1, computed independently with numpy) gives for R = 100 Ω,
        // Q = 1e-6, n = 0.85: f_apex = 8085.418 Hz and −Z''_max = 39.4168 Ω.
        double r = 100;
        double q = 1e-6;
        double n = 0.85;
        double fApex = Math.pow(r * q, -1 / n) / (2 * Math.PI);
        assertThat(fApex).isCloseTo(8085.418, within(0.001));
        Spectrum at = Circuit.parse("p(R1,CPE1)").spectrum(new double[] {fApex}, r, q, n);
        assertThat(-at.im(0)).isCloseTo(r / 2 * Math.tan(n * Math.PI / 4), within(1e-12 * r));
        assertThat(-at.im(0)).isCloseTo(39.4168, within(0.0001));
        // and it is the maximum: slightly off the apex −Z'' is smaller on both sides
        Spectrum near = Circuit.parse("p(R1,CPE1)").spectrum(new double[] {fApex * 0.99, fApex * 1.01}, r, q, n);
        assertThat(-near.im(0)).isLessThan(-at.im(0));
        assertThat(-near.im(1)).isLessThan(-at.im(0));
    }

    @Test
    void cpeHasConstantPhaseAndBecomesACapacitor() {
        double q = 2e-6;
        double a = 0.85;
        for (double f : new double[] {1e-6, 1, 1e9}) {
            double[] zc = z("CPE1", f, q, a);
            assertThat(Math.atan2(zc[1], zc[0])).isCloseTo(-a * Math.PI / 2, within(1e-14));
            assertThat(Math.hypot(zc[0], zc[1])).isCloseTo(1 / (q * Math.pow(2 * Math.PI * f, a)),
                    within(1e-13 / (q * Math.pow(2 * Math.PI * f, a))));
            double[] c = z("CPE1", f, q, 1.0);
            double[] cap = z("C1", f, q);
            assertThat(c[0]).isCloseTo(0, within(1e-15 * Math.abs(cap[1])));
            assertThat(c[1]).isCloseTo(cap[1], within(1e-14 * Math.abs(cap[1])));
        }
    }

    @Test
    void transmissionLineLimitsAndEquivalenceWithOpenWarburg() {
        double rion = 12;
        double q = 3e-4;
        // low f: Z_s + R_ion/3 (blocking pore: interface capacitance in series with a third of the ionic resistance)
        for (double g : new double[] {0.7, 1.0}) {
            double f = 1e-9;
            double[] z = z("TLMQ1", f, rion, q, g);
            double w = 2 * Math.PI * f;
            double zsMod = 1 / (q * Math.pow(w, g));
            // the R_ion/3 term itself, not just |Z| (|Z_s| ≈ 1e9–1e12 Ω here, so a tolerance relative
            // to |Z_s| could not see it): next term −R_ion²/(45 Z_s) is 1e-11 of R_ion
            assertThat(z[0] - zsMod * Math.cos(g * Math.PI / 2)).as("γ = %s", g).isCloseTo(rion / 3, within(1e-6 * rion));
            assertThat(z[1]).isCloseTo(-zsMod * Math.sin(g * Math.PI / 2), within(1e-12 * zsMod));
            // high f: √(R_ion Z_s) with |·| = √(R_ion |Z_s|), phase −γπ/4
            double fh = 1e9;
            double[] zh = z("TLMQ1", fh, rion, q, g);
            double mod = Math.sqrt(rion / (q * Math.pow(2 * Math.PI * fh, g)));
            assertThat(Math.hypot(zh[0], zh[1])).isCloseTo(mod, within(1e-12 * mod));
            assertThat(Math.atan2(zh[1], zh[0])).isCloseTo(-g * Math.PI / 4, within(1e-12));
        }
        // γ = 1: R coth(u)/u with u² = jω R Q is the open Warburg with Z0 = R, τ = RQ
        for (double f : Spectrum.logFrequencies(1e-6, 1e9, 31)) {
            double[] t = z("TLMQ1", f, rion, q, 1.0);
            double[] wo = z("Wo1", f, rion, rion * q);
            double scale = Math.hypot(wo[0], wo[1]);
            assertThat(t[0]).isCloseTo(wo[0], within(1e-13 * scale));
            assertThat(t[1]).isCloseTo(wo[1], within(1e-13 * scale));
        }
    }

    @Test
    void warburgIsTheHighFrequencyLimitOfTheFiniteWarburgs() {
        // Z0/√(jωτ) = (Z0/√τ)(1 − j)/√(2ω): A_W = Z0/√(2τ)
        double z0 = 4;
        double tau = 10;
        double f = 1e5;
        double[] w = z("W1", f, z0 / Math.sqrt(2 * tau));
        double[] wo = z("Wo1", f, z0, tau);
        double[] ws = z("Ws1", f, z0, tau);
        assertThat(wo[0]).isCloseTo(w[0], within(1e-13 * w[0]));
        assertThat(wo[1]).isCloseTo(w[1], within(1e-13 * w[0]));
        assertThat(ws[0]).isCloseTo(w[0], within(1e-13 * w[0]));
        assertThat(ws[1]).isCloseTo(w[1], within(1e-13 * w[0]));
        // and W itself is A_W(1 − j)/√ω
        double a = z0 / Math.sqrt(2 * tau);
        assertThat(w[0]).isCloseTo(a / Math.sqrt(2 * Math.PI * f), within(1e-15 * w[0]));
        assertThat(w[1]).isCloseTo(-a / Math.sqrt(2 * Math.PI * f), within(1e-15 * w[0]));
    }

    @Test
    void zarcHasItsLowAndHighFrequencyLimits() {
        // Z = R/(1 + (jωτ)^γ): R − R(jωτ)^γ + O((ωτ)^2γ) at low f; R(jωτ)^−γ, phase −γπ/2, at high f
        double r = 30;
        double tau = 1e-2;
        for (double g : new double[] {0.5, 0.7, 1.0}) {
            for (double wt : new double[] {1e-12, 1e-8, 1e-5}) {
                double[] z = z("Zarc1", wt / tau / (2 * Math.PI), r, tau, g);
                double x = Math.pow(wt, g);
                double bound = r * x * x * 1.01 + 1e-14 * r;
                assertThat(z[0]).as("γ %s, ωτ %s", g, wt).isCloseTo(r - r * x * Math.cos(g * Math.PI / 2), within(bound));
                assertThat(z[1]).as("γ %s, ωτ %s", g, wt).isCloseTo(-r * x * Math.sin(g * Math.PI / 2), within(bound));
            }
            for (double wt : new double[] {1e5, 1e8, 1e12}) {
                double[] z = z("Zarc1", wt / tau / (2 * Math.PI), r, tau, g);
                double mod = r * Math.pow(wt, -g);
                // relative corrections O((ωτ)^−γ)
                double rel = 1.01 * Math.pow(wt, -g) + 1e-14;
                assertThat(Math.atan2(z[1], z[0])).as("γ %s, ωτ %s", g, wt).isCloseTo(-g * Math.PI / 2, within(rel));
                assertThat(Math.hypot(z[0], z[1])).as("γ %s, ωτ %s", g, wt).isCloseTo(mod, within(rel * mod));
            }
        }
    }
}
