package org.interphase.microstructure;

import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.ConvergenceException;
import org.interphase.impedance.Impedance;
import org.interphase.impedance.Spectrum;

/**
 * The impedance of a composite electrode from a full 3D complex-valued solve on its voxels: the
 * reference the transmission line ({@link ElectrodeImpedanceSolver}) is validated against (issue 15,
 * item 4). Package-private: a research check, not yet a member of the public contract.
 *
 * <p><b>Model.</b> Two rails in the voxels: the electronic potential φ in the active material (CAM,
 * conductivity σ_el) and the ionic potential φ in the solid electrolyte (SE, σ_ion); every other phase
 * is insulating. At angular frequency ω, finite volumes with one complex unknown per voxel and a face
 * admittance (S)
 * <pre>
 *   CAM|CAM: h·σ_el,   SE|SE: h·σ_ion,
 *   CAM|SE:  1/(1/(2hσ_el) + Z_int(ω)/h² + 1/(2hσ_ion))      (the interface impedance per area on the face)
 * </pre>
 * The current collector (face z = 0) holds the CAM voxels on it at 1 V through 2hσ_el and blocks the
 * SE; the separator (z = L) holds the SE voxels on it at 0 V through 2hσ_ion and blocks the CAM.
 * The electrode impedance per electrode area is Z = A/I (Ω·m²), I the complex current out of the
 * collector, A = n_x·n_y·h². Clusters of CAM ∪ SE that do not join a CAM voxel on the collector face to
 * an SE voxel on the separator face carry no current and are left out. With Re Z_int ≥ 0 (a passive
 * interface) the matrix is complex symmetric (not Hermitian) with a positive semi-definite real part;
 * it is solved by the conjugate orthogonal conjugate gradient method, COCG (van der Vorst &amp;
 * Melissen, IEEE Trans. Magn. 26, 706 (1990)), preconditioned by its diagonal, to a relative residual
 * ‖b − A·φ‖₂/‖b‖₂ below the tolerance.
 *
 * <p>For a laminate of one CAM and one SE column (uniform across the electrode) this is a discrete
 * ladder whose impedance tends to the transmission line's as h² (tested); on a real microstructure
 * the differences from the line are the validation's result: the line assumes the interface current
 * is exchanged uniformly across each depth and the rails are homogeneous.
 */
final class ElectrodeSpectrum3D {

    /** The impedance per electrode area at each frequency, with the solver's diagnostics. */
    static final class Result {
        final Spectrum spectrum;
        final int[] iterations;
        final double[] residuals;
        final long unknowns;

        Result(Spectrum spectrum, int[] iterations, double[] residuals, long unknowns) {
            this.spectrum = spectrum;
            this.iterations = iterations;
            this.residuals = residuals;
            this.unknowns = unknowns;
        }
    }

    private final Microstructure m;
    private final int nx;
    private final int ny;
    private final int nz;
    private final double h;
    private final byte[] labels;
    private final int cam;
    private final int se;
    private final double sigmaEl;
    private final double sigmaIon;
    private final boolean[] active;
    private final long unknowns;

    /**
     * @param m the electrode, collector at z = 0, separator at z = L
     * @param cam the active material (electronic rail)
     * @param sigmaEl its electronic conductivity, S/m (&gt; 0)
     * @param se the solid electrolyte (ionic rail)
     * @param sigmaIon its ionic conductivity, S/m (&gt; 0)
     */
    ElectrodeSpectrum3D(Microstructure m, VoxelPhase cam, double sigmaEl, VoxelPhase se, double sigmaIon) {
        Checks.nonNull(m, "microstructure");
        m.checkOwn(cam);
        m.checkOwn(se);
        if (cam.label() == se.label()) {
            throw new IllegalArgumentException("active material and electrolyte must differ, both were " + cam);
        }
        Checks.positive(sigmaEl, "electronic conductivity", "S/m");
        Checks.positive(sigmaIon, "ionic conductivity", "S/m");
        this.m = m;
        this.nx = m.nx();
        this.ny = m.ny();
        this.nz = m.nz();
        this.h = m.voxelSize();
        this.labels = m.labelArray();
        this.cam = cam.label();
        this.se = se.label();
        this.sigmaEl = sigmaEl;
        this.sigmaIon = sigmaIon;
        boolean[] sel = new boolean[VoxelPhase.MAX_LABEL + 1];
        sel[this.cam] = true;
        sel[this.se] = true;
        Labelling l = Labelling.of(m, sel);
        boolean[] atCollector = new boolean[l.count];
        boolean[] atSeparator = new boolean[l.count];
        int nxy = nx * ny;
        int top = (nz - 1) * nxy;
        for (int i = 0; i < nxy; i++) {
            if ((labels[i] & 0xFF) == this.cam) {
                atCollector[l.component[i]] = true;
            }
            if ((labels[top + i] & 0xFF) == this.se) {
                atSeparator[l.component[top + i]] = true;
            }
        }
        active = new boolean[labels.length];
        long k = 0;
        for (int i = 0; i < labels.length; i++) {
            int c = l.component[i];
            active[i] = c >= 0 && atCollector[c] && atSeparator[c];
            k += active[i] ? 1 : 0;
        }
        unknowns = k;
    }

    /** @return the number of voxels in clusters that join the collector to the separator */
    long unknowns() {
        return unknowns;
    }

    /**
     * @param interfaceImpedance Z_int(ω) per area, Ω·m² (per area)
     * @param frequencies the frequencies, Hz (each &gt; 0)
     * @param tolerance relative residual, in (0, 0.1]
     * @param maxIterations per frequency, &ge; 1
     * @return Z per electrode area at each frequency
     * @throws IllegalArgumentException if no cluster joins the collector to the separator
     * @throws ConvergenceException if COCG does not converge
     */
    Result solve(Impedance interfaceImpedance, double[] frequencies, double tolerance, int maxIterations) {
        Objects.requireNonNull(interfaceImpedance, "interfaceImpedance");
        if (!interfaceImpedance.perArea()) {
            throw new IllegalArgumentException("interfaceImpedance must be per unit area (Ω·m²)");
        }
        Checks.inClosedRange(tolerance, 1e-14, 0.1, "tolerance", "");
        if (unknowns == 0) {
            throw new IllegalArgumentException("no cluster of CAM and SE joins a CAM voxel on the collector to an SE"
                    + " voxel on the separator: the electrode passes no current");
        }
        int nf = frequencies.length;
        double[] omega = new double[nf];
        for (int q = 0; q < nf; q++) {
            Checks.positive(frequencies[q], "frequency", "Hz");
            omega[q] = 2 * Math.PI * frequencies[q];
        }
        double[] zr = new double[nf];
        double[] zi = new double[nf];
        interfaceImpedance.evaluate(omega, zr, zi);
        double[] re = new double[nf];
        double[] im = new double[nf];
        int[] its = new int[nf];
        double[] res = new double[nf];
        for (int q = 0; q < nf; q++) {
            double[] out = solveOne(zr[q], zi[q], tolerance, maxIterations, frequencies[q]);
            re[q] = out[0];
            im[q] = out[1];
            its[q] = (int) out[2];
            res[q] = out[3];
        }
        return new Result(Spectrum.of(frequencies, re, im, true), its, res, unknowns);
    }

    /** Face admittances (+x, +y, +z of every voxel) and the diagonal, at one Z_int. */
    private double[] solveOne(double zIntRe, double zIntIm, double tol, int maxIt, double f) {
        int n = labels.length;
        int nxy = nx * ny;
        // the CAM|SE face admittance 1/(ρ + Z_int/h²), ρ the two half-voxel resistances
        double rho = 1 / (2 * h * sigmaEl) + 1 / (2 * h * sigmaIon);
        double ar = rho + zIntRe / (h * h);
        double ai = zIntIm / (h * h);
        double den = ar * ar + ai * ai;
        double yRe = ar / den;
        double yIm = -ai / den;
        double gEl = h * sigmaEl;
        double gIon = h * sigmaIon;
        double[][] gr = new double[3][n];
        double[][] gi = new double[3][n];
        double[] dr = new double[n];
        double[] di = new double[n];
        double[] br = new double[n];
        int[] stride = {1, nx, nxy};
        for (int z = 0, i = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++, i++) {
                    if (!active[i]) {
                        continue;
                    }
                    int li = labels[i] & 0xFF;
                    boolean[] has = {x < nx - 1, y < ny - 1, z < nz - 1};
                    for (int d = 0; d < 3; d++) {
                        if (!has[d] || !active[i + stride[d]]) {
                            continue;
                        }
                        int lj = labels[i + stride[d]] & 0xFF;
                        double a;
                        double b;
                        if (li == lj) {
                            a = li == cam ? gEl : gIon;
                            b = 0;
                        } else {
                            a = yRe;
                            b = yIm;
                        }
                        gr[d][i] = a;
                        gi[d][i] = b;
                        dr[i] += a;
                        di[i] += b;
                        dr[i + stride[d]] += a;
                        di[i + stride[d]] += b;
                    }
                    if (z == 0 && li == cam) {
                        dr[i] += 2 * gEl;
                        br[i] = 2 * gEl; // × 1 V
                    }
                    if (z == nz - 1 && li == se) {
                        dr[i] += 2 * gIon;
                    }
                }
            }
        }
        // Jacobi: M⁻¹ = 1/d (complex)
        double[] mr = new double[n];
        double[] mi = new double[n];
        for (int i = 0; i < n; i++) {
            if (active[i]) {
                double dd = dr[i] * dr[i] + di[i] * di[i];
                mr[i] = dr[i] / dd;
                mi[i] = -di[i] / dd;
            }
        }
        double[] xr = new double[n];
        double[] xi = new double[n];
        double[] rr = br.clone();
        double[] ri = new double[n];
        double[] pr = new double[n];
        double[] pi = new double[n];
        double[] qr = new double[n];
        double[] qi = new double[n];
        double bnorm = 0;
        for (int i = 0; i < n; i++) {
            bnorm += br[i] * br[i];
        }
        bnorm = Math.sqrt(bnorm);
        // z = M⁻¹r, p = z, ρ = rᵀz (no conjugation)
        double rhoR = 0;
        double rhoI = 0;
        for (int i = 0; i < n; i++) {
            double zr = mr[i] * rr[i] - mi[i] * ri[i];
            double zi = mr[i] * ri[i] + mi[i] * rr[i];
            pr[i] = zr;
            pi[i] = zi;
            rhoR += rr[i] * zr - ri[i] * zi;
            rhoI += rr[i] * zi + ri[i] * zr;
        }
        double rel = 1;
        int it = 0;
        while (true) {
            double rn = 0;
            for (int i = 0; i < n; i++) {
                rn += rr[i] * rr[i] + ri[i] * ri[i];
            }
            rel = Math.sqrt(rn) / bnorm;
            if (rel <= tol) {
                break;
            }
            if (it == maxIt) {
                throw new ConvergenceException("3D electrode impedance at f = " + f + " Hz (COCG)", it, rel,
                        "raise the iteration limit or the tolerance " + tol);
            }
            it++;
            apply(gr, gi, dr, di, pr, pi, qr, qi, stride);
            double sR = 0;
            double sI = 0;
            for (int i = 0; i < n; i++) {
                sR += pr[i] * qr[i] - pi[i] * qi[i];
                sI += pr[i] * qi[i] + pi[i] * qr[i];
            }
            double sd = sR * sR + sI * sI;
            if (!(sd > 0) || !Double.isFinite(sd)) {
                throw new ConvergenceException("3D electrode impedance at f = " + f + " Hz (COCG)", it, rel,
                        "COCG broke down (pᵀAp = " + sR + " + j" + sI + ")");
            }
            double alR = (rhoR * sR + rhoI * sI) / sd;
            double alI = (rhoI * sR - rhoR * sI) / sd;
            double nrR = 0;
            double nrI = 0;
            for (int i = 0; i < n; i++) {
                xr[i] += alR * pr[i] - alI * pi[i];
                xi[i] += alR * pi[i] + alI * pr[i];
                rr[i] -= alR * qr[i] - alI * qi[i];
                ri[i] -= alR * qi[i] + alI * qr[i];
                double zr = mr[i] * rr[i] - mi[i] * ri[i];
                double zi = mr[i] * ri[i] + mi[i] * rr[i];
                qr[i] = zr; // q now holds z
                qi[i] = zi;
                nrR += rr[i] * zr - ri[i] * zi;
                nrI += rr[i] * zi + ri[i] * zr;
            }
            double rd = rhoR * rhoR + rhoI * rhoI;
            double beR = (nrR * rhoR + nrI * rhoI) / rd;
            double beI = (nrI * rhoR - nrR * rhoI) / rd;
            for (int i = 0; i < n; i++) {
                double tr = qr[i] + beR * pr[i] - beI * pi[i];
                double ti = qi[i] + beR * pi[i] + beI * pr[i];
                pr[i] = tr;
                pi[i] = ti;
            }
            rhoR = nrR;
            rhoI = nrI;
        }
        // I = Σ 2hσ_el·(1 − φ) over the CAM voxels on the collector
        double iR = 0;
        double iI = 0;
        for (int i = 0; i < nxy; i++) {
            if (active[i] && (labels[i] & 0xFF) == cam) {
                iR += 2 * gEl * (1 - xr[i]);
                iI += 2 * gEl * (-xi[i]);
            }
        }
        double area = nx * ny * h * h;
        double id = iR * iR + iI * iI;
        return new double[] {area * iR / id, -area * iI / id, it, rel};
    }

    /** q = A·p with A = diag(d) − Σ g over the faces. */
    private void apply(double[][] gr, double[][] gi, double[] dr, double[] di, double[] pr, double[] pi, double[] qr,
            double[] qi, int[] stride) {
        int n = pr.length;
        for (int i = 0; i < n; i++) {
            qr[i] = dr[i] * pr[i] - di[i] * pi[i];
            qi[i] = dr[i] * pi[i] + di[i] * pr[i];
        }
        for (int d = 0; d < 3; d++) {
            int s = stride[d];
            double[] ar = gr[d];
            double[] ai = gi[d];
            for (int i = 0; i + s < n; i++) {
                double a = ar[i];
                double b = ai[i];
                if (a == 0 && b == 0) {
                    continue;
                }
                int j = i + s;
                qr[i] -= a * pr[j] - b * pi[j];
                qi[i] -= a * pi[j] + b * pr[j];
                qr[j] -= a * pr[i] - b * pi[i];
                qi[j] -= a * pi[i] + b * pr[i];
            }
        }
    }
}
