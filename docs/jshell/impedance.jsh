// Impedance spectra of LLZO | LiCoO2 with and without an Nb buffer, built from physical layers
// (per unit area, SI) and fitted back to an equivalent circuit.
// Numbers: Kato et al., J. Power Sources 260 (2014) 292 via the review (Wang et al. 2018):
// 2600 Ω·cm² without buffer, 150 Ω·cm² with ~10 nm Nb. The split of the buffered 150 Ω·cm² into
// a resistive reaction layer (σ_eff = 8.1e-9 S/cm) and a residual charge transfer (27 Ω·cm²) is
// the M1 model of the research note (buffer-and-impedance.md §1.3), not a measurement.
import org.interphase.core.*;
import org.interphase.impedance.*;

double[] f = Spectrum.logFrequencies(1e6, 1e-2, 81);            // Hz, high to low as measured

// LLZO pellet: 1 mm, 5e-4 S/cm (cubic LLZO, Murugan 2007 via OBELiX), εr = 60 → 200 Ω·cm² at 15 MHz
var llzo = HomogeneousLayer.of(Units.mm(1), Units.sPerCm(5e-4), 60);
System.out.println(llzo);

// bare interface: charge transfer 2600 Ω·cm² with a double layer of 10 µF/cm²
var bareInterface = new ChargeTransfer(Units.ohmCm2(2600), Units.uFPerCm2(10));
Spectrum bare = Impedance.series(llzo, bareInterface).spectrum(f);
System.out.println("bare:     " + bare);

// buffered: a 10 nm Li-Nb-O reaction layer (εr ≈ 40, amorphous LiNbO3-like) + the residual charge transfer
var nbLayer = HomogeneousLayer.of(Units.nm(10), Units.sPerCm(8.125e-9), 40);
var residualCt = new ChargeTransfer(Units.ohmCm2(26.9), Units.uFPerCm2(10));
System.out.println(nbLayer);
System.out.println(residualCt);
Spectrum buffered = Impedance.series(llzo, nbLayer, residualCt).spectrum(f);
System.out.println("buffered: " + buffered);

// fit the bare spectrum back: the LLZO arc (15 MHz) is above the range, so R0 is its intercept
CircuitFitter fitter = CircuitFitter.withDefaults();
CircuitFitSolution bareFit = fitter.solve(CircuitFitProblem.of(Circuit.parse("R0-p(R1,C1)"), bare,
        Units.ohmCm2(100), Units.ohmCm2(1000), 0.1));
System.out.println(bareFit);
System.out.printf("bare interface from the fit: %.0f Ω·cm² (built with 2600)%n", Units.toOhmCm2(bareFit.parameter("R1")));

// the buffered interface: the reaction-layer arc (365 Hz) and the charge-transfer arc (590 Hz) merge
CircuitFitSolution bufFit = fitter.solve(CircuitFitProblem.of(Circuit.parse("R0-p(R1,CPE1)"), buffered,
        Units.ohmCm2(100), Units.ohmCm2(100), 0.1, 0.9));
System.out.println(bufFit);
System.out.printf("buffered interface from the fit: %.0f Ω·cm² (built with %.0f = %.0f layer + %.0f charge transfer)%n",
        Units.toOhmCm2(bufFit.parameter("R1")), Units.toOhmCm2(nbLayer.resistance() + residualCt.resistance()),
        Units.toOhmCm2(nbLayer.resistance()), Units.toOhmCm2(residualCt.resistance()));

// two R‖C arcs with a τ ratio of 1.6: the exact spectrum's DRT separates them, but with the noise
// of a measurement (1 % of |Z|) the DRT shows one interface peak
// (the tail of the LLZO bulk arc, at 15 MHz, sits at the short-τ end of the grid)
DrtSolution drt = DrtSolver.withDefaults().solve(buffered);
System.out.println(drt);
// noise-free data: GCV's λ ends on the numerical floor, and the result says so
drt.warnings().forEach(System.out::println);
System.out.printf("DRT resistance between 10 µs and 0.1 s: %.0f Ω·cm²%n", Units.toOhmCm2(drt.resistanceBetween(1e-5, 0.1)));
LinKKSolution kk = LinKKSolver.withDefaults().solve(buffered);
System.out.println(kk);
kk.warnings().forEach(System.out::println);
