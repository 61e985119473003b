// The lithium-metal anode: the critical stripping current versus stack pressure, a current-limit map for
// plating, and how much a contact spot's rim focuses the current (and how an interlayer evens it out).
import java.util.*;
import org.interphase.core.*;
import org.interphase.materials.*;
import org.interphase.anode.*;

// Stripping: creep of Li under stack pressure and vacancy diffusion refill the interface; above j_c the voids
// grow past the tolerated fraction (φ_c = 0.1 by default). The supply is on the lithium side: the electrolyte
// (here LLZO) only sets the resistance that follows. At 25 and 60 °C.
LithiumSupply li = LithiumSupply.lithium();
StrippingSolver stripping = StrippingSolver.withDefaults();
double t25 = Units.celsius(25);
for (double mpa : new double[] {0, 0.5, 1, 2, 3, 5}) {
    double cold = stripping.criticalCurrentDensity(StrippingProblem.of(li, Materials.LLZO, Units.MPa(mpa), t25, Units.mAPerCm2(0.1)));
    double hot = stripping.criticalCurrentDensity(StrippingProblem.of(li, Materials.LLZO, Units.MPa(mpa), Units.celsius(60), Units.mAPerCm2(0.1)));
    System.out.printf(Locale.ROOT, "p = %3.1f MPa: j_c = %8.3g mA/cm² at 25 °C, %8.3g mA/cm² at 60 °C%n", mpa,
            Units.toMAPerCm2(cold), Units.toMAPerCm2(hot));
}
// one strip of 1 mAh/cm² at 0.2 mA/cm², 25 °C: at 1 MPa (above j_c) and at 3 MPa (below it)
for (double mpa : new double[] {1, 3}) {
    StrippingSolution strip = stripping.solve(StrippingProblem.of(li, Materials.LLZO, Units.MPa(mpa), t25, Units.mAPerCm2(0.2)).withStrippedCharge(StrippingProblem.ONE_MAH_PER_CM2));
    System.out.println(strip);
    System.out.printf(Locale.ROOT, "  %.0f MPa: void fraction after the strip %.4f, worst interface ASR %.3g Ω·cm², warnings %s%n", mpa,
            strip.voidFractionAfterFirstStrip(), Units.toOhmCm2(strip.worstInterfaceAsr()), strip.warnings());
}

// Plating: a small current-limit map (current density × flaw size) for LLZO with a grain-boundary ASR of
// 50 Ω·cm² and the current focused 100× at the flaw (both assumed); '.' = every criterion allows it,
// '#' = some criterion forbids it
PlatingSolution plating = PlatingSolver.withDefaults().withPoints(8, 6).solve(PlatingProblem.of(Materials.LLZO).withGrainBoundaryAsr(Units.ohmCm2(50)).withFocusingFactor(100));
CurrentLimitMap map = plating.map();
System.out.println(plating);
System.out.println("criteria on the map: " + map.criteria());
for (int row = map.currentDensities().length - 1; row >= 0; row--) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%8.3g mA/cm² ", Units.toMAPerCm2(map.currentDensities()[row])));
    for (int col = 0; col < map.flawSizes().length; col++) line.append(map.safe(row, col) ? " ." : " #");
    System.out.println(line);
}
StringBuilder flaws = new StringBuilder("flaw size µm  ");
for (double c : map.flawSizes()) flaws.append(String.format(Locale.ROOT, " %.2g", Units.toUm(c)));
System.out.println(flaws);
for (double c : new double[] {Units.um(0.1), Units.um(10)}) {
    System.out.printf(Locale.ROOT, "flaw %.1f µm: limit %.3g mA/cm² (%s)%n", Units.toUm(c), Units.toMAPerCm2(plating.currentLimit(c).orElseThrow()),
            plating.limitingCriterion(c).map(Object::toString).orElse("none"));
}

// Over temperature at a 10 µm flaw: R_gb follows LLZO's conductivity law from the catalog, the stripping limit
// at 1 MPa Li creep and vacancy diffusion (R_ct has no sourced law, so the crack line is not on this map)
PlatingSolution warm = PlatingSolver.withDefaults().withPoints(8, 6).withTemperaturePoints(6).solve(PlatingProblem.of(Materials.LLZO).withGrainBoundaryAsr(Units.ohmCm2(50)).withStripping(StrippingProblem.of(li, Materials.LLZO, Units.MPa(1), t25, 1)));
System.out.println(warm.temperatureMap());
for (double t : warm.temperatureMap().temperatures()) {
    System.out.printf(Locale.ROOT, "%5.1f °C: limit %.3g mA/cm² (%s)%n", t - 273.15, Units.toMAPerCm2(warm.currentLimit(Units.um(10), t).orElseThrow()),
            warm.limitingCriterion(Units.um(10), t).map(Object::toString).orElse("none"));
}

// Current focusing at the rim of a 5 µm contact spot in a 25 µm cell (contact fraction 4 %) on 30 µm of LLZO,
// R_ct = 1 Ω·cm²; then with a 100 nm interlayer 1000× more conductive than the electrolyte
double sigma = Materials.LLZO.ionicConductivity(t25);
CurrentFocusingProblem spot = CurrentFocusingProblem.of(CurrentFocusingGeometry.SPOT, sigma, Units.um(5), Units.um(25), Units.um(30)).withChargeTransferResistance(Units.ohmCm2(1));
CurrentFocusingSolver focusing = CurrentFocusingSolver.withDefaults();
CurrentFocusingSolution bare = focusing.solve(spot);
CurrentFocusingSolution covered = focusing.solve(spot.withInterlayer(Units.nm(100), 1000 * sigma, 0));
System.out.println("bare:             " + bare);
System.out.println("with interlayer:  " + covered);
System.out.printf(Locale.ROOT, "peak/mean contact current: %.2f bare, %.2f with the interlayer; Wagner number %.3g%n",
        bare.contactAmplification(), covered.contactAmplification(), spot.wagnerNumber().orElseThrow());

// The flow-stress cap around the voids follows the creep law in temperature (0.77 MPa at 25 °C, Masias et al.
// 2019; LePage et al. 2019: the rate and temperature dependence of Li's flow stress is power-law creep)
System.out.printf(Locale.ROOT, "flow stress of Li: %.3g MPa at 25 °C, %.3g MPa at 60 °C%n", li.flowStressAt(t25) / 1e6,
        li.flowStressAt(Units.celsius(60)) / 1e6);

// A Li alloy anode stripped at constant current (illustrative values, not a catalog alloy: 100 µm, D̃ = 1e-14 m²/s,
// Li from 6e4 down to 1e4 mol/m³): the interface depletes by diffusion, after Sand's time while the layer is thick
AlloyAnode alloy = new AlloyAnode("illustrative alloy", Units.um(100), Arrhenius.of(1e-14, 0), 6e4, 1e4);
for (double mA : new double[] {0.1, 1, 5}) {
    double j = Units.mAPerCm2(mA);
    System.out.printf(Locale.ROOT, "%4.1f mA/cm²: depleted after %.3g s (Sand %.3g s), %.3g mAh/cm² stripped%n", mA,
            alloy.depletionTime(j, t25), alloy.sandTime(j, t25), alloy.strippedCapacity(j, t25) / StrippingProblem.ONE_MAH_PER_CM2);
}
System.out.printf(Locale.ROOT, "largest current for a 1 mAh/cm² strip: %.3g mA/cm²%n",
        Units.toMAPerCm2(alloy.criticalCurrentDensity(StrippingProblem.ONE_MAH_PER_CM2, t25)));
// the Li0.9Mg0.1 anode of Krauskopf et al. 2019 from the catalog (D̃ = 3e-11 cm²/s at 25 °C, Ea = 0.57 eV), 25 µm
AlloyAnode liMg = AlloyAnode.liMg(Units.um(25));
System.out.printf(Locale.ROOT, "Li–Mg 25 µm: %.0f %% of its β-phase Li at 0.1 mA/cm² (paper: 41 %%)%n",
        100 * liMg.strippedCapacity(Units.mAPerCm2(0.1), t25) / liMg.inventory());
