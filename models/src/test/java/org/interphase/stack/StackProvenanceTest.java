package org.interphase.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.interphase.buffer.BufferLayerOptimizer;
import org.interphase.buffer.BufferLayerProblem;
import org.interphase.core.Citation;
import org.interphase.core.Units;
import org.interphase.diffusion.PairAnnealing;
import org.interphase.diffusion.ThermalSchedule;
import org.interphase.materials.Material;
import org.interphase.materials.Materials;
import org.interphase.materials.Property;
import org.interphase.spacecharge.Junction;
import org.interphase.spacecharge.JunctionSolver;
import org.interphase.spacecharge.MaterialPhases;
import org.interphase.spacecharge.Phase;
import org.junit.jupiter.api.Test;

/** Citations and assumptions flow from the catalog into every result built on it. */
class StackProvenanceTest {

    private static Citation source(Material m, Property p) {
        return m.property(p).orElseThrow().source().toCitation();
    }

    @Test
    void aStackBudgetCitesTheCatalogValuesItUsedAndStatesItsDefaults() {
        InterfaceStack stack = InterfaceStack.between(Materials.LICOO2, Materials.LI3PS4).coating(Materials.LINBO3, Units.nm(5))
                .build();
        StackSolution s = StackSolver.withDefaults().solve(stack);
        // the coating line reads LiNbO3's σ(25 °C) and, for its capacitance, εr: both sources, and nothing else
        assertThat(s.citations()).containsExactlyInAnyOrder(source(Materials.LINBO3, Property.IONIC_CONDUCTIVITY),
                source(Materials.LINBO3, Property.RELATIVE_PERMITTIVITY));
        assertThat(s.citations()).isSortedAccordingTo(Citation.ORDER);
        assertThat(s.assumptions()).anyMatch(a -> a.startsWith("perfect contact"))
                .anyMatch(a -> a.startsWith("no charge-transfer resistance")).anyMatch(a -> a.startsWith("no space-charge term"));
        assertThat(s.budget().provenance()).isEqualTo(s.provenance());
        // a solved stack at another temperature with the opt-in lists the assumption once, worded as the warning
        StackSolution hot = StackSolver.withDefaults().solve(InterfaceStack.between(Materials.LICOO2, Materials.LI3PS4)
                .coating(Layer.of(Materials.LINBO3, Units.nm(5)).assumeConstantConductivity()).temperature(Units.celsius(60))
                .exchangeCurrent(10, 0.1).contact(new ContactState(0.5, 0, "half")).build());
        assertThat(hot.assumptions().stream().filter(a -> a.startsWith("coating "))).hasSize(1);
        assertThat(hot.warnings()).contains(hot.assumptions().stream().filter(a -> a.startsWith("coating ")).findFirst()
                .orElseThrow());
        assertThat(hot.assumptions()).anyMatch(a -> a.startsWith("R_ct = R·T/(F·i0) derived from i0 = 1.00 mA/cm² at 60.0 °C"))
                .noneMatch(a -> a.startsWith("perfect contact"));
        // the same computation twice gives the same export, byte for byte
        assertThat(StackSolver.withDefaults().solve(stack).provenance().toBibTeX()).isEqualTo(s.provenance().toBibTeX());
        // a layer given an effective conductivity does not cite the catalog's conductivity
        StackSolution given = StackSolver.withDefaults().solve(InterfaceStack.between(Materials.LICOO2, Materials.LI3PS4)
                .coating(Layer.of(Materials.LINBO3, Units.nm(5)).withConductivity(1e-4)).build());
        assertThat(given.citations()).containsExactly(source(Materials.LINBO3, Property.RELATIVE_PERMITTIVITY));
    }

    @Test
    void spaceChargePhasesFromTheCatalogCarryTheirSourcesIntoTheSolutionAndTheStack() {
        Phase lco = MaterialPhases.builder(Materials.LICOO2).conductivity(Units.sPerCm(1e-5)).electronConductor(true).build();
        // the catalog has no εr for Li3PS4: given here, so not cited
        MaterialPhases.Builder lpsBuilder = MaterialPhases.builder(Materials.LI3PS4).relativePermittivity(9.1);
        Phase lps = lpsBuilder.build();
        assertThat(lps.provenance()).isEqualTo(lpsBuilder.provenance());
        // LPS reads the Li site density and its conductivity law from the catalog
        assertThat(lps.provenance().citations()).contains(source(Materials.LI3PS4, Property.LI_SITE_DENSITY),
                source(Materials.LI3PS4, Property.IONIC_CONDUCTIVITY));
        lpsBuilder.assumptions().forEach(a -> assertThat(lps.provenance().assumptions()).contains(lps.name() + ": " + a));
        var solution = JunctionSolver.withDefaults().solve(Junction.of(lco, lps, Units.eV(0.3), Units.ROOM_TEMPERATURE));
        assertThat(solution.citations()).containsAll(lps.provenance().citations());
        StackSolution s = StackSolver.withDefaults().solve(InterfaceStack.between(Materials.LICOO2, Materials.LI3PS4)
                .spaceCharge("PB", SpaceChargeTerms.meshFree(lco, lps, Units.eV(0.3), JunctionSolver.withDefaults())).build());
        assertThat(s.citations()).containsAll(lps.provenance().citations());
        assertThat(s.assumptions()).noneMatch(a -> a.startsWith("no space-charge term"));
    }

    @Test
    void aBudgetsSpectrumCarriesTheBudgetsSourcesThroughPreprocessing() {
        InterfaceStack stack = InterfaceStack.between(Materials.LICOO2, Materials.LI3PS4).coating(Materials.LINBO3, Units.nm(5))
                .chargeTransfer(Units.ohmCm2(10), Units.uFPerCm2(10)).build();
        ResistanceBudget budget = StackSolver.withDefaults().solve(stack).budget();
        org.interphase.impedance.Spectrum z = budget.spectrum(new double[] {1e-2, 1, 1e2, 1e4, 1e6});
        assertThat(budget.citations()).isNotEmpty();
        assertThat(z.citations()).isEqualTo(budget.citations());
        assertThat(z.assumptions()).containsAll(budget.assumptions())
                .contains("the spectrum is the budget's lines as ideal R‖C (Voigt) arcs in series");
        // pre-processing keeps where the numbers came from; a measured spectrum has none
        assertThat(z.crop(1, 1e4).citations()).isEqualTo(budget.citations());
        assertThat(z.withWarning("checked").assumptions()).isEqualTo(z.assumptions());
        assertThat(org.interphase.impedance.Spectrum.of(new double[] {1, 10}, new double[] {1, 1}, new double[] {-1, -1})
                .citations()).isEmpty();
    }

    @Test
    void theBufferOptimumCitesItsStackAndStatesTheThicknessAsDerived() {
        InterfaceStack stack = InterfaceStack.between(Materials.LICOO2, Materials.LI3PS4).coating(Materials.LINBO3, Units.nm(5))
                .build();
        var optimum = BufferLayerOptimizer.withDefaults().solve(BufferLayerProblem.of(stack));
        assertThat(optimum.citations()).isEqualTo(optimum.stackSolution().citations());
        assertThat(optimum.assumptions()).containsAll(optimum.stackSolution().assumptions());
        assertThat(optimum.assumptions().get(optimum.assumptions().size() - 1)).startsWith("coating thickness")
                .contains("derived by minimizing R_total");
    }

    @Test
    void pairAnnealingCitesTheInterdiffusionData() {
        PairAnnealing a = PairAnnealing.of(Materials.LICOO2, Materials.LLZO,
                ThermalSchedule.isothermal(Units.celsius(700), Units.hours(1)));
        assertThat(a.citations()).isNotEmpty();
        a.penetrations().forEach(p -> assertThat(a.citations()).contains(p.data().source().toCitation()));
        assertThat(a.assumptions()).anyMatch(s -> s.contains("erfc profile"));
    }
}
