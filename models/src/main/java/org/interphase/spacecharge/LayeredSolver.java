package org.interphase.spacecharge;

import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.ConvergenceException;
import org.interphase.core.Grading;
import org.interphase.core.Mesh1D;
import org.interphase.core.NewtonSolution;
import org.interphase.core.NewtonSolver;
import org.interphase.core.TridiagonalSystem;

/**
 * Equilibrium of a layered {@link LayeredJunction} (cathode | coating | electrolyte, or any finite stack) by a
 * vertex-centred finite-volume Poisson solver.
 *
 * <p><b>Equations.</b> With the continuous reduced potential ũ (eφ/kT minus the interface dipoles to
 * the left) and ψ_p = ũ − ref_p in phase p, each control volume [x_{i−½}, x_{i+½}] balances
 * <pre>
 *   ε_{i+½}(kT/e)(ũ_{i+1} − ũ_i)/h_i − ε_{i−½}(kT/e)(ũ_i − ũ_{i−1})/h_{i−1}
 *       + ρ_L(ψ_i)·h_{i−1}/2 + ρ_R(ψ_i)·h_i/2 + σ_int = 0
 * </pre>
 * Nodes lie on every material boundary, so each face lies inside one material and the harmonic
 * mean of the permittivities of its two half-cells is that material's ε (the mean is thus only ever
 * taken within one material; a mesh without a node on a boundary is refused by
 * {@link #solve(LayeredJunction, Mesh1D)}, so it never averages across one); at a boundary node the
 * two half control volumes take the charge law of their own side. The far ends of the semi-infinite
 * phases carry the <em>exact</em> Robin condition from the first integral,
 * ε·dφ/dx = ±sign(ψ)√(2εkT·H(ψ)) (research note §2.8), so a short domain gives the semi-infinite
 * answer; an electron-conducting end phase is a Dirichlet condition ψ = 0 at its surface.
 *
 * <p><b>Solution.</b> Newton with the tridiagonal Jacobian (core's {@link NewtonSolver} with the
 * twisted elimination of {@link org.interphase.core.Tridiagonal#solveTwistedInPlace}; steps limited to
 * {@code maxStep} kT/e), from an initial guess built from the mesh-free split of
 * each interface ({@link JunctionSolver}) and the exact semi-infinite profile of each side
 * ({@link SemiInfinite}), superposed in a finite layer; it stops after a full
 * step smaller than 1e-8·(1 + ‖ψ‖∞) (kT/e), whose square — the error left under quadratic
 * convergence — is far below the discretization error. If Newton fails it
 * falls back to continuation in the step (all potential references scaled by λ from 0 to 1, stage
 * halved on failure); a step that continuation cannot reach raises a {@link ConvergenceException}
 * with a hint.
 *
 * <p><b>Mesh.</b> {@link #mesh(LayeredJunction)} grades each phase geometrically from its interfaces and
 * truncates a semi-infinite phase where the mesh-free profile has fallen to 2 % of its interface
 * potential. The grading is one smooth map per zone, fixed so that at 200 cells the first cell is a
 * tenth of the smallest length the layer varies on at its mesh-free interface potential — the local
 * screening length √(εkT/(e|dρ/dψ|)) (λe^{−ψ0/2} in a Gouy–Chapman accumulation layer) or the
 * saturated core |Q|/|ρ(ψ0)| — so that a larger node budget refines the same map.
 *
 * <p>The scheme is second order (measured in the tests). Immutable and thread-safe.
 */
public final class LayeredSolver {

    private static final LayeredSolver DEFAULT = new LayeredSolver(2000, 60, 8, 1e-8, false, true);

    private final int nodes;
    private final int maxIterations;
    private final double maxStep;
    private final double tolerance;
    private final boolean blocking;
    private final boolean meshFreeGuess;

    private LayeredSolver(int nodes, int maxIterations, double maxStep, double tolerance, boolean blocking,
            boolean meshFreeGuess) {
        this.nodes = nodes;
        this.maxIterations = maxIterations;
        this.maxStep = maxStep;
        this.tolerance = tolerance;
        this.blocking = blocking;
        this.meshFreeGuess = meshFreeGuess;
    }

    /**
     * @return a solver with 2000 nodes, 60 Newton iterations per stage, steps ≤ 8 kT/e, step tolerance
     *     1e-8, no blocking factor, the mesh-free initial guess
     */
    public static LayeredSolver withDefaults() {
        return DEFAULT;
    }

    /**
     * @param value target number of mesh nodes of {@link #mesh(LayeredJunction)} (40 … 10 000 000)
     * @return a copy with this node budget
     */
    public LayeredSolver withNodes(int value) {
        Checks.atLeast(value, 40, "value (nodes)");
        if (value > 10_000_000) {
            // each node holds ~15 doubles of solver state: 10⁷ nodes is over a gigabyte
            throw new IllegalArgumentException("value (nodes) must be <= 10000000 (about 1.2 GB of solver state), was "
                    + value);
        }
        return new LayeredSolver(value, maxIterations, maxStep, tolerance, blocking, meshFreeGuess);
    }

    /**
     * @param value Newton iterations per continuation stage (1 … 10 000)
     * @return a copy with this limit
     */
    public LayeredSolver withMaxIterations(int value) {
        Checks.positive(value, "value (max Newton iterations)");
        if (value > 10_000) {
            throw new IllegalArgumentException("value (max Newton iterations) must be <= 10000, was " + value);
        }
        return new LayeredSolver(nodes, value, maxStep, tolerance, blocking, meshFreeGuess);
    }

    /**
     * @param value largest Newton change of the potential per iteration, kT/e (&gt; 0, finite)
     * @return a copy with this limit
     */
    public LayeredSolver withMaxStep(double value) {
        Checks.positive(value, "value (max Newton step)", "kT/e");
        return new LayeredSolver(nodes, maxIterations, value, tolerance, blocking, meshFreeGuess);
    }

    /**
     * @param value Newton stops after a full step smaller than value·(1 + ‖ψ‖∞), kT/e; in [1e-14, 1e-3]
     * @return a copy with this tolerance
     */
    public LayeredSolver withTolerance(double value) {
        Checks.finite(value, "value (Newton step tolerance)", "kT/e");
        if (!(value >= 1e-14 && value <= 1e-3)) {
            throw new IllegalArgumentException("value (Newton step tolerance) must be in [1e-14, 1e-3] kT/e, was " + value);
        }
        return new LayeredSolver(nodes, maxIterations, maxStep, value, blocking, meshFreeGuess);
    }

    /**
     * @param value apply the (1 − θ) blocking factor to the resistances
     * @return a copy with this setting
     */
    public LayeredSolver withBlocking(boolean value) {
        return new LayeredSolver(nodes, maxIterations, maxStep, tolerance, value, meshFreeGuess);
    }

    /**
     * @param value start Newton from the mesh-free profiles of each interface (default), or from the
     *     neutral state (every phase at its bulk potential), e.g. to study the solver alone
     * @return a copy with this setting
     */
    public LayeredSolver withMeshFreeGuess(boolean value) {
        return new LayeredSolver(nodes, maxIterations, maxStep, tolerance, blocking, value);
    }

    /** @return the target number of mesh nodes of {@link #mesh(LayeredJunction)} */
    public int nodes() {
        return nodes;
    }

    /** @return whether resistances carry the (1 − θ) blocking factor */
    public boolean blocking() {
        return blocking;
    }

    /** Index of the first and last phase that has a meshed region. */
    private static int firstRegion(LayeredJunction s) {
        return s.phase(0).electronConductor() ? 1 : 0;
    }

    private static int lastRegion(LayeredJunction s) {
        return s.phase(s.size() - 1).electronConductor() ? s.size() - 2 : s.size() - 1;
    }

    /** Mesh-free estimates at each interface k (between phases k and k+1): {ψ_left, ψ_right}. */
    private static double[][] interfaceEstimates(LayeredJunction s, double[] ref, double lambda) {
        double[][] est = new double[s.size() - 1][];
        for (int k = 0; k < s.size() - 1; k++) {
            JunctionSolver.Split split = JunctionSolver.split(s.phase(k), s.phase(k + 1), lambda * (ref[k] - ref[k + 1]),
                    lambda * s.interfaceCharge(k), s.temperature(), JunctionSolver.DEFAULT_TOLERANCE);
            est[k] = new double[] {split.left(), split.right()};
        }
        return est;
    }

    /**
     * The graded mesh this solver uses for a stack: nodes on every interface, the first interface at
     * x = 0 (the mesh starts at −L₀ when the first phase is ionic). Near each interface a zone as
     * wide as the mesh-free layer (down to 2 % of its potential) is graded from a first cell of a
     * tenth of the local screening length, or uniform when the node budget allows finer cells; the
     * middle of a coating thicker than its two layers is graded symmetrically with the remaining
     * cells.
     *
     * @param stack the stack
     * @return the mesh
     */
    public Mesh1D mesh(LayeredJunction stack) {
        Objects.requireNonNull(stack, "stack");
        try {
            return buildMesh(stack);
        } catch (IllegalArgumentException e) {
            // the mesh builder's own message names nodes, not the input that caused them
            throw new IllegalArgumentException("the stack " + stack + " cannot be meshed in double precision: " + e.getMessage()
                    + "; its potential steps or layer thicknesses are too extreme for a graded mesh (lower the step, use "
                    + "a saturating charge law, or change the thickness)", e);
        }
    }

    private Mesh1D buildMesh(LayeredJunction stack) {
        double[] ref = stack.references();
        double[][] est = interfaceEstimates(stack, ref, 1.0);
        int first = firstRegion(stack);
        int last = lastRegion(stack);
        int inner = 0;
        for (int p = first; p <= last; p++) {
            if (Double.isFinite(stack.span(p))) {
                inner++;
            }
        }
        int ends = (last - first + 1) - inner;
        int innerCells = inner == 0 ? 0 : Math.max(24, nodes / (4 * inner));
        int endCells = Math.max(16, (nodes - 1 - inner * innerCells) / Math.max(1, ends));
        double t = stack.temperature();
        Mesh1D.Builder b = null;
        for (int p = first; p <= last; p++) {
            Phase ph = stack.phase(p);
            double lambda = ScreeningLengths.linear(ph.relativePermittivity(), t, ph.law());
            double hLeft = lambda / 10;
            double zLeft = 0;
            double hRight = lambda / 10;
            double zRight = 0;
            if (p > 0) {
                hLeft = Math.min(hLeft, localLength(ph, t, est[p - 1][1]) / 10);
                zLeft = decayLength(ph, t, est[p - 1][1]);
            }
            if (p < stack.size() - 1) {
                hRight = Math.min(hRight, localLength(ph, t, est[p][0]) / 10);
                zRight = decayLength(ph, t, est[p][0]);
            }
            if (!Double.isFinite(stack.span(p))) {
                boolean start = p == 0;
                double len = start ? zRight : zLeft;
                if (b == null) {
                    b = Mesh1D.builder(start ? -len : 0.0);
                }
                segment(b, len, start ? hRight : hLeft, endCells, start ? Grading.END : Grading.START);
                continue;
            }
            if (b == null) {
                b = Mesh1D.builder(0.0);
            }
            double d = stack.span(p);
            if (zLeft + zRight >= 0.5 * d) {
                segment(b, d, Math.min(hLeft, hRight), innerCells, Grading.BOTH);
            } else {
                int zoneCells = (int) (0.45 * innerCells);
                int midCells = Math.max(4, innerCells - 2 * zoneCells);
                double lastLeft = segment(b, zLeft, hLeft, zoneCells, Grading.START);
                double mid = d - zLeft - zRight;
                double h = Math.max(lastLeft, lastCell(zRight, hRight, zoneCells));
                segment(b, mid, Math.min(h, mid / midCells), midCells, Grading.BOTH);
                segment(b, zRight, hRight, zoneCells, Grading.END);
            }
        }
        return b.build();
    }

    /** Cells per graded span at which the first cell equals the requested size. */
    private static final int REFERENCE_CELLS = 200;

    /**
     * Adds a geometrically graded (or uniform) segment; returns its largest cell. The grading is the
     * map x(ξ) = L(e^{βξ} − 1)/(e^β − 1) sampled at ξ = k/n, with β fixed so that the first cell is
     * {@code hRef} at {@value #REFERENCE_CELLS} cells: changing the node budget then refines one
     * smooth map, and the error falls at the scheme's order instead of jumping with the grading.
     */
    private static double segment(Mesh1D.Builder b, double length, double hRef, int cells, Grading g) {
        boolean both = g == Grading.BOTH;
        double span = both ? length / 2 : length;
        int n = Math.max(2, both ? cells / 2 : cells);
        double rRef = ratioFor(span, hRef, REFERENCE_CELLS);
        double beta = REFERENCE_CELLS * Math.log(Math.min(rRef, 10.0));
        double r = Math.exp(beta / n);
        if (beta <= 1e-9 || r <= 1 + 1e-12) {
            b.uniform(length, Math.max(2, cells));
            return length / Math.max(2, cells);
        }
        r = Math.min(r, 10.0);
        double h0 = span * (r - 1) / (Math.pow(r, n) - 1);
        b.graded(length, h0, r, g);
        return h0 * Math.pow(r, n - 1);
    }

    private static double lastCell(double length, double hRef, int cells) {
        int n = Math.max(2, cells);
        double beta = REFERENCE_CELLS * Math.log(Math.min(ratioFor(length, hRef, REFERENCE_CELLS), 10.0));
        double r = Math.min(Math.exp(beta / n), 10.0);
        if (beta <= 1e-9 || r <= 1 + 1e-12) {
            return length / n;
        }
        return length * (r - 1) / (Math.pow(r, n) - 1) * Math.pow(r, n - 1);
    }

    /**
     * Node index of every region boundary: 0, the interface nodes between consecutive ionic phases,
     * and the last node. The interface between phases k and k+1 lies at x = Σ_{1≤q≤k} d_q.
     */
    static int[] regionNodes(LayeredJunction s, Mesh1D mesh, int first, int last) {
        int regions = last - first + 1;
        int[] idx = new int[regions + 1];
        idx[regions] = mesh.nodeCount() - 1;
        double[] x = mesh.nodes();
        double scale = mesh.length();
        double pos = 0;
        for (int k = 0; k < s.size() - 1; k++) {
            if (k > 0) {
                pos += s.span(k);
            }
            int r = k + 1 - first; // region starting at interface k
            if (r >= 1 && r < regions) {
                int i = java.util.Arrays.binarySearch(x, pos);
                if (i < 0) {
                    int hi = -i - 1;
                    i = hi < x.length && (hi == 0 || Math.abs(x[hi] - pos) < Math.abs(x[hi - 1] - pos)) ? hi : hi - 1;
                }
                if (i <= 0 || i >= x.length - 1 || Math.abs(x[i] - pos) > 1e-9 * scale) {
                    throw new IllegalArgumentException("the mesh must have a node at the interface " + s.phase(k).name()
                            + " | " + s.phase(k + 1).name() + " at x = " + pos + " m (first interface at x = 0)");
                }
                idx[r] = i;
            }
        }
        boolean startsAtMetal = first == 1;
        if (startsAtMetal ? Math.abs(x[0]) > 1e-9 * scale : !(x[0] < 0)) {
            throw new IllegalArgumentException("the mesh must start " + (startsAtMetal
                    ? "at the electron conductor's surface, x = 0" : "inside " + s.phase(0).name() + ", at x < 0")
                    + "; it starts at " + x[0] + " m");
        }
        return idx;
    }

    /**
     * The smallest length the layer at ψ varies on, m: the local screening length √(εkT/(e|dρ/dψ|))
     * (λe^{−ψ0/2} in a Gouy–Chapman accumulation layer), and the plate-capacitor width ε/C = |Q|/|ρ(ψ0)|
     * (the saturated core of a lattice-gas layer, where dρ/dψ vanishes).
     */
    private static double localLength(Phase p, double t, double psi) {
        double d = Math.abs(p.law().chargeDensityDerivative(psi));
        double lambda = ScreeningLengths.linear(p.relativePermittivity(), t, p.law());
        double local = lambda;
        if (d > 0) {
            local = Math.sqrt(Constants.VACUUM_PERMITTIVITY * p.relativePermittivity() * Constants.thermalEnergy(t)
                    / (Constants.ELEMENTARY_CHARGE * d));
        }
        if (Math.abs(psi) > 1e-9 && !p.electronConductor()) {
            local = Math.min(local, SemiInfinite.reduced(p.relativePermittivity(), p.law(), t, psi).width());
        }
        return Math.min(local, lambda);
    }

    /** Distance over which the layer's potential falls to 2 % of ψ0 (≥ 5λ), m. */
    private static double decayLength(Phase p, double t, double psi) {
        double lambda = ScreeningLengths.linear(p.relativePermittivity(), t, p.law());
        if (p.electronConductor() || Math.abs(psi) < 1e-9) {
            return 5 * lambda;
        }
        SemiInfinite s = SemiInfinite.reduced(p.relativePermittivity(), p.law(), t, psi);
        return Math.max(5 * lambda, s.position(0.02 * s.interfacePotential()));
    }

    /**
     * Geometric ratio r with h0(1 + r + … + r^{n−1}) = h0(rⁿ − 1)/(r − 1) = span: Newton on
     * g(r) = ln((rⁿ − 1)/(r − 1)) − ln(span/h0), safeguarded by the bracket [lo, hi] (g increases in
     * r), to a relative change of 1e-15 — a handful of steps where a fixed 200-step bisection was used.
     */
    static double ratioFor(double span, double h0, int n) {
        if (n * h0 >= span) {
            return 1.0;
        }
        double lo = 1.0;
        double hi = 2.0;
        while (h0 * (Math.pow(hi, n) - 1) / (hi - 1) < span) {
            lo = hi;
            hi *= 2;
        }
        double target = Math.log(span / h0);
        double r = 0.5 * (lo + hi);
        for (int i = 0; i < 200; i++) {
            double rn = Math.pow(r, n);
            double g = Math.log((rn - 1) / (r - 1)) - target;
            if (g < 0) {
                lo = r;
            } else {
                hi = r;
            }
            // d/dr ln((rⁿ − 1)/(r − 1)) = n·rⁿ⁻¹/(rⁿ − 1) − 1/(r − 1)
            double dg = n * rn / (r * (rn - 1)) - 1 / (r - 1);
            double next = r - g / dg;
            if (!(next > lo && next < hi) || !(dg > 0)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - r) <= 1e-15 * r || hi - lo <= 2 * Math.ulp(r)) {
                return next;
            }
            r = next;
        }
        return r;
    }

    /**
     * Solves a stack on the mesh of {@link #mesh(LayeredJunction)}.
     *
     * @param problem the stack
     * @return the solution
     * @throws ConvergenceException if continuation cannot reach the full step
     */
    public LayeredSolution solve(LayeredJunction problem) {
        Objects.requireNonNull(problem, "problem");
        return solve(problem, mesh(problem));
    }

    /**
     * Solves a stack on a given mesh: one mesh layer per phase that is not an electron conductor,
     * inner layers as thick as the stack says, the first interface anywhere.
     *
     * @param problem the stack
     * @param mesh the mesh (e.g. {@code mesh(problem).refine(2)})
     * @return the solution
     * @throws ConvergenceException if continuation cannot reach the full step
     */
    public LayeredSolution solve(LayeredJunction problem, Mesh1D mesh) {
        Objects.requireNonNull(problem, "problem");
        LayeredJunction stack = problem;
        Objects.requireNonNull(mesh, "mesh");
        int first = firstRegion(stack);
        int last = lastRegion(stack);
        int[] regions = regionNodes(stack, mesh, first, last);
        double[] x = mesh.nodes();
        Poisson system = new Poisson(stack, x, first, last, regions);
        double[] ref = stack.references();
        int iterations = 0;
        int stages = 1;
        double residual;
        double[] u;
        String hint = "the potential step may be too large for the mesh; refine it or lower the step";
        try {
            system.setLambda(1.0);
            double[] start = meshFreeGuess ? guess(stack, x, first, last, regions, ref, 1.0)
                    : neutral(stack, mesh, first, regions, ref);
            u = start; // core's Newton refuses a non-finite guess (IllegalArgumentException, before any work)
            Poisson.Newton r = system.newton(u, maxIterations, tolerance, maxStep, hint);
            iterations = r.iterations();
            residual = r.residual();
        } catch (ConvergenceException direct) {
            // continuation in the step from the neutral state (λ = 0, ũ = 0 solves it exactly)
            u = new double[mesh.nodeCount()];
            residual = direct.residual();
            double lambda = 0;
            double stage = 0.25;
            stages = 0;
            int failed = 0;
            double lastResidual = direct.residual();
            while (lambda < 1) {
                double next = Math.min(1, lambda + stage);
                try {
                    system.setLambda(next);
                    // a failed stage leaves u, the last converged state, to retry from
                    Poisson.Newton r = system.newton(u, maxIterations, tolerance, maxStep, hint);
                    iterations += r.iterations();
                    residual = r.residual();
                    lambda = next;
                    stages++;
                    stage = Math.min(0.5, stage * 1.5);
                } catch (ConvergenceException e) {
                    iterations += e.iterations();
                    lastResidual = e.residual();
                    stage /= 2;
                    if (++failed > 40 || stage < 1e-4) {
                        double volts = Math.abs(ref[ref.length - 1] - ref[0]) * Constants.thermalVoltage(stack.temperature());
                        throw new ConvergenceException("Newton with continuation in the step", iterations, lastResidual,
                                String.format(java.util.Locale.ROOT, "continuation stalled at %.3g of the %.3g V step: lower the step, refine "
                                        + "the mesh, or use a saturating charge law (LatticeGas) instead of a dilute one",
                                        lambda, volts));
                    }
                }
            }
        }
        // the residual is scaled by 1 nm/(ε0·kT/e): back to the charge imbalance of a control volume, C/m²
        return LayeredSolution.of(stack, mesh, x, first, last, regions, u, ref, iterations, stages,
                residual / system.scale, blocking);
    }

    /** Initial guess: mesh-free interface values decaying exponentially into each phase. */
    private static double[] guess(LayeredJunction s, double[] nodes, int first, int last, int[] bnd, double[] ref,
            double lambda) {
        double[][] est = interfaceEstimates(s, ref, lambda);
        double t = s.temperature();
        double[] u = new double[nodes.length];
        for (int p = first; p <= last; p++) {
            Phase ph = s.phase(p);
            int i0 = bnd[p - first];
            int i1 = bnd[p - first + 1];
            double x0 = nodes[i0];
            double x1 = nodes[i1];
            // the exact profile costs quadratures; it only pays where the layer fits in its phase: a
            // layer thinner than ten screening lengths (a grain-boundary core plane by plane) gets the
            // linear-response decay ψ0·e^{−δ/λ} (the same answer, Newton needs a step or two more)
            boolean exact = !Double.isFinite(s.span(p))
                    || s.span(p) > 10 * ScreeningLengths.linear(ph.relativePermittivity(), t, ph.law());
            Decay left = p > 0 ? new Decay(ph, t, est[p - 1][1], exact) : null;
            Decay right = p < s.size() - 1 ? new Decay(ph, t, est[p][0], exact) : null;
            double bulk = lambda * ref[p];
            for (int i = i0; i <= i1; i++) {
                double x = nodes[i];
                double v = bulk;
                if (left != null) {
                    v += left.at(x - x0);
                }
                if (right != null) {
                    v += right.at(x1 - x);
                }
                // an interface node takes the mean of the two phases' values
                u[i] = i == i0 && p > first ? (u[i] + v) / 2 : v;
            }
        }
        return u;
    }

    /** Each phase at its bulk potential (an interface node takes the mean of its two phases). */
    private static double[] neutral(LayeredJunction s, Mesh1D mesh, int first, int[] bnd, double[] ref) {
        double[] u = new double[mesh.nodeCount()];
        for (int r = 0; r < bnd.length - 1; r++) {
            for (int i = bnd[r]; i <= bnd[r + 1]; i++) {
                u[i] = i == bnd[r] && r > 0 ? 0.5 * (u[i] + ref[first + r]) : ref[first + r];
            }
        }
        return u;
    }

    /**
     * The exact semi-infinite profile ψ(δ) at distance δ from an interface held at ψ0, tabulated
     * from the first integral ({@link SemiInfinite#sampleCoarse}) and continued by the linear tail
     * ψ ∝ e^{−δ/λ}: an initial guess that is exact for a two-phase junction up to the mesh and
     * interpolation error. Read at monotone δ (the nodes of one phase), so the table is walked, not
     * searched; one instance serves one sweep of one thread.
     */
    private static final class Decay {
        private static final int POINTS = 48;
        private final double[] x;
        private final double[] logPsi;
        private final double[] slope; // d ln|ψ|/dδ on each table interval
        private final double psi0;
        private final double sign;
        private final double inverseLambda;
        private int k; // the table interval last used: x[k] ≤ δ < x[k + 1]

        Decay(Phase p, double t, double psi0, boolean exact) {
            this.psi0 = psi0;
            this.sign = Math.signum(psi0);
            this.inverseLambda = 1 / ScreeningLengths.linear(p.relativePermittivity(), t, p.law());
            if (!exact || p.electronConductor() || Math.abs(psi0) < 1e-9) {
                x = null;
                logPsi = null;
                slope = null;
                return;
            }
            double[][] xy = SemiInfinite.reduced(p.relativePermittivity(), p.law(), t, psi0).sampleCoarse(POINTS);
            x = xy[0];
            logPsi = new double[POINTS];
            slope = new double[POINTS - 1];
            for (int i = 0; i < POINTS; i++) {
                logPsi[i] = Math.log(Math.abs(xy[1][i]));
            }
            for (int i = 0; i < POINTS - 1; i++) {
                slope[i] = (logPsi[i + 1] - logPsi[i]) / (x[i + 1] - x[i]);
            }
        }

        double at(double delta) {
            if (x == null) {
                return psi0 * Math.exp(-delta * inverseLambda);
            }
            if (delta >= x[POINTS - 1]) {
                return sign * Math.exp(logPsi[POINTS - 1] - (delta - x[POINTS - 1]) * inverseLambda);
            }
            while (k > 0 && x[k] > delta) {
                k--;
            }
            while (x[k + 1] <= delta) {
                k++;
            }
            return sign * Math.exp(logPsi[k] + (delta - x[k]) * slope[k]);
        }
    }

    /**
     * The finite-volume system, residuals in units of ε0(kT/e)/(1 nm), and its Newton solve.
     *
     * <p>The charge of a region's control volumes goes through the region's law in one sweep
     * ({@code LatticeGas.accumulate} for a lattice gas, {@link ChargeLaw#evaluate} node by node for
     * the others). The off-diagonals of the Jacobian are the face coefficients, fixed by the mesh
     * (copied into Newton's bands, 0 in a Dirichlet row). Newton ({@link #newton}) is core's
     * {@link NewtonSolver} with the twisted elimination of {@code Tridiagonal.solveTwistedInPlace}.
     */
    static final class Poisson implements TridiagonalSystem {
        private final int n;
        private final double[] coef;   // scaled ε(kT/e)/h per cell (length n − 1)
        private final double[] half;   // scale·h/2 per cell: the part of a node's control volume in the cell
        private final int[] bnd;       // region boundary nodes
        private final ChargeLaw[] laws; // per region
        private final int[] phases;     // phase index per region
        private final double[] sigma;   // interface charge at each inner boundary node (C/m², λ = 1)
        private final boolean dirichletStart;
        private final boolean dirichletEnd;
        private final int startPhase;
        private final int endPhase;
        private final double epsStart;
        private final double epsEnd;
        private final double scale;
        private final double kT;
        private final double[] ref;
        private final double[] refScaled;
        private final ChargeLaw startLaw;
        private final ChargeLaw endLaw;
        private final double[] tmp = new double[2];
        private double lambda = 1.0;

        /** The outcome of {@link #newton}: iterations and the max-norm of the last residual (scaled). */
        record Newton(int iterations, double residual) {}

        Poisson(LayeredJunction s, double[] x, int first, int last, int[] bnd) {
            n = x.length;
            double t = s.temperature();
            kT = Constants.thermalEnergy(t);
            double vt = Constants.thermalVoltage(t);
            scale = 1e-9 / (Constants.VACUUM_PERMITTIVITY * vt);
            this.bnd = bnd;
            int regions = bnd.length - 1;
            laws = new ChargeLaw[regions];
            phases = new int[regions];
            for (int r = 0; r < regions; r++) {
                phases[r] = first + r;
                laws[r] = s.regionLaw(first + r);
            }
            coef = new double[n - 1];
            half = new double[n - 1];
            for (int r = 0; r < regions; r++) {
                // both half-cells of a face lie in one phase: the harmonic mean is that phase's ε
                double epsVt = scale * Constants.VACUUM_PERMITTIVITY * s.phase(first + r).relativePermittivity() * vt;
                for (int c = bnd[r]; c < bnd[r + 1]; c++) {
                    double h = x[c + 1] - x[c];
                    coef[c] = epsVt / h;
                    half[c] = scale * (h / 2);
                }
            }
            sigma = new double[bnd.length];
            for (int k = 1; k < bnd.length - 1; k++) {
                sigma[k] = s.interfaceCharge(first + k - 1);
            }
            dirichletStart = first == 1;
            dirichletEnd = last == s.size() - 2;
            startPhase = dirichletStart ? 0 : first;
            endPhase = dirichletEnd ? s.size() - 1 : last;
            Phase p0 = s.phase(first);
            Phase pn = s.phase(last);
            epsStart = Constants.VACUUM_PERMITTIVITY * p0.relativePermittivity();
            epsEnd = Constants.VACUUM_PERMITTIVITY * pn.relativePermittivity();
            startLaw = p0.law();
            endLaw = pn.law();
            ref = s.references();
            refScaled = ref.clone();
        }

        void setLambda(double value) {
            lambda = value;
            for (int p = 0; p < ref.length; p++) {
                refScaled[p] = value * ref[p];
            }
        }

        @Override
        public int size() {
            return n;
        }

        /** Robin flux ε dφ/dx·sign at a far end: √(2εkT H(ψ))·sign(ψ), and its derivative, scaled. */
        private double robin(ChargeLaw law, double eps, double psi, double[] derivative) {
            double p = SemiInfinite.displacement(law, eps, kT, psi);
            if (Math.abs(psi) < 1e-7) {
                derivative[0] = scale * Math.sqrt(eps * kT * law.screeningDensity());
            } else {
                derivative[0] = -scale * eps * kT * law.chargeDensity(psi) / (Constants.ELEMENTARY_CHARGE * p);
            }
            return scale * p;
        }

        @Override
        public void evaluate(double[] u, double[] f, double[] l, double[] d, double[] up) {
            residual(u, f, d);
            // the face coefficients; a Dirichlet row has no coupling to its neighbour
            System.arraycopy(coef, 0, l, 1, n - 1);
            System.arraycopy(coef, 0, up, 0, n - 1);
            l[0] = 0;
            up[n - 1] = 0;
            if (dirichletStart) {
                up[0] = 0;
            }
            if (dirichletEnd) {
                l[n - 1] = 0;
            }
        }

        /** The residual F(u) into f and the diagonal of its Jacobian into d (the off-diagonals are fixed). */
        private void residual(double[] u, double[] f, double[] d) {
            try {
                residualOfLaws(u, f, d);
            } catch (IllegalArgumentException overflow) {
                // a trial potential beyond a law's finite range: a non-finite residual makes Newton
                // fail over to continuation, as an overflowing law did before it refused
                java.util.Arrays.fill(f, Double.NaN);
            }
        }

        private void residualOfLaws(double[] u, double[] f, double[] d) {
            // fluxes: each face once
            double previous = 0;
            double previousCoef = 0;
            for (int i = 0; i < n - 1; i++) {
                double c = coef[i];
                double flux = c * (u[i + 1] - u[i]);
                f[i] = flux - previous;
                d[i] = -c - previousCoef;
                previous = flux;
                previousCoef = c;
            }
            f[n - 1] = -previous;
            d[n - 1] = -previousCoef;
            // charges: region by region, each law over its own control volumes (half of each boundary node)
            for (int r = 0; r < laws.length; r++) {
                int i0 = bnd[r];
                int i1 = bnd[r + 1];
                double shift = refScaled[phases[r]];
                ChargeLaw law = laws[r];
                chargeAt(law, u, shift, i0, half[i0], f, d);
                if (law instanceof LatticeGas gas) {
                    gas.accumulate(u, shift, i0 + 1, i1 - 1, half, f, d);
                } else {
                    for (int i = i0 + 1; i < i1; i++) {
                        chargeAt(law, u, shift, i, half[i - 1] + half[i], f, d);
                    }
                }
                chargeAt(law, u, shift, i1, half[i1 - 1], f, d);
            }
            for (int k = 1; k < bnd.length - 1; k++) {
                f[bnd[k]] += scale * lambda * sigma[k];
            }
            // left end
            if (dirichletStart) {
                f[0] = coef[0] * (u[0] - refScaled[0]);
                d[0] = coef[0];
            } else {
                double psi = u[0] - refScaled[startPhase];
                f[0] -= robin(startLaw, epsStart, psi, tmp);
                d[0] -= tmp[0];
            }
            if (dirichletEnd) {
                f[n - 1] = coef[n - 2] * (u[n - 1] - refScaled[endPhase]);
                d[n - 1] = coef[n - 2];
            } else {
                double psi = u[n - 1] - refScaled[endPhase];
                f[n - 1] -= robin(endLaw, epsEnd, psi, tmp);
                d[n - 1] -= tmp[0];
            }
        }

        /** Adds w·ρ and w·dρ/dψ at ψ = u[i] − shift to f[i] and d[i]. */
        private void chargeAt(ChargeLaw law, double[] u, double shift, int i, double w, double[] f, double[] d) {
            law.evaluate(u[i] - shift, tmp);
            f[i] += w * tmp[0];
            d[i] += w * tmp[1];
        }

        /**
         * Newton's method on this system from u (overwritten by the solution, left as it was if
         * Newton fails): core's
         * {@link NewtonSolver} with the twisted elimination, without backtracking and without a
         * residual tolerance, steps scaled to at most {@code maxStep}, stopping after a full step
         * with ‖Δu‖∞ ≤ tolerance·(1 + ‖u‖∞).
         *
         * @throws ConvergenceException if the residual or a step becomes non-finite (a singular
         *     Jacobian) or the tolerance is not met in {@code maxIterations}
         */
        Newton newton(double[] u, int maxIterations, double tolerance, double maxStep, String hint) {
            NewtonSolution s = NewtonSolver.withDefaults().withTwistedElimination(true).withMaxIterations(maxIterations)
                    .withResidualTolerance(Double.MIN_VALUE).withStepTolerance(tolerance).withMaxStep(maxStep)
                    .withHint(hint).solve(this, u);
            System.arraycopy(s.solution(), 0, u, 0, n);
            return new Newton(s.iterations(), s.residualNorm());
        }
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "LayeredSolver[%d nodes, Newton ≤ %d iterations per stage, steps ≤ %.3g kT/e, "
                + "step tolerance %.3g, blocking %s, %s initial guess]", nodes, maxIterations, maxStep, tolerance,
                blocking ? "on" : "off", meshFreeGuess ? "mesh-free" : "neutral");
    }
}
