package org.interphase.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.interphase.core.CancellationToken;
import org.interphase.core.CancelledException;
import org.interphase.core.Units;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.Screening;
import org.interphase.stack.StackSolver;
import org.junit.jupiter.api.Test;

/** Progress and cancellation of the buffer optimizer and of the stack screen. */
class BufferProgressTest {

    private static List<InterfaceStack> stacks(int n) {
        return IntStream.range(0, n).mapToObj(i -> BufferLayerOptimizerTest.m1Stack(
                BufferLayerOptimizerTest.material("c" + i, Math.pow(10, -8 + 3 * (i % 17) / 16.0)), Units.nm(i % 25)))
                .collect(Collectors.toList());
    }

    @Test
    void optimizerProgressIsMonotoneEndsAtOneAndCancellationStopsAtTheNextEvaluation() {
        var problem = BufferLayerProblem.of(BufferLayerOptimizerTest.m1Stack(BufferLayerOptimizerTest.material("c", 1e-6),
                Units.nm(5)));
        List<Double> f = new ArrayList<>();
        var watched = BufferLayerOptimizer.withDefaults().withProgress((x, m) -> f.add(x)).solve(problem);
        assertThat(f).isSortedAccordingTo(Double::compare);
        assertThat(f.get(f.size() - 1)).isEqualTo(1.0);
        assertThat(f.size()).isGreaterThan(100); // scan, Brent and curve report
        assertThat(watched.thickness()).isEqualTo(BufferLayerOptimizer.withDefaults().solve(problem).thickness());

        CancellationToken token = CancellationToken.create();
        AtomicInteger after = new AtomicInteger();
        assertThatThrownBy(() -> BufferLayerOptimizer.withDefaults().withCancellation(token).withProgress((x, m) -> {
            if (token.isCancelled()) {
                after.incrementAndGet();
            }
            if (m.equals("evaluation 20")) {
                token.cancel();
            }
        }).solve(problem)).isInstanceOf(CancelledException.class).hasMessageContaining("evaluation 21");
        assertThat(after.get()).isZero();
    }

    @Test
    void screeningProgressCountsCandidatesAndCancellationSkipsTheRest() {
        List<Double> f = new ArrayList<>();
        var plain = Screening.withDefaults().solve(stacks(300));
        var watched = Screening.withDefaults().withProgress((x, m) -> f.add(x)).solve(stacks(300));
        assertThat(f).isSortedAccordingTo(Double::compare).startsWith(0.0).endsWith(1.0);
        assertThat(watched.ranked().get(0).solution().total()).isEqualTo(plain.ranked().get(0).solution().total());

        CancellationToken token = CancellationToken.create();
        AtomicInteger evaluated = new AtomicInteger();
        StackSolver solver = StackSolver.withDefaults();
        Screening screen = Screening.withDefaults().withCancellation(token).withEvaluation(s -> {
            if (evaluated.incrementAndGet() == 10) {
                token.cancel();
            }
            return solver.solve(s);
        }, "counting");
        assertThatThrownBy(() -> screen.solve(stacks(5000))).isInstanceOf(CancelledException.class)
                .hasMessageContaining("Screening of 5000 stacks");
        // candidates already running finish; none starts after the request (one per worker thread at most)
        assertThat(evaluated.get()).isLessThanOrEqualTo(10 + Runtime.getRuntime().availableProcessors());
    }
}
