package org.interphase.spark;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.interphase.sweep.SweepProblem;
import org.junit.jupiter.api.Test;

/**
 * The bad-input rule for this module's public members (the models module's BadInputTest does not see
 * them): each bad argument is refused, before any Spark work, with a message that names it (a null with
 * the library's own NullPointerException, as {@code Checks.nonNull} throws).
 */
class SparkSweepBadInputTest {

    private final SparkSweep sweep = SparkSweep.of(SparkSweepTest.Quadratic.class);

    @Test
    void everyPublicMemberRefusesBadInputNamingIt() {
        assertThatThrownBy(() -> SparkSweep.of(null))
                .isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class).hasMessageContaining("definition");
        assertThatThrownBy(() -> sweep.withPartitions(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partitions").hasMessageContaining("-1");
        assertThatThrownBy(() -> sweep.withPartitions(100_001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partitions").hasMessageContaining("100001");
        assertThatThrownBy(() -> sweep.withBatchSize(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batchSize").hasMessageContaining("0");
        assertThatThrownBy(() -> sweep.run(null, "out"))
                .isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class).hasMessageContaining("spark");
        assertThatThrownBy(() -> SparkSweep.read(null, "out"))
                .isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class).hasMessageContaining("spark");
        assertThatThrownBy(() -> SparkSweep.schema(null))
                .isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class).hasMessageContaining("problem");
        assertThatThrownBy(() -> SparkSweep.of(SuppliesNull.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must supply a SweepProblem");
        assertThatThrownBy(() -> SparkSweep.of(NotPublic.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("public no-argument constructor");
    }

    /** Supplies null. */
    public static final class SuppliesNull implements Supplier<SweepProblem> {
        @Override
        public SweepProblem get() {
            return null;
        }
    }

    private static final class NotPublic implements Supplier<SweepProblem> {
        @Override
        public SweepProblem get() {
            return new SparkSweepTest.Quadratic().get();
        }
    }
}
