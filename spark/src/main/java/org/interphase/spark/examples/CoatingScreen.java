package org.interphase.spark.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.interphase.buffer.CoatingTerms;
import org.interphase.core.Units;
import org.interphase.materials.Material;
import org.interphase.materials.Materials;
import org.interphase.materials.Role;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.Mechanism;
import org.interphase.stack.StackSolver;
import org.interphase.sweep.Design;
import org.interphase.sweep.Factor;
import org.interphase.sweep.SweepFunctions;
import org.interphase.sweep.SweepProblem;

/**
 * The catalog's coating screen: every cathode × solid electrolyte × coating of the catalog, coatings 0 to
 * 30 nm in 2 nm steps, at 25 °C with a 10 Ω·cm², 10 µF/cm² charge transfer, and the coating's benefit: a
 * reaction layer that the uncoated interface would grow, of resistance R₀ suppressed by a coating of
 * thickness L as R₀·exp(−L/λ) (the buffer package's M1 model, {@link CoatingTerms#exponentialSuppression};
 * Kato et al., J. Power Sources 260, 292 (2014) found 2600 → 150 Ω·cm² with a 10 nm Nb buffer at
 * LLZO | LiCoO2). R₀ and λ are not known for most pairs of the catalog, so they are factors of the screen
 * (R₀ = 100 and 1000 Ω·cm², λ = 2 and 5 nm): the screen says which coating and thickness win for each pair
 * <em>if</em> the reaction layer were that large and that easily suppressed — 8 × 24 × 17 × 16 × 2 × 2 =
 * 208,896 stacks. Each stack's total is then the coating's own L/σ, the suppressed reaction layer and the
 * charge transfer; a combination the catalog cannot evaluate (a missing conductivity) is an error row
 * saying which value is missing. {@link Summaries} ranks the results.
 */
public final class CoatingScreen implements Supplier<SweepProblem> {

    /** Creates the definition (built by name in every executor). */
    public CoatingScreen() {
    }

    private static Map<String, Material> byName(Role role) {
        Map<String, Material> m = new LinkedHashMap<>();
        for (Material x : Materials.withRole(role)) {
            m.put(x.id(), x);
        }
        return m;
    }

    @Override
    public SweepProblem get() {
        Map<String, Material> cathodes = byName(Role.CATHODE);
        Map<String, Material> electrolytes = byName(Role.SOLID_ELECTROLYTE);
        Map<String, Material> coatings = byName(Role.COATING);
        double[] thickness = new double[16];
        for (int i = 0; i < thickness.length; i++) {
            thickness[i] = Units.nm(2 * i);
        }
        Design design = Design.grid(Factor.levels("cathode", cathodes.keySet().toArray(new String[0])),
                Factor.levels("electrolyte", electrolytes.keySet().toArray(new String[0])),
                Factor.levels("coating", coatings.keySet().toArray(new String[0])),
                Factor.values("thickness", "m", thickness),
                Factor.values("reaction_asr", "Ω·m²", Units.ohmCm2(100), Units.ohmCm2(1000)),
                Factor.values("decay_length", "m", Units.nm(2), Units.nm(5)));
        StackSolver solver = StackSolver.withDefaults();
        return SweepProblem.of("catalog-coating-screen", design, SweepFunctions.stacks(p -> {
            InterfaceStack.Builder b = InterfaceStack.between(cathodes.get(p.level("cathode")),
                    electrolytes.get(p.level("electrolyte")));
            if (p.number("thickness") > 0) {
                b = b.coating(coatings.get(p.level("coating")), p.number("thickness"));
            }
            return b.temperature(Units.celsius(25)).chargeTransfer(Units.ohmCm2(10), Units.uFPerCm2(10))
                    .term(CoatingTerms.exponentialSuppression(Mechanism.INTERPHASE, p.number("reaction_asr"),
                            p.number("decay_length")))
                    .build();
        }, solver));
    }

    /** @return the factor names, in column order */
    public static List<String> factors() {
        return List.of("cathode", "electrolyte", "coating", "thickness", "reaction_asr", "decay_length");
    }
}
