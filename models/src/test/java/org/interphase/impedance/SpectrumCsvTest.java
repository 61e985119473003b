package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpectrumCsvTest {

    @Test
    void roundTripsExactlyThroughAFile(@TempDir Path dir) {
        Spectrum s = Circuit.parse("R0-p(R1,CPE1)").spectrum(Spectrum.logFrequencies(1e6, 1e-2, 33), 10, 100, 1e-6, 0.85);
        Path file = dir.resolve("spectrum.csv");
        SpectrumCsv.write(file, s);
        assertThat(SpectrumCsv.read(file)).isEqualTo(s);
        Spectrum area = HomogeneousLayer.of(1e-8, 1e-6, 40).spectrum(new double[] {1, 10, 100});
        assertThat(SpectrumCsv.toCsv(area)).startsWith("frequency_Hz,re_ohm_m2,im_ohm_m2\n");
        assertThat(SpectrumCsv.parse(SpectrumCsv.toCsv(area))).isEqualTo(area);
    }

    @Test
    void acceptsCommentsBlanksAndOtherSeparators() {
        Spectrum s = SpectrumCsv.parse("# measured 2026-11-25\n\nf;Z';Z''\n1000;10.5;-2\n100\t12\t-5.5\n10 20 -1e1\n");
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.frequency(2)).isEqualTo(10.0);
        assertThat(s.im(2)).isEqualTo(-10.0);
        assertThat(s.perArea()).isFalse();
    }

    @Test
    void malformedContentGivesLineAndColumn(@TempDir Path dir) {
        assertThatThrownBy(() -> SpectrumCsv.parse("f,re,im\n1,2,3\n4,5\n")).hasMessage(
                "<text>, line 3: expected 3 columns (frequency in Hz, Z', Z''), found 2: '4,5'");
        assertThatThrownBy(() -> SpectrumCsv.parse("1,2,3\n4,x,6\n")).hasMessage("<text>, line 2, column 2: 'x' is not a number");
        assertThatThrownBy(() -> SpectrumCsv.parse("1,2,3\n-4,5,6\n")).hasMessage(
                "<text>, line 2: frequency must be > 0 Hz, was -4.0 Hz");
        assertThatThrownBy(() -> SpectrumCsv.parse("1,NaN,3\n")).hasMessage("<text>, line 1, column 2: value must be finite, was NaN");
        assertThatThrownBy(() -> SpectrumCsv.parse("# nothing\n")).hasMessageContaining("no data rows");
        assertThatThrownBy(() -> SpectrumCsv.read(dir.resolve("missing.csv"))).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot read spectrum file");
        assertThat(Files.exists(dir.resolve("missing.csv"))).isFalse();
    }
}
