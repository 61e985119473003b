package org.interphase.microstructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SlabStackGeneratorTest {

    private static final double H = 0.5e-6;
    private static final VoxelPhase LLZO = VoxelPhase.of(1, "LLZO");
    private static final VoxelPhase PORE = VoxelPhase.of(0, "pore");
    private static final VoxelPhase CAM = VoxelPhase.of(2, "CAM");

    /** Porous–dense bilayer: the dense slab is all LLZO, the scaffold has its porosity (to half a pore). */
    @Test
    void bilayerFractionsPerSlab() {
        double poreRadius = 2 * H;
        SlabStackSolution s = SlabStackGenerator.withDefaults().withSeed(4).solve(SlabStackProblem.of(60, 60, H)
                .withSlab(Slab.dense(LLZO, 10 * H))
                .withSlab(Slab.porous(LLZO, PORE, 30 * H, 0.45, SizeDistribution.fixed(poreRadius))));
        Microstructure m = s.microstructure();
        assertThat(m.nz()).isEqualTo(40);
        assertThat(s.firstZ(1)).isEqualTo(10);
        assertThat(s.thicknessVoxels(1)).isEqualTo(30);
        assertThat(s.volumeFractions(0)).containsEntry(LLZO, 1.0);
        double halfPore = 0.5 * 4.0 / 3.0 * Math.PI * 64 / (60.0 * 60 * 30);
        assertThat(s.volumeFractions(1).get(PORE)).isCloseTo(0.45, within(halfPore));
        // counted from the grid itself: no pore below z = 10, the scaffold's pores above
        long pores = 0;
        for (int z = 0; z < 40; z++) {
            for (int y = 0; y < 60; y++) {
                for (int x = 0; x < 60; x++) {
                    if (m.label(x, y, z) == PORE.label()) {
                        assertThat(z).isGreaterThanOrEqualTo(10);
                        pores++;
                    }
                }
            }
        }
        assertThat(pores).isEqualTo(m.count(PORE));
        assertThat(s.warnings()).isEmpty();
    }

    /** Pillars w = 4, p = 10 voxels: fraction (w/p)² = 0.16 exactly; ridges w/p = 0.4; the pattern is where it should be. */
    @Test
    void structuredInterfacesHaveTheirGeometricFractions() {
        SlabStackProblem p = SlabStackProblem.of(40, 30, H).withSlab(Slab.dense(LLZO, 3 * H))
                .withSlab(Slab.pillars(LLZO, CAM, 5 * H, 10 * H, 4 * H))
                .withSlab(Slab.ridges(LLZO, CAM, 2 * H, 10 * H, 4 * H))
                .withSlab(Slab.dense(CAM, 4 * H));
        SlabStackSolution s = SlabStackGenerator.withDefaults().solve(p);
        assertThat(s.volumeFractions(1).get(LLZO)).isCloseTo(0.16, within(1e-12));
        assertThat(s.volumeFractions(2).get(LLZO)).isCloseTo(0.40, within(1e-12));
        Microstructure m = s.microstructure();
        assertThat(m.label(3, 3, 5)).isEqualTo(LLZO.label());
        assertThat(m.label(4, 3, 5)).isEqualTo(CAM.label());
        assertThat(m.label(3, 4, 5)).isEqualTo(CAM.label());
        assertThat(m.label(13, 23, 7)).isEqualTo(LLZO.label());
        assertThat(m.label(3, 29, 8)).isEqualTo(LLZO.label());
        assertThat(m.label(5, 29, 8)).isEqualTo(CAM.label());
        assertThat(m.phases()).containsExactly(LLZO, CAM);
    }

    @Test
    void roundsThicknessesWithAWarningAndRefusesClashes() {
        SlabStackSolution s = SlabStackGenerator.withDefaults().solve(SlabStackProblem.of(4, 4, H).withSlab(Slab.dense(LLZO,
                3.3 * H)));
        assertThat(s.microstructure().nz()).isEqualTo(3);
        assertThat(s.warnings()).anySatisfy(w -> assertThat(w).contains("rounded to 3"));
        assertThatThrownBy(() -> SlabStackProblem.of(4, 4, H).withSlab(Slab.dense(LLZO, H)).withSlab(Slab.dense(
                VoxelPhase.of(1, "other"), H))).hasMessageContaining("clashes");
        assertThatThrownBy(() -> SlabStackProblem.of(4, 4, H).withSlab(Slab.dense(LLZO, 0.2 * H)))
                .hasMessageContaining("no voxel");
        assertThatThrownBy(() -> SlabStackGenerator.withDefaults().solve(SlabStackProblem.of(4, 4, H)))
                .hasMessageContaining("no slab");
    }

    @Test
    void sameSeedSameBits() {
        SlabStackProblem p = SlabStackProblem.of(20, 20, H).withSlab(Slab.porous(LLZO, CAM, 10 * H, 0.3,
                SizeDistribution.logNormal(1.5 * H, 1.2).withBounds(H, 4 * H)));
        assertThat(SlabStackGenerator.withDefaults().withSeed(3).solve(p).microstructure())
                .isEqualTo(SlabStackGenerator.withDefaults().withSeed(3).solve(p).microstructure())
                .isNotEqualTo(SlabStackGenerator.withDefaults().withSeed(4).solve(p).microstructure());
    }
}
