package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileTest {

    @Property(tries = 200)
    void trapezoidIsExactOnLinearDataAndInterpolationReproducesIt(
            @ForAll @DoubleRange(min = -10, max = 10) double slope,
            @ForAll @DoubleRange(min = -10, max = 10) double offset,
            @ForAll @DoubleRange(min = 0, max = 1) double where) {
        Mesh1D m = Mesh1D.graded(0, 2, 1e-3, 1.3, Grading.BOTH);
        Profile p = Profile.sample(m, x -> slope * x + offset, "y", "");
        double exact = slope * 2 + offset * 2;
        assertThat(p.integral()).isCloseTo(exact, within(1e-12 * (1 + Math.abs(exact))));
        double at = 2 * where;
        assertThat(p.valueAt(at)).isCloseTo(slope * at + offset, within(1e-12 * (1 + Math.abs(offset) + Math.abs(slope))));
    }

    @Test
    void extremaAndCsv(@TempDir Path dir) throws Exception {
        Profile p = Profile.of(new double[] {0, 1, 2, 3}, new double[] {1, -2, 5, 0}, "x", "m", "phi", "V");
        assertThat(p.min()).isEqualTo(-2);
        assertThat(p.argmin()).isEqualTo(1);
        assertThat(p.max()).isEqualTo(5);
        assertThat(p.argmax()).isEqualTo(2);
        Path f = dir.resolve("p.csv");
        p.writeCsv(f);
        assertThat(Files.readAllLines(f)).containsExactly("x [m],phi [V]", "0.0,1.0", "1.0,-2.0", "2.0,5.0", "3.0,0.0");
        assertThat(p.toString()).contains("phi").contains("4 points").contains("V");
        assertThat(p.map(v -> 2 * v, "2phi", "V").max()).isEqualTo(10);
    }

    @Test
    void isImmutable() {
        double[] x = {0, 1};
        double[] y = {0, 1};
        Profile p = Profile.of(x, y);
        x[1] = 5;
        y[1] = 7;
        p.ys()[0] = 3;
        assertThat(p.xMax()).isEqualTo(1);
        assertThat(p.y(1)).isEqualTo(1);
        assertThat(p.y(0)).isEqualTo(0);
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> Profile.of(new double[] {0, 1}, new double[] {0, Double.NaN}, "x", "m", "c", "mol/m³"))
                .hasMessageContaining("c[1]");
        assertThatThrownBy(() -> Profile.of(new double[] {0, 1, 2}, new double[] {0, 1})).hasMessageContaining("same length");
        assertThatThrownBy(() -> Profile.of(new double[] {1, 0}, new double[] {0, 1})).hasMessageContaining("increasing");
        assertThatThrownBy(() -> Profile.of(new double[] {0, 1}, new double[] {0, 1}).valueAt(2)).hasMessageContaining("x");
    }

    @Test
    void negativeZeroIsFoundAtXEqualZero() {
        // issue 13: binarySearch orders −0.0 before 0.0, and valueAt(−0.0) read x[−1]
        Profile p = Profile.of(new double[] {0, 1, 2}, new double[] {5, 7, 9});
        assertThat(p.valueAt(-0.0)).isEqualTo(5);
        assertThat(p.valueAt(0.5)).isEqualTo(6);
        // a profile that ends at x = −0.0 answers for 0.0, which equals it
        Profile q = Profile.of(new double[] {-2, -1, -0.0}, new double[] {1, 3, 4});
        assertThat(q.valueAt(0.0)).isEqualTo(4);
        assertThat(q.valueAt(-0.0)).isEqualTo(4);
        assertThat(q.valueAt(-0.5)).isEqualTo(3.5);
    }

    @Test
    void sampleIndexIsCheckedWithAClearMessage() {
        Profile p = Profile.of(new double[] {0, 1, 2}, new double[] {5, 7, 9});
        assertThat(p.x(2)).isEqualTo(2);
        assertThat(p.y(0)).isEqualTo(5);
        assertThatThrownBy(() -> p.x(3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample index must be in [0, 2], was 3");
        assertThatThrownBy(() -> p.y(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was -1");
    }

    @Test
    void integralNeverOverflowsSilently() {
        // finite input, infinite sum: (y_i + y_(i−1)) overflowed where the integral itself fits
        Profile fits = Profile.of(new double[] {0, 0.5}, new double[] {1.5e308, 1.5e308});
        assertThat(fits.integral()).isEqualTo(0.75e308);
        Profile tooLarge = Profile.of(new double[] {0, 4}, new double[] {1e308, 1e308}, "x", "m", "c", "mol/m³");
        assertThatThrownBy(tooLarge::integral).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("integral of c over x");
        assertThatThrownBy(() -> fits.map(null, "z", "")).isInstanceOf(NullPointerException.class);
    }
}
