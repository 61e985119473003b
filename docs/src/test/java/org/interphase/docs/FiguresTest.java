package org.interphase.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's microstructure figures; drawing itself is tested in the plots module. */
class FiguresTest {

    @Test
    void microstructureFiguresAreWritten(@TempDir Path dir) throws Exception {
        List<Path> files = Figures.microstructure(dir);
        assertThat(files).hasSize(6);
        for (Path f : files) {
            assertThat(Files.size(f)).as(f.toString()).isGreaterThan(1000);
        }
        assertThat(dir.resolve("microstructure-tortuosity.svg")).exists();
    }
}
