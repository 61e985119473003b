package org.interphase.spacecharge;

import java.util.Objects;
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
public final class Heterojunction {

    private static final Heterojunction DEFAULT = new Heterojunction(false);

    private final boolean blocking;

    private Heterojunction(boolean blocking) {
        this.blocking = blocking;
    }

    /** @return the model without the blocking factor */
    public static Heterojunction withDefaults() {
        return DEFAULT;
    }

    /**
     * @param blocking whether the conductivity carries the lattice-gas blocking factor (1 − θ)/(1 − θ∞)
     * @return a model
     */
    public static Heterojunction withBlocking(boolean blocking) {
        return new Heterojunction(blocking);
    }

    /** @return whether the blocking factor is applied */
    public boolean blocking() {
        return blocking;
    }

    /**
     * Solves a junction with the default model.
     *
     * @param junction the junction
     * @return the solution
     */
    public static JunctionSolution solveDefault(Junction junction) {
        return DEFAULT.solve(junction);
    }

    /**
     * Solves the junction.
     *
     * @param junction the junction
     * @return the immutable solution
     */
    public JunctionSolution solve(Junction junction) {
        Objects.requireNonNull(junction, "junction");
        double[] split = split(junction);
        Phase a = junction.left();
        Phase b = junction.right();
        double t = junction.temperature();
        SemiInfinite la = SemiInfinite.reduced(a.relativePermittivity(), a.law(), t, split[0]);
        SemiInfinite lb = SemiInfinite.reduced(b.relativePermittivity(), b.law(), t, split[1]);
        LayerResult ra;
        LayerResult rb;
        if (a.electronConductor()) {
            rb = layer(b, lb, t);
            ra = conductor(a, -rb.charge() - junction.interfaceCharge());
        } else if (b.electronConductor()) {
            ra = layer(a, la, t);
            rb = conductor(b, -ra.charge() - junction.interfaceCharge());
        } else {
            ra = layer(a, la, t);
            rb = layer(b, lb, t);
        }
        return new JunctionSolution(junction, blocking, la, lb, ra, rb);
    }

    /**
     * The split of the step: {ψ_A(0), ψ_B(0)}.
     *
     * @param j the junction
     * @return the reduced interface potentials of the two sides
     */
    static double[] split(Junction j) {
        return split(j.left(), j.right(), j.reducedStep(), j.interfaceCharge(), j.temperature());
    }

    /**
     * The split of a reduced step between two semi-infinite phases.
     *
     * @param a left phase
     * @param b right phase
     * @param step ψ_B(0) − ψ_A(0)
     * @param sigma fixed interface charge, C/m²
     * @param temperature T, K
     * @return {ψ_A(0), ψ_B(0)}
     */
    static double[] split(Phase a, Phase b, double step, double sigma, double temperature) {
        if (a.electronConductor()) {
            return new double[] {0, step};
        }
        if (b.electronConductor()) {
            return new double[] {-step, 0};
        }
        double kT = Constants.thermalEnergy(temperature);
        double epsA = Constants.VACUUM_PERMITTIVITY * a.relativePermittivity();
        double epsB = Constants.VACUUM_PERMITTIVITY * b.relativePermittivity();
        if (step == 0 && sigma == 0) {
            return new double[] {0, 0};
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
        java.util.function.DoubleUnaryOperator f = psiA -> {
            try {
                return scale * (SemiInfinite.displacement(a.law(), epsA, kT, psiA)
                        + SemiInfinite.displacement(b.law(), epsB, kT, psiA + step) - sigma);
            } catch (IllegalArgumentException overflow) {
                return Double.NaN;
            }
        };
        // relative to the step when there is no interface charge: an absolute 1e-13 would leave a step
        // of 1e-20 unresolved (the root lies in [min(0, −Δ), max(0, −Δ)])
        double tol = 1e-13 * (sigma == 0 ? Math.min(1, Math.abs(step)) : 1) * Math.max(1, Math.abs(step));
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
        if (!Double.isFinite(psiA) || !Double.isFinite(f.applyAsDouble(psiA))) {
            throw tooLargeStep(a, b, step, sigma, temperature);
        }
        return new double[] {psiA, psiA + step};
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

    private LayerResult layer(Phase p, SemiInfinite s, double t) {
        double sigma = p.conductivityAt(t);
        double l = s.excessResistanceLength(blocking);
        return new LayerResult(p.name(), s.interfacePotential(), s.spaceCharge(), s.capacitance(), s.width(), l,
                l / sigma, s.interfaceCarrierDensity(), SiteOverflow.warning(p, Math.min(0, s.reducedPotential()),
                        Math.max(0, s.reducedPotential())));
    }

    private static LayerResult conductor(Phase p, double charge) {
        return new LayerResult(p.name(), 0, charge, Double.POSITIVE_INFINITY, 0, 0, 0,
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
        return "Heterojunction[mesh-free, blocking factor " + (blocking ? "on" : "off") + "]";
    }
}
