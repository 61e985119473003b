package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link Mesh1D} against indices, counts and extents out of range (issue 13 §2). */
class MeshBadInputTest {

    private final Mesh1D mesh = Mesh1D.uniform(0, 1, 10);

    @Test
    void indicesOutOfRangeAreNamedNotRawJvmExceptions() {
        assertThatThrownBy(() -> mesh.node(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("node index i must be in [0, 10], was -1");
        assertThatThrownBy(() -> mesh.node(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mesh.cellWidth(10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cell index i must be in [0, 9], was 10");
    }

    @Test
    void hugeCountsAreRefusedWithTheMemoryEstimateBeforeAllocating() {
        assertThatThrownBy(() -> Mesh1D.uniform(0, 1, Integer.MAX_VALUE - 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cells")
                .hasMessageMatching("(?s).*(maximum heap|largest Java array).*");
        // 10 cells × MAX_VALUE overflowed the int array length (NegativeArraySizeException)
        assertThatThrownBy(() -> mesh.refine(Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("21474836470 cells");
        assertThatThrownBy(() -> Mesh1D.builder(0).uniform(1, 1000).uniform(1, Integer.MAX_VALUE - 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTinyFirstCellDoesNotWrapTheCellCountAround() {
        // ratio 1 and h0 = 1e-300 m need 1e300 cells; (int) Math.round(1e300) wrapped to -1 and the
        // mesh was silently built with 2 cells of ratio 1e300
        assertThatThrownBy(() -> Mesh1D.graded(0, 1, 1e-300, 1.0, Grading.START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("largest Java array");
        assertThatThrownBy(() -> Mesh1D.graded(0, 1, 1e-300, 1.0 + 1e-15, Grading.BOTH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Mesh1D.graded(0, 1, 1e-3, 1.1, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("grading must not be null");
    }

    @Test
    void aHugeGradedLayerNeedsFewCellsAndGetsThem() {
        // L·(r − 1)/h0 = 2e308 overflowed: the count became (int) Math.round(Infinity) = −1, then 2 cells
        Mesh1D m = Mesh1D.graded(0, 1e300, 1e-9, 1.2, Grading.START);
        // n = ln(1 + L(r − 1)/h0)/ln r = (ln 1e300 + ln 0.2 − ln 1e-9)/ln 1.2 ≈ 3813
        double n = (Math.log(1e300) + Math.log(0.2) - Math.log(1e-9)) / Math.log(1.2);
        assertThat((double) m.cellCount()).isCloseTo(n, org.assertj.core.data.Offset.offset(1.0));
        assertThat(m.cellWidth(0)).isEqualTo(1e-9);
        assertThat(m.end()).isEqualTo(1e300);
        assertThat(m.cellWidth(1) / m.cellWidth(0)).isCloseTo(1.2, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void extentsThatOverflowAreReported() {
        assertThatThrownBy(() -> Mesh1D.uniform(-1e308, 1e308, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end − start").hasMessageContaining("overflows");
        // accepted before, with length() = Infinity
        assertThatThrownBy(() -> Mesh1D.fromNodes(new double[] {-1e308, 0, 1e308}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflows");
        assertThatThrownBy(() -> Mesh1D.builder(1e308).uniform(1e308, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("layer thickness 1.0E308 m");
    }

    @Test
    void cellsBelowTheResolutionOfDoublesAreExplained() {
        assertThatThrownBy(() -> Mesh1D.uniform(1, 1 + 1e-15, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("narrower than the spacing of doubles");
        // near 0 the same cells are fine
        assertThat(Mesh1D.uniform(0, 1e-15, 100).cellCount()).isEqualTo(100);
    }

    @Test
    void negativeZeroIsStoredAsZero() {
        // a node at −0.0 sorts below 0.0 in Arrays.binarySearch, so a lookup of x = 0 missed it
        assertThat(Double.doubleToRawLongBits(Mesh1D.uniform(-0.0, 1, 4).start())).isZero();
        assertThat(java.util.Arrays.binarySearch(Mesh1D.fromNodes(new double[] {-0.0, 1}).nodes(), 0.0)).isZero();
    }

    @Test
    void toStringDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Mesh1D.uniform(0, 1.5e-9, 3).toString()).contains("1.500e-09").doesNotContain("1,5");
            assertThat(NewtonSolver.withDefaults().toString()).contains("1.0e-10");
            assertThat(new NewtonSolution(NumericsBadInputTest.diagonal(1, 1), new double[1], new double[] {1}, 2, 1.5e-11,
                    new double[] {1, 1, 1.5e-11}, com.google.common.collect.ImmutableList.of()).toString())
                    .contains("1.50e-11");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
