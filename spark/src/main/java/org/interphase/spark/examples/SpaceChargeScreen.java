package org.interphase.spark.examples;

import java.util.function.Supplier;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.interphase.spacecharge.LayeredSolver;
import org.interphase.spacecharge.MaterialPhases;
import org.interphase.spacecharge.Phase;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.SpaceChargeTerms;
import org.interphase.stack.StackSolver;
import org.interphase.sweep.Design;
import org.interphase.sweep.Factor;
import org.interphase.sweep.SweepFunctions;
import org.interphase.sweep.SweepProblem;

/**
 * A screen with a Poisson–Boltzmann solve per stack: LiCoO2 | LiNbO3 | β-Li3PS4 (the stack of the
 * benchmarks' {@code StackBenchmark}), LiNbO3 0.2–20 nm (100 values) × Li chemical-potential offset
 * 0.3–0.75 eV (10) × LiNbO3 bulk vacancy occupancy 10⁻⁴–10⁻² (10) = 10⁴ stacks, each with a layered
 * space-charge solve.
 */
public final class SpaceChargeScreen implements Supplier<SweepProblem> {

    /** Creates the definition (built by name in every executor). */
    public SpaceChargeScreen() {
    }

    @Override
    public SweepProblem get() {
        double[] thickness = new double[100];
        for (int i = 0; i < thickness.length; i++) {
            thickness[i] = Units.nm(0.2 * (i + 1));
        }
        double[] offset = new double[10];
        double[] occupancy = new double[10];
        for (int i = 0; i < 10; i++) {
            offset[i] = 0.3 + 0.05 * i;
            occupancy[i] = 1e-4 * Math.pow(10, 2.0 * i / 9);
        }
        Design design = Design.grid(Factor.values("thickness", "m", thickness), Factor.values("offset", "eV", offset),
                Factor.values("occupancy", "1", occupancy));
        Phase lco = MaterialPhases.builder(Materials.LICOO2).conductivity(Units.sPerCm(1e-5)).electronConductor(true).build();
        Phase lps = MaterialPhases.builder(Materials.LI3PS4).relativePermittivity(9.1).build();
        LayeredSolver layered = LayeredSolver.withDefaults();
        StackSolver solver = StackSolver.withDefaults();
        return SweepProblem.of("space-charge-screen", design, SweepFunctions.stacks(p -> {
            Phase lnb = MaterialPhases.builder(Materials.LINBO3).relativePermittivity(30)
                    .bulkOccupancy(p.number("occupancy")).build();
            return InterfaceStack.between(Materials.LICOO2, Materials.LI3PS4).coating(Materials.LINBO3, p.number("thickness"))
                    .spaceCharge("Poisson–Boltzmann", SpaceChargeTerms.layered(lco, lps, Units.eV(p.number("offset")), lnb,
                            0, layered))
                    .chargeTransfer(Units.ohmCm2(5), Units.uFPerCm2(10)).build();
        }, solver));
    }
}
