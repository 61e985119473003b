package org.interphase.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.interphase.core.Units;
import org.junit.jupiter.api.Test;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * A program that solved a 256² contact problem used to stay alive for a minute after its {@code main}
 * returned: JLargeArrays' default FFT pool keeps non-daemon threads idle for 60 s. After a solve large
 * enough to use that pool, the pool's threads must be daemon threads.
 */
class FftPoolDaemonTest {

    @Test
    void theFftPoolsThreadsDoNotKeepTheJvmAlive() {
        Surface surface = SelfAffineGenerator.builder().points(256).size(Units.um(20)).hurst(0.8).rmsSlope(0.1)
                .build().generate(7);
        ContactSolution s = ContactSolver.withDefaults()
                .solve(ContactProblem.periodic(surface, 10e9).withMeanPressure(Units.MPa(10)));
        assertThat(s.contactFraction()).isBetween(0.0, 1.0);

        assertThat(ConcurrencyUtils.getThreadPool().submit(() -> Thread.currentThread().isDaemon()))
                .succeedsWithin(java.time.Duration.ofSeconds(30)).isEqualTo(true);
    }
}
