package org.interphase.microstructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MicrostructureTest {

    private static final List<VoxelPhase> PHASES = List.of(VoxelPhase.of(0, "pore"), VoxelPhase.of(3, "solid"));

    @Test
    void indexOrderIsXFastestAndCountsAreExact() {
        Microstructure m = Microstructure.of(4, 3, 2, 2e-6, PHASES, (x, y, z) -> x == 1 && y == 2 && z == 1 ? 3 : 0);
        byte[] l = m.labels();
        assertThat(l[1 + 4 * (2 + 3 * 1)]).isEqualTo((byte) 3);
        assertThat(m.label(1, 2, 1)).isEqualTo(3);
        assertThat(m.count(m.requirePhase("solid"))).isEqualTo(1);
        assertThat(m.volumeFraction(m.requirePhase("pore"))).isEqualTo(23.0 / 24.0);
        assertThat(m.length(Axis.X)).isEqualTo(8e-6);
        assertThat(m.subvolume(1, 2, 1, 1, 1, 1).label(0, 0, 0)).isEqualTo(3);
    }

    @Test
    void copiesInAndOut() {
        byte[] in = new byte[8];
        Microstructure m = Microstructure.of(2, 2, 2, 1e-6, in, PHASES);
        in[0] = 3;
        assertThat(m.label(0, 0, 0)).isZero();
        m.labels()[0] = 3;
        assertThat(m.label(0, 0, 0)).isZero();
    }

    @Test
    void refusesLabelsWithoutPhaseWrongSizesAndDuplicatePhases() {
        assertThatThrownBy(() -> Microstructure.of(2, 2, 2, 1e-6, new byte[7], PHASES))
                .hasMessageContaining("labels must hold nx·ny·nz = 8").hasMessageContaining("held 7");
        byte[] bad = new byte[8];
        bad[5] = 7;
        assertThatThrownBy(() -> Microstructure.of(2, 2, 2, 1e-6, bad, PHASES))
                .hasMessageContaining("label 7").hasMessageContaining("(1, 0, 1)");
        assertThatThrownBy(() -> Microstructure.of(2, 2, 2, 1e-6, new byte[8],
                List.of(VoxelPhase.of(0, "a"), VoxelPhase.of(0, "b")))).hasMessageContaining("distinct");
        assertThatThrownBy(() -> Microstructure.of(2, 2, 2, -1e-6, new byte[8], PHASES))
                .hasMessageContaining("voxelSize");
        assertThatThrownBy(() -> Microstructure.of(2000, 2000, 2000, 1e-6, PHASES, (x, y, z) -> 0))
                .hasMessageContaining("largest Java array");
    }

    @Test
    void printsTheSameUnderEveryLocale() {
        Microstructure m = Microstructure.of(2, 2, 2, 1e-6, PHASES, (x, y, z) -> x == 0 ? 3 : 0);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(m.toString()).isEqualTo("Microstructure 2×2×2 voxels of 1 µm: pore 50.0 %, solid 50.0 %");
        } finally {
            Locale.setDefault(before);
        }
    }
}
