package org.interphase.microstructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The preconditioner of the conduction solve: one multigrid cycle, z ≈ A⁻¹·r.
 *
 * <p>Levels: aggregation of 2×2×2 voxels (piecewise-constant prolongation P) with the Galerkin coarse
 * operator Pᵀ·A·P, which for a 7-point conductance operator is again a 7-point operator whose
 * conductances are the sums of the fine ones across the aggregates' common faces; levels are added
 * until the coarsest has at most {@value #COARSEST} cells, which is factored once (banded Cholesky).
 * Smoother: red–black Gauss–Seidel, red then black before the coarse correction and black then red
 * after it, so the cycle with V and W steps is a symmetric positive definite operator, as conjugate
 * gradients need.
 * The coarse correction is scaled by ω: piecewise-constant aggregation makes the Galerkin operator
 * about twice too stiff for smooth errors, which an over-correction 1 &lt; ω &lt; 2 compensates
 * (Braess, Computing 33, 1984; Vaněk, Mandel &amp; Brezina, Computing 56, 1996). The cycle starts from
 * z = 0, so with V and W steps it is a fixed linear operator of r; it allocates no array.
 *
 * <p>Shape ({@link Cycle}): a coarse level is solved approximately by one cycle of the levels below it
 * (V) or by two stationary steps of that cycle (W, γ = 2). With S the smoother and B_k the approximate
 * inverse of level k, the error operator of one cycle on level k − 1 is E = Sᵀ(I − ω·P·B_k·Pᵀ·A)S, whose
 * eigenvalues (in the energy inner product) stay below 1 whenever B_k is positive definite: one cycle
 * is positive definite, whatever ω &lt; 2 and however much B_k over-corrects. Two stationary steps
 * (1 − (1 − λ)² for each eigenvalue λ of B·A) are positive definite only while λ &lt; 2, and then never
 * over-correct (λ ≤ 1 after them); one cycle over a coarse solve with λ ≤ 1 has λ ≤ ω &lt; 2 (E ≥ 1 − ω).
 * So a W level is safe when every level below it is W (or the exact coarsest one), and a V level is
 * safe anywhere: the levels from {@link Cycle#wFrom()} down are W, those above it V, never the reverse.
 *
 * <p>K-cycle ({@link Cycle#krylov()}, the default): the two cycles of a W level are combined by a Krylov
 * step instead of a stationary one (Notay &amp; Vassilevski, Numer. Linear Algebra Appl. 15, 473 (2008)).
 * With c₁ = B(rhs), v₁ = A·c₁, ρ₁ = c₁ᵀv₁, α₁ = c₁ᵀrhs, then c₂ = B(rhs − (α₁/ρ₁)·v₁), γ = c₂ᵀv₁,
 * β = c₂ᵀA·c₂, α₂ = c₂ᵀ(rhs − (α₁/ρ₁)·v₁) and ρ₂ = β − γ²/ρ₁, the level's answer is
 * e = (α₁/ρ₁ − γ·α₂/(ρ₁ρ₂))·c₁ + (α₂/ρ₂)·c₂: the error's minimum in the energy norm over span{c₁, c₂}
 * (two steps of flexible conjugate gradients). It picks the scale of the correction that the stationary
 * step fixes at 1: on the 100³ sphere packing of the benchmarks (one conducting phase), 5 iterations
 * instead of 7 to 1e-4 and 11 instead of 16 to 1e-6. The cycle is then no longer a linear operator of r
 * (the α's depend on it), though still positive (rᵀz &gt; 0) and deterministic, so the outer iteration is
 * flexible conjugate gradients (Notay, SIAM J. Sci. Comput. 22, 1444 (2000)): β = −zᵀA·p_old /
 * p_oldᵀA·p_old, whose zᵀA·p_old the last sweep takes (see {@link FineGrid#prolongAndSweep}). With a
 * conductivity contrast the K step on the first coarse level is far from linear and the flexible iteration
 * can need several times the W-cycle's iterations; the conduction solver therefore takes the K-cycle with
 * one conducting phase only, and down to a relative residual of 1e-6 (see {@code ConductionSolver}).
 */
final class Multigrid {

    /** Largest number of cells on the coarsest level. */
    static final int COARSEST = 512;

    /**
     * The shape of the cycle.
     *
     * @param omega over-correction of every coarse correction, in (0, 2)
     * @param fineSweeps symmetric Gauss–Seidel sweeps before and after the coarse correction on the fine level, &ge; 1
     * @param coarseSweeps the same on the coarse levels, &ge; 1
     * @param wFrom the first coarse level (0 = the one below the fine level) solved by two cycles of the
     *     levels below it (W); those above it by one (V): 0 is a W-cycle, a large value a V-cycle
     */
    record Cycle(double omega, int fineSweeps, int coarseSweeps, int wFrom, boolean krylov) {
        /** A cycle with stationary W steps (a fixed linear preconditioner). */
        Cycle(double omega, int fineSweeps, int coarseSweeps, int wFrom) {
            this(omega, fineSweeps, coarseSweeps, wFrom, false);
        }

        Cycle {
            if (!(omega > 0 && omega < 2) || fineSweeps < 1 || coarseSweeps < 1 || wFrom < 0) {
                throw new IllegalArgumentException("multigrid cycle " + omega + ", " + fineSweeps + ", " + coarseSweeps
                        + ", " + wFrom + ": needs ω in (0, 2), sweeps ≥ 1 (the restriction relies on the last half "
                        + "sweep), wFrom ≥ 0");
            }
        }

        /** @return this shape with stationary W steps (a fixed linear preconditioner) */
        Cycle stationary() {
            return new Cycle(omega, fineSweeps, coarseSweeps, wFrom, false);
        }

        /** @return a short description, e.g. "K-cycle, 2 + 2 sweeps, ω = 1.90" */
        String describe(int coarseLevels) {
            String two = krylov ? "K" : "W";
            String shape = wFrom == 0 ? two + "-cycle" : wFrom >= coarseLevels - 1 ? "V-cycle"
                    : "V-cycle on the first " + wFrom + " coarse level" + (wFrom == 1 ? "" : "s") + ", " + two
                            + " below";
            String sweeps = fineSweeps == coarseSweeps ? fineSweeps + " + " + fineSweeps + " sweeps"
                    : fineSweeps + " + " + fineSweeps + " sweeps on the fine level, " + coarseSweeps + " + " + coarseSweeps
                            + " on the coarse ones";
            return String.format(Locale.ROOT, "%s, %s, ω = %.2f", shape, sweeps, omega);
        }
    }

    private final FineGrid fine;
    private final CoarseGrid[] levels;
    private final Cycle cycle;
    /** The K-cycle's coefficients (see {@link #combination}), kept so that a cycle allocates no array. */
    private final double[] ab = new double[2];

    Multigrid(FineGrid fine, Cycle cycle) {
        this.fine = fine;
        this.cycle = cycle;
        List<CoarseGrid> list = new ArrayList<>();
        CoarseGrid c = fine.coarsen();
        list.add(c);
        while (c.size() > COARSEST) {
            c = c.coarsen();
            list.add(c);
        }
        c.factor();
        this.levels = list.toArray(new CoarseGrid[0]);
        if (cycle.krylov()) {
            for (int k = cycle.wFrom(); k < levels.length - 1; k++) {
                levels[k].prepareKrylov();
            }
        }
    }

    private Multigrid(Multigrid other, Cycle cycle) {
        this.fine = other.fine;
        this.levels = other.levels;
        this.cycle = cycle;
    }

    /** @return this hierarchy with the stationary W steps of its shape (a fixed linear preconditioner), or this */
    Multigrid stationary() {
        return cycle.krylov() ? new Multigrid(this, cycle.stationary()) : this;
    }

    /** @return the number of levels, the fine one included */
    int depth() {
        return levels.length + 1;
    }

    /**
     * z = M⁻¹·r, one cycle from z = 0. The pre-smoothing ends with a half sweep of colour 1 and the
     * post-smoothing starts with one, as the restriction and the prolongation expect.
     *
     * @return rᵀz, taken in the last sweep
     */
    double apply(double[] r, float[] z) {
        fine.sweepAndRestrict(r, z, cycle.fineSweeps(), levels[0]);
        coarse(0);
        return fine.prolongAndSweep(levels[0], cycle.omega(), r, z, cycle.fineSweeps(), cycle.krylov());
    }

    /** @return true if the cycle is not a fixed linear operator (K-cycle): the outer iteration must be flexible */
    boolean flexible() {
        return cycle.krylov();
    }

    /**
     * Approximates A_k⁻¹·rhs_k by one cycle (V), two stationary steps of it (W: symmetric, linear) or two
     * cycles combined by a Krylov step (K: neither).
     */
    private void coarse(int k) {
        cycle(k);
        if (k == levels.length - 1 || k < cycle.wFrom()) {
            return;
        }
        CoarseGrid c = levels[k];
        if (cycle.krylov()) {
            krylov(c, k);
            return;
        }
        c.keepAndReduce();
        cycle(k);
        c.addKept();
    }

    /** The K-cycle's two Krylov steps on level k, the first cycle's c₁ in e (see the class comment). */
    private void krylov(CoarseGrid c, int k) {
        c.krylovDots(true);
        double rho1 = c.dots[0];
        double alpha1 = c.dots[1];
        if (!(rho1 > 0)) {
            // c₁ = 0 (rhs = 0 on this level): so is the answer
            return;
        }
        double step = alpha1 / rho1;
        c.krylovReduce(step);
        cycle(k);
        c.krylovDots(false);
        combination(rho1, alpha1, c.dots[0], c.dots[2], c.dots[1], ab);
        c.combine(ab[0], ab[1]);
    }

    /**
     * The K-cycle's combination e = a·c₁ + b·c₂ (see the class comment).
     *
     * @param rho1 c₁ᵀA·c₁, &gt; 0
     * @param alpha1 c₁ᵀrhs
     * @param beta c₂ᵀA·c₂
     * @param gamma c₂ᵀA·c₁
     * @param alpha2 c₂ᵀ(rhs − (α₁/ρ₁)·A·c₁)
     * @param out receives {a, b}; b = 0 when c₂ adds nothing new (it lies along c₁ to rounding: the first
     *     step alone)
     */
    static void combination(double rho1, double alpha1, double beta, double gamma, double alpha2, double[] out) {
        double step = alpha1 / rho1;
        double rho2 = beta - gamma * gamma / rho1;
        if (!(rho2 > 1e-12 * beta)) {
            out[0] = step;
            out[1] = 0;
            return;
        }
        out[0] = step - gamma * alpha2 / (rho1 * rho2);
        out[1] = alpha2 / rho2;
    }

    private void cycle(int k) {
        CoarseGrid c = levels[k];
        if (k == levels.length - 1) {
            c.solveDirect();
            return;
        }
        c.sweep(0, cycle.coarseSweeps(), true);
        c.restrict(levels[k + 1]);
        coarse(k + 1);
        c.prolongAndSweep(levels[k + 1], cycle.omega(), cycle.coarseSweeps());
    }
}
