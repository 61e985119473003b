package org.interphase.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.interphase.core.Units;
import org.interphase.stack.InterfaceStack;
import org.junit.jupiter.api.Test;

/** Finite input never gives NaN or ∞, and bad input fails before any work with a clear message. */
class BufferBadInputTest {

    @Test
    void aThickBarrierIsAnErrorNotInfinity() {
        // Simmons: ln R_tun = ln(2L(h/e)²/(3√(2mΦ))) + 4πL√(2mΦ)/h passes ln(Double.MAX_VALUE) = 709.8 at 71.93 nm for
        // Φ = 1 eV, m* = m_e; R_tun(100 nm) was returned as +∞. ln R_tun(100 nm) = 997.749, evaluated independently
        // in Python with the CODATA 2018 constants.
        var t = new TunnellingBlocking(Units.eV(1), 1);
        assertThatThrownBy(() -> t.tunnellingResistance(Units.nm(100))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coating thickness").hasMessageContaining("logTunnellingResistance");
        double ln100 = t.logTunnellingResistance(Units.nm(100));
        assertThat(ln100).isCloseTo(997.749, within(1e-3));
        // the log form is the same function where both exist
        assertThat(t.logTunnellingResistance(Units.nm(3))).isCloseTo(Math.log(t.tunnellingResistance(Units.nm(3))),
                within(1e-12));
        assertThat(t.tunnellingResistance(0)).isZero();
        assertThatThrownBy(() -> t.logTunnellingResistance(0)).hasMessageContaining("coating thickness");
    }

    @Test
    void aTermWithoutMechanismFailsWhenItIsMadeNotWhenItIsUsed() {
        assertThatThrownBy(() -> CoatingTerms.exponentialSuppression(null, Units.ohmCm2(10), Units.nm(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mechanism");
        assertThatThrownBy(() -> CoatingTerms.of(org.interphase.stack.Mechanism.INTERPHASE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model");
    }

    @Test
    void aStackWithNothingToResistIsItsOwnOptimum() {
        // ln 0 = −∞ at every point: BOBYQA keeps the start, and the optimum's budget is the stack's, exactly 0
        var optimum = BufferLayerOptimizer.optimize(v -> InterfaceStack.between(BufferLayerOptimizerTest.CATHODE,
                BufferLayerOptimizerTest.ELECTROLYTE).build(), new double[] {0, 0}, new double[] {1, 1},
                new double[] {0.5, 0.5});
        assertThat(optimum.total()).isZero();
        assertThat(java.util.Arrays.stream(optimum.point()).allMatch(Double::isFinite)).isTrue();
        assertThatThrownBy(() -> BufferLayerOptimizer.optimize(null, new double[] {0, 0}, new double[] {1, 1},
                new double[] {0.5, 0.5})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factory");
        assertThatThrownBy(() -> BufferLayerOptimizer.optimize(v -> null, new double[] {0, 0}, new double[] {1, 1},
                new double[] {0.5, 0.5})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("returned null");
    }
}
