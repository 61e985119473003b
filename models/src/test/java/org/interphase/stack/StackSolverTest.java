package org.interphase.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.interphase.core.Units;
import org.interphase.materials.Family;
import org.interphase.materials.Material;
import org.interphase.materials.Materials;
import org.interphase.materials.MissingDataException;
import org.interphase.materials.Property;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the stack is the problem, {@link StackSolver} its solver, {@link StackSolution} the
 * solution that carries the budget and what it assumes; the screen is a solver whose solution lists
 * every candidate, ranked or skipped with its reason.
 */
class StackSolverTest {

    @Test
    void anAssumedConductivityIsAWarningOfTheSolution() {
        // before: the assumption showed only inside the coating's budget line; the stack had no warnings at all
        Layer assumed = Layer.of(LayerTest.SIGMA_25_ONLY, Units.nm(10)).assumeConstantConductivity();
        InterfaceStack stack = InterfaceStack.between(Materials.LICOO2, Materials.LLZO).temperature(Units.celsius(60))
                .coating(assumed).build();
        StackSolution s = StackSolver.withDefaults().solve(stack);
        assertThat(s.problem()).isSameAs(stack);
        assertThat(s.warnings()).hasSize(1);
        assertThat(s.warnings().get(0)).startsWith("coating sigma25-only: ").contains("assumed at every temperature");
        assertThat(s.toString()).contains("warning: coating sigma25-only");
        assertThatThrownBy(() -> s.warnings().clear()).isInstanceOf(UnsupportedOperationException.class);
        // the budget is the one the problem's shortcut gives, line for line: budget() delegates to the solver
        assertThat(s.budget().toString()).isEqualTo(stack.budget().toString());
        assertThat(s.total()).isEqualTo(10e-9 / 0.05);
        // at 25 °C the catalog value is known, and nothing is assumed
        assertThat(StackSolver.withDefaults().solve(InterfaceStack.between(Materials.LICOO2, Materials.LLZO)
                .coating(Layer.of(Materials.LINBO3, Units.nm(5))).build()).warnings()).isEmpty();
    }

    @Test
    void aTermsOwnWarningsAndABulkChangeReachTheSolution() {
        StackTerm term = new StackTerm() {
            @Override
            public Contribution evaluate(InterfaceStack st) {
                return effect(st).line();
            }

            @Override
            public Effect effect(InterfaceStack st) {
                return new Effect(new Contribution(Mechanism.SPACE_CHARGE, "", 0, 0), 1.0, -Units.ohmCm2(2),
                        List.of("space charge: the mesh was refined twice"));
            }
        };
        StackSolution s = StackSolver.withDefaults().solve(InterfaceStack.between(Materials.LICOO2, Materials.LLZO)
                .spaceCharge("test", term).contact(new ContactState(0.5, 0, "half")).build());
        // the bulk change is on the real contact area, so on the nominal area it is −2/0.5 = −4 Ω·cm²
        assertThat(Units.toOhmCm2(s.budget().bulkChange())).isEqualTo(-4.0);
        assertThat(s.warnings()).containsExactly("space charge: the mesh was refined twice",
                "a net accumulation layer lowers the bulk beside the interface by 4.000 Ω·cm²; this is not part of the"
                        + " total (see ResistanceBudget.bulkChange())");
    }

    @Test
    void aScreenSkipsACandidateWithoutDataAndSaysWhy() {
        Material noSigma = Material.builder("no-sigma").family(Family.OXIDE)
                .property(Property.RELATIVE_PERMITTIVITY, 30, LayerTest.SRC).build();
        InterfaceStack good = InterfaceStack.between(Materials.LICOO2, Materials.LLZO)
                .coating(Layer.of(Materials.LINBO3, Units.nm(5))).build();
        InterfaceStack bad = InterfaceStack.between(Materials.LICOO2, Materials.LLZO).coating(noSigma, Units.nm(5)).build();
        ScreeningSolution s = Screening.withDefaults().solve(List.of(bad, good));
        assertThat(s.problem()).containsExactly(bad, good);
        assertThat(s.ranked()).extracting(ScreeningSolution.Row::stack).containsExactly(good);
        assertThat(s.best().orElseThrow().rank()).isEqualTo(1);
        assertThat(s.skipped()).extracting(ScreeningSolution.Skipped::stack).containsExactly(bad);
        assertThat(s.skipped().get(0).reason()).contains("no-sigma").contains("ionic conductivity");
        assertThat(s.warnings()).hasSize(1);
        assertThat(s.toString()).contains("1 of 2 candidates ranked").contains("skipped");
        // a failure that is not the candidate's own propagates
        Screening buggy = Screening.withDefaults().withEvaluation(st -> {
            throw new IllegalStateException("a bug in the evaluation");
        }, "buggy");
        assertThatThrownBy(() -> buggy.solve(List.of(good))).isInstanceOf(IllegalStateException.class)
                .hasMessage("a bug in the evaluation");
        assertThat(buggy.toString()).contains("buggy");
        assertThat(MissingDataException.class).isAssignableTo(IllegalStateException.class);
    }
}
