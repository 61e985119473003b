/**
 * Impedance spectra from instrument files: {@link org.interphase.impedance.io.SpectrumFiles}
 * reads the files that potentiostats and analysis programs write — BioLogic EC-Lab {@code .mpt},
 * Gamry {@code .DTA}, ZPlot/ZView {@code .z}, Metrohm Autolab and CH Instruments text,
 * VersaStudio {@code .par}, PowerSuite text and delimited text with units in its header — into an
 * {@link org.interphase.impedance.Spectrum} in SI units (Hz; Ω or Ω·m²), the format detected or
 * named by a {@link org.interphase.impedance.io.SpectrumFormat}, and writes CSV, {@code .mpt} and
 * {@code .z} so that they read back to the same bits.
 *
 * <p>What to do with the spectrum next — pre-processing (crop, inductive tail, repeats) — is on
 * {@link org.interphase.impedance.Spectrum}; fitting and DRT are in
 * {@link org.interphase.impedance}.
 *
 * <pre>{@code
 * Spectrum s = SpectrumFiles.read(Path.of("cell_C01.mpt")).withoutInductiveTail();
 * }</pre>
 *
 * <p>Format descriptions: the readers of impedance.py ({@code impedance/preprocessing.py}; Murbach,
 * Gerwe, Dawson-Elli &amp; Tsui, <i>J. Open Source Softw.</i> 5 (2020) 2349) and the vendors'
 * published export layouts; the test files are written by hand from them.
 */
package org.interphase.impedance.io;
