package org.interphase.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.interphase.core.ConvergenceException;
import org.interphase.core.Units;
import org.interphase.materials.Family;
import org.interphase.materials.Material;
import org.interphase.materials.Materials;
import org.interphase.materials.MissingDataException;
import org.interphase.materials.Property;
import org.junit.jupiter.api.Test;

/** Screening runs through the sweep runner: its ranking is the serial one, ties and skips in candidate order. */
class ScreeningSweepTest {

    @Test
    void theRankingIsTheSerialOneWithTiesAndSkipsInCandidateOrder() {
        Material noSigma = Material.builder("no-sigma").family(Family.OXIDE)
                .property(Property.RELATIVE_PERMITTIVITY, 30, LayerTest.SRC).build();
        List<InterfaceStack> candidates = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            if (i % 13 == 5) {
                candidates.add(InterfaceStack.between(Materials.LICOO2, Materials.LLZO).coating(noSigma, Units.nm(5)).build());
            } else {
                // thicknesses repeat (i % 7): equal totals, whose order must be the candidates'
                candidates.add(InterfaceStack.between(Materials.LICOO2, i % 2 == 0 ? Materials.LLZO : Materials.LI3PS4)
                        .coating(Materials.LINBO3, Units.nm(1 + i % 7)).build());
            }
        }
        // the serial reference, computed here without the screen
        StackSolver solver = StackSolver.withDefaults();
        List<Integer> ok = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        StackSolution[] solutions = new StackSolution[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            try {
                solutions[i] = solver.solve(candidates.get(i));
                ok.add(i);
            } catch (MissingDataException e) {
                reasons.add(e.getMessage());
            }
        }
        ok.sort(Comparator.comparingDouble(i -> solutions[i].total()));

        ScreeningSolution s = Screening.withDefaults().solve(candidates);
        assertThat(s.ranked()).hasSize(ok.size());
        for (int r = 0; r < ok.size(); r++) {
            ScreeningSolution.Row row = s.ranked().get(r);
            assertThat(row.rank()).isEqualTo(r + 1);
            assertThat(row.stack()).isSameAs(candidates.get(ok.get(r)));
            assertThat(row.solution().total()).isEqualTo(solutions[ok.get(r)].total());
        }
        assertThat(s.skipped()).extracting(ScreeningSolution.Skipped::reason).containsExactlyElementsOf(reasons);
        assertThat(s.skipped()).extracting(ScreeningSolution.Skipped::stack)
                .containsExactly(candidates.get(5), candidates.get(18), candidates.get(31), candidates.get(44),
                        candidates.get(57));
        // there are ties, so the order among equal totals was tested
        assertThat(ok.stream().mapToDouble(i -> solutions[i].total()).distinct().count()).isLessThan(ok.size());
    }

    @Test
    void aCandidateThatDoesNotConvergeIsSkippedWithTheReason() {
        InterfaceStack a = InterfaceStack.between(Materials.LICOO2, Materials.LLZO).coating(Materials.LINBO3, Units.nm(2)).build();
        InterfaceStack b = InterfaceStack.between(Materials.LICOO2, Materials.LLZO).coating(Materials.LINBO3, Units.nm(9)).build();
        StackSolver solver = StackSolver.withDefaults();
        ConvergenceException stuck = new ConvergenceException("a test solver", 7, 0.5, "none");
        ScreeningSolution s = Screening.withDefaults().withEvaluation(st -> {
            if (st == a) {
                throw stuck;
            }
            return solver.solve(st);
        }, "a stuck solver").solve(List.of(a, b));
        assertThat(s.ranked()).extracting(ScreeningSolution.Row::stack).containsExactly(b);
        assertThat(s.skipped()).singleElement().satisfies(k -> {
            assertThat(k.stack()).isSameAs(a);
            assertThat(k.reason()).isEqualTo("did not converge: " + stuck.getMessage());
        });
    }
}
