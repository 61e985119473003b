package org.interphase.spark.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.interphase.core.Units;
import org.interphase.materials.Material;
import org.interphase.materials.Materials;
import org.interphase.materials.Role;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.StackSolver;
import org.interphase.sweep.Design;
import org.interphase.sweep.Factor;
import org.interphase.sweep.SweepFunctions;
import org.interphase.sweep.SweepProblem;

/**
 * The catalog's coating screen: every cathode × solid electrolyte × coating of the catalog, coatings 0 to
 * 30 nm in 1 nm steps, at 25 °C with a 10 Ω·cm², 10 µF/cm² charge transfer — 8 × 24 × 17 × 31 = 101,184
 * stacks. A combination the catalog cannot evaluate (a missing conductivity) is an error row saying which
 * value is missing.
 */
public final class CoatingScreen implements Supplier<SweepProblem> {

    /** Creates the definition (built by name in every executor). */
    public CoatingScreen() {
    }

    private static Map<String, Material> byName(Role role) {
        Map<String, Material> m = new LinkedHashMap<>();
        for (Material x : Materials.withRole(role)) {
            m.put(x.name(), x);
        }
        return m;
    }

    @Override
    public SweepProblem get() {
        Map<String, Material> cathodes = byName(Role.CATHODE);
        Map<String, Material> electrolytes = byName(Role.SOLID_ELECTROLYTE);
        Map<String, Material> coatings = byName(Role.COATING);
        double[] thickness = new double[31];
        for (int i = 0; i < thickness.length; i++) {
            thickness[i] = Units.nm(i);
        }
        Design design = Design.grid(Factor.levels("cathode", cathodes.keySet().toArray(new String[0])),
                Factor.levels("electrolyte", electrolytes.keySet().toArray(new String[0])),
                Factor.levels("coating", coatings.keySet().toArray(new String[0])),
                Factor.values("thickness", "m", thickness));
        StackSolver solver = StackSolver.withDefaults();
        return SweepProblem.of("catalog-coating-screen", design, SweepFunctions.stacks(p -> {
            InterfaceStack.Builder b = InterfaceStack.between(cathodes.get(p.level("cathode")),
                    electrolytes.get(p.level("electrolyte")));
            if (p.number("thickness") > 0) {
                b = b.coating(coatings.get(p.level("coating")), p.number("thickness"));
            }
            return b.temperature(Units.celsius(25)).chargeTransfer(Units.ohmCm2(10), Units.uFPerCm2(10)).build();
        }, solver));
    }

    /** @return the factor names, in column order */
    public static List<String> factors() {
        return List.of("cathode", "electrolyte", "coating", "thickness");
    }
}
