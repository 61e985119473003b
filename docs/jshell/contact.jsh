// Contact mechanics of solid/solid interfaces: how much touches, what it costs, how it is lost.
import org.interphase.core.*;
import org.interphase.materials.*;
import org.interphase.contact.*;

// Li | LLZO from the catalog (LLZO has no Poisson ratio there: 0.26 assumed); roughness assumed
var liLlzo = StackPressureContact.forPair(Materials.LI_METAL, Materials.LLZO, 0.26, 0.1, Units.nm(100), Units.ohmCm2(1));
System.out.println(liLlzo);
for (var row : liLlzo.sweep(Units.MPa(1), Units.MPa(5), Units.MPa(10), Units.MPa(41))) System.out.println("  " + row);

// NMC811 | Li3PS4 (glass, E = 21.5 GPa from the catalog); NMC811's modulus is not in the catalog: 170 GPa, ν = 0.27 assumed
double eStar = ContactModulus.combined(Units.GPa(170), 0.27, Materials.LI3PS4_GLASS.require(Property.YOUNGS_MODULUS), 0.3);
var nmcLps = StackPressureContact.of(eStar, 0.1, Units.nm(20), Materials.LPS70.require(Property.HARDNESS),
        Materials.LI3PS4.require(Property.IONIC_CONDUCTIVITY), Units.ohmCm2(10));  // σ of β-Li3PS4; hardness of 70Li2S–30P2S5
System.out.println(nmcLps);
for (var row : nmcLps.sweep(Units.MPa(5), Units.MPa(50), Units.MPa(375))) System.out.println("  " + row);

// NMC811 shrinks on charge (−5.1 %, Kondrakov et al. 2017): the misfit sphere and the contact it loses
var particle = new MisfitSphere(Units.GPa(170), 0.27, Materials.LI3PS4_GLASS.require(Property.YOUNGS_MODULUS), 0.3, Units.um(5));
double dv = Materials.NMC811.require(Property.VOLUME_CHANGE);
System.out.printf("bonded stress %.0f MPa, gap at 10 MPa confinement %.0f nm%n",
        Units.toMPa(particle.bondedStress(dv)), Units.toNm(particle.gap(dv, Units.MPa(10))));
var breathing = new CathodeBreathing(particle, dv, Units.MPa(10), eStar, 0.1, Units.nm(20), 0.45, 0.002);
System.out.println(breathing.overCharge(0, 6));
System.out.println("discharged contact after 0, 10, 50 cycles: " + breathing.contactFraction(0, 0) + ", "
        + breathing.contactFraction(0, 10) + ", " + breathing.contactFraction(0, 50));

// The boundary-element solver on a small generated surface, and the constriction of its contact map
Surface s = SelfAffineGenerator.builder().points(64).size(Units.um(5)).hurst(0.8).rmsSlope(0.1).build().generate(1);
ContactSolution sol = ContactSolver.withDefaults().solve(ContactProblem.periodic(s, liLlzo.contactModulus()).withMeanPressure(Units.MPa(10)));
System.out.println(sol);
System.out.println(sol.method() + ", " + sol.iterations() + " iterations, residual " + sol.residual()
        + ", warnings: " + sol.warnings());
System.out.printf("constriction of this map into LLZO: %.3g Ω·cm²%n",
        Units.toOhmCm2(1 / Constriction.conductance(sol, liLlzo.conductivity())));
System.out.println("Monroe–Newman, LLZO: " + MonroeNewman.assess(Materials.LLZO.require(Property.SHEAR_MODULUS)));
