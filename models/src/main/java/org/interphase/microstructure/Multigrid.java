package org.interphase.microstructure;

import java.util.ArrayList;
import java.util.List;

/**
 * The preconditioner of the conduction solve: one multigrid W-cycle (γ = 2 coarse corrections per level), z ≈ A⁻¹·r.
 *
 * <p>Levels: aggregation of 2×2×2 voxels (piecewise-constant prolongation P) with the Galerkin coarse
 * operator Pᵀ·A·P, which for a 7-point conductance operator is again a 7-point operator whose
 * conductances are the sums of the fine ones across the aggregates' common faces; levels are added
 * until the coarsest has at most {@value #COARSEST} cells, which is factored once (banded Cholesky).
 * Smoother: red–black Gauss–Seidel, red then black before the coarse correction and black then red
 * after it, so the cycle is a symmetric positive definite operator, as conjugate gradients need.
 * The coarse correction is scaled by ω: piecewise-constant aggregation makes the Galerkin operator
 * about twice too stiff for smooth errors, which an over-correction 1 &lt; ω &lt; 2 compensates
 * (Braess, Computing 33, 1984; Vaněk, Mandel &amp; Brezina, Computing 56, 1996). The cycle starts from
 * z = 0, so it is a fixed linear operator of r, and it allocates nothing.
 */
final class Multigrid {

    /** Largest number of cells on the coarsest level. */
    static final int COARSEST = 512;

    private final FineGrid fine;
    private final CoarseGrid[] levels;
    private final double omega;
    private final int sweeps;
    private final int gamma;

    Multigrid(FineGrid fine, double omega, int sweeps, int gamma) {
        this.gamma = gamma;
        this.fine = fine;
        this.omega = omega;
        this.sweeps = sweeps;
        List<CoarseGrid> list = new ArrayList<>();
        CoarseGrid c = fine.coarsen();
        list.add(c);
        while (c.size() > COARSEST) {
            c = c.coarsen();
            list.add(c);
        }
        c.factor();
        this.levels = list.toArray(new CoarseGrid[0]);
    }

    /** @return the number of levels, the fine one included */
    int depth() {
        return levels.length + 1;
    }

    /** z = M⁻¹·r, one W-cycle from z = 0. */
    void apply(double[] r, float[] z) {
        for (int s = 0; s < sweeps; s++) {
            fine.sweep(r, z, 0, s == 0);
        }
        fine.restrict(r, z, levels[0]);
        coarse(0);
        fine.prolong(levels[0], omega, z);
        for (int s = 0; s < sweeps; s++) {
            fine.sweep(r, z, 1, false);
        }
    }

    /** Approximates A_k⁻¹·rhs_k by γ stationary steps of the cycle (a W-cycle for γ = 2): symmetric. */
    private void coarse(int k) {
        cycle(k);
        if (k == levels.length - 1) {
            return;
        }
        for (int g = 1; g < gamma; g++) {
            levels[k].keepAndReduce();
            cycle(k);
            levels[k].addKept();
        }
    }

    private void cycle(int k) {
        CoarseGrid c = levels[k];
        if (k == levels.length - 1) {
            c.solveDirect();
            return;
        }
        for (int s = 0; s < sweeps; s++) {
            c.sweep(0, s == 0);
        }
        c.restrict(levels[k + 1]);
        coarse(k + 1);
        c.prolong(levels[k + 1], omega);
        for (int s = 0; s < sweeps; s++) {
            c.sweep(1, false);
        }
    }
}
