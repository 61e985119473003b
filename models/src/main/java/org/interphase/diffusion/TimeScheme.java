package org.interphase.diffusion;

/**
 * Implicit time integrators of the finite-volume diffusion solver, all A-stable; each stage is one
 * tridiagonal (Thomas) solve per species.
 */
public enum TimeScheme {
    /** Backward Euler: first order, L-stable, positivity-preserving; robust for stiff starts. */
    BACKWARD_EULER(1),
    /**
     * Crank–Nicolson: second order, A-stable but not L-stable — it rings on discontinuous data, so
     * the solver starts it with backward-Euler half steps (Rannacher, Numer. Math. 43 (1984) 309).
     */
    CRANK_NICOLSON(2),
    /**
     * TR-BDF2: a trapezoid stage to t + γh, γ = 2 − √2, then BDF2; second order and L-stable
     * (Bank et al., IEEE Trans. Electron Devices 32 (1985) 1992; Hosea &amp; Shampine, Appl. Numer.
     * Math. 20 (1996) 21).
     */
    TR_BDF2(2);

    private final int order;

    TimeScheme(int order) {
        this.order = order;
    }

    /** @return the order of accuracy in time */
    public int order() {
        return order;
    }
}
