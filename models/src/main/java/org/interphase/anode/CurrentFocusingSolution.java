package org.interphase.anode;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.core.Profile;

/**
 * The solved current-focusing cell: current-density distributions on the Li contact and entering the
 * electrolyte, amplification factors, local overpotentials, resistances, and the diagnostics of the solve.
 *
 * <ul>
 * <li><b>Contact amplification</b> = peak ÷ mean current density on the Li contact (what the contact
 * rim of a shrinking spot, or the edge of a growing void, carries).</li>
 * <li><b>Electrolyte amplification</b> = peak current density entering the electrolyte ÷ the nominal
 * current density over the cell (what the electrolyte surface sees; an interlayer spreads it toward 1).</li>
 * <li>The primary distribution (R_ct = 0, no interlayer) is singular at the rim, j ∝ 1/√(distance):
 * its peak is that of the rim cell and grows without bound as the grid is refined; use
 * {@link #contactAmplificationAt(double)} at a stated distance instead (the closed form for a disc on a
 * half-space is a/(2√(a² − r²)), Newman 1966).</li>
 * <li><b>Constriction resistance</b> R_c = R − R_ct/A_c − (t/σ_i + R_i + L/σ)/(πb²): the total
 * resistance less the charge-transfer resistance of the contact area A_c and the resistance of the
 * layers under uniform current (Holm: 1/(4σa) for an isolated spot on a half-space).</li>
 * </ul>
 */
public final class CurrentFocusingSolution {

    private final CurrentFocusingProblem problem;
    private final CurrentFocusingSolver solver;
    private final double[] contactR;
    private final double[] contactJ;
    private final double[] faceR;
    private final double[] faceJ;
    private final double cellPotential;
    private final double current;
    private final double counterCurrent;
    private final double residual;
    private final int iterations;
    private final int unknowns;
    private final List<String> warnings;

    CurrentFocusingSolution(CurrentFocusingProblem problem, CurrentFocusingSolver solver, AxisymmetricPotential f,
            int interlayerRows) {
        this.problem = problem;
        this.solver = solver;
        double a = problem.rimRadius();
        double sigma = problem.conductivity();
        double[] cell = f.cellCurrents(problem.currentDensity(), problem.cellRadius(), sigma, a);
        current = cell[0];
        cellPotential = cell[1];
        counterCurrent = cell[2];
        // current density on the contact cells: q_c/(w_c a²) in units σV/a
        double jScale = sigma * cellPotential / a;
        int m = f.contact.length;
        contactR = new double[m];
        contactJ = new double[m];
        for (int c = 0; c < m; c++) {
            int i = f.contact[c];
            contactR[c] = f.rc[i] * a;
            contactJ[c] = f.q[c] / f.w[i] * jScale;
        }
        faceR = new double[f.nr];
        faceJ = new double[f.nr];
        for (int i = 0; i < f.nr; i++) {
            faceR[i] = f.rc[i] * a;
        }
        if (interlayerRows > 0) {
            for (int i = 0; i < f.nr; i++) {
                faceJ[i] = f.axialCurrent(i, interlayerRows - 1) / f.w[i] * jScale;
            }
        } else {
            for (int c = 0; c < m; c++) {
                faceJ[f.contact[c]] = contactJ[c];
            }
        }
        residual = f.residual;
        iterations = f.refinements;
        unknowns = f.nr * f.nz;
        List<String> w = new ArrayList<>();
        if (problem.chargeTransferResistance() == 0 && problem.interlayerThickness() == 0) {
            w.add("primary distribution (R_ct = 0): the current density is singular at the rim (∝ 1/√distance);"
                    + " the peak and the amplification are those of the rim cell and grow with the resolution;"
                    + " use contactAmplificationAt(distance)");
        }
        if (problem.chargeTransferResistance() == 0 && problem.interlayerThickness() > 0) {
            w.add("R_ct = 0 at the Li | interlayer contact: the contact peak is singular at the rim (grid-dependent);"
                    + " the electrolyte-side values are finite");
        }
        warnings = ImmutableList.copyOf(w);
    }

    /** @return the problem that was solved */
    public CurrentFocusingProblem problem() {
        return problem;
    }

    /** @return the solver and its settings */
    public CurrentFocusingSolver solver() {
        return solver;
    }

    /** @return steps of iterative refinement after the direct solve (0 when the direct solve met the tolerance) */
    public int iterations() {
        return iterations;
    }

    /** @return relative residual ‖b − Aφ‖₂/‖b‖₂ of the finite-volume system, dimensionless */
    public double residual() {
        return residual;
    }

    /** @return how the system was solved */
    public String method() {
        return "finite volumes on a graded axisymmetric grid, capacitance-matrix direct solve";
    }

    /** @return unknowns (grid cells) */
    public int unknowns() {
        return unknowns;
    }

    /** @return what the caller should know (immutable; empty when all is well) */
    public List<String> warnings() {
        return warnings;
    }

    /** @return total current through the cell, A */
    public double current() {
        return current;
    }

    /**
     * @return |I_contact − I_counter| ÷ I_contact: current conservation between the Li contact and the
     *     counter electrode, dimensionless (round-off)
     */
    public double currentImbalance() {
        return Math.abs(current - counterCurrent) / current;
    }

    /** @return potential of the Li (the contact) against the counter electrode at the nominal current, V */
    public double cellPotential() {
        return cellPotential;
    }

    /** @return total resistance of the unit cell, Ω */
    public double resistance() {
        return cellPotential / current;
    }

    /** @return area-specific resistance over the cell area, R·πb², Ω·m² */
    public double areaSpecificResistance() {
        return resistance() * Math.PI * problem.cellRadius() * problem.cellRadius();
    }

    /**
     * @return the resistance the cell would have with uniform current: R_ct/A_c + (t/σ_i + R_i + L/σ)/(πb²), Ω
     */
    public double uniformResistance() {
        CurrentFocusingProblem p = problem;
        double layers = p.thickness() / p.conductivity() + p.interfaceResistance()
                + (p.interlayerThickness() > 0 ? p.interlayerThickness() / p.interlayerConductivity().orElseThrow() : 0);
        double cellArea = Math.PI * p.cellRadius() * p.cellRadius();
        return p.chargeTransferResistance() / p.contactArea() + layers / cellArea;
    }

    /** @return constriction resistance R − {@link #uniformResistance()}, Ω */
    public double constrictionResistance() {
        return resistance() - uniformResistance();
    }

    /** @return current density on the Li contact against radius (cell centres), r in m, j in A/m² */
    public Profile contactCurrentDensity() {
        return Profile.of(contactR, contactJ, "r", "m", "current density", "A/m²");
    }

    /**
     * @return current density entering the electrolyte against radius (cell centres), r in m, j in A/m²
     *     (0 under voids without interlayer)
     */
    public Profile electrolyteCurrentDensity() {
        return Profile.of(faceR, faceJ, "r", "m", "current density", "A/m²");
    }

    /** @return local overpotential η = R_ct·j on the Li contact against radius, r in m, η in V */
    public Profile contactOverpotential() {
        double[] eta = new double[contactJ.length];
        for (int c = 0; c < eta.length; c++) {
            eta[c] = problem.chargeTransferResistance() * contactJ[c];
        }
        return Profile.of(contactR, eta, "r", "m", "overpotential", "V");
    }

    /** @return mean current density on the Li contact, I/A_c, A/m² */
    public double meanContactCurrentDensity() {
        return current / problem.contactArea();
    }

    /** @return the largest cell-average current density on the Li contact, A/m² */
    public double peakContactCurrentDensity() {
        return max(contactJ);
    }

    /** @return peak ÷ mean current density on the Li contact, dimensionless (&ge; 1) */
    public double contactAmplification() {
        return peakContactCurrentDensity() / meanContactCurrentDensity();
    }

    /**
     * The contact current density at a distance from the rim, over the contact's mean.
     *
     * @param distance distance from the rim into the contact, m (&gt; 0; less than the contact's radial
     *     extent: a for a spot, b − a for a void; at least the half-width of the rim cell)
     * @return j(distance)/j_mean, dimensionless (linear interpolation between cell centres)
     * @throws IllegalArgumentException if the distance is out of range
     */
    public double contactAmplificationAt(double distance) {
        double extent = problem.geometry() == CurrentFocusingGeometry.SPOT ? problem.rimRadius()
                : problem.cellRadius() - problem.rimRadius();
        Checks.positive(distance, "distance", "m");
        Checks.atMost(distance, extent, "distance", "m");
        double r = problem.geometry() == CurrentFocusingGeometry.SPOT ? problem.rimRadius() - distance
                : problem.rimRadius() + distance;
        double lo = contactR[0];
        double hi = contactR[contactR.length - 1];
        if (r < lo || r > hi) {
            // beyond the outermost cell centres: the end value is the best estimate, unless it is the rim
            boolean nearRim = problem.geometry() == CurrentFocusingGeometry.SPOT ? r > hi : r < lo;
            if (nearRim) {
                throw new IllegalArgumentException("distance must be >= " + Math.abs(problem.rimRadius()
                        - (problem.geometry() == CurrentFocusingGeometry.SPOT ? hi : lo))
                        + " m (the rim cell's half-width at this resolution), was " + distance + " m");
            }
            r = Math.min(Math.max(r, lo), hi);
        }
        return contactCurrentDensity().valueAt(r) / meanContactCurrentDensity();
    }

    /** @return the largest current density entering the electrolyte ÷ the nominal current density, dimensionless */
    public double electrolyteAmplification() {
        return max(faceJ) / problem.currentDensity();
    }

    /** @return largest local overpotential R_ct·j on the Li contact, V (0 for the primary distribution) */
    public double peakContactOverpotential() {
        return problem.chargeTransferResistance() * peakContactCurrentDensity();
    }

    /** @return largest overpotential R_i·j across the interlayer | electrolyte interface, V (0 without) */
    public double peakInterfaceOverpotential() {
        return problem.interfaceResistance() * max(faceJ);
    }

    private static double max(double[] x) {
        double m = x[0];
        for (double v : x) {
            m = Math.max(m, v);
        }
        return m;
    }

    @Override
    public String toString() {
        return "CurrentFocusingSolution[contact amplification " + Display.number(contactAmplification())
                + ", electrolyte amplification " + Display.number(electrolyteAmplification())
                + ", constriction " + Display.quantity(constrictionResistance(), "Ω")
                + ", ASR " + Display.quantity(areaSpecificResistance() * 1e4, "Ω·cm²")
                + ", " + unknowns + " unknowns, residual " + Display.number(residual) + "]";
    }
}
