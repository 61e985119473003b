package example;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.interphase.core.Units;
import org.interphase.impedance.Circuit;
import org.interphase.impedance.Spectrum;
import org.interphase.materials.Materials;

/** What a new user does first, and the checks a published artifact must pass. */
public final class Consumer {
    private Consumer() {
    }

    public static void main(String[] args) throws IOException {
        // the library runs: a catalog value and a circuit spectrum
        Spectrum z = Circuit.parse("R0-p(R1,C1)").spectrum(new double[] {1e-1, 1e2, 1e5}, 10, 100, 1e-6);
        System.out.println("LLZO: " + Materials.LLZO);
        System.out.println("Z: " + z);
        // a plot, headless, as a user makes it
        java.nio.file.Path png = java.nio.file.Files.createTempFile("nyquist", ".png");
        org.interphase.plots.Plots.nyquist(z).savePng(png);
        if (java.nio.file.Files.size(png) < 1000) {
            throw new IllegalStateException("the Nyquist plot was not written: " + png);
        }
        if (!(Units.toOhmCm2(Units.ohmCm2(150)) > 149.999)) {
            throw new IllegalStateException("Units round trip failed");
        }
        // every Interphase jar carries its licence and notice
        for (String entry : List.of("META-INF/LICENSE", "META-INF/NOTICE")) {
            List<String> jars = new ArrayList<>();
            for (URL url : Collections.list(Consumer.class.getClassLoader().getResources(entry))) {
                if (url.toString().contains("interphase-")) {
                    jars.add(url.toString());
                }
            }
            // core, materials, models and plots
            if (jars.size() < 4) {
                throw new IllegalStateException(entry + " found only in " + jars);
            }
        }
        System.out.println("consumer: OK");
    }
}
