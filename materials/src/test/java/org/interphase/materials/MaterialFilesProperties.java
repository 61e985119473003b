package org.interphase.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.constraints.IntRange;

/** Randomly built user materials survive a write/read through the CSV format unchanged. */
class MaterialFilesProperties {

    private static final String[] TEXT = {"plain", "with, comma", "with \"quotes\"", "µ-Å-ε unicode", " padded ",
        "semi;colon", "Doe, Roe & O'Neil", ""};

    private static Material randomMaterial(Random r, int index) {
        Material.Builder b = Material.builder("user-" + index + "_x(" + r.nextInt(1000) + ")")
                .name(TEXT[r.nextInt(TEXT.length)]).formula(r.nextBoolean() ? "Li" + (r.nextInt(9) + 1) + "X" : "")
                .family(Family.values()[r.nextInt(Family.values().length)]).note(TEXT[r.nextInt(TEXT.length)]);
        for (Role role : Role.values()) {
            if (r.nextInt(3) == 0) {
                b.roles(role);
            }
        }
        if (r.nextBoolean()) {
            b.aliases("alias " + index, "alias-" + index + "-b");
        }
        for (Property p : Property.values()) {
            if (r.nextInt(3) != 0 || p.name().startsWith("VTF_") || p.name().startsWith("STABILITY_WINDOW")) {
                continue;
            }
            double lo = Math.max(p.minimum(), -1e3);
            double hi = Math.min(p.maximum().orElse(Double.MAX_VALUE), lo + 1e3);
            // draw inside (lo, hi), away from the bounds, with a random decimal exponent for positive quantities
            double v = lo >= 0 && hi > 10 ? Math.min(hi * 0.9, Math.pow(10, -3 + 6 * r.nextDouble()) * Math.max(lo, 1e-9)
                    + lo * 1.000001 + 1e-12) : lo + (hi - lo) * (0.05 + 0.9 * r.nextDouble());
            if (!p.isPossible(v)) {
                continue;
            }
            Source s = Source.of(TEXT[r.nextInt(TEXT.length - 1)], 1950 + r.nextInt(75), "J. " + TEXT[r.nextInt(7)],
                    r.nextBoolean() ? "10.1000/" + r.nextInt(99999) : null);
            PropertyValue pv = PropertyValue.of(p, v, s).withNote(TEXT[r.nextInt(TEXT.length)]);
            if (r.nextBoolean() && v != 0) {
                pv = pv.withUncertainty(Math.abs(v) * r.nextDouble() * 0.5 + Double.MIN_NORMAL);
            }
            b.property(pv);
        }
        if (r.nextBoolean()) {
            Source s = Source.of("Window, Paper", 2020, "J. W. 1, 1");
            b.property(Property.STABILITY_WINDOW_LOW, 0.5 + r.nextDouble(), s)
                    .property(Property.STABILITY_WINDOW_HIGH, 2 + 3 * r.nextDouble(), s);
        }
        if (r.nextBoolean()) {
            int n = 2 + r.nextInt(8);
            double[] x = new double[n];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = (i == 0 ? 0 : x[i - 1]) + 0.01 + r.nextDouble() / n;
                v[i] = 3 + 1.5 * r.nextDouble();
            }
            b.openCircuitVoltage(OcvCurve.table(x, v, Source.of(TEXT[r.nextInt(7)], 2021, "J. OCV 2, 3"),
                    TEXT[r.nextInt(TEXT.length)]));
        }
        return b.build();
    }

    @net.jqwik.api.Property(tries = 100)
    void writeThenReadGivesEqualMaterials(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int count) {
        Random r = new Random(seed);
        List<Material> materials = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            materials.add(randomMaterial(r, i));
        }
        String csv = MaterialFiles.toCsv(materials);
        MaterialCatalog back = MaterialFiles.parse(csv, "random.csv");
        assertThat(back.all()).containsExactlyElementsOf(materials);
        // and merging them over the built-in catalog keeps every built-in material
        MaterialCatalog merged = Materials.catalog().mergedWith(back);
        assertThat(merged.size()).isEqualTo(Materials.catalog().size() + count);
        assertThat(merged.all()).containsAll(Materials.all()).containsAll(materials);
    }
}
