package org.interphase.microstructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NumPy fixtures were written by numpy 2.4.6 with
 * src/test/resources/org/interphase/microstructure/make_npy_fixtures.py: shape (nz, ny, nx) = (3, 4, 5),
 * label(x, y, z) = (x + 2y + 3z) mod 4 at [z, y, x].
 */
class VoxelFilesTest {

    private static final double H = 0.5e-6;
    private static final List<VoxelPhase> PHASES = List.of(VoxelPhase.of(0, "pore"), VoxelPhase.of(1, "CAM"), VoxelPhase.of(2, "SE"),
            VoxelPhase.of(3, "carbon"));

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(VoxelFilesTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static int expected(int x, int y, int z) {
        return (x + 2 * y + 3 * z) % 4;
    }

    static void assertFixtureLabels(Microstructure m) {
        assertThat(m.nx()).isEqualTo(5);
        assertThat(m.ny()).isEqualTo(4);
        assertThat(m.nz()).isEqualTo(3);
        for (int z = 0; z < 3; z++) {
            for (int y = 0; y < 4; y++) {
                for (int x = 0; x < 5; x++) {
                    assertThat(m.label(x, y, z)).as("(%d, %d, %d)", x, y, z).isEqualTo(expected(x, y, z));
                }
            }
        }
    }

    @Test
    void readsNumpyFilesInEveryOrderVersionAndDtype() {
        for (String f : List.of("labels_u1_c.npy", "labels_u1_f.npy", "labels_u1_v2.npy", "labels_i8_c.npy")) {
            Microstructure m = VoxelFiles.readNpy(fixture(f), H, PHASES);
            assertFixtureLabels(m);
            assertThat(m.voxelSize()).isEqualTo(H);
        }
        Map<Integer, VoxelPhase> thousands = Map.of(0, PHASES.get(0), 1000, PHASES.get(1), 2000, PHASES.get(2), 3000,
                PHASES.get(3));
        assertFixtureLabels(VoxelFiles.readNpy(fixture("labels_u2_le.npy"), H, thousands));
        assertFixtureLabels(VoxelFiles.readNpy(fixture("labels_u2_be.npy"), H, thousands));
    }

    /** Our writer produces byte for byte the file numpy.save wrote for the same uint8 array. */
    @Test
    void npyRoundTripIsBitwiseAndMatchesNumpy() throws IOException {
        Path numpy = fixture("labels_u1_c.npy");
        Microstructure m = VoxelFiles.readNpy(numpy, H, PHASES);
        Path out = dir.resolve("out.npy");
        VoxelFiles.writeNpy(m, out);
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(numpy));
        assertThat(VoxelFiles.readNpy(out, H, PHASES)).isEqualTo(m);
        // a generated grid too
        Microstructure g = PackingGenerator.withDefaults().solve(PackingProblem.of(17, 9, 5, H).withSpheres(
                PHASES.get(1), 0.3, SizeDistribution.fixed(2 * H), Placement.OVERLAPPING)).microstructure();
        VoxelFiles.writeNpy(g, out);
        assertThat(VoxelFiles.readNpy(out, H, g.phases())).isEqualTo(g);
        assertThat(Files.size(out) % 64).as("header + data: header padded to 64 bytes").isEqualTo(17 * 9 * 5 % 64);
    }

    @Test
    void npyErrorsNameTheFileAndWhatWasFound() throws IOException {
        assertThatThrownBy(() -> VoxelFiles.readNpy(fixture("labels_f4.npy"), H, PHASES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labels_f4.npy")
                .hasMessageContaining("'<f4'").hasMessageContaining("not supported");
        byte[] good = Files.readAllBytes(fixture("labels_u1_c.npy"));
        Path truncated = dir.resolve("truncated.npy");
        Files.write(truncated, Arrays.copyOf(good, good.length - 1));
        assertThatThrownBy(() -> VoxelFiles.readNpy(truncated, H, PHASES)).hasMessageContaining("truncated.npy")
                .hasMessageContaining("needs 60 bytes").hasMessageContaining("has 59").hasMessageContaining("truncated");
        Path notNpy = dir.resolve("text.npy");
        Files.writeString(notNpy, "hello world, not numpy");
        assertThatThrownBy(() -> VoxelFiles.readNpy(notNpy, H, PHASES)).hasMessageContaining("not a NumPy");
        // label 3 has no phase
        assertThatThrownBy(() -> VoxelFiles.readNpy(fixture("labels_u1_c.npy"), H, PHASES.subList(0, 3)))
                .hasMessageContaining("value 3").hasMessageContaining("(3, 0, 0)").hasMessageContaining("[0, 1, 2]");
        // 16-bit values against labels 0–3: the mapping is missing
        assertThatThrownBy(() -> VoxelFiles.readNpy(fixture("labels_u2_be.npy"), H, PHASES))
                .hasMessageContaining("value 1000");
        assertThatThrownBy(() -> VoxelFiles.readNpy(dir.resolve("missing.npy"), H, PHASES))
                .hasMessageContaining("missing.npy").hasMessageContaining("does not exist");
    }

    @Test
    void rawRoundTripsInEveryTypeAndTheByteOrderIsAsStated() throws IOException {
        Microstructure m = VoxelFiles.readNpy(fixture("labels_u1_c.npy"), H, PHASES);
        Path f = dir.resolve("m.raw");
        for (VoxelFiles.RawType t : VoxelFiles.RawType.values()) {
            VoxelFiles.writeRaw(m, f, t);
            assertThat(Files.size(f)).isEqualTo(60L * t.bytes());
            Map<Integer, VoxelPhase> identity = Map.of(0, PHASES.get(0), 1, PHASES.get(1), 2, PHASES.get(2), 3, PHASES.get(3));
            assertThat(VoxelFiles.readRaw(f, 5, 4, 3, t, H, identity)).isEqualTo(m);
        }
        // voxel (3, 0, 0) = index 3 carries label 3
        VoxelFiles.writeRaw(m, f, VoxelFiles.RawType.UINT16_BIG_ENDIAN);
        byte[] be = Files.readAllBytes(f);
        assertThat(new byte[] {be[6], be[7]}).containsExactly(0, 3);
        VoxelFiles.writeRaw(m, f, VoxelFiles.RawType.UINT16_LITTLE_ENDIAN);
        byte[] le = Files.readAllBytes(f);
        assertThat(new byte[] {le[6], le[7]}).containsExactly(3, 0);
        // a little-endian file read as big-endian shows 3·256 = 768, which has no phase
        assertThatThrownBy(() -> VoxelFiles.readRaw(f, 5, 4, 3, VoxelFiles.RawType.UINT16_BIG_ENDIAN, H,
                Map.of(0, PHASES.get(0), 1, PHASES.get(1), 2, PHASES.get(2), 3, PHASES.get(3))))
                .hasMessageContaining("value 256").hasMessageContaining("m.raw");
        VoxelFiles.writeRaw(m, f);
        assertThat(VoxelFiles.readRaw(f, 5, 4, 3, H, PHASES)).isEqualTo(m);
        assertThatThrownBy(() -> VoxelFiles.readRaw(f, 5, 4, 4, H, PHASES)).hasMessageContaining("m.raw")
                .hasMessageContaining("needs 80 bytes").hasMessageContaining("has 60");
        VoxelFiles.writeRaw(m, f, VoxelFiles.RawType.UINT16_LITTLE_ENDIAN);
        assertThatThrownBy(() -> VoxelFiles.readRaw(f, 5, 4, 3, H, PHASES)).hasMessageContaining("16-bit");
    }

    @Test
    void tiffRoundTripsOnePagePerSlice() throws IOException {
        Microstructure m = PackingGenerator.withDefaults().solve(PackingProblem.of(23, 11, 7, H).withSpheres(
                PHASES.get(1), 0.4, SizeDistribution.fixed(2 * H), Placement.OVERLAPPING).withSpheres(PHASES.get(2), 0.2,
                SizeDistribution.fixed(1.5 * H), Placement.OVERLAPPING)).microstructure();
        Path f = dir.resolve("m.tif");
        VoxelFiles.writeTiff(m, f);
        assertThat(VoxelFiles.readTiff(f, H, m.phases())).isEqualTo(m);
        try (ImageInputStream in = ImageIO.createImageInputStream(f.toFile())) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            assertThat(r.getNumImages(true)).isEqualTo(7);
            assertThat(r.getWidth(0)).isEqualTo(23);
            assertThat(r.getHeight(0)).isEqualTo(11);
            assertThat(r.read(4).getRaster().getSample(5, 6, 0)).isEqualTo(m.label(5, 6, 4));
        }
        assertThatThrownBy(() -> VoxelFiles.readTiff(f, H, PHASES.subList(0, 2))).hasMessageContaining("value 2")
                .hasMessageContaining("m.tif");
        Path notTiff = dir.resolve("x.tif");
        Files.writeString(notTiff, "not a tiff");
        assertThatThrownBy(() -> VoxelFiles.readTiff(notTiff, H, PHASES)).hasMessageContaining("not a TIFF");
    }

    @Test
    void writersReportUnwritablePaths() {
        Microstructure m = VoxelFiles.readNpy(fixture("labels_u1_c.npy"), H, PHASES);
        Path inMissingDir = dir.resolve("no/such/dir/out.npy");
        assertThatThrownBy(() -> VoxelFiles.writeNpy(m, inMissingDir)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("out.npy");
    }
}
