/**
 * Composite electrodes in 3D: labelled voxel microstructures ({@link org.interphase.microstructure.Microstructure}
 * of {@link org.interphase.microstructure.VoxelPhase}s), their generation, geometry (volume fractions,
 * connectivity, percolation, interfacial areas, the active CAM|SE interface), steady conduction with
 * interface resistances (effective conductivity, tortuosity factor τ = ε·σ/σ_eff, MacMullin number),
 * the transmission-line impedance of the composite electrode, and contact loss as the active material
 * breathes.
 *
 * <p>Conventions: voxel (x, y, z) has index x + nx·(y + ny·z) (NumPy C order of shape (nz, ny, nx));
 * connectivity is 6-connectivity (shared faces); an electrode's thickness runs along z with the current
 * collector at {@link org.interphase.microstructure.Face#Z_LOW} and the separator at
 * {@link org.interphase.microstructure.Face#Z_HIGH}.
 *
 * <h2>Generation and files</h2>
 * {@link org.interphase.microstructure.PackingProblem} (box, {@link org.interphase.microstructure.SphereSet}s of a
 * phase at a target volume fraction with a {@link org.interphase.microstructure.SizeDistribution} of radii and a
 * {@link org.interphase.microstructure.Placement}, {@link org.interphase.microstructure.Coating}s, a background
 * phase) → {@link org.interphase.microstructure.PackingGenerator} (seed, attempts, relaxation sweeps) →
 * {@link org.interphase.microstructure.PackingSolution} (grid, placed {@link org.interphase.microstructure.Particle}s,
 * fractions reached, warnings). Placements: the Boolean model (uncovered fraction exp(−n·E[v]); Torquato, Random
 * Heterogeneous Materials, 2002), random sequential addition (saturation 0.384 for equal spheres; Zhang &amp;
 * Torquato, Phys. Rev. E 88, 053312 (2013)) and dense packing by overlap relaxation (up to ≈ 0.60). Every box is
 * generated as one period of a periodic arrangement; a non-periodic box lists the pieces its faces cut. Log-normal
 * radii: E[r^k] = exp(kμ + k²s²/2), μ = ln median, s = ln σg. Layered cells:
 * {@link org.interphase.microstructure.SlabStackProblem} of {@link org.interphase.microstructure.Slab}s (dense,
 * porous, pillars, ridges) → {@link org.interphase.microstructure.SlabStackGenerator} →
 * {@link org.interphase.microstructure.SlabStackSolution}. Files: {@link org.interphase.microstructure.VoxelFiles}
 * reads and writes raw (8/16-bit, stated byte order), NumPy .npy (shape (nz, ny, nx), C or Fortran order) and
 * multi-page TIFF (one page per z slice), with the voxel size and a value → phase mapping from the caller.
 *
 * <h2>Geometry</h2>
 * {@link org.interphase.microstructure.GeometryProblem} (a microstructure; optionally the active material, the
 * electrolytes, further electron conductors, the collector face and the generator's particles) →
 * {@link org.interphase.microstructure.GeometrySolver} → {@link org.interphase.microstructure.GeometrySolution}:
 * volume fractions; 6-connected components and percolation of every phase (share of its volume connected to each
 * face, spanning an axis, isolated); interfacial area per phase pair as a voxel-face count (over-counts a smooth
 * surface by |n|₁, 3/2 on average) and smoothed, each face weighted by |n|₂/|n|₁ of a normal fitted by
 * Gaussian-weighted least squares over 4×3×3 voxels (within about 1 % of 4πr² on voxelized spheres); the active
 * CAM|SE interface (CAM connected through electron conductors to the collector, SE through electrolyte to the
 * separator) per m² of electrode and per m³; contact fractions per CAM component and per particle; triple-phase
 * boundary by edge counting; two-point correlation S2(r) along the axes and chord lengths.
 *
 * <h2>Transport</h2>
 * {@link org.interphase.microstructure.ConductionProblem} (conductivity per phase in S/m — given, or from the
 * catalog: σ_ion(T) by {@code ionic}, σ_e by {@code electronic} —, interface resistances R_ab in Ω·m² on the faces
 * between two phases, the axes to drive) → {@link org.interphase.microstructure.ConductionSolver} (finite volumes,
 * G_ab = h²/(h/(2σ_a) + R_ab + h/(2σ_b)), φ = 1 V / 0 V on the two faces of an axis, no flux elsewhere; clusters not
 * joining both faces removed; flexible conjugate gradients preconditioned by an aggregation-multigrid K-cycle, stopped
 * at a relative residual ‖b − Aφ‖/‖b‖) → {@link org.interphase.microstructure.ConductionSolution} (σ_eff per axis,
 * τ = ε·σ/σ_eff, N_M = σ/σ_eff, the connectivity, currents, optional
 * {@link org.interphase.microstructure.ConductionField}s). {@link org.interphase.microstructure.BruggemanFitProblem} →
 * {@link org.interphase.microstructure.BruggemanFitter} → {@link org.interphase.microstructure.BruggemanFitSolution}:
 * σ_eff/σ = ε^α. References: Hestenes &amp; Stiefel, J. Res. NBS 49, 409 (1952); Braess, Computing 33 (1984) and
 * Vaněk, Mandel &amp; Brezina, Computing 56, 179 (1996) (aggregation multigrid); Notay &amp; Vassilevski, Numer. Linear
 * Algebra Appl. 15, 473 (2008) (K-cycle); Notay, SIAM J. Sci. Comput. 22, 1444 (2000) (flexible conjugate gradients);
 * Rayleigh, Phil. Mag. 34, 481 (1892).
 *
 * <h2>Breathing</h2>
 * {@link org.interphase.microstructure.BreathingProblem} → {@link org.interphase.microstructure.BreathingSolver} →
 * {@link org.interphase.microstructure.BreathingSolution} (a state per state of charge s and cycle n): contact loss
 * of a breathing cathode. Each particle keeps f(s,n)/f(0,0) of its CAM|SE faces per
 * {@link org.interphase.contact.CathodeBreathing}, equator first; the result is the active area, utilization, the SE
 * and CAM rails, and the transmission-line impedance.
 *
 * <h2>Closed forms</h2>
 * <ul>
 * <li>{@link org.interphase.microstructure.EffectiveMedium}: Maxwell–Garnett, symmetric Bruggeman (two phases in
 * closed form, n phases by {@code RootFinder}), Hashin–Shtrikman bounds of n phases
 * (Λ(s) = Σφσ/(σ+2s) / Σφ/(σ+2s), σ_HS± = Λ(σ_max/min)) and the Bruggeman power law σ·ε^α (Hashin &amp; Shtrikman,
 * J. Appl. Phys. 33, 3125 (1962); Bruggeman, Ann. Phys. 416, 636 (1935); Kirkpatrick, Rev. Mod. Phys. 45, 574 (1973)).</li>
 * <li>{@link org.interphase.microstructure.CoreShell}: ceramic particles with an interphase shell in a polymer —
 * Maxwell's coated sphere, then Maxwell–Garnett or Bruggeman (Nan &amp; Smith, Mater. Sci. Eng. B 10, 99 (1991)).</li>
 * </ul>
 *
 * <h2>Electrode impedance</h2>
 * {@link org.interphase.microstructure.ElectrodeImpedanceProblem} (L, σ_ion, σ_el, interface area per volume a,
 * Z_int(ω) per area — any {@code Impedance}, an {@code InterfaceStack}, or a blocking capacitor) →
 * {@link org.interphase.microstructure.ElectrodeImpedanceSolver} →
 * {@link org.interphase.microstructure.ElectrodeImpedanceSolution} (a per-area {@code Spectrum}, R_ion, R_el, the
 * tortuosity factor τ = ε·σ_0/σ_ion and its read-back 3·Re Z(ω→0) − R_el):
 * Z = r₁r₂/(r₁+r₂)·(L + 2λ/sinh(L/λ)) + (r₁²+r₂²)/(r₁+r₂)·λ·coth(L/λ), λ = √(Z_int/(a(r₁+r₂)))
 * (Paasch et al., Electrochim. Acta 38, 2653 (1993); Bisquert, PCCP 2, 4185 (2000); Landesfeind et al.,
 * J. Electrochem. Soc. 163, A1373 (2016)).
 *
 * <p>References: Cooper et al., SoftwareX 5, 203 (2016) and Kench et al., JOSS 8, 5358 (2023)
 * (TauFactor, the tortuosity factor); Lorenz &amp; Ziff, Phys. Rev. E 57, 230 (1998) (site percolation
 * p_c = 0.3116); Nguyen et al., npj Comput. Mater. 6, 123 (2020) (electrode tortuosity from impedance).
 */
package org.interphase.microstructure;
