package org.interphase.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.interphase.core.CancellationToken;
import org.interphase.core.CancelledException;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.StackSolver;
import org.junit.jupiter.api.Test;

class SweepTest {

    @Test
    void aGridsPointsAreEveryCombinationLastFactorFastest() {
        Design d = Design.grid(Factor.levels("coating", "LiNbO3", "Li3PO4"),
                Factor.values("thickness", "m", 1e-9, 2e-9, 5e-9));
        assertThat(d.size()).isEqualTo(6);
        List<String> seen = new ArrayList<>();
        for (DesignPoint p : d.points()) {
            seen.add(p.level("coating") + "@" + p.number("thickness"));
        }
        assertThat(seen).containsExactly("LiNbO3@1.0E-9", "LiNbO3@2.0E-9", "LiNbO3@5.0E-9", "Li3PO4@1.0E-9",
                "Li3PO4@2.0E-9", "Li3PO4@5.0E-9");
        assertThat(d.point(4).values()).containsEntry("coating", "Li3PO4").containsEntry("thickness", 2e-9);
    }

    @Test
    void aHugeGridCostsNoMemoryAndReachesItsLastPoint() {
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        Design d = Design.grid(Factor.values("a", "1", v), Factor.values("b", "1", v), Factor.values("c", "1", v));
        assertThat(d.size()).isEqualTo(1_000_000_000L);
        DesignPoint last = d.point(d.size() - 1);
        assertThat(last.number("a")).isEqualTo(999);
        assertThat(last.number("c")).isEqualTo(999);
        assertThat(d.point(1_002_003).number("a")).isEqualTo(1);
        assertThat(d.point(1_002_003).number("b")).isEqualTo(2);
        assertThat(d.point(1_002_003).number("c")).isEqualTo(3);
    }

    @Test
    void aLatinHypercubeHasExactlyOnePointInEachStratumOfEachFactor() {
        int n = 97;
        Design d = Design.latinHypercube(n, 42, Factor.range("x", "m", 2, 5), Factor.logRange("y", "Pa", 1e3, 1e7));
        int[] xs = new int[n];
        int[] ys = new int[n];
        for (DesignPoint p : d.points()) {
            xs[(int) Math.floor((p.number("x") - 2) / 3 * n)]++;
            ys[(int) Math.floor(Math.log(p.number("y") / 1e3) / Math.log(1e4) * n)]++;
        }
        assertThat(xs).containsOnly(1);
        assertThat(ys).containsOnly(1);
        Design again = Design.latinHypercube(n, 42, Factor.range("x", "m", 2, 5), Factor.logRange("y", "Pa", 1e3, 1e7));
        Design other = Design.latinHypercube(n, 43, Factor.range("x", "m", 2, 5), Factor.logRange("y", "Pa", 1e3, 1e7));
        assertThat(again.point(17).number("y")).isEqualTo(d.point(17).number("y"));
        assertThat(other.point(17).number("y")).isNotEqualTo(d.point(17).number("y"));
    }

    @Test
    void aSobolDesignIsTheSobolSequenceShiftedByOneSeededVectorModuloOne() {
        int n = 64;
        Design d = Design.sobol(n, 7, Factor.range("x", "1", 0, 1), Factor.range("y", "1", 0, 1));
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2);
        double[] shift = null;
        for (int i = 0; i < n; i++) {
            double[] u = sobol.nextVector();
            double[] got = {d.point(i).number("x"), d.point(i).number("y")};
            if (shift == null) {
                shift = new double[] {got[0] - u[0], got[1] - u[1]};
            }
            for (int f = 0; f < 2; f++) {
                double delta = got[f] - u[f] - shift[f];
                // the same shift for every point, modulo 1
                assertThat(Math.abs(delta - Math.rint(delta))).isLessThan(1e-12);
            }
        }
        // the shift is not zero for this seed (an unshifted design would start at the origin)
        assertThat(d.point(0).number("x")).isNotEqualTo(0.0);
        // randomized QMC: over 16 seeds, the RMS error of the 64-point mean of x·y is far below plain Monte
        // Carlo's standard error, sqrt(1/9 − 1/16)/8 = 0.026
        double sum2 = 0;
        for (long seed = 1; seed <= 16; seed++) {
            Design ds = Design.sobol(n, seed, Factor.range("x", "1", 0, 1), Factor.range("y", "1", 0, 1));
            double mean = ds.points().stream().mapToDouble(p -> p.number("x") * p.number("y")).average().orElseThrow();
            sum2 += (mean - 0.25) * (mean - 0.25);
        }
        assertThat(Math.sqrt(sum2 / 16)).isLessThan(0.026 / 4);
    }

    @Test
    void pointSeedsDifferBetweenPointsAndDoNotDependOnTheRun() {
        Design d = Design.latinHypercube(10, 5, Factor.range("x", "1", 0, 1));
        assertThat(d.point(3).seed()).isEqualTo(Design.latinHypercube(10, 5, Factor.range("x", "1", 0, 1)).point(3).seed());
        assertThat(d.points().stream().mapToLong(DesignPoint::seed).distinct().count()).isEqualTo(10);
    }

    private static SweepProblem quadratic(Design d) {
        return SweepProblem.of("quadratic", d, SweepFunction.of(ImmutableList.of(new Output("y", "m²")), p -> {
            double x = p.number("x");
            if (x > 0.9) {
                throw new IllegalStateException("x too large: " + x);
            }
            return new double[] {x * x + Math.sin(1e3 * x)};
        }));
    }

    @Test
    void rowsAreTheSameBitsWhateverTheThreadCountAndAFailingPointDoesNotStopTheOthers() {
        SweepProblem p = quadratic(Design.latinHypercube(2000, 11, Factor.range("x", "m", 0, 1)));
        SweepResult one = SweepRunner.withDefaults().withThreads(1).solve(p);
        SweepResult four = SweepRunner.withDefaults().withThreads(4).solve(p);
        assertThat(one.rows()).hasSize(2000);
        for (int i = 0; i < 2000; i++) {
            SweepRow a = one.rows().get(i);
            SweepRow b = four.rows().get(i);
            assertThat(b.id()).isEqualTo(i);
            assertThat(b.error()).isEqualTo(a.error());
            assertThat(b.outputs()).isEqualTo(a.outputs());
        }
        // about 10 % of the points fail (x > 0.9): each row says why, the rest are evaluated
        assertThat(one.failures()).isEqualTo(200);
        SweepRow failed = one.rows().stream().filter(SweepRow::failed).findFirst().orElseThrow();
        assertThat(failed.error().orElseThrow()).startsWith("IllegalStateException: x too large");
        assertThat(failed.output(0)).isEmpty();
        assertThat(one.warnings()).singleElement().asString().startsWith("200 of 2000 points failed");
        assertThat(one.column("y").length()).isEqualTo(1800);
        assertThat(one.libraryVersion()).isNotBlank().isNotEqualTo("unknown");
    }

    @Test
    void progressRisesToExactlyOneAndDoesNotChangeTheRows() {
        SweepProblem p = quadratic(Design.latinHypercube(3000, 7, Factor.range("x", "m", 0, 1)));
        List<Double> fractions = Collections.synchronizedList(new ArrayList<>());
        SweepResult plain = SweepRunner.withDefaults().withThreads(1).solve(p);
        SweepResult watched = SweepRunner.withDefaults().withThreads(4).withProgress((f, m) -> fractions.add(f)).solve(p);
        assertThat(fractions).isSortedAccordingTo(Double::compare).startsWith(0.0).endsWith(1.0);
        assertThat(fractions.stream().filter(f -> f == 1.0).count()).isEqualTo(1);
        // reported at every whole per mille of the points: more than a handful, far fewer than 3000
        assertThat(fractions.size()).isBetween(100, 1002);
        for (int i = 0; i < 3000; i++) {
            assertThat(watched.rows().get(i).error()).isEqualTo(plain.rows().get(i).error());
            assertThat(watched.rows().get(i).outputs()).isEqualTo(plain.rows().get(i).outputs());
        }
    }

    private static SweepProblem counting(int points, AtomicInteger evaluated, int cancelAt, CancellationToken token) {
        double[] x = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = i;
        }
        return SweepProblem.of("counting", Design.grid(Factor.values("x", "1", x)),
                SweepFunction.of(ImmutableList.of(new Output("y", "1")), q -> {
                    if (evaluated.incrementAndGet() == cancelAt) {
                        token.cancel();
                    }
                    return new double[] {q.number("x")};
                }));
    }

    @Test
    void aCancelAfterKPointsStopsWithinOnePointPerThread() {
        // one thread: the point that cancels finishes, none starts after it
        CancellationToken token = CancellationToken.create();
        AtomicInteger evaluated = new AtomicInteger();
        SweepProblem one = counting(1000, evaluated, 7, token);
        assertThatThrownBy(() -> SweepRunner.withDefaults().withThreads(1).withCancellation(token).solve(one))
                .isInstanceOf(CancelledException.class).hasMessageContaining("counting (sweep of 1000 points)")
                .hasMessageContaining("7 of 1000 points evaluated");
        assertThat(evaluated.get()).isEqualTo(7);
        // four threads: the points already running finish, at most one per thread
        CancellationToken token4 = CancellationToken.create();
        AtomicInteger evaluated4 = new AtomicInteger();
        SweepProblem four = counting(20_000, evaluated4, 50, token4);
        assertThatThrownBy(() -> SweepRunner.withDefaults().withThreads(4).withCancellation(token4).solve(four))
                .isInstanceOf(CancelledException.class);
        assertThat(evaluated4.get()).isBetween(50, 50 + 3);
        // a token cancelled by the listener stops the run too; a cancelled token refuses to start
        CancellationToken byListener = CancellationToken.create();
        AtomicInteger evaluatedL = new AtomicInteger();
        SweepRunner r = SweepRunner.withDefaults().withThreads(2).withCancellation(byListener).withProgress((f, m) -> {
            if (f >= 0.25) {
                byListener.cancel();
            }
        });
        assertThatThrownBy(() -> r.solve(counting(400, evaluatedL, -1, byListener))).isInstanceOf(CancelledException.class);
        assertThat(evaluatedL.get()).isBetween(100, 100 + 2);
        AtomicInteger none = new AtomicInteger();
        assertThatThrownBy(() -> r.solve(counting(10, none, -1, byListener))).isInstanceOf(CancelledException.class)
                .hasMessageContaining("before it started");
        assertThat(none.get()).isZero();
        assertThat(r.toString()).contains("2 threads").contains("cancelled");
    }

    @Test
    void onlyTheDeclaredPointFailuresAreRowsOtherExceptionsPropagateAsThrown() {
        IllegalStateException bug = new IllegalStateException("a bug, not the point's");
        SweepProblem p = SweepProblem.of("mixed", Design.grid(Factor.values("x", "1", 0, 1, 2, 3, 4, 5, 6, 7)),
                SweepFunction.of(ImmutableList.of(new Output("y", "1")), q -> {
                    double x = q.number("x");
                    if (x == 2) {
                        throw new IllegalArgumentException("x = 2 has no value");
                    }
                    if (x == 6) {
                        throw bug;
                    }
                    return new double[] {x};
                }));
        // default: every exception is a row (today's behaviour, and what evaluate(id) does for Spark)
        SweepResult all = SweepRunner.withDefaults().withThreads(3).solve(p);
        assertThat(all.failures()).isEqualTo(2);
        assertThat(all.rows().get(6).error()).contains("IllegalStateException: a bug, not the point's");
        assertThat(p.evaluate(6).error()).isEqualTo(all.rows().get(6).error());
        // declared: IllegalArgumentException is the point's own failure, the IllegalStateException propagates
        for (int threads : new int[] {1, 3}) {
            SweepRunner r = SweepRunner.withDefaults().withThreads(threads).withPointFailures(IllegalArgumentException.class);
            assertThatThrownBy(() -> r.solve(p)).isSameAs(bug);
        }
        SweepProblem noBug = SweepProblem.of("no-bug", Design.grid(Factor.values("x", "1", 0, 1, 2, 3)), p.function());
        SweepRunner declared = SweepRunner.withDefaults().withPointFailures(IllegalArgumentException.class);
        SweepResult r = declared.solve(noBug);
        assertThat(r.rows().get(2).error()).contains("IllegalArgumentException: x = 2 has no value");
        assertThat(r.rows().get(3).output(0)).hasValue(3.0);
        assertThat(declared.pointFailures()).containsExactly(IllegalArgumentException.class);
        assertThat(declared.toString()).contains("point failures [IllegalArgumentException]");
        assertThatThrownBy(() -> declared.withPointFailures()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }

    @Test
    void aNonFiniteOutputIsAnErrorRowNeverANumber() {
        SweepProblem p = SweepProblem.of("nan", Design.grid(Factor.values("x", "1", -1, 4)),
                SweepFunction.of(ImmutableList.of(new Output("root", "1")), q -> new double[] {Math.sqrt(q.number("x"))}));
        SweepResult r = SweepRunner.withDefaults().solve(p);
        assertThat(r.rows().get(0).error()).contains("output 'root' was NaN");
        assertThat(r.rows().get(1).output(0)).hasValue(2.0);
    }

    @Test
    void theCsvReadsBackToTheSameBits() {
        SweepProblem p = quadratic(Design.sobol(50, 3, Factor.range("x", "m", 0, 1)));
        SweepResult r = SweepRunner.withDefaults().solve(p);
        StringBuilder csv = new StringBuilder();
        r.writeCsv(csv);
        String[] lines = csv.toString().split("\n");
        assertThat(lines[0]).isEqualTo("point_id,x [m],y [m²],error,seed,library_version");
        assertThat(lines).hasSize(51);
        for (int i = 0; i < 50; i++) {
            String[] cells = lines[i + 1].split(",", -1);
            SweepRow row = r.rows().get(i);
            assertThat(Long.parseLong(cells[0])).isEqualTo(i);
            assertThat(Double.parseDouble(cells[1])).isEqualTo(row.point().number("x"));
            if (row.failed()) {
                assertThat(cells[2]).isEmpty();
                assertThat(cells[3]).startsWith("IllegalStateException");
            } else {
                assertThat(Double.doubleToRawLongBits(Double.parseDouble(cells[2])))
                        .isEqualTo(Double.doubleToRawLongBits(row.output(0).getAsDouble()));
            }
            assertThat(cells[4]).isEqualTo("3");
        }
    }

    @Test
    void aStackScreenSolvesOneStackPerPoint() {
        Design d = Design.grid(Factor.levels("electrolyte", "LLZO", "LI3PS4"), Factor.values("thickness", "m", 2e-9, 10e-9));
        StackSolver solver = StackSolver.withDefaults();
        SweepProblem p = SweepProblem.of("coatings", d, SweepFunctions.stacks(pt -> InterfaceStack
                .between(Materials.LICOO2, "LLZO".equals(pt.level("electrolyte")) ? Materials.LLZO : Materials.LI3PS4)
                .coating(Materials.LINBO3, pt.number("thickness"))
                .chargeTransfer(Units.ohmCm2(10), Units.uFPerCm2(10)).build(), solver));
        SweepResult r = SweepRunner.withDefaults().withThreads(2).solve(p);
        assertThat(r.failures()).as(r.warnings().toString()).isZero();
        for (SweepRow row : r.rows()) {
            InterfaceStack s = InterfaceStack.between(Materials.LICOO2,
                            "LLZO".equals(row.point().level("electrolyte")) ? Materials.LLZO : Materials.LI3PS4)
                    .coating(Materials.LINBO3, row.point().number("thickness"))
                    .chargeTransfer(Units.ohmCm2(10), Units.uFPerCm2(10)).build();
            assertThat(row.output(0).getAsDouble()).isEqualTo(solver.solve(s).total());
        }
        // a thicker coating of the same material costs more
        assertThat(r.rows().get(1).output(0).getAsDouble()).isGreaterThan(r.rows().get(0).output(0).getAsDouble());
    }

    @Test
    void badDesignsAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> Design.grid(Factor.range("x", "m", 0, 1))).hasMessageContaining("needs values or levels");
        assertThatThrownBy(() -> Design.latinHypercube(5, 1, Factor.values("x", "m", 1))).hasMessageContaining("needs ranges");
        assertThatThrownBy(() -> Design.grid(Factor.values("x", "m", 1), Factor.values("x", "m", 2)))
                .hasMessageContaining("'x' repeats");
        assertThatThrownBy(() -> Factor.values("1x", "m", 1)).hasMessageContaining("column name");
        assertThatThrownBy(() -> Factor.range("x", "m", 2, 1)).hasMessageContaining("high must be > low; low = 2 m, high = 1 m");
        assertThatThrownBy(() -> Design.list(List.of(Factor.values("x", "m", 1, 2)), List.of(List.<Object>of(3.0))))
                .hasMessageContaining("row 0: factor 'x' must be one of its values");
        assertThatThrownBy(() -> SweepProblem.of("s", Design.grid(Factor.values("error", "1", 1)),
                SweepFunction.of(List.of(new Output("y", "1")), p -> new double[] {1}))).hasMessageContaining("reserved");
        assertThatThrownBy(() -> Design.grid(Factor.values("x", "m", 1, 2)).point(2)).hasMessageContaining("[0, 1]");
        assertThat(Arrays.asList(Factor.Kind.values())).hasSize(4);
    }

    @Test
    void theContactFunctionReturnsTheSolversNumbersAndTheSurfacesSlopeInItsOrder() {
        var generator = org.interphase.contact.SelfAffineGenerator.builder().points(64).size(Units.um(20)).hurst(0.8)
                .rmsSlope(0.1).build();
        var solver = org.interphase.contact.ContactSolver.withDefaults();
        java.util.function.Function<DesignPoint, org.interphase.contact.ContactProblem> problem = p ->
                org.interphase.contact.ContactProblem.periodic(generator.generate(p.seed()), 10e9)
                        .withMeanPressure(p.number("pressure"));
        SweepFunction f = SweepFunctions.contact(problem, solver);
        assertThat(f.outputs().stream().map(Output::name)).containsExactly("contact_fraction", "mean_pressure",
                "mean_gap", "patches", "iterations", "rms_slope");
        DesignPoint point = Design.grid(Factor.values("pressure", "Pa", Units.MPa(5), Units.MPa(50))).point(1);
        double[] out = f.evaluate(point);
        var direct = solver.solve(problem.apply(point));
        assertThat(out).containsExactly(direct.contactFraction(), direct.meanPressure(), direct.meanGap(),
                direct.patchCount(), direct.iterations(), generator.generate(point.seed()).statistics().rmsSlope());
        assertThat(out[5]).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-9));
    }
}
