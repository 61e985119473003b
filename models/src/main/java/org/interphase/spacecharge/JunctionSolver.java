package org.interphase.spacecharge;

import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.Profile;
import org.interphase.core.RootFinder;

/**
 * The mesh-free equilibrium of a planar A | B junction of two semi-infinite phases: the production
 * path for planar equilibrium (research note §2.4, §2.8).
 *
 * <p>Each side is a {@link SemiInfinite} layer whose charge is a closed form of its interface
 * potential, Q(ψ) = −sign(ψ)√(2εkT·H(ψ)). Continuity of ε·E with a fixed interface charge and the
 * potential step of the {@link Junction} leave one equation in the split,
 * <pre>
 *   f(ψ_A) = −Q_A(ψ_A) − Q_B(ψ_A + Δ) − σ_int = 0,    Δ = (Δμ + eδ)/kT,
 * </pre>
 * strictly increasing in ψ_A because every physical law has dρ/dψ &lt; 0; it is solved by Brent on
 * the bracket [min(0, −Δ), max(0, −Δ)] (widened when σ_int ≠ 0). An electron-conducting side keeps
 * its bulk potential (ψ = 0) and the whole step falls in the other side.
 *
 * <p>Outputs per side: drop, charge, capacitance, width ε/C, excess resistance length and
 * area-specific resistance ℓ_R/σ∞(T) by Nernst–Einstein (optionally with the (1 − θ) blocking
 * factor, in bulk and layer alike), and a warning when a dilute law puts more ions of any of its
 * species on their sites than there are sites ({@link SiteOverflow}). Immutable and thread-safe.
 */
public final class JunctionSolver {

    /** Default relative tolerance of the split ψ_A (Brent), relative to min(1, |Δ|)·max(1, |Δ|). */
    static final double DEFAULT_TOLERANCE = 1e-13;

    private static final JunctionSolver DEFAULT = new JunctionSolver(false, DEFAULT_TOLERANCE);

    private final boolean blocking;
    private final double tolerance;

    private JunctionSolver(boolean blocking, double tolerance) {
        this.blocking = blocking;
        this.tolerance = tolerance;
    }

    /** @return the solver without the blocking factor, split tolerance {@value #DEFAULT_TOLERANCE} */
    public static JunctionSolver withDefaults() {
        return DEFAULT;
    }

    /**
     * @param value whether the conductivity carries the lattice-gas blocking factor (1 − θ)/(1 − θ∞)
     * @return a copy with this setting
     */
    public JunctionSolver withBlocking(boolean value) {
        return new JunctionSolver(value, tolerance);
    }

    /**
     * @param value the tolerance of the reduced split ψ_A, relative to the step (for |Δ| ≤ 1 kT/e, Δ·tol;
     *     for a larger step, |Δ|·tol), in [1e-15, 1e-3]
     * @return a copy with this tolerance
     */
    public JunctionSolver withTolerance(double value) {
        Checks.finite(value, "value (split tolerance)", "");
        if (!(value >= 1e-15 && value <= 1e-3)) {
            throw new IllegalArgumentException("value (split tolerance) must be in [1e-15, 1e-3], was " + value);
        }
        return new JunctionSolver(blocking, value);
    }

    /** @return whether the blocking factor is applied */
    public boolean blocking() {
        return blocking;
    }

    /** @return the relative tolerance of the split */
    public double tolerance() {
        return tolerance;
    }

    /**
     * Solves the junction.
     *
     * @param problem the junction
     * @return the immutable solution
     * @throws IllegalArgumentException if the step is too large for the charge laws to stay finite
     */
    public JunctionSolution solve(Junction problem) {
        Objects.requireNonNull(problem, "problem");
        Split split = split(problem.left(), problem.right(), problem.reducedStep(), problem.interfaceCharge(),
                problem.temperature(), tolerance);
        Phase a = problem.left();
        Phase b = problem.right();
        double t = problem.temperature();
        SemiInfinite la = SemiInfinite.reduced(a.relativePermittivity(), a.law(), t, split.left());
        SemiInfinite lb = SemiInfinite.reduced(b.relativePermittivity(), b.law(), t, split.right());
        PhaseLayer ra;
        PhaseLayer rb;
        if (a.electronConductor()) {
            rb = layer(b, lb, t);
            ra = conductor(a, -rb.charge() - problem.interfaceCharge());
        } else if (b.electronConductor()) {
            ra = layer(a, la, t);
            rb = conductor(b, -ra.charge() - problem.interfaceCharge());
        } else {
            ra = layer(a, la, t);
            rb = layer(b, lb, t);
        }
        return new JunctionSolution(problem, blocking, la, lb, ra, rb, split.evaluations(), split.residual());
    }

    /**
     * The split of a step and its diagnostics.
     *
     * @param left ψ_A(0)
     * @param right ψ_B(0)
     * @param evaluations evaluations of the charge balance
     * @param residual |Q_A + Q_B + σ_int| at the split, C/m²
     */
    record Split(double left, double right, int evaluations, double residual) {}

    /**
     * The split of a reduced step between two semi-infinite phases.
     *
     * @param a left phase
     * @param b right phase
     * @param step ψ_B(0) − ψ_A(0)
     * @param sigma fixed interface charge, C/m²
     * @param temperature T, K
     * @param relTol relative tolerance of ψ_A
     * @return ψ_A(0), ψ_B(0) and the diagnostics
     */
    static Split split(Phase a, Phase b, double step, double sigma, double temperature, double relTol) {
        if (a.electronConductor()) {
            return new Split(0, step, 0, 0);
        }
        if (b.electronConductor()) {
            return new Split(-step, 0, 0, 0);
        }
        double kT = Constants.thermalEnergy(temperature);
        double epsA = Constants.VACUUM_PERMITTIVITY * a.relativePermittivity();
        double epsB = Constants.VACUUM_PERMITTIVITY * b.relativePermittivity();
        if (step == 0 && sigma == 0) {
            return new Split(0, 0, 0, 0);
        }
        double lo = Math.min(0, -step);
        double hi = Math.max(0, -step);
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw tooLargeStep(a, b, step, sigma, temperature);
        }
        // f in units of the step: Brent also stops once |f| ≤ 1e-15, which in C/m² would end a small
        // step's solve at once (√(εkTS) is the linear-response displacement per unit ψ)
        double scale = 1 / ((Math.sqrt(epsA * kT * a.law().screeningDensity())
                + Math.sqrt(epsB * kT * b.law().screeningDensity())) * (sigma == 0 ? Math.min(1, Math.abs(step)) : 1));
        // NaN where a law overflows (it refuses such ψ): the bracket search below keeps to finite ground
        int[] calls = new int[1];
        java.util.function.DoubleUnaryOperator f = psiA -> {
            calls[0]++;
            try {
                return scale * (SemiInfinite.displacement(a.law(), epsA, kT, psiA)
                        + SemiInfinite.displacement(b.law(), epsB, kT, psiA + step) - sigma);
            } catch (IllegalArgumentException overflow) {
                return Double.NaN;
            }
        };
        // relative to the step when there is no interface charge: an absolute 1e-13 would leave a step
        // of 1e-20 unresolved (the root lies in [min(0, −Δ), max(0, −Δ)])
        double tol = relTol * (sigma == 0 ? Math.min(1, Math.abs(step)) : 1) * Math.max(1, Math.abs(step));
        if (sigma != 0) {
            lo -= 1;
            hi += 1;
        }
        // a large step: where a bracket end overflows a law, keep to where both are finite (lo + Δ ≤ 0
        // ≤ hi + Δ and lo ≤ 0 ≤ hi, so each reach is found between 0 and the end)
        if (!Double.isFinite(f.applyAsDouble(lo))) {
            lo = Math.max(finiteReach(a.law(), lo), finiteReach(b.law(), lo + step) - step);
        }
        if (!Double.isFinite(f.applyAsDouble(hi))) {
            hi = Math.min(finiteReach(a.law(), hi), finiteReach(b.law(), hi + step) - step);
        }
        // only a fixed interface charge can put the root outside [min(0, −Δ), max(0, −Δ)]: widen
        for (int k = 0; k < 60 && f.applyAsDouble(lo) > 0; k++) {
            double next = lo - 2 * (hi - lo);
            if (!Double.isFinite(f.applyAsDouble(next))) {
                next = Math.max(finiteReach(a.law(), next), finiteReach(b.law(), next + step) - step);
            }
            if (!(next < lo)) {
                break;
            }
            lo = next;
        }
        for (int k = 0; k < 60 && f.applyAsDouble(hi) < 0; k++) {
            double next = hi + 2 * (hi - lo);
            if (!Double.isFinite(f.applyAsDouble(next))) {
                next = Math.min(finiteReach(a.law(), next), finiteReach(b.law(), next + step) - step);
            }
            if (!(next > hi)) {
                break;
            }
            hi = next;
        }
        if (!(lo <= hi) || !(f.applyAsDouble(lo) <= 0 && f.applyAsDouble(hi) >= 0)) {
            throw tooLargeStep(a, b, step, sigma, temperature);
        }
        double psiA = RootFinder.brent(f, lo, hi, tol);
        double fA = f.applyAsDouble(psiA);
        if (!Double.isFinite(psiA) || !Double.isFinite(fA)) {
            throw tooLargeStep(a, b, step, sigma, temperature);
        }
        return new Split(psiA, psiA + step, calls[0], Math.abs(fA / scale));
    }

    private static IllegalArgumentException tooLargeStep(Phase a, Phase b, double step, double sigma,
            double temperature) {
        return new IllegalArgumentException(String.format(java.util.Locale.ROOT, "potential step (Δμ/(ze) + dipole) must be small "
                + "enough that the charge laws of %s and %s stay finite at the interface (|z·eφ/kT| ≲ 709 − ln(c∞·m³) on "
                + "each side for a dilute law), was %s V (%.6g kT/e)%s", a.name(), b.name(),
                step * Constants.thermalVoltage(temperature), step,
                sigma == 0 ? "" : " with an interface charge of " + sigma + " C/m²"));
    }

    /**
     * The point of [0, target] (or [target, 0]) farthest from 0 where H and ρ are finite.
     *
     * @param law the charge law
     * @param target a reduced potential
     * @return target itself if finite there, else the reach found by bisection
     */
    static double finiteReach(ChargeLaw law, double target) {
        if (finiteAt(law, target)) {
            return target;
        }
        double in = 0;
        double out = target;
        for (int i = 0; i < 200 && Math.abs(out - in) > 1e-12 * Math.abs(target); i++) {
            double mid = 0.5 * (in + out);
            if (finiteAt(law, mid)) {
                in = mid;
            } else {
                out = mid;
            }
        }
        return in;
    }

    private static boolean finiteAt(ChargeLaw law, double psi) {
        return LawChecks.finiteAt(law, psi);
    }

    private PhaseLayer layer(Phase p, SemiInfinite s, double t) {
        double sigma = p.conductivityAt(t);
        double l = s.excessResistanceLength(blocking);
        return new PhaseLayer(p.name(), s.interfacePotential(), s.spaceCharge(), s.capacitance(), s.integralCapacitance(),
                s.width(), l,
                l / sigma, s.interfaceCarrierDensity(), SiteOverflow.warning(p, Math.min(0, s.reducedPotential()),
                        Math.max(0, s.reducedPotential())));
    }

    private static PhaseLayer conductor(Phase p, double charge) {
        return new PhaseLayer(p.name(), 0, charge, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, 0, 0,
                p.law().bulkCarrierDensity(), "");
    }

    /**
     * The occupancy profile of a phase. A lattice gas gives θ from the potential through its
     * log-odds form, exact to rounding even where 1 − θ is 1e-15; θ = c/N from the carrier profile
     * would carry the relative error of exp(ln c), about |ψ|·2⁻⁵³, and round to 1 there.
     */
    static Profile occupancyProfile(ChargeLaw law, Profile potential, Profile carriers, double sites,
            double temperature, String name) {
        if (law instanceof LatticeGas lg) {
            double vt = org.interphase.core.Constants.thermalVoltage(temperature);
            return potential.map(v -> lg.occupancy(v / vt), name, "");
        }
        return carriers.map(v -> occupancy(v, sites), name, "");
    }

    static double occupancy(double carriers, double sites) {
        double theta = carriers / sites;
        return theta > 1 && theta < 1 + 1e-12 ? 1.0 : theta;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "JunctionSolver[mesh-free (Brent on the charge balance), split "
                + "tolerance %.3g, blocking factor %s]", tolerance, blocking ? "on" : "off");
    }
}
