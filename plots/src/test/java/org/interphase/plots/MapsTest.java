package org.interphase.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interphase.contact.ContactProblem;
import org.interphase.contact.ContactSolution;
import org.interphase.contact.ContactSolver;
import org.interphase.contact.Surface;
import org.interphase.microstructure.Axis;
import org.interphase.microstructure.Microstructure;
import org.interphase.microstructure.VoxelPhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contact maps and microstructure slices: the right value lands in the right cell, and files are written. */
class MapsTest {

    @Test
    void contactMapsPutEveryGridPointInItsCell(@TempDir Path dir) throws Exception {
        int nx = 32;
        int ny = 16;
        // a ridge along y at x = L/3: contact concentrates there, so the pressure varies with x, not y
        Surface s = Surface.sample(nx, ny, 1e-7, 1e-7, (x, y) -> 1e-8 * Math.cos(2 * Math.PI * (x / (nx * 1e-7) - 1.0 / 3)));
        ContactSolution c = ContactSolver.withDefaults().solve(ContactProblem.periodic(s, 1e10).withMeanPressure(1e7));
        double[] v = Plots.reindex(nx, ny, c.pressure(), 1e-6);
        for (int ix = 0; ix < nx; ix++) {
            for (int iy = 0; iy < ny; iy++) {
                assertThat(v[ix + nx * iy]).isEqualTo(c.pressure(ix, iy) * 1e-6);
            }
        }
        HeatMap p = Plots.contactPressure(c);
        assertThat(p.nx()).isEqualTo(nx);
        assertThat(p.ny()).isEqualTo(ny);
        List<Path> files = p.save(dir, "pressure", Format.PNG, Format.PDF);
        assertThat(Files.size(files.get(0))).isGreaterThan(1000);
        assertThat(Files.size(Plots.contactGap(c).savePng(dir.resolve("gap.png")))).isGreaterThan(1000);
    }

    @Test
    void slicesPutEveryVoxelInItsCell() {
        int nx = 5;
        int ny = 4;
        int nz = 3;
        // label 1 + x, so that a transposed or shifted slice shows at once
        Microstructure m = Microstructure.of(nx, ny, nz, 1e-6,
                List.of(VoxelPhase.of(1, "a"), VoxelPhase.of(2, "b"), VoxelPhase.of(3, "c"), VoxelPhase.of(4, "d"),
                        VoxelPhase.of(5, "e")), (x, y, z) -> 1 + x);
        for (Axis normal : Axis.values()) {
            Axis u = Plots.sliceAcross(normal);
            Axis w = Plots.sliceUp(normal);
            double[] v = Plots.sliceLabels(m, normal, 1);
            assertThat(v).hasSize(m.size(u) * m.size(w));
            for (int j = 0; j < m.size(w); j++) {
                for (int i = 0; i < m.size(u); i++) {
                    int x = u == Axis.X ? i : w == Axis.X ? j : 1;
                    assertThat(v[i + m.size(u) * j]).as("%s slice cell (%d, %d)", normal, i, j).isEqualTo(1 + x);
                }
            }
        }
        assertThat(Plots.slice(m, Axis.Y, 2).title()).contains("y = 2").contains("1 a");
        assertThatThrownBy(() -> Plots.slice(m, Axis.Z, 3)).hasMessageContaining("index");
        assertThatThrownBy(() -> Plots.slice(null, Axis.Z, 0)).hasMessageContaining("m");
    }

    @Test
    void largeGridsAreCoarsenedByBlockMeansAndLabelsBySampling() {
        double[] v = new double[128 * 2];
        for (int i = 0; i < 128; i++) {
            v[i] = i;
            v[i + 128] = 1000 + i;
        }
        HeatMap h = HeatMap.of("h", "x", "y", 128, 2, v, 1, 1);
        double[] means = h.coarsen(64, 2);
        double[] labels = h.withCategories().coarsen(64, 2);
        for (int k = 0; k < 64; k++) {
            assertThat(means[k]).isEqualTo(2 * k + 0.5);
            assertThat(means[k + 64]).isEqualTo(1000 + 2 * k + 0.5);
            assertThat(labels[k]).isEqualTo(2 * k + 1);
        }
        assertThat(h.toImage().getWidth()).isEqualTo(h.width());
    }
}
