package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MeshTest {

    @Property(tries = 300)
    void gradedMeshIsMonotoneHitsItsEndsAndHasTheRequestedFirstCell(
            @ForAll @DoubleRange(min = -9, max = -3) double log10Length,
            @ForAll @DoubleRange(min = 0.01, max = 0.2) double firstFraction,
            @ForAll @DoubleRange(min = 1.0, max = 1.5) double ratio,
            @ForAll Grading grading) {
        double length = Math.pow(10, log10Length);
        double first = firstFraction * length * (grading == Grading.BOTH ? 0.5 : 1.0);
        Mesh1D m = Mesh1D.graded(0.0, length, first, ratio, grading);
        double[] x = m.nodes();
        for (int i = 1; i < x.length; i++) {
            assertThat(x[i]).isGreaterThan(x[i - 1]);
        }
        assertThat(m.start()).isEqualTo(0.0);
        assertThat(m.end()).isEqualTo(length);
        int smallest = grading == Grading.END ? m.cellCount() - 1 : 0;
        assertThat(m.cellWidth(smallest)).isCloseTo(first, within(1e-9 * first));
        if (grading == Grading.BOTH) {
            assertThat(m.cellWidth(m.cellCount() - 1)).isCloseTo(first, within(1e-9 * first));
        }
    }

    @Test
    void gradedRatioIsCloseToTheRequestedOne() {
        Mesh1D m = Mesh1D.graded(0, 1e-6, 1e-10, 1.1, Grading.START);
        for (int i = 1; i < m.cellCount() - 1; i++) {
            assertThat(m.cellWidth(i) / m.cellWidth(i - 1)).isCloseTo(1.1, within(0.01));
        }
    }

    @Property(tries = 100)
    void layeredMeshPutsNodesExactlyOnEveryBoundary(
            @ForAll @DoubleRange(min = -10, max = -6) double logA,
            @ForAll @DoubleRange(min = -10, max = -6) double logB,
            @ForAll @DoubleRange(min = -10, max = -6) double logC,
            @ForAll @IntRange(min = 1, max = 50) int cells) {
        double a = Math.pow(10, logA);
        double b = Math.pow(10, logB);
        double c = Math.pow(10, logC);
        Mesh1D m = Mesh1D.builder(-a).uniform(a, cells).graded(b, b / 20, 1.2, Grading.BOTH).uniform(c, cells).build();
        int[] bn = m.boundaryNodes();
        assertThat(bn).hasSize(4);
        assertThat(m.node(bn[0])).isEqualTo(-a);
        assertThat(m.node(bn[1])).isEqualTo(0.0);
        assertThat(m.node(bn[2])).isEqualTo(b);
        assertThat(m.node(bn[3])).isEqualTo(b + c);
        assertThat(m.layerOfCell(0)).isZero();
        assertThat(m.layerOfCell(bn[1])).isEqualTo(1);
        assertThat(m.layerOfCell(m.cellCount() - 1)).isEqualTo(2);
        double sum = 0;
        for (double v : m.controlVolumes()) {
            sum += v;
        }
        assertThat(sum).isCloseTo(m.length(), within(1e-12 * m.length()));
    }

    @Test
    void symmetricUniformMeshHasItsMiddleNodeExactlyAtTheCentre() {
        for (int cells : new int[] {2, 10, 100, 1000, 2048}) {
            Mesh1D m = Mesh1D.uniform(-1.3e-6, 1.3e-6, cells);
            assertThat(m.node(cells / 2)).as("%d cells", cells).isEqualTo(0.0);
        }
    }

    @Test
    void refinementKeepsNodesAndBoundaries() {
        Mesh1D m = Mesh1D.builder(0).uniform(1, 3).uniform(2, 2).build();
        Mesh1D f = m.refine(4);
        assertThat(f.cellCount()).isEqualTo(20);
        assertThat(f.boundaryNodes()).containsExactly(0, 12, 20);
        assertThat(f.node(12)).isEqualTo(1.0);
        for (int i = 0; i < m.nodeCount(); i++) {
            assertThat(f.node(4 * i)).isCloseTo(m.node(i), within(1e-15));
        }
    }

    @Test
    void badInputIsRejectedWithTheParameterName() {
        assertThatThrownBy(() -> Mesh1D.uniform(0, 1, 0)).hasMessageContaining("cells");
        assertThatThrownBy(() -> Mesh1D.uniform(1, 0, 4)).hasMessageContaining("end");
        assertThatThrownBy(() -> Mesh1D.uniform(0, Double.NaN, 4)).hasMessageContaining("end");
        assertThatThrownBy(() -> Mesh1D.uniform(Double.NEGATIVE_INFINITY, 0, 4)).hasMessageContaining("start");
        assertThatThrownBy(() -> Mesh1D.graded(0, 1, -1e-3, 1.1, Grading.START)).hasMessageContaining("first cell");
        assertThatThrownBy(() -> Mesh1D.graded(0, 1, 0.6, 1.1, Grading.BOTH)).hasMessageContaining("first cell");
        assertThatThrownBy(() -> Mesh1D.graded(0, 1, 1e-3, 0.5, Grading.START)).hasMessageContaining("growth ratio");
        assertThatThrownBy(() -> Mesh1D.builder(0).uniform(-1e-9, 3)).hasMessageContaining("layer thickness");
        assertThatThrownBy(() -> Mesh1D.builder(0).build()).hasMessageContaining("at least one layer");
        assertThatThrownBy(() -> Mesh1D.fromNodes(new double[] {0})).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> Mesh1D.fromNodes(new double[0])).hasMessageContaining("empty");
    }

    @Test
    void printsReadably() {
        assertThat(Mesh1D.uniform(0, 1e-8, 10).toString()).contains("11 nodes").contains("1 layer");
    }
}
