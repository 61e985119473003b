package org.interphase.contact;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.interphase.core.Citation;
import org.interphase.core.Provenance;

/**
 * The solution of a {@link ContactProblem} by a {@link ContactSolver}: pressure and gap fields and what
 * follows from them, the problem solved ({@link #problem()}), the diagnostics ({@link #iterations()},
 * {@link #residual()}, {@link #method()}) and what the caller should know ({@link #warnings()}).
 * Immutable; array accessors return copies. Pressures in Pa, lengths in m.
 */
public final class ContactSolution {

    private final ContactProblem problem;
    private final double[] pressure;
    private final double[] gap;
    private final double approach;
    private final double elasticEnergy;
    private final int iterations;
    private final double residual;
    private final double[] residualHistory;
    private final double maxPenetration;
    private final double contactFraction;
    private final double plasticFraction;
    private final double meanPressure;
    private final double meanGap;
    private final int[] patchSizes;
    private final String method;
    private final ImmutableList<String> warnings;

    /** Fewer grid points per contact patch than this leaves the real area under-resolved (see warnings()). */
    static final double MIN_POINTS_PER_PATCH = 4.0;

    ContactSolution(ContactProblem problem, double[] pressure, double[] gap, double approach, double elasticEnergy,
            int iterations, double residual, double[] residualHistory, double maxPenetration, String method) {
        this.method = method;
        this.problem = problem;
        this.pressure = pressure;
        this.gap = gap;
        this.approach = Format.finite(approach, "approach");
        this.elasticEnergy = Format.finite(elasticEnergy, "elastic energy");
        this.iterations = iterations;
        this.residual = residual;
        this.residualHistory = residualHistory;
        this.maxPenetration = maxPenetration;
        int n = pressure.length;
        int contact = 0;
        int plastic = 0;
        double sp = 0;
        double sg = 0;
        for (int i = 0; i < n; i++) {
            if (pressure[i] > 0) {
                contact++;
                if (pressure[i] >= problem.hardnessCap()) {
                    plastic++;
                }
            }
            sp += pressure[i];
            sg += gap[i];
        }
        this.contactFraction = (double) contact / n;
        this.plasticFraction = (double) plastic / n;
        this.meanPressure = Format.finite(sp / n, "mean pressure");
        this.meanGap = Format.finite(sg / n, "mean gap");
        this.patchSizes = Patches.sizes(contactMap(), problem.surface().nx(), problem.surface().ny(),
                problem.boundary() == ContactProblem.Boundary.PERIODIC);
        this.warnings = warnings(contact);
    }

    private ImmutableList<String> warnings(int contactPoints) {
        ImmutableList.Builder<String> w = ImmutableList.builder();
        if (patchSizes.length > 0 && contactPoints < MIN_POINTS_PER_PATCH * patchSizes.length) {
            w.add("the contact patches hold " + Format.g3((double) contactPoints / patchSizes.length)
                    + " grid points on average (fewer than " + (int) MIN_POINTS_PER_PATCH + "): the real contact area, "
                    + "patch count and constriction are under-resolved; refine the grid (more points per shortest "
                    + "wavelength of the roughness)");
        }
        if (plasticFraction > 0) {
            w.add(Format.g3(100 * plasticFraction) + " % of the grid area is at the hardness: those asperities flow "
                    + "plastically (perfectly plastic, no hardening), and their pressure is the hardness, not elastic");
        }
        if (contactFraction >= 1.0) {
            w.add("the whole grid is in contact: the gap is closed everywhere, and the constriction resistance is zero");
        }
        return w.build();
    }

    ContactSolution forProblem(ContactProblem other, String otherMethod) {
        return new ContactSolution(other, pressure, gap, approach, elasticEnergy, iterations, residual, residualHistory,
                maxPenetration, otherMethod);
    }

    /** @return the problem solved */
    public ContactProblem problem() {
        return problem;
    }

    /** @return the pressure field, Pa, index ix·ny + iy (a copy) */
    public double[] pressure() {
        return pressure.clone();
    }

    double[] pressureView() {
        return pressure;
    }

    /**
     * @param ix index along x, in [0, nx − 1]
     * @param iy index along y, in [0, ny − 1]
     * @return the pressure at a grid point, Pa
     * @throws IllegalArgumentException if an index is out of range
     */
    public double pressure(int ix, int iy) {
        return pressure[problem.surface().index(ix, iy)];
    }

    /** @return the gap field g = h_max − h + u − α, m (zero in contact), index ix·ny + iy (a copy) */
    public double[] gap() {
        return gap.clone();
    }

    /** @return which grid points are in contact (p &gt; 0), index ix·ny + iy */
    public boolean[] contactMap() {
        boolean[] c = new boolean[pressure.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = pressure[i] > 0;
        }
        return c;
    }

    /** @return real contact fraction A/A0 (pixel count) */
    public double contactFraction() {
        return contactFraction;
    }

    /** @return fraction of the grid area at the hardness (plastically flowing), 0 without a hardness */
    public double plasticFraction() {
        return plasticFraction;
    }

    /** @return real contact area, m² */
    public double contactArea() {
        return contactFraction * problem.area();
    }

    /** @return mean pressure over the grid area, Pa */
    public double meanPressure() {
        return meanPressure;
    }

    /** @return total normal force, N */
    public double force() {
        return meanPressure * problem.area();
    }

    /** @return the largest pressure, Pa */
    public double maxPressure() {
        return Arrays.stream(pressure).max().orElse(0.0);
    }

    /** @return mean gap ū over the grid, m */
    public double meanGap() {
        return meanGap;
    }

    /** @return rigid approach α from first touch, m */
    public double approach() {
        return approach;
    }

    /**
     * Elastic energy per grid area, ½⟨p·u⟩, J/m² (periodic half-space: relative to the mean plane).
     *
     * @return U/A0, J/m²
     */
    public double elasticEnergy() {
        return elasticEnergy;
    }

    /** @return Polonsky–Keer iterations used */
    public int iterations() {
        return iterations;
    }

    /** @return the last relative L1 pressure change, dimensionless (below the solver's tolerance) */
    public double residual() {
        return residual;
    }

    /** @return the method that computed this solution */
    public String method() {
        return method;
    }

    /**
     * What the caller should know about this solution: contact patches resolved by fewer than four grid
     * points (the area is then overestimated), asperities at the hardness, full contact.
     *
     * @return the warnings, empty when all is well
     */
    public ImmutableList<String> warnings() {
        return warnings;
    }

    /**
     * What this solution assumes rather than was given. The problem is numbers (a surface, a
     * contact modulus, a load), so there are no catalog sources; the assumptions are those the
     * problem leaves at their default: frictionless normal contact, a purely elastic body when no
     * hardness cap was given, a homogeneous half-space when no layer was given, and a periodic
     * surface for a periodic problem.
     *
     * @return no citations; the assumptions, one sentence each
     */
    public Provenance provenance() {
        List<String> a = new ArrayList<>();
        a.add("frictionless normal contact (no tangential traction), small slopes (linear elasticity)");
        if (problem.hardness().isEmpty()) {
            a.add("purely elastic: no hardness cap given, so no asperity yields");
        }
        if (problem.layerThickness().isEmpty()) {
            a.add("homogeneous elastic half-space: no bonded layer given");
        }
        if (problem.boundary() == ContactProblem.Boundary.PERIODIC) {
            a.add("the surface repeats periodically beyond its " + problem.surface().nx() + "×" + problem.surface().ny()
                    + " window");
        }
        return Provenance.of(List.of(), a);
    }

    /** @return the works behind the solution's values: none, its problem is given as numbers */
    public ImmutableList<Citation> citations() {
        return provenance().citations().asList();
    }

    /** @return the assumptions of {@link #provenance()} */
    public ImmutableList<String> assumptions() {
        return provenance().assumptions();
    }

    /** @return the relative pressure change of every iteration (a copy) */
    public double[] residualHistory() {
        return residualHistory.clone();
    }

    /** @return the largest interpenetration outside the contact at convergence, m (a measure of the error) */
    public double maxPenetration() {
        return maxPenetration;
    }

    /** @return number of contact patches (4-connected; across the period for periodic problems) */
    public int patchCount() {
        return patchSizes.length;
    }

    /** @return area of each patch, m², largest first */
    public double[] patchAreas() {
        double cell = problem.surface().dx() * problem.surface().dy();
        return Arrays.stream(patchSizes).mapToDouble(s -> s * cell).toArray();
    }

    /**
     * Incremental normal stiffness per grid area, k = dp̄/dα, Pa/m: the pressure increment that a
     * uniform unit displacement of the elastically loaded contact points needs (a flat punch of the
     * shape of the contact, Barber, Proc. R. Soc. A 459, 53 (2003)). Points at the hardness carry no
     * increment. For a periodic half-space k = −dp̄/dū. Costs one conjugate-gradient solve.
     *
     * @return k, Pa/m (0 without contact)
     */
    public double stiffness() {
        boolean[] set = new boolean[pressure.length];
        for (int i = 0; i < set.length; i++) {
            set[i] = pressure[i] > 0 && pressure[i] < problem.hardnessCap();
        }
        double[] x = ContactSolver.restrictedSolve(problem.kernel(problem.contactModulus()), set, 1.0, 1e-10,
                10 * pressure.length);
        if (x == null) {
            return 0.0;
        }
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return Format.finite(s / x.length, "stiffness");
    }

    @Override
    public String toString() {
        return "ContactSolution[A/A0 = " + Format.g(contactFraction) + ", p̄ = " + Format.q(meanPressure, "Pa")
                + ", ū = " + Format.q(meanGap, "m") + ", α = " + Format.q(approach, "m") + ", "
                + patchSizes.length + " patches, " + iterations + " iterations, residual " + Format.g(residual)
                + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warning(s)") + "]";
    }
}
