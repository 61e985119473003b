package org.interphase.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.interphase.core.Units;
import org.interphase.materials.Family;
import org.interphase.materials.Material;
import org.interphase.materials.MissingDataException;
import org.interphase.materials.Property;
import org.interphase.materials.Role;
import org.interphase.stack.Contribution;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.Mechanism;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 5: {@code rankCoatings} caught every IllegalStateException and dropped the coating
 * without a word (a ranking of 2 of 3 candidates came back as if there had been two). Now every
 * candidate is either ranked or listed as skipped with the reason, and only failures that belong to
 * the candidate are caught.
 */
class RankingTest {

    /** A coating the catalog knows no ionic conductivity for. */
    static final Material NO_SIGMA = Material.builder("no-sigma").name("no-sigma").family(Family.OXIDE)
            .roles(Role.COATING).property(Property.RELATIVE_PERMITTIVITY, 30, BufferLayerOptimizerTest.TEST).build();

    @Test
    void everyCandidateIsRankedOrReportedWithItsReason() {
        var candidates = List.of(BufferLayerOptimizerTest.material("fast", 1e-5), NO_SIGMA,
                BufferLayerOptimizerTest.material("slow", 1e-8));
        var ranking = BufferLayerOptimizer.withDefaults().solve(CoatingRankingProblem.of(
                BufferLayerOptimizerTest.m1Stack(candidates.get(0), 0), candidates));
        assertThat(ranking.ranked()).extracting(r -> r.stack().coating().orElseThrow().material().id())
                .containsExactly("fast", "slow");
        assertThat(ranking.skipped()).hasSize(1);
        assertThat(ranking.skipped().get(0).material()).isEqualTo(NO_SIGMA);
        assertThat(ranking.skipped().get(0).reason()).contains("no-sigma").contains("ionic conductivity");
        assertThat(ranking.toString()).contains("2 of 3 candidates ranked").contains("no-sigma skipped");
        assertThatThrownBy(() -> ranking.ranked().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ranking.warnings()).anyMatch(w -> w.startsWith("no-sigma skipped"));
    }

    @Test
    void aCandidateThatCannotBlockElectronsInTheWindowIsReported() {
        // R_tun ≥ 10⁸·L/σ with a 0.05 eV barrier needs 16.1 nm for σ = 1e-6 S/cm (BufferLayerOptimizerTest);
        // a 10 nm window leaves no thickness, so the candidate is skipped with that reason, not thrown
        var candidates = List.of(BufferLayerOptimizerTest.material("c1", 1e-6));
        var ranking = BufferLayerOptimizer.withDefaults().solve(CoatingRankingProblem.of(
                BufferLayerOptimizerTest.m1Stack(candidates.get(0), 0), candidates).withThicknessWindow(0, Units.nm(10))
                .withElectronBlocking(new TunnellingBlocking(Units.eV(0.05), 1), 1e8));
        assertThat(ranking.ranked()).isEmpty();
        assertThat(ranking.best()).isEmpty();
        assertThat(ranking.skipped().get(0).reason()).contains("electron blocking needs >= 16.1 nm");
    }

    @Test
    void aBugInATermIsNotTakenForMissingData() {
        var candidates = List.of(BufferLayerOptimizerTest.material("fast", 1e-5),
                BufferLayerOptimizerTest.material("slow", 1e-8));
        InterfaceStack s = InterfaceStack.between(BufferLayerOptimizerTest.CATHODE, BufferLayerOptimizerTest.ELECTROLYTE)
                .term(st -> {
                    if (st.coating().orElseThrow().material().id().equals("slow")) {
                        throw new IllegalStateException("a bug in the term");
                    }
                    return new Contribution(Mechanism.SPACE_CHARGE, "", Units.ohmCm2(1), 0);
                }).build();
        assertThatThrownBy(() -> BufferLayerOptimizer.withDefaults().solve(CoatingRankingProblem.of(s, candidates)))
                .isInstanceOf(IllegalStateException.class).hasMessage("a bug in the term");
    }

    @Test
    void missingDataOfTheStacksOwnMaterialsIsNotACandidatesFault() {
        // the electrolyte has no conductivity law, and a term needs it: no candidate could ever be ranked
        InterfaceStack s = InterfaceStack.between(BufferLayerOptimizerTest.CATHODE, NO_SIGMA)
                .term(st -> new Contribution(Mechanism.SPACE_CHARGE, "", 1 / st.electrolyte().ionicConductivity(300), 0))
                .build();
        assertThatThrownBy(() -> BufferLayerOptimizer.withDefaults().solve(CoatingRankingProblem.of(s,
                List.of(BufferLayerOptimizerTest.material("fast", 1e-5)))))
                .isInstanceOf(MissingDataException.class).hasMessageContaining("no-sigma");
    }
}
