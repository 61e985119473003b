package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.interphase.core.LinearTable.Extrapolation;
import org.junit.jupiter.api.Test;

class LinearTableTest {

    private static final LinearTable T = LinearTable.of(new double[] {0, 1, 3}, new double[] {2, 4, -2});

    @Test
    void exactAtNodesAndLinearBetween() {
        assertThat(T.valueAt(0)).isEqualTo(2.0);
        assertThat(T.valueAt(1)).isEqualTo(4.0);
        assertThat(T.valueAt(3)).isEqualTo(-2.0);
        assertThat(T.valueAt(0.5)).isCloseTo(3.0, within(1e-15));
        assertThat(T.valueAt(2)).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void reproducesEveryLinearFunctionAndIsExactAtIrregularNodes() {
        // a linear function is reproduced to round-off, and every node comes back bit for bit
        Random r = new Random(5);
        double[] x = new double[200];
        double[] y = new double[200];
        for (int i = 1; i < x.length; i++) {
            x[i] = x[i - 1] + 1e-3 + r.nextDouble();
        }
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.sin(x[i]) * 1e5;
        }
        LinearTable t = LinearTable.of(x, y);
        for (int i = 0; i < x.length; i++) {
            assertThat(t.valueAt(x[i])).isEqualTo(y[i]);
        }
        LinearTable line = LinearTable.of(x, java.util.Arrays.stream(x).map(v -> 3 - 2 * v).toArray());
        for (int k = 0; k < 1000; k++) {
            double q = x[0] + r.nextDouble() * (x[x.length - 1] - x[0]);
            assertThat(line.valueAt(q)).isCloseTo(3 - 2 * q, within(1e-12 * (1 + Math.abs(q))));
        }
    }

    @Test
    void minusZeroIsZero() {
        LinearTable t = LinearTable.of(new double[] {-0.0, 1}, new double[] {5, 6});
        assertThat(t.valueAt(0.0)).isEqualTo(5.0);
        assertThat(t.valueAt(-0.0)).isEqualTo(5.0);
        assertThat(t.xMin()).isEqualTo(0.0).isEqualTo(+0.0);
        assertThat(Double.doubleToRawLongBits(t.xMin())).isEqualTo(Double.doubleToRawLongBits(0.0));
        LinearTable u = LinearTable.of(new double[] {-1, 0.0, 1}, new double[] {1, 7, 3});
        assertThat(u.valueAt(-0.0)).isEqualTo(7.0);
    }

    @Test
    void extrapolationIsExplicit() {
        assertThatThrownBy(() -> T.valueAt(3.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x must be in [0.0, 3.0] (the table's range; choose an extrapolation policy to go beyond it),"
                        + " was 3.5");
        assertThatThrownBy(() -> T.withAbscissa("temperature", "K").valueAt(-1))
                .hasMessageStartingWith("temperature must be in [0.0, 3.0] K")
                .hasMessageEndingWith("was -1.0 K");
        assertThat(T.withExtrapolation(Extrapolation.CLAMP).valueAt(-7)).isEqualTo(2.0);
        assertThat(T.withExtrapolation(Extrapolation.CLAMP).valueAt(70)).isEqualTo(-2.0);
        assertThat(T.withExtrapolation(Extrapolation.LINEAR).valueAt(-1)).isCloseTo(0.0, within(1e-15));
        assertThat(T.withExtrapolation(Extrapolation.LINEAR).valueAt(5)).isCloseTo(-8.0, within(1e-14));
        assertThatThrownBy(() -> T.withExtrapolation(Extrapolation.LINEAR).valueAt(1e308))
                .hasMessageContaining("overflows");
        for (Extrapolation e : Extrapolation.values()) {
            assertThatThrownBy(() -> T.withExtrapolation(e).valueAt(Double.NaN))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("x must be a finite number, was NaN");
            assertThatThrownBy(() -> T.withExtrapolation(e).valueAt(Double.POSITIVE_INFINITY))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(T.extrapolation()).isEqualTo(Extrapolation.THROW);
    }

    @Test
    void badTablesAreRefusedBeforeAnyWork() {
        assertThatThrownBy(() -> LinearTable.of(new double[] {0, 0}, new double[] {1, 2}))
                .hasMessageContaining("x must be strictly increasing");
        assertThatThrownBy(() -> LinearTable.of(new double[] {0}, new double[] {1}))
                .hasMessage("a linear table needs at least 2 nodes, had 1");
        assertThatThrownBy(() -> LinearTable.of(new double[] {0, 1}, new double[] {1}))
                .hasMessageContaining("same length");
        assertThatThrownBy(() -> LinearTable.of(new double[] {0, Double.NaN}, new double[] {1, 2}))
                .hasMessageContaining("x[1] must be a finite number");
        assertThatThrownBy(() -> LinearTable.of(new double[] {0, 1}, new double[] {1, Double.POSITIVE_INFINITY}))
                .hasMessageContaining("y[1] must be a finite number");
        assertThatThrownBy(() -> LinearTable.of(null, new double[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinearTable.of(new double[] {-1e308, 1e308}, new double[] {1, 2}))
                .hasMessageContaining("span of x");
        assertThatThrownBy(() -> LinearTable.of(new double[] {0, 1}, new double[] {-1e308, 1e308}))
                .hasMessageContaining("span of y");
        assertThatThrownBy(() -> T.withExtrapolation(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void isAValueAndCopiesItsArrays() {
        double[] x = {0, 1};
        double[] y = {1, 2};
        LinearTable t = LinearTable.of(x, y);
        x[0] = -5;
        y[0] = 100;
        assertThat(t.valueAt(0)).isEqualTo(1.0);
        t.x()[1] = 9;
        assertThat(t.xMax()).isEqualTo(1.0);
        assertThat(t).isEqualTo(LinearTable.of(new double[] {0, 1}, new double[] {1, 2}))
                .hasSameHashCodeAs(LinearTable.of(new double[] {0, 1}, new double[] {1, 2}))
                .isNotEqualTo(t.withExtrapolation(Extrapolation.CLAMP));
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.y()).containsExactly(1, 2);
        assertThat(t.toString()).isEqualTo("LinearTable[2 nodes, x in [0.0, 1.0], extrapolation throw]");
    }
}
