/**
 * Composite electrodes in 3D: labelled voxel microstructures ({@link org.interphase.microstructure.Microstructure}
 * of {@link org.interphase.microstructure.Phase}s), their generation, geometry (volume fractions,
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
 * <p>References: Cooper et al., SoftwareX 5, 203 (2016) and Kench et al., JOSS 8, 5358 (2023)
 * (TauFactor, the tortuosity factor); Lorenz &amp; Ziff, Phys. Rev. E 57, 230 (1998) (site percolation
 * p_c = 0.3116); Nguyen et al., npj Comput. Mater. 6, 123 (2020) (electrode tortuosity from impedance).
 */
package org.interphase.microstructure;
