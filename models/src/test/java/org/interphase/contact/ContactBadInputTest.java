package org.interphase.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.interphase.materials.Materials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to the contact package gets an IllegalArgumentException (or NullPointerException) that names
 * the parameter and shows its value, before any work, and finite in-range input never gives NaN or ∞
 * (issue 13 §2; rows of the bad-input baseline of org.interphase.contact).
 */
class ContactBadInputTest {

    private static final double[] FLAT_4X4 = new double[16];

    static {
        for (int i = 0; i < 16; i++) {
            FLAT_4X4[i] = 1e-9 * Math.sin(i);
        }
    }

    static Stream<Arguments> refused() {
        Surface s = Surface.of(4, 4, 1e-6, 1e-6, FLAT_4X4);
        GreenwoodWilliamson gw = new GreenwoodWilliamson(1e12, 1e-6, 1e-8, 1e9,
                GreenwoodWilliamson.SummitHeights.GAUSSIAN);
        LithiumCreep creep = new LithiumCreep(Materials.LI_METAL.creepLaw().orElseThrow(), 1e6, 1e-6, 0.1,
                LithiumCreep.Heights.GAUSSIAN);
        return Stream.of(
                // results that overflowed from finite input: now refused, naming the input
                row("Barber ASR, tiny stiffness", () -> Constriction.barberAsr(1e9, 0.1, 1e-300), "stiffness", "1.0E-300"),
                row("spot lattice, huge pitch", () -> Constriction.spotLatticeAsr(0.1, 1e300, 1e-6), "pitch", "1.0E300"),
                row("spot lattice, tiny pitch", () -> Constriction.spotLatticeAsr(0.1, 1e-300, 1e-6), "pitch", "1.0E-300"),
                row("spot lattice, huge radius", () -> Constriction.spotLatticeAsr(0.1, 1e-3, 1e300), "radius", "1.0E300"),
                row("rigid body 2 as infinite modulus", () -> ContactModulus.combined(1e9, 0.3, Double.POSITIVE_INFINITY, 0.3),
                        "body 2", "Infinity"),
                row("Hertz at a huge approach", () -> Hertz.atApproach(1e-6, 1e9, 1e300), "approach", "1.0E300"),
                row("Hertz under a huge force", () -> new Hertz(1e-6, 1e9, 1e300), "force", "1.0E300"),
                row("Westergaard, huge amplitude", () -> new Westergaard(1e-6, 1e300, 1e9), "amplitude", "1.0E300"),
                row("surface scaled beyond the double range", () -> s.scaled(1e300).scaled(1e8), "scale factor",
                        "1.0E8"),
                row("surface of tiny spacing", () -> Surface.of(4, 4, 1e-300, 1e-300, FLAT_4X4), "dx", "1.0E-300"),
                // NaN or ∞ that was accepted
                row("creep flattening NaN", () -> creep.fraction(Double.NaN), "delta", "NaN"),
                row("creep flattening +∞", () -> creep.fraction(Double.POSITIVE_INFINITY), "delta", "Infinity"),
                row("creep flattening −∞", () -> creep.fraction(Double.NEGATIVE_INFINITY), "delta", "-Infinity"),
                row("Monroe–Newman verdict NaN", () -> new MonroeNewman.Verdict(Double.NaN, 2.83e9, 1, 2, false),
                        "electrolyte shear modulus", "NaN"),
                row("Monroe–Newman verdict ratio ∞",
                        () -> new MonroeNewman.Verdict(1e9, 2.83e9, Double.POSITIVE_INFINITY, 2, false), "ratio", "Infinity"),
                row("stack-pressure hardness +∞ in of()",
                        () -> StackPressureContact.of(1e9, 0.1, 1e-7, Double.POSITIVE_INFINITY, 0.1, 1e-4), "hardness",
                        "Infinity"),
                row("sweep point with NaN pressure",
                        () -> new StackPressureContact.Point(Double.NaN, 0.5, false, 0, 0), "stack pressure", "NaN"),
                row("sweep point with contact fraction −∞",
                        () -> new StackPressureContact.Point(1e6, Double.NEGATIVE_INFINITY, false, 0, 0), "contact fraction",
                        "-Infinity"),
                row("surface statistics NaN", () -> new SurfaceStatistics(Double.NaN, 0, 0, 0, 0, 0, 0), "rms height", "NaN"),
                row("surface statistics max ∞",
                        () -> new SurfaceStatistics(0, 0, 0, 0, 0, Double.POSITIVE_INFINITY, 0), "max", "Infinity"),
                // messages that named something else
                row("assumed Poisson ratio NaN",
                        () -> StackPressureContact.forPair(Materials.LI_METAL, Materials.LLZO, Double.NaN, 0.1, 1e-7, 1e-4),
                        "assumed Poisson ratio", "NaN"),
                row("assumed Poisson ratio 1e300",
                        () -> StackPressureContact.forPair(Materials.LI_METAL, Materials.LLZO, 1e300, 0.1, 1e-7, 1e-4),
                        "assumed Poisson ratio", "1.0E300"),
                row("solver iteration cap 0", () -> ContactSolver.withDefaults().withTolerance(1e-8).withMaxIterations(0), "max iterations", "0"),
                // null and huge counts
                row("power spectrum of null", () -> SurfaceStatistics.powerSpectrum(null, 8), "surface", ""),
                // huge counts: refused before the arrays are allocated or the loop starts (were an
                // OutOfMemoryError, a NegativeArraySizeException and a hang)
                row("breathing over charge, 2^31 − 1 points", () -> breathing().overCharge(0, Integer.MAX_VALUE), "points",
                        "2147483647"),
                row("breathing over cycles, 2^31 − 1 cycles", () -> breathing().overCycles(1, Integer.MAX_VALUE),
                        "maximum cycles", "2147483647"),
                row("breathing over charge, −1 cycles", () -> breathing().overCharge(-1, 10), "cycles", "-1"),
                row("creep steps per decade 2^31 − 1", () -> creep.fractionAt(3600, 300, Integer.MAX_VALUE),
                        "steps per decade", "2147483647"),
                row("creep over time, 2^31 − 1 points", () -> creep.overTime(3600, 300, Integer.MAX_VALUE), "points",
                        "2147483647"),
                row("creep over time, end time NaN", () -> creep.overTime(Double.NaN, 300, 8), "end time", "NaN"),
                // the numerical conductance: nulls were the JVM's NPE, σ = 1e300 an ArithmeticException
                row("conductance of a null map", () -> Constriction.conductance(null, problem(), 1e-3), "map", ""),
                row("conductance with a null problem", () -> Constriction.conductance(new boolean[256], null, 1e-3),
                        "problem", ""),
                row("conductance map of the wrong size", () -> Constriction.conductance(new boolean[3], problem(), 1e-3),
                        "map", "had 3"),
                row("conductance beyond the double range", () -> Constriction.conductance(quarter(), problem(), 1e308),
                        "conductivity", "1.0E308"),
                // Greenwood–Williamson: a pressure whose separation is beyond the underflow of p̄(d), and an
                // order whose integrand overflows (both messages named only the quadrature or root finder)
                row("GW separation at 4.9e-324 Pa", () -> gw.separationAt(Double.MIN_VALUE), "mean pressure", "4.9E-324"),
                row("GW contact fraction at 4.9e-324 Pa", () -> gw.contactFractionAt(Double.MIN_VALUE), "mean pressure",
                        "4.9E-324"),
                row("GW integral of order 1e300", () -> gw.integral(1e300, 0), "order", "1.0E300"),
                row("power spectrum with 2^31 − 1 bins", () -> SurfaceStatistics.powerSpectrum(s, Integer.MAX_VALUE),
                        "bins", "2147483647"));
    }

    private static CathodeBreathing breathing() {
        return new CathodeBreathing(new MisfitSphere(150e9, 0.25, 20e9, 0.3, 3e-6), -0.05, 10e6, 15e9, 0.1, 1e-7, 0.45,
                0.01);
    }

    /** A 16×16 periodic problem and a map with its first quarter in contact. */
    private static ContactProblem problem() {
        Surface s = SelfAffineGenerator.builder().points(16).size(1e-6).hurst(0.8).rmsSlope(0.1).build().generate(7);
        return ContactProblem.periodic(s, 1e9).withMeanPressure(5e6);
    }

    private static boolean[] quarter() {
        boolean[] map = new boolean[256];
        java.util.Arrays.fill(map, 0, 64, true);
        return map;
    }

    private static Arguments row(String what, Executable call, String name, String value) {
        return Arguments.of(what, call, name, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void badInputIsRefusedNamingTheParameterAndItsValue(String what, Executable call, String name, String value) {
        assertThatThrownBy(call::execute).isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class)
                .hasMessageContaining(name).hasMessageContaining(value)
                // the library's own message, not the JVM's "Cannot invoke … because … is null"
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Cannot invoke"));
    }

    @Test
    void finiteInRangeInputGivesFiniteResults() {
        // Hertz with R = 1e300 m at δ = 1 nm: F and a are representable, only the product F·R was not
        Hertz big = Hertz.atApproach(1e300, 1e9, 1e-9);
        assertThat(big.approach()).isCloseTo(1e-9, within(1e-12 * 1e-9));
        // E* = 1e-300 Pa: a and δ are huge but finite, and U = (2/5)F·δ (U = ∫F dδ with F ∝ δ^(3/2))
        Hertz soft = new Hertz(1e-6, 1e-300, 1e-3);
        assertThat(Double.isFinite(soft.elasticEnergy())).isTrue();
        assertThat(soft.elasticEnergy()).isCloseTo(0.4 * 1e-3 * soft.approach(), within(1e-12 * soft.elasticEnergy()));
        // Westergaard's p(x) has period λ: far from the origin it is the pressure at the centre of a contact
        double lambda = Math.scalb(1.0, -30);
        Westergaard w = new Westergaard(lambda, 1e-10, 1e9);
        double pbar = 0.5 * w.fullContactPressure();
        assertThat(w.pressure(1e300, pbar)).isFinite().isBetween(0.0, 2 * pbar / 0.5);
        assertThat(w.pressure(Math.scalb(lambda, 40), pbar)).isCloseTo(w.pressure(0, pbar), within(1e-12 * pbar));
        // spot lattice: ASR = ψ(ε)·λ²/(4σa) with a = λ√(f/π), so ψ(√f)·λ/(4σ√(f/π)); λ² alone overflowed
        double f = 0.1;
        double expected = Constriction.fluxTubeFactor(Math.sqrt(f)) * 1e300 / (4 * 0.1 * Math.sqrt(f / Math.PI));
        assertThat(Constriction.spotLatticeAsrFromFraction(0.1, 1e300, f)).isCloseTo(expected, within(1e-12 * expected));
        // plasticity index (E*/H)·√(σ/β) = 1e308 is representable; E*/H alone was not
        GreenwoodWilliamson gw = new GreenwoodWilliamson(1e12, 1e-6, 1e-8, 1e9, GreenwoodWilliamson.SummitHeights.GAUSSIAN);
        assertThat(gw.plasticityIndex(1e-300)).isCloseTo(1e308, within(1e-12 * 1e308));
        // statistics scale with the heights: h_rms, h'_rms and h''_rms of 1e300·h are 1e300 times those of h
        Surface s = Surface.of(4, 4, 1e-6, 1e-6, FLAT_4X4);
        SurfaceStatistics small = s.statistics();
        SurfaceStatistics huge = s.scaled(1e300).statistics();
        assertThat(huge.rmsHeight()).isCloseTo(1e300 * small.rmsHeight(), within(1e-12 * huge.rmsHeight()));
        assertThat(huge.rmsSlope()).isCloseTo(1e300 * small.rmsSlope(), within(1e-12 * huge.rmsSlope()));
        assertThat(huge.rmsCurvature()).isCloseTo(1e300 * small.rmsCurvature(), within(1e-12 * huge.rmsCurvature()));
        assertThat(huge.rmsSlopeFiniteDifference())
                .isCloseTo(1e300 * small.rmsSlopeFiniteDifference(), within(1e-12 * huge.rmsSlopeFiniteDifference()));
        // the numerical conductance is linear in σ (σ only scales the kernel): σ = 1e-300 S/m and 1e300 S/m
        // give σ times the conductance at 1 S/m, as at ordinary σ (1e300 was an ArithmeticException)
        double g1 = Constriction.conductance(quarter(), problem(), 1.0);
        assertThat(g1).isFinite().isPositive();
        assertThat(Constriction.conductance(quarter(), problem(), 1e-3)).isCloseTo(1e-3 * g1, within(1e-12 * 1e-3 * g1));
        assertThat(Constriction.conductance(quarter(), problem(), 1e-300)).isCloseTo(1e-300 * g1,
                within(1e-12 * 1e-300 * g1));
        assertThat(Constriction.conductance(quarter(), problem(), 1e300)).isCloseTo(1e300 * g1,
                within(1e-12 * 1e300 * g1));
        // GW: F_n for exponential heights is Γ(n+1)·e^(−d) exactly, up to the highest order 10
        GreenwoodWilliamson exp = new GreenwoodWilliamson(1e12, 1e-6, 1e-8, 1e9,
                GreenwoodWilliamson.SummitHeights.EXPONENTIAL);
        double gamma11 = 3628800; // 10!
        assertThat(exp.integral(GreenwoodWilliamson.MAX_ORDER, 0.5)).isCloseTo(gamma11 * Math.exp(-0.5),
                within(1e-8 * gamma11));
        // and the separation of the smallest pressure the message offers is found, not refused
        GreenwoodWilliamson g2 = new GreenwoodWilliamson(1e12, 1e-6, 1e-8, 1e9, GreenwoodWilliamson.SummitHeights.GAUSSIAN);
        String msg = org.assertj.core.api.Assertions.catchThrowable(() -> g2.separationAt(Double.MIN_VALUE)).getMessage();
        double smallest = Double.parseDouble(msg.replaceAll("(?s).*mean pressure >= (\\S+) Pa.*", "$1"));
        double d = g2.separationAt(smallest);
        assertThat(g2.meanPressure(d)).isCloseTo(smallest, within(1e-9 * smallest));
        // a contact fraction below the smallest normal double is still in (0, 1]: R_ct/f is finite
        assertThat(Constriction.interfaceAsr(1e-4, 1e-310, 0.0)).isCloseTo(1e-4 / 1e-310, within(1e294));
    }

    @Test
    void notSetFieldsOfAProblemAreEmptyNotNaN() {
        Surface s = SelfAffineGenerator.builder().points(16).size(1e-6).hurst(0.8).rmsSlope(0.1).build().generate(1);
        ContactProblem loadControl = ContactProblem.periodic(s, 1e9).withMeanPressure(5e6);
        assertThat(loadControl.meanPressure()).isEqualTo(OptionalDouble.of(5e6));
        assertThat(loadControl.approach()).isEmpty();
        assertThat(loadControl.hardness()).isEmpty();
        assertThat(loadControl.layerThickness()).isEmpty();
        ContactProblem displacement = ContactProblem.periodic(s, 1e9).withLayer(1e-6, 1e9, 0.3).withHardness(1e8)
                .withApproach(1e-9);
        assertThat(displacement.meanPressure()).isEmpty();
        assertThat(displacement.approach()).isEqualTo(OptionalDouble.of(1e-9));
        assertThat(displacement.hardness()).isEqualTo(OptionalDouble.of(1e8));
        assertThat(displacement.layerThickness()).isEqualTo(OptionalDouble.of(1e-6));
        assertThat(ContactSolver.withDefaults().solve(loadControl).problem().approach()).isEmpty();
        assertThatThrownBy(() -> ContactProblem.periodic(s, 1e9).withHardness(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hardness");
        // a stack-pressure model without a hardness says so with an empty OptionalDouble
        StackPressureContact elastic = StackPressureContact.elastic(1e9, 0.1, 1e-7, 0.1, 1e-4);
        assertThat(elastic.hardness()).isEmpty();
        assertThat(elastic.plastic(1e7)).isFalse();
    }
}
