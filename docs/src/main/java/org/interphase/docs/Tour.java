package org.interphase.docs;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.interphase.docs.tour.BufferTour;
import org.interphase.docs.tour.ContactTour;
import org.interphase.docs.tour.DiffusionTour;
import org.interphase.docs.tour.FoundationTour;
import org.interphase.docs.tour.ImpedanceTour;
import org.interphase.docs.tour.MaterialsTour;
import org.interphase.docs.tour.MicrostructureTour;
import org.interphase.docs.tour.SpaceChargeTour;
import org.interphase.docs.tour.StackTour;

/**
 * The tour: the library's main job in one program. It walks through the review's systems
 * (Wang et al., "Interfacial Issues of All Solid State Lithium Batteries", Trans. Nanjing Univ.
 * Aeronaut. Astronaut. 35 (2018) 578) with the models and prints, for each, what the model says
 * beside what the paper reports. Figures go to the folder named at the end.
 *
 * <p>Run it with {@code mvn -B -q -pl docs -am -DskipTests package exec:java} (see the README);
 * the optional argument is the output folder (default {@code target/tour}).
 */
public final class Tour {

    /** A section of the tour: prints to {@code out}, may write files into {@code folder}. */
    public interface Section {
        /** @return the title printed above the section */
        String title();

        /**
         * @param out where to print
         * @param folder the tour's output folder (exists)
         */
        void run(PrintStream out, Path folder);
    }

    private Tour() {}

    /** @return the sections in the order they are shown */
    public static List<Section> sections() {
        return List.of(
                section("Foundation: constants, units, thermal and screening lengths", FoundationTour::run),
                section("Materials: the catalog and its sources", (out, folder) -> MaterialsTour.run(out)),
                section("Interdiffusion: LiCoO2 | LLZO, La2CoO4, LiMn1.5Ni0.5O4 | LAGP", DiffusionTour::run),
                section("Space charge: LiCoO2 | Li3PS4, ionic vs electron-conducting vs LiNbO3-coated",
                        SpaceChargeTour::run),
                section("Contact: stack pressure, constriction, a breathing NMC811, Monroe–Newman", ContactTour::run),
                section("Buffer layers: the coating trade-off (Nb at LLZO | LiCoO2)", BufferTour::run),
                section("Impedance spectra: LLZO | LiCoO2 with and without Nb", ImpedanceTour::run),
                section("The interface stack: one budget, and the remedies optimized on it", StackTour::run),
                section("The lithium-metal anode: voids, current limits, interlayers", org.interphase.docs.tour.AnodeTour::run),
                section("Composite cathode in 3D: NMC811 | Li6PS5Cl, active area, utilization, breathing",
                        MicrostructureTour::run));
    }

    private static Section section(String title, java.util.function.BiConsumer<PrintStream, Path> body) {
        return new Section() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public void run(PrintStream out, Path folder) {
                body.accept(out, folder);
            }
        };
    }

    /**
     * Runs every section.
     *
     * @param out where to print
     * @param folder output folder for figures and tables (created if missing)
     */
    public static void run(PrintStream out, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the tour's output folder " + folder, e);
        }
        out.println("Interphase tour — the interfaces of all-solid-state lithium batteries");
        out.println("====================================================================");
        List<Section> all = sections();
        for (int i = 0; i < all.size(); i++) {
            Section s = all.get(i);
            out.printf(Locale.ROOT, "%n[%d/%d] %s%n", i + 1, all.size(), s.title());
            out.println("-".repeat(Math.min(78, s.title().length() + 8)));
            long start = System.nanoTime();
            s.run(out, folder);
            out.printf(Locale.ROOT, "  (%d/%d done in %.1f s)%n", i + 1, all.size(), (System.nanoTime() - start) * 1e-9);
        }
        out.printf(Locale.ROOT, "%nTour finished. Figures and tables are in %s%n", folder.toAbsolutePath().normalize());
    }

    /**
     * Entry point.
     *
     * @param args optional: the output folder
     */
    public static void main(String[] args) {
        Path folder = args.length > 0 ? Path.of(args[0]) : Path.of("target", "tour");
        run(System.out, folder);
    }
}
