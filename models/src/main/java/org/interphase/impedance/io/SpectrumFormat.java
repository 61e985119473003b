package org.interphase.impedance.io;

import com.google.common.collect.ImmutableList;

/**
 * The impedance file formats {@link SpectrumFiles} reads, by the software that writes them. Each
 * constant says where the spectrum sits in the file and how its columns are recognized; the
 * descriptions follow the formats' published descriptions and the readers of impedance.py
 * ({@code impedance.preprocessing}, Murbach et al., <i>J. Open Source Softw.</i> 5 (2020) 2349).
 */
public enum SpectrumFormat {

    /**
     * BioLogic EC-Lab ASCII export ({@code .mpt}): line 1 {@code EC-Lab ASCII FILE}, line 2
     * {@code Nb header lines : N}, the column names on line N, tab-separated rows after it; the
     * columns {@code freq/Hz}, {@code Re(Z)/Ohm} and {@code -Im(Z)/Ohm} (−Z'', negated on reading).
     * Latin-1 ({@code µ} in other column names), decimal comma where Windows uses one. A file
     * without the two first lines (EC-Lab's export without header) starts with the column names.
     * Writable.
     */
    BIOLOGIC_MPT("BioLogic EC-Lab .mpt", true, "mpt"),

    /**
     * Gamry Framework {@code .DTA} (EXPLAIN format): the {@code ZCURVE TABLE} block, a line of
     * column names ({@code Pt Time Freq Zreal Zimag Zsig Zmod Zphz …}), a line of units
     * ({@code # s Hz ohm ohm V ohm °}) and tab-indented rows; Zimag is Z'' as it is (negative for a
     * capacitive arc). The block ends at the first line that does not start with a tab or at
     * {@code EXPERIMENTABORTED}.
     */
    GAMRY_DTA("Gamry .DTA", false, "dta"),

    /**
     * Scribner ZPlot/ZView {@code .z}: a header that ends with {@code End Comments}, then rows of
     * {@code Freq(Hz), Ampl, Bias, Time(Sec), Z'(a), Z''(b), GD, Err, Range} separated by commas or
     * tabs (Z'' as it is); rows of three cells are read as f, Z', Z''. Writable (the columns that
     * Interphase does not know are written as 0).
     */
    ZVIEW_Z("ZPlot/ZView .z", true, "z"),

    /**
     * Metrohm Autolab NOVA ASCII export: a header line naming the columns, e.g.
     * {@code Frequency (Hz)}, {@code Z' (Ω)}, {@code -Z'' (Ω)}, {@code Z (Ω)}, {@code -Phase (°)},
     * {@code Time (s)}, separated by semicolons, tabs or commas; a leading minus negates the column.
     */
    AUTOLAB_TXT("Metrohm Autolab NOVA text", false, "txt"),

    /**
     * CH Instruments "Convert to Text" of an A.C. Impedance run: a parameter header, then the line
     * {@code Freq/Hz, Z'/ohm, Z"/ohm, Z/ohm, Phase/deg}, a blank line and comma-separated rows
     * (Z'' as it is).
     */
    CHI_TXT("CH Instruments text", false, "txt"),

    /**
     * Princeton Applied Research VersaStudio {@code .par}: XML-like blocks; the data are the rows
     * of the first {@code <SegmentN>} block with rows, their columns named by its
     * {@code Definition=} line ({@code … Frequency(Hz), … Z Real, Z Imag, …}; without it,
     * columns 10, 15 and 16).
     */
    VERSASTUDIO_PAR("VersaStudio .par", false, "par"),

    /**
     * Princeton Applied Research PowerSuite text export: one header line, then tab-separated rows
     * of f (Hz), Z' and Z'' (Ω).
     */
    POWERSUITE_TXT("PowerSuite text", false, "txt"),

    /**
     * Generic delimited text with an optional header whose names and units are honoured: frequency
     * in Hz, mHz, kHz, MHz or rad/s; Z', Z'' (a leading minus negates), or |Z| with a phase in deg
     * or rad, or one complex column {@code a+bj}; impedance in mΩ, Ω, kΩ, MΩ, optionally per cm²,
     * mm² or m² (then the spectrum is per unit area). Without a header: f (Hz), Z', Z'' (Ω).
     * Writable (as {@link org.interphase.impedance.SpectrumCsv} writes it).
     */
    CSV("delimited text (CSV)", true, "csv");

    private final String description;
    private final boolean writable;
    private final String extension;

    SpectrumFormat(String description, boolean writable, String extension) {
        this.description = description;
        this.writable = writable;
        this.extension = extension;
    }

    /** @return a short name of the format, e.g. "BioLogic EC-Lab .mpt" */
    public String description() {
        return description;
    }

    /** @return true if {@link SpectrumFiles#write} can write this format */
    public boolean writable() {
        return writable;
    }

    /** @return the usual file extension, lower case, without the dot (e.g. "mpt") */
    public String extension() {
        return extension;
    }

    /** @return the formats {@link SpectrumFiles#write} can write */
    public static ImmutableList<SpectrumFormat> writableFormats() {
        ImmutableList.Builder<SpectrumFormat> b = ImmutableList.builder();
        for (SpectrumFormat f : values()) {
            if (f.writable) {
                b.add(f);
            }
        }
        return b.build();
    }
}
