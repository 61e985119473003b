package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.interphase.core.Constants;
import org.interphase.core.Profile;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

class LayerTest {

    private static final double E0 = Constants.VACUUM_PERMITTIVITY;

    @Test
    void homogeneousLayerArcApexIsAtSigmaOverTwoPiEpsForAnyThickness() {
        double sigma = Units.sPerCm(1e-6);
        double epsR = 40;
        double fApex = sigma / (2 * Math.PI * E0 * epsR);
        for (double nm : new double[] {1, 10, 100, 1e4}) {
            HomogeneousLayer layer = HomogeneousLayer.of(Units.nm(nm), sigma, epsR);
            assertThat(layer.apexFrequency()).isCloseTo(fApex, within(1e-12 * fApex));
            // exactly at f_apex: Z = R/2 − jR/2, the top of the semicircle
            Spectrum at = layer.spectrum(new double[] {fApex});
            assertThat(at.re(0)).isCloseTo(layer.resistance() / 2, within(1e-12 * layer.resistance()));
            assertThat(at.im(0)).isCloseTo(-layer.resistance() / 2, within(1e-12 * layer.resistance()));
            // and the sampled spectrum peaks there, whatever the thickness
            Spectrum s = layer.spectrum(Spectrum.logFrequencies(fApex / 1e3, fApex * 1e3, 121));
            assertThat(s.peakFrequency()).isCloseTo(fApex, within(1e-3 * fApex));
            assertThat(layer.resistance()).isCloseTo(Units.nm(nm) / sigma, within(1e-12 * layer.resistance()));
        }
    }

    @Test
    void researchNoteCoatingExample() {
        // buffer-and-impedance.md §0.5, [V computed] by the research helper with numpy: 10 nm LiNbO3,
        // 1e-6 S/cm, εr = 40 → R = 1 Ω·cm², C = 3.54 µF/cm², f_apex = 44.9 kHz
        HomogeneousLayer c = HomogeneousLayer.of(Units.nm(10), Units.sPerCm(1e-6), 40);
        assertThat(Units.toOhmCm2(c.resistance())).isCloseTo(1.0, within(1e-12));
        assertThat(Units.toUFPerCm2(c.capacitance())).isCloseTo(3.54, within(0.005));
        assertThat(c.apexFrequency()).isCloseTo(44.9e3, within(0.05e3));
        assertThat(c.toString()).isEqualTo(
                "layer 10 nm, σ = 1 µS/cm, εr = 40: R = 1 Ω·cm², C = 3.542 µF/cm², f_apex = 44.94 kHz");
    }

    @Test
    void workedStackOfTheResearchNoteIsReproduced() {
        // buffer-and-impedance.md §3.2, values [V] computed independently by the research helper's
        // numpy script (A = 1 cm², so Ω = Ω·cm²): SE bulk 500 µm at 1e-3 S/cm, εr 30; brick-layer
        // GB d_g = 2 µm, δ = 2 nm, σ_gb = 1e-6 S/cm; coating 5 nm at 1e-8 S/cm, εr 40;
        // R_ct = 20 Ω·cm², C_dl = 5 µF/cm². The note lists Z to 4 decimals.
        BrickLayer se = new BrickLayer(Units.um(500), Units.um(2), Units.nm(2), Units.sPerCm(1e-3), Units.sPerCm(1e-6),
                30, 30);
        assertThat(Units.toOhmCm2(se.bulk().resistance())).isCloseTo(50, within(1e-9));
        assertThat(Units.toOhmCm2(se.boundaryResistance())).isCloseTo(50, within(1e-9));
        assertThat(se.boundaryCapacitance() / 1e4).isCloseTo(5.3125e-8, within(0.0001e-8));
        Impedance stack = Impedance.series(se, HomogeneousLayer.of(Units.nm(5), Units.sPerCm(1e-8), 40),
                new ChargeTransfer(Units.ohmCm2(20), Units.uFPerCm2(5)));
        double[] f = {1e6, 1e5, 1e4, 1e3, 1e2, 10};
        double[][] expected = {{50.1650, -3.8737}, {63.2143, -22.6708}, {99.2399, -13.4739}, {122.7258, -28.5385},
            {167.5621, -11.9367}, {169.9745, -1.2461}};
        Spectrum s = stack.spectrum(f);
        assertThat(s.perArea()).isTrue();
        for (int i = 0; i < f.length; i++) {
            assertThat(Units.toOhmCm2(s.re(i))).as("Z' at %g Hz", f[i]).isCloseTo(expected[i][0], within(6e-5));
            assertThat(Units.toOhmCm2(s.im(i))).as("Z'' at %g Hz", f[i]).isCloseTo(expected[i][1], within(6e-5));
        }
    }

    @Test
    void gradedLayerWithUniformProfileIsTheHomogeneousLayer() {
        double l = Units.nm(20);
        double sigma = 1e-4;
        Profile p = Profile.of(new double[] {0, l / 3, l}, new double[] {sigma, sigma, sigma});
        GradedLayer g = GradedLayer.of(p, 25);
        HomogeneousLayer h = HomogeneousLayer.of(l, sigma, 25);
        double[] f = Spectrum.logFrequencies(1e-3, 1e12, 46);
        Spectrum a = g.spectrum(f);
        Spectrum b = h.spectrum(f);
        for (int i = 0; i < f.length; i++) {
            assertThat(a.re(i)).isCloseTo(b.re(i), within(1e-13 * h.resistance()));
            assertThat(a.im(i)).isCloseTo(b.im(i), within(1e-13 * h.resistance()));
        }
        assertThat(g.resistance()).isCloseTo(h.resistance(), within(1e-14 * h.resistance()));
    }

    @Test
    void piecewiseConstantProfileEqualsTheSeriesOfItsRcLayers() {
        // three layers: 4 nm at 1e-3 S/m εr 20, 10 nm at 1e-6 S/m εr 40, 30 nm at 1e-2 S/m εr 60.
        // Jumps are represented by a transition 1e-18 m wide; its contribution is ~1e-10 of the total.
        double d = 1e-18;
        double a = 4e-9;
        double b = 14e-9;
        double c = 44e-9;
        Profile sigma = Profile.of(new double[] {0, a, a + d, b, b + d, c},
                new double[] {1e-3, 1e-3, 1e-6, 1e-6, 1e-2, 1e-2});
        Profile eps = Profile.of(new double[] {0, a, a + d, b, b + d, c}, new double[] {20, 20, 40, 40, 60, 60});
        GradedLayer g = GradedLayer.of(sigma, eps);
        Impedance series = Impedance.series(HomogeneousLayer.of(a, 1e-3, 20), HomogeneousLayer.of(b - a, 1e-6, 40),
                HomogeneousLayer.of(c - b, 1e-2, 60));
        double[] f = Spectrum.logFrequencies(1e-2, 1e11, 56);
        Spectrum x = g.spectrum(f);
        Spectrum y = series.spectrum(f);
        for (int i = 0; i < f.length; i++) {
            double m = y.modulus(i);
            assertThat(x.re(i)).as("Z' at %g Hz", f[i]).isCloseTo(y.re(i), within(1e-9 * m));
            assertThat(x.im(i)).as("Z'' at %g Hz", f[i]).isCloseTo(y.im(i), within(1e-9 * m));
        }
    }

    /** σ(x) = σ0·e^{x/ℓ}, uniform εr: Z = (1/b)[L − ℓ ln((a e^{L/ℓ} + b)/(a + b))], a = σ0, b = jωε0εr. */
    private static double[] exponentialProfileExact(double s0, double ell, double l, double omega, double epsR) {
        org.apache.commons.math3.complex.Complex bb = new org.apache.commons.math3.complex.Complex(0, omega * E0 * epsR);
        org.apache.commons.math3.complex.Complex num = bb.add(s0 * Math.exp(l / ell));
        org.apache.commons.math3.complex.Complex den = bb.add(s0);
        org.apache.commons.math3.complex.Complex z = num.divide(den).log().multiply(-ell).add(l).divide(bb);
        return new double[] {z.getReal(), z.getImaginary()};
    }

    @Test
    void gradedLayerConvergesAtSecondOrderToTheExponentialProfile() {
        double s0 = 1e-7;
        double ell = 2e-9;
        double l = 10e-9; // σ rises by e^5 ≈ 148 over the layer
        double epsR = 30;
        double omega = 2 * Math.PI * s0 * 10 / (2 * Math.PI * E0 * epsR); // near the low-σ end's relaxation
        double[] exact = exponentialProfileExact(s0, ell, l, omega, epsR);
        double zAbs = Math.hypot(exact[0], exact[1]);
        double[] errors = new double[5];
        for (int m = 0; m < errors.length; m++) {
            int n = 10 << m;
            double[] xs = new double[n + 1];
            double[] ys = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                xs[i] = l * i / n;
                ys[i] = s0 * Math.exp(xs[i] / ell);
            }
            GradedLayer g = GradedLayer.of(Profile.of(xs, ys), epsR);
            double[] re = new double[1];
            double[] im = new double[1];
            g.evaluate(new double[] {omega}, re, im);
            errors[m] = Math.hypot(re[0] - exact[0], im[0] - exact[1]) / zAbs;
        }
        for (int m = 1; m < errors.length; m++) {
            double order = Math.log(errors[m - 1] / errors[m]) / Math.log(2);
            assertThat(order).as("observed order, %d → %d segments", 10 << (m - 1), 10 << m).isBetween(1.9, 2.1);
        }
        assertThat(errors[errors.length - 1]).isLessThan(1e-4);
    }

    @Test
    void depletedSpaceChargeZoneBecomesALowFrequencyArc() {
        // Depletion profile σ(x) = σ∞·exp(−φ0(1 − x/w)²/V_T), w = 5 nm, σ∞ = 1e-3 S/cm, εr = 30: the
        // research note's §3.1 example (buffer-and-impedance.md), but at T = 298.15 K, where the
        // note's table is for 300 K (its 2.48 Ω·cm² at 0.3 eV is 2.65 Ω·cm² here; checked against
        // the table at 300 K below). Reference values from scipy adaptive quadrature of the
        // continuous profile at 298.15 K: src/test/resources/.../depletion_reference_values.py.
        // The apex is set by the smallest σ, not by w: deeper depletion moves the arc down in frequency.
        double sInf = Units.sPerCm(1e-3);
        double vt = Constants.thermalVoltage(298.15);
        double w = Units.nm(5);
        double[][] reference = { // φ0, excess R (Ω·m²), apex (Hz), Z'(1 kHz), Z''(1 kHz) (Ω·m²)
            {0.3, 2.6475627015e-04, 1.02982498e+03, 1.5140361204e-04, -1.0493082738e-04},
            {0.5, 3.7369328025e-01, 4.24552964e-01, 1.6214758601e-04, -7.4536132710e-04}};
        for (double[] ref : reference) {
            double phi0 = ref[0];
            // the sampled σ carries an O(h²) error ≈ (2φ0/V_T)²h²/12 in 1/σ: 2e-6 for n = 8000 at 0.5 eV
            int n = 8000;
            double[] xs = new double[n + 1];
            double[] ys = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                xs[i] = w * i / n;
                double u = 1 - xs[i] / w;
                ys[i] = sInf * Math.exp(-phi0 * u * u / vt);
            }
            GradedLayer g = GradedLayer.of(Profile.of(xs, ys), 30);
            double excess = g.resistance() - w / sInf;
            assertThat(excess).isCloseTo(ref[1], within(1e-5 * ref[1]));
            Spectrum at1k = g.spectrum(new double[] {1e3});
            assertThat(at1k.re(0)).isCloseTo(ref[3], within(1e-5 * at1k.modulus(0)));
            assertThat(at1k.im(0)).isCloseTo(ref[4], within(1e-5 * at1k.modulus(0)));
            // 20 points per decade with a parabolic apex: the arc is asymmetric, so allow 2 %
            double fp = g.spectrum(Spectrum.logFrequencies(1e-4, 1e9, 261)).peakFrequency();
            assertThat(fp).isCloseTo(ref[2], within(0.02 * ref[2]));
        }
        // the research note's table (§3.1, 300 K, three significant figures): excess R_SCL =
        // 3.25e-3, 2.48 and 3.34e3 Ω·cm² for φ0 = 0.1, 0.3, 0.5 eV
        double vt300 = Constants.thermalVoltage(300);
        double[][] note = {{0.1, 3.25e-3}, {0.3, 2.48}, {0.5, 3.34e3}};
        for (double[] row : note) {
            int n = 8000;
            double[] xs = new double[n + 1];
            double[] ys = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                xs[i] = w * i / n;
                double u = 1 - xs[i] / w;
                ys[i] = sInf * Math.exp(-row[0] * u * u / vt300);
            }
            double excess = Units.toOhmCm2(GradedLayer.of(Profile.of(xs, ys), 30).resistance() - w / sInf);
            assertThat(excess).as("φ0 = %s eV", row[0]).isCloseTo(row[1], within(0.005 * row[1]));
        }
    }

    @Test
    void brickLayerAndChargeTransferFormulas() {
        BrickLayer b = new BrickLayer(1e-3, 5e-6, 5e-9, 0.05, 1e-5, 60, 50);
        assertThat(b.boundaryResistance()).isCloseTo(1e-3 / 1e-5 * 1e-3, within(1e-15));
        assertThat(b.boundaryApexFrequency()).isCloseTo(1e-5 / (2 * Math.PI * E0 * 50), within(1e-6));
        assertThat(b.resistance()).isCloseTo(1e-3 / 0.05 + 0.1, within(1e-15));
        // R_ct = RT/(F i0): i0 = 1 mA/cm² at 298.15 K → 25.69 Ω·cm²
        ChargeTransfer ct = ChargeTransfer.fromExchangeCurrent(Units.mAPerCm2(1), 1, 298.15, Units.uFPerCm2(10));
        assertThat(Units.toOhmCm2(ct.resistance())).isCloseTo(Constants.thermalVoltage(298.15) / 1e-3, within(1e-9));
        assertThat(ct.apexFrequency()).isCloseTo(1 / (2 * Math.PI * ct.resistance() * 0.1), within(1e-9));
        Spectrum dc = ct.spectrum(new double[] {1e-9});
        assertThat(dc.re(0)).isCloseTo(ct.resistance(), within(1e-12));
        assertThatThrownBy(() -> HomogeneousLayer.of(-1e-9, 1, 10)).hasMessage(
                "layer thickness must be > 0 m, was -1.0E-9 m");
        assertThatThrownBy(() -> new BrickLayer(1e-3, 5e-9, 5e-9, 0.05, 1e-5, 60, 50)).hasMessageContaining(
                "grain-boundary thickness must be < grain size");
        assertThatThrownBy(() -> GradedLayer.of(Profile.of(new double[] {0, 1e-9}, new double[] {1e-3, 0}), 10))
                .hasMessageContaining("conductivity at x = 1.0E-9 m must be > 0 S/m");
        assertThatThrownBy(() -> ChargeTransfer.fromExchangeCurrent(0, 1, 298, 0.1)).hasMessageContaining(
                "exchange current density must be > 0 A/m²");
    }
}
