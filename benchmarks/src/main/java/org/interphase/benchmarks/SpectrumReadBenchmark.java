package org.interphase.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.interphase.impedance.Circuit;
import org.interphase.impedance.Spectrum;
import org.interphase.impedance.io.SpectrumFiles;
import org.interphase.impedance.io.SpectrumFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading an instrument file of 10⁵ points (issue 17: ≤ 100 ms): an EC-Lab {@code .mpt} with its
 * header and twelve columns per row, Latin-1, as EC-Lab writes it, and a three-column CSV with
 * units in the header. Both files are written in {@code @Setup} (bytes, decoding, splitting,
 * number parsing and the {@link Spectrum} are all inside the measured call).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SpectrumReadBenchmark {

    /** Number of rows. */
    @Param({"100000"})
    public int points;

    private Path dir;
    private Path mpt;
    private Path csv;

    @Setup
    public void setUp() throws IOException {
        double[] f = Spectrum.logFrequencies(1e7, 1e-3, points);
        Spectrum s = Circuit.parse("R0-p(R1,CPE1)-p(R2,C2)").spectrum(f, 10, 100, 1e-6, 0.9, 50, 1e-3);
        dir = Files.createTempDirectory("spectrum-read");
        StringBuilder m = new StringBuilder("EC-Lab ASCII FILE\r\nNb header lines : 5\r\n\r\n")
                .append("Potentio Electrochemical Impedance Spectroscopy\r\n")
                .append("freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\t|Z|/Ohm\tPhase(Z)/deg\ttime/s\t<Ewe>/V\t<I>/mA\tCs/µF\t")
                .append("cycle number\tRe(Y)/Ohm-1\t-Im(Y)/Ohm-1\r\n");
        StringBuilder c = new StringBuilder("f (kHz),Z' (Ω),Z'' (Ω)\n");
        for (int i = 0; i < points; i++) {
            double re = s.re(i);
            double im = s.im(i);
            m.append(String.format(Locale.ROOT, "%.7E\t%.7E\t%.7E\t%.7E\t%.7E\t%.4f\t0.0\t0.0\t1.0\t1\t%.4E\t%.4E\r\n",
                    f[i], re, -im, s.modulus(i), Math.toDegrees(s.phase(i)), 0.1 * i, 1 / re, 1 / im));
            c.append(f[i] / 1e3).append(',').append(re).append(',').append(im).append('\n');
        }
        mpt = dir.resolve("big.mpt");
        csv = dir.resolve("big.csv");
        Files.write(mpt, m.toString().getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(csv, c.toString(), StandardCharsets.UTF_8);
        if (SpectrumFiles.read(mpt).size() != points || SpectrumFiles.read(csv).size() != points) {
            throw new IllegalStateException("the generated files do not read back to " + points + " points");
        }
    }

    @TearDown
    public void tearDown() {
        try {
            Files.deleteIfExists(mpt);
            Files.deleteIfExists(csv);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** EC-Lab .mpt, format detected, 12 columns of which 3 are parsed. */
    @Benchmark
    public Spectrum readMpt() {
        return SpectrumFiles.read(mpt);
    }

    /** CSV in kHz and Ω, format named. */
    @Benchmark
    public Spectrum readCsv() {
        return SpectrumFiles.read(csv, SpectrumFormat.CSV);
    }
}
