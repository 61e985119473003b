package org.interphase.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interphase.core.Mesh1D;
import org.interphase.core.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiguresTest {

    @Test
    void lineAndNyquistFiguresAreWrittenAsNonEmptyPngAndSvg(@TempDir Path dir) throws Exception {
        Profile p = Profile.sample(Mesh1D.uniform(0, 1e-8, 50), x -> Math.exp(-x / 2e-9), "φ", "V");
        List<Path> line = Figures.line("profile", "x [nm]", "φ [V]").series("φ", p, 1e9, 1).save(dir, "profile");
        double[] re = new double[40];
        double[] im = new double[40];
        for (int k = 0; k < 40; k++) {
            double w = Math.pow(10, -2 + 0.2 * k);
            double r = 100;
            double c = 1e-3;
            double den = 1 + w * w * r * r * c * c;
            re[k] = r / den;
            im[k] = -w * r * r * c / den;
        }
        List<Path> ny = Figures.nyquist("RC").series("R‖C", re, im).save(dir, "nyquist");
        for (Path f : List.of(line.get(0), line.get(1), ny.get(0), ny.get(1))) {
            assertThat(f).exists();
            assertThat(Files.size(f)).isGreaterThan(1000);
        }
        byte[] png = Files.readAllBytes(line.get(0));
        assertThat(png[1]).isEqualTo((byte) 'P'); // PNG signature \x89PNG
        assertThat(Files.readString(line.get(1))).contains("<svg");
    }

    @Test
    void emptyFigureIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> Figures.line("t", "x", "y").save(dir, "empty")).hasMessageContaining("no series");
    }

    @Test
    void sliceHeatMapIsWrittenAndRefusesAWrongLength(@TempDir Path dir) throws Exception {
        double[] v = new double[12];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 3;
        }
        List<Path> files = Figures.slice("slice", "x", "z", 4, 3, v).save(dir, "slice");
        assertThat(Files.size(files.get(0))).isGreaterThan(1000);
        assertThat(Files.readString(files.get(1))).contains("<svg");
        assertThatThrownBy(() -> Figures.slice("s", "x", "z", 4, 4, v)).hasMessageContaining("nx·ny = 16");
    }

    @Test
    void microstructureFiguresAreWritten(@TempDir Path dir) throws Exception {
        List<Path> files = Figures.microstructure(dir);
        assertThat(files).hasSize(6);
        for (Path f : files) {
            assertThat(Files.size(f)).as(f.toString()).isGreaterThan(1000);
        }
        assertThat(dir.resolve("microstructure-tortuosity.svg")).exists();
    }
}
