// Interphase quickstart: SI values in, SI values out; Units converts what people type.
import org.interphase.core.*;

double t = Units.celsius(25);                        // 298.15 K
double kTe = Constants.thermalVoltage(t);            // V
System.out.printf("kT/e at 25 °C = %.2f mV%n", 1e3 * kTe);

// LLZO-like conductor: 0.4 mS/cm at 25 °C, Ea = 0.35 eV
Arrhenius sigma = Arrhenius.fromReference(Units.mScm(0.4), t, Units.eV(0.35));
System.out.printf("σ(80 °C) = %.3g mS/cm%n", Units.toMScm(sigma.valueAt(Units.celsius(80))));

// A 10 nm layer of that conductor adds d/σ of area-specific resistance
double asr = Units.nm(10) / sigma.valueAt(t);
System.out.printf("10 nm adds %.3g Ω·cm²%n", Units.toOhmCm2(asr));

// A graded mesh with 0.1 nm cells at the interface, and a profile on it
Mesh1D mesh = Mesh1D.graded(0, Units.nm(20), Units.nm(0.1), 1.15, Grading.START);
Profile phi = Profile.sample(mesh, x -> 0.3 * Math.exp(-x / Units.nm(2)), "φ", "V");
System.out.println(mesh);
System.out.println(phi);
