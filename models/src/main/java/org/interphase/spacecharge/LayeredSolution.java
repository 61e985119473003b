package org.interphase.spacecharge;

import java.util.List;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.Mesh1D;
import org.interphase.core.Profile;
import org.interphase.core.Units;

/**
 * The equilibrium of a {@link LayeredJunction} from the {@link LayeredSolver}: per phase, its
 * {@link PhaseLayer} and its potential and carrier profiles on the mesh nodes of its region (an
 * electron-conducting end phase has no region and no profiles). The solution keeps the node
 * potentials; each profile is built from them when asked for (a new immutable {@link Profile}
 * per call, equal every time).
 *
 * <p>Per phase: the drop; the charge (for a semi-infinite phase the exact first-integral charge
 * −sign(ψ0)√(2εkT·H(ψ0)) at its computed interface potential; for a finite layer the control-volume
 * sum of ρ, so charges balance to the discretization error); the capacitance — for a semi-infinite
 * phase the exact differential capacitance ε|ρ(ψ0)|/|Q| at its computed interface potential, for a
 * finite layer its dielectric capacitance ε/d; the width ε/C (the thickness d for a finite layer,
 * whose two space-charge layers are measured by {@link #spaceChargeExtents});
 * the excess resistance ∫(1/σ − 1/σ∞)dx, integrated cell by cell with the logarithmic mean of
 * σ∞/σ (exact where σ varies exponentially) plus the exact mesh-free tail beyond the truncation.
 * Finite layers also add their ohmic resistance d/σ∞ ({@link #ohmicResistance()}).
 */
public final class LayeredSolution implements SpaceChargeSolution {

    private final LayeredJunction stack;
    private final Mesh1D mesh;
    private final List<PhaseLayer> layers;
    private final double[] u;   // the reduced potential ũ on the nodes (owned, never exposed)
    private final double[] ref; // the reference of each phase, ψ_p = ũ − ref_p
    private final int[] bnd;    // the first node of each region, and the last node
    private final int first;    // the phase of the first region
    private final int iterations;
    private final int stages;
    private final double residual;
    private final double ohmic;
    private final boolean blocking;

    private LayeredSolution(LayeredJunction stack, Mesh1D mesh, List<PhaseLayer> layers, double[] u, double[] ref,
            int[] bnd, int first, int iterations, int stages, double residual, double ohmic, boolean blocking) {
        this.stack = stack;
        this.mesh = mesh;
        this.layers = layers;
        this.u = u;
        this.ref = ref;
        this.bnd = bnd;
        this.first = first;
        this.iterations = iterations;
        this.stages = stages;
        this.residual = residual;
        this.ohmic = ohmic;
        this.blocking = blocking;
    }

    /**
     * The per-phase results from the solver's node potentials. The arrays are taken over, not copied
     * (the solver passes its own; nodes are the mesh's, read here only); the profiles are built on
     * request from them.
     */
    static LayeredSolution of(LayeredJunction s, Mesh1D mesh, double[] nodes, int first, int last, int[] bnd, double[] u,
            double[] ref, int iterations, int stages, double residual, boolean blocking) {
        Checks.allFinite(u, "potential", "kT/e");
        double t = s.temperature();
        double vt = Constants.thermalVoltage(t);
        double kT = Constants.thermalEnergy(t);
        int n = s.size();
        PhaseLayer[] results = new PhaseLayer[n];
        double chargeSum = 0;
        double ohmic = 0;
        for (int p = first; p <= last; p++) {
            Phase ph = s.phase(p);
            ChargeLaw law = s.regionLaw(p);
            double eps = Constants.VACUUM_PERMITTIVITY * ph.relativePermittivity();
            int i0 = bnd[p - first];
            int i1 = bnd[p - first + 1];
            boolean finite = Double.isFinite(s.span(p));
            // the range of ψ the phase spans, for the site-overflow check of every species (a
            // semi-infinite phase reaches its bulk, ψ = 0, beyond the truncation)
            double psiLo = finite ? Double.POSITIVE_INFINITY : 0;
            double psiHi = finite ? Double.NEGATIVE_INFINITY : 0;
            // one pass over the nodes, each evaluated once for the two cells it bounds: ln(σ∞/σ) and its
            // exponential for the excess resistance, ρ for the charge of a finite layer (a semi-infinite
            // phase takes the closed form of its interface potential instead)
            double charge = 0;
            double excess = 0;
            double lrPrev = 0;
            double ePrev = 0;
            double rhoPrev = 0;
            LatticeGas gas = !blocking && law instanceof LatticeGas g ? g : null;
            for (int i = i0; i <= i1; i++) {
                double psi = u[i] - ref[p];
                double lr;
                double e;
                double ratio = gas == null ? 1 : gas.resistivityRatio(psi);
                if (ratio >= 1.5 && ratio <= Double.MAX_VALUE || ratio <= 0.5) {
                    // a lattice gas's σ∞/σ by one exponential, and its log where that is accurate
                    e = ratio;
                    lr = Math.log(ratio);
                } else {
                    lr = -law.logCarrierRatio(psi) - (blocking ? law.logVacancyRatio(psi) : 0.0);
                    e = Math.exp(lr);
                }
                double rho = finite ? law.chargeDensity(psi) : 0;
                if (i > i0) {
                    double h = nodes[i] - nodes[i - 1];
                    charge += 0.5 * h * (rhoPrev + rho);
                    excess += h * (logMean(lrPrev, lr, ePrev, e) - 1);
                }
                lrPrev = lr;
                ePrev = e;
                rhoPrev = rho;
                psiLo = Math.min(psiLo, psi);
                psiHi = Math.max(psiHi, psi);
            }
            double psiStart = u[i0] - ref[p];
            double psiEnd = u[i1] - ref[p];
            double drop;
            double capacitance;
            double integral;
            double width;
            double interfaceCarriers;
            if (finite) {
                drop = psiEnd * vt - psiStart * vt;
                capacitance = eps / s.span(p);
                integral = capacitance;
                width = s.span(p);
                interfaceCarriers = carrierDensity(law, Math.abs(psiStart) > Math.abs(psiEnd) ? psiStart : psiEnd);
                ohmic += s.span(p) / ph.conductivityAt(t);
            } else {
                // semi-infinite: interface at the inner end, truncation at the outer end
                boolean atStart = p == 0;
                double psiInterface = atStart ? psiEnd : psiStart;
                double psiOuter = atStart ? psiStart : psiEnd;
                SemiInfinite tail = SemiInfinite.reduced(ph.relativePermittivity(), law, t, psiOuter);
                excess += tail.excessResistanceLength(blocking);
                SemiInfinite layer = SemiInfinite.reduced(ph.relativePermittivity(), law, t, psiInterface);
                // a semi-infinite phase's charge is the closed form of its interface potential; it
                // is more accurate than the control-volume sum where the layer is steep (accumulation)
                charge = layer.spaceCharge();
                drop = psiInterface * vt;
                capacitance = layer.capacitance();
                integral = layer.integralCapacitance();
                width = eps / capacitance;
                interfaceCarriers = carrierDensity(law, psiInterface);
            }
            chargeSum += charge;
            results[p] = new PhaseLayer(ph.name(), drop, charge, capacitance, integral, width, excess,
                    excess / ph.conductivityAt(t), interfaceCarriers, SiteOverflow.warning(ph, psiLo, psiHi));
        }
        double fixed = 0;
        for (int k = 0; k < n - 1; k++) {
            fixed += s.interfaceCharge(k);
        }
        for (int p : new int[] {0, n - 1}) {
            if (s.phase(p).electronConductor()) {
                double other = chargeSum + fixed;
                Phase ph = s.phase(p);
                results[p] = new PhaseLayer(ph.name(), 0, -other, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, 0, 0,
                        ph.law().bulkCarrierDensity(), "");
            }
        }
        if (s.phase(0).electronConductor() && s.phase(n - 1).electronConductor()) {
            // both ends metallic: the split of the compensating charge follows from the end fields
            results[0] = metal(s, 0, u, mesh, ref, kT);
            results[n - 1] = metal(s, n - 1, u, mesh, ref, kT);
        }
        return new LayeredSolution(s, mesh, List.of(results), u, ref, bnd, first, iterations, stages, residual, ohmic,
                blocking);
    }

    /** c(ψ) = c∞·e^{ln(c/c∞)} of the conducting carrier, refused if it overflows. */
    private static double carrierDensity(ChargeLaw law, double psi) {
        return LawChecks.result(law.bulkCarrierDensity() * Math.exp(law.logCarrierRatio(psi)), "carrier density c", "1/m³",
                psi, law);
    }

    /**
     * Electronic surface charge of a metallic end from the field at its surface (Gauss), with the
     * field taken from the finite-volume balance of the half cell at the surface rather than the
     * one-sided difference (which is first order):
     * <pre>
     *   εφ'(0) = εV_T(u₁ − u₀)/h + ρ(ψ₀)·h/2,      εφ'(L) = εV_T(u_N − u_{N−1})/h − ρ(ψ_N)·h/2
     * </pre>
     * the face flux at h/2 plus the charge between it and the surface; second order, and the metal
     * charges then balance the control-volume charge of the layers exactly.
     */
    private static PhaseLayer metal(LayeredJunction s, int p, double[] u, Mesh1D mesh, double[] ref, double kT) {
        int n = mesh.nodeCount();
        boolean start = p == 0;
        int q = start ? 1 : s.size() - 2;
        Phase neighbour = s.phase(q);
        double eps = Constants.VACUUM_PERMITTIVITY * neighbour.relativePermittivity();
        double vt = Constants.thermalVoltage(s.temperature());
        double h = start ? mesh.cellWidth(0) : mesh.cellWidth(n - 2);
        double grad = start ? (u[1] - u[0]) / h : (u[n - 1] - u[n - 2]) / h;
        double rho = s.regionLaw(q).chargeDensity(u[start ? 0 : n - 1] - ref[q]);
        double surfaceDisplacement = eps * vt * grad + (start ? 0.5 : -0.5) * rho * h; // εφ' at the surface, C/m²
        double charge = start ? -surfaceDisplacement : surfaceDisplacement;
        Phase ph = s.phase(p);
        return new PhaseLayer(ph.name(), 0, charge, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, 0, 0, ph.law().bulkCarrierDensity(), "");
    }

    /** The logarithmic mean of e^a and e^b (given as ea, eb): the exact cell average of an exponential. */
    private static double logMean(double a, double b, double ea, double eb) {
        double d = b - a;
        if (Math.abs(d) < 1e-6) {
            return Math.exp(0.5 * (a + b)) * (1 + d * d / 24);
        }
        return (eb - ea) / d;
    }

    /** @return the stack solved */
    @Override
    public LayeredJunction problem() {
        return stack;
    }

    /** @return the mesh used */
    public Mesh1D mesh() {
        return mesh;
    }

    /** @return one layer per phase, first to last */
    @Override
    public List<PhaseLayer> layers() {
        return layers;
    }

    /**
     * @param p phase index, 0 … size − 1
     * @return its layer
     */
    @Override
    public PhaseLayer layer(int p) {
        if (p < 0 || p >= layers.size()) {
            throw new IllegalArgumentException("phase index must be in [0, " + (layers.size() - 1) + "], was " + p);
        }
        return layers.get(p);
    }

    /**
     * @param p phase index (an ionic phase)
     * @return φ − φ_p∞ on the nodes of the phase, x in m, φ in V
     */
    public Profile potentialProfile(int p) {
        requireProfile(p);
        int i0 = bnd[p - first];
        int m = bnd[p - first + 1] - i0 + 1;
        double vt = Constants.thermalVoltage(stack.temperature());
        double[] phi = new double[m];
        for (int k = 0; k < m; k++) {
            phi[k] = (u[i0 + k] - ref[p]) * vt;
        }
        return Profile.of(regionNodes(p), phi, "x", "m", "φ − φ∞ (" + stack.phase(p).name() + ")", "V");
    }

    /** The mesh nodes of phase p's region, m. */
    private double[] regionNodes(int p) {
        int i0 = bnd[p - first];
        return java.util.Arrays.copyOfRange(mesh.nodes(), i0, bnd[p - first + 1] + 1);
    }

    /** Whether phase p has a region (and profiles): every phase but an electron-conducting end. */
    private boolean hasRegion(int p) {
        return p >= first && p - first < bnd.length - 1;
    }

    /**
     * The potential across the whole stack in one frame, φ(x) − φ_0∞ (the first phase's bulk at 0 V):
     * continuous through every interface without a dipole; at an interface with a dipole δ the profile
     * holds both sides, the right one at the next double above the interface position (a jump of δ
     * within one ulp of x). Each phase's bulk sits at {@link LayeredJunction#bulkPotential(int)}.
     *
     * @return x in m, φ − φ_0∞ in V, on the mesh nodes of every ionic phase
     */
    public Profile potential() {
        int total = bnd[bnd.length - 1] - bnd[0] + bnd.length - 1;
        double[] x = new double[total];
        double[] y = new double[total];
        int k = 0;
        for (int p = 0; p < stack.size(); p++) {
            if (!hasRegion(p)) {
                continue;
            }
            Profile q = potentialProfile(p);
            double shift = stack.bulkPotential(p);
            for (int i = 0; i < q.size(); i++) {
                double v = q.y(i) + shift;
                if (i == 0 && k > 0 && q.x(0) <= x[k - 1]) {
                    if (stack.dipole(p - 1) == 0) {
                        continue; // the shared interface node: φ is continuous there
                    }
                    x[k] = Math.nextUp(x[k - 1]);
                } else {
                    x[k] = q.x(i);
                }
                y[k++] = v;
            }
        }
        return Profile.of(java.util.Arrays.copyOf(x, k), java.util.Arrays.copyOf(y, k), "x", "m", "φ − φ_0∞", "V");
    }

    /**
     * @param p phase index (an ionic phase)
     * @return the conducting carrier's concentration on the nodes of the phase, 1/m³
     */
    public Profile carrierProfile(int p) {
        requireProfile(p);
        ChargeLaw law = stack.regionLaw(p);
        int i0 = bnd[p - first];
        int m = bnd[p - first + 1] - i0 + 1;
        double[] c = new double[m];
        for (int k = 0; k < m; k++) {
            c[k] = carrierDensity(law, u[i0 + k] - ref[p]);
        }
        return Profile.of(regionNodes(p), c, "x", "m", "c (" + stack.phase(p).name() + ")", "1/m³");
    }

    /**
     * @param p phase index (an ionic phase whose law knows its site density)
     * @return the occupancy θ = c/N of the carrier's sites on the nodes of the phase
     */
    public Profile occupancyProfile(int p) {
        Profile c = carrierProfile(p);
        java.util.OptionalDouble sites = stack.regionLaw(p).carrierSiteDensity();
        if (sites.isEmpty()) {
            throw new IllegalArgumentException(stack.phase(p).name() + " has a dilute law without a site density; "
                    + "give the conducting carrier one with Boltzmann.withCarrierSiteDensity(...)");
        }
        double n = sites.getAsDouble();
        return JunctionSolver.occupancyProfile(stack.regionLaw(p), potentialProfile(p), c, n, stack.temperature(),
                "θ (" + stack.phase(p).name() + ")");
    }

    /**
     * The extents of the space-charge layers of phase p by the criterion of
     * {@link SemiInfinite#extent}: the distance from each of its interfaces over which the conducting
     * carrier deviates from the phase's own bulk concentration by more than {@code fraction},
     * |c/c∞ − 1| &gt; fraction (0.01: "within 1 % of bulk" ends the layer).
     *
     * <p>A semi-infinite phase has one interface; its extent is computed mesh-free from the solved
     * interface potential (exact, and independent of where the domain was truncated), the other
     * entry is 0. A finite layer has two, read off the node profile (linear interpolation of
     * |c/c∞ − 1| between the nodes that bracket the fraction); in a layer thinner than its
     * space-charge region the two overlap and each is capped at d. An electron conductor gives {0, 0}.
     *
     * @param p phase index
     * @param fraction the relative deviation that counts as bulk, in (0, 1)
     * @return {extent from the left face, extent from the right face}, m
     */
    public double[] spaceChargeExtents(int p, double fraction) {
        Checks.inOpenRange(fraction, 0, 1, "fraction", "");
        if (p < 0 || p >= stack.size()) {
            throw new IllegalArgumentException("phase index must be in [0, " + (stack.size() - 1) + "], was " + p);
        }
        Phase ph = stack.phase(p);
        if (!hasRegion(p)) {
            return new double[] {0, 0};
        }
        Profile phi = potentialProfile(p);
        double vt = Constants.thermalVoltage(stack.temperature());
        int m = phi.size();
        if (!Double.isFinite(stack.span(p))) {
            boolean atStart = p == 0;
            double psi = phi.y(atStart ? m - 1 : 0) / vt;
            double e = SemiInfinite.reduced(ph.relativePermittivity(), ph.law(), stack.temperature(), psi).extent(fraction);
            return atStart ? new double[] {0, e} : new double[] {e, 0};
        }
        double[] dev = new double[m];
        ChargeLaw law = stack.regionLaw(p);
        for (int k = 0; k < m; k++) {
            dev[k] = Math.abs(Math.expm1(law.logCarrierRatio(phi.y(k) / vt)));
        }
        double d = phi.x(m - 1) - phi.x(0);
        double left = d;
        for (int k = 0; k < m; k++) {
            if (dev[k] <= fraction) {
                left = k == 0 ? 0 : phi.x(k - 1) + (phi.x(k) - phi.x(k - 1)) * (dev[k - 1] - fraction)
                        / (dev[k - 1] - dev[k]) - phi.x(0);
                break;
            }
        }
        double right = d;
        for (int k = m - 1; k >= 0; k--) {
            if (dev[k] <= fraction) {
                right = k == m - 1 ? 0 : phi.x(m - 1) - (phi.x(k + 1) - (phi.x(k + 1) - phi.x(k))
                        * (dev[k + 1] - fraction) / (dev[k + 1] - dev[k]));
                break;
            }
        }
        return new double[] {left, right};
    }

    private void requireProfile(int p) {
        if (p < 0 || p >= stack.size()) {
            throw new IllegalArgumentException("phase index must be in [0, " + (stack.size() - 1) + "], was " + p);
        }
        if (!hasRegion(p)) {
            throw new IllegalArgumentException(stack.phase(p).name() + " conducts electrons and has no profile");
        }
    }

    /** @return the total Newton iterations, over all continuation stages */
    @Override
    public int iterations() {
        return iterations;
    }

    /** @return the last Newton residual: the largest charge imbalance of a control volume, C/m² */
    @Override
    public double residual() {
        return residual;
    }

    /** @return the number of continuation stages (1 if Newton reached the full step directly) */
    @Override
    public int continuationStages() {
        return stages;
    }

    @Override
    public String method() {
        return "finite volume on " + mesh.nodeCount() + " nodes, Newton with a tridiagonal Jacobian"
                + (stages > 1 ? ", continuation in the step (" + stages + " stages)" : "");
    }

    /** @return whether the blocking factor was applied */
    @Override
    public boolean blocking() {
        return blocking;
    }

    /** @return Σ d/σ∞ of the finite layers, Ω·m² */
    public double ohmicResistance() {
        return ohmic;
    }

    /** @return space-charge plus ohmic resistance, Ω·m² */
    @Override
    public double totalResistance() {
        return spaceChargeResistance() + ohmic;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(stack).append(String.format(java.util.Locale.ROOT, " (finite volume, %d nodes, %d Newton iterations):%n", mesh.nodeCount(),
                iterations));
        for (PhaseLayer l : layers) {
            sb.append("  ").append(l).append('\n');
        }
        sb.append(String.format(java.util.Locale.ROOT, "  space-charge R %.4g Ω·cm², ohmic R of layers %.4g Ω·cm², total %.4g Ω·cm², series C %.4g µF/cm²",
                Units.toOhmCm2(spaceChargeResistance()), Units.toOhmCm2(ohmic), Units.toOhmCm2(totalResistance()),
                seriesCapacitance() * 100));
        return sb.toString();
    }
}
