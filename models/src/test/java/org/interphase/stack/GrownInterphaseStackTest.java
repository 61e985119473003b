package org.interphase.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.interphase.core.Units;
import org.interphase.diffusion.ParabolicGrowth;
import org.interphase.diffusion.PairAnnealing;
import org.interphase.diffusion.ThermalSchedule;
import org.interphase.materials.Materials;
import org.junit.jupiter.api.Test;

/**
 * LiCoO2 | LLZO with a La2CoO4 interphase grown over a processing schedule by the interdiffusion
 * model, then placed in the stack. The growth constant is calibrated to ~50 nm after a deposition
 * at 600 °C for 1 h, then annealed 1 h at 700 °C (Kim et al. 2011, as quoted by Wang et al. 2018; the deposition history is
 * assumed, as in docs/jshell/interdiffusion.jsh); La2CoO4's conductivity is not in the catalog, and
 * 1e-9 S/cm is assumed.
 */
class GrownInterphaseStackTest {

    @Test
    void theGrownInterphaseEntersTheBudgetWithTheModelsResistance() {
        ThermalSchedule deposition = ThermalSchedule.startingAt(Units.celsius(25)).rampTo(Units.celsius(600), 10.0 / 60)
                .hold(Units.hours(1)).coolTo(Units.celsius(25), 10.0 / 60).build();
        ParabolicGrowth law = ParabolicGrowth.calibrate(deposition, Units.nm(50), Units.eV(1.65), 0);
        ThermalSchedule anneal = deposition.then(ThermalSchedule.startingAt(Units.celsius(25))
                .rampTo(Units.celsius(700), 10.0 / 60).hold(Units.hours(1)).coolTo(Units.celsius(25), 10.0 / 60).build());
        var grown = PairAnnealing.of(Materials.LICOO2, Materials.LLZO, anneal)
                .interphase("La2CoO4", law, Units.sPerCm(1e-9));
        InterfaceStack s = InterfaceStack.between(Materials.LICOO2, Materials.LLZO)
                .interphase(Layer.grown(Materials.LA2COO4, grown)).build();
        assertThat(s.budget().resistanceOf(Mechanism.INTERPHASE)).isCloseTo(grown.resistance(),
                within(1e-12 * grown.resistance()));
        // the anneal thickens the layer beyond the deposition's 50 nm: parabolic growth adds in x²
        assertThat(grown.thickness()).isGreaterThan(Units.nm(50));
        assertThat(s.budget().toString()).contains("interphase");
    }
}
