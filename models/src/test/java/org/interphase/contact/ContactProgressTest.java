package org.interphase.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.interphase.core.CancellationToken;
import org.interphase.core.CancelledException;
import org.interphase.core.ProgressBar;
import org.junit.jupiter.api.Test;

class ContactProgressTest {

    private static final double E_STAR = 1e9;

    private static ContactProblem rough() {
        double side = 1e-6;
        Surface s = SelfAffineGenerator.builder().points(64).size(side).hurst(0.8).rolloff(2 * 2 * Math.PI / side)
                .cutoff(16 * 2 * Math.PI / side).rmsSlope(0.1).build().generate(5);
        return ContactProblem.periodic(s, E_STAR).withMeanPressure(0.02 * E_STAR * 0.1);
    }

    @Test
    void progressIsMonotoneEndsAtOneAndDoesNotChangeTheAnswer() {
        List<Double> f = new ArrayList<>();
        ContactSolution plain = ContactSolver.withDefaults().solve(rough());
        ContactSolution watched = ContactSolver.withDefaults().withProgress((x, m) -> f.add(x)).solve(rough());
        assertThat(f).isSortedAccordingTo(Double::compare);
        assertThat(f.get(0)).isZero();
        assertThat(f.get(f.size() - 1)).isEqualTo(1.0);
        assertThat(f.stream().filter(x -> x == 1.0)).hasSize(1);
        assertThat(f.size()).isGreaterThan(2); // the iterations report in between
        assertThat(watched.pressureView()).isEqualTo(plain.pressureView());
    }

    @Test
    void cancellationStopsAtTheNextIteration() {
        CancellationToken token = CancellationToken.create();
        List<String> messages = new ArrayList<>();
        ContactSolver solver = ContactSolver.withDefaults().withTolerance(1e-14).withCancellation(token)
                .withProgress((x, m) -> {
                    messages.add(m);
                    if (m.equals("Polonsky–Keer iteration 5")) {
                        token.cancel();
                    }
                });
        assertThatThrownBy(() -> solver.solve(rough())).isInstanceOf(CancelledException.class)
                .hasMessageContaining("iteration 6");
        // nothing was reported after the request
        assertThat(messages.get(messages.size() - 1)).isEqualTo("Polonsky–Keer iteration 5");
        // a cancelled token refuses to start
        assertThatThrownBy(() -> solver.solve(rough())).isInstanceOf(CancelledException.class)
                .hasMessageContaining("before it started");
    }

    @Test
    void loadPathReportsOneProgressOverTheWholePath() {
        List<Double> f = new ArrayList<>();
        StringBuilder bar = new StringBuilder();
        ContactSolver.withDefaults().withProgress((x, m) -> {
            f.add(x);
            ProgressBar.to(bar).progress(x, m);
        }).loadPath(rough(), 1e6, 2e6, 4e6);
        assertThat(f).containsExactly(0.0, 1.0 / 3, 2.0 / 3, Math.nextDown(1.0), 1.0);
        assertThat(bar.toString()).doesNotContain("\u001b");
    }
}
