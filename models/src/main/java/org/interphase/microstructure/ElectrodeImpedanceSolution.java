package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import java.util.OptionalDouble;
import org.interphase.core.Display;
import org.interphase.impedance.Spectrum;

/**
 * The impedance of a composite electrode (from {@link ElectrodeImpedanceSolver}): the spectrum per
 * electrode area, the resistances of its rails, and — for a blocking electrode — the ionic resistance
 * and tortuosity factor read back from the spectrum's low-frequency end, as an experimenter would
 * (R_ion = 3·Re Z(ω_min) − R_el, τ = ε·σ_0·R_ion/L; Landesfeind et al., J. Electrochem. Soc. 163,
 * A1373 (2016); Nguyen et al., npj Comput. Mater. 6, 123 (2020)). Immutable.
 */
public final class ElectrodeImpedanceSolution {

    /** The read-back's relative error is about (6/945)·|ν²|² at the lowest frequency; warn above 1e-3. */
    private static final double READ_BACK_WARNING = 1e-3;

    private final ElectrodeImpedanceProblem problem;
    private final Spectrum spectrum;
    private final String method;
    private final ImmutableList<String> warnings;

    ElectrodeImpedanceSolution(ElectrodeImpedanceProblem problem, Spectrum spectrum, String method) {
        this.problem = problem;
        this.spectrum = spectrum;
        this.method = method;
        this.warnings = collectWarnings();
    }

    private ImmutableList<String> collectWarnings() {
        ImmutableList.Builder<String> w = ImmutableList.builder();
        int lowest = lowestFrequencyIndex();
        if (problem.isBlocking()) {
            // |ν²| = (R_ion + R_el)·ω·C·aL for a capacitor
            double nu2 = (problem.ionicResistance() + problem.electronicResistance()) * 2 * Math.PI
                    * spectrum.frequency(lowest) * problem.blockingCapacitance().getAsDouble() * problem.interfaceAreaRatio();
            double error = 6.0 / 945 * nu2 * nu2;
            if (error > READ_BACK_WARNING) {
                w.add("the lowest frequency " + Display.quantity(spectrum.frequency(lowest), "Hz")
                        + " is not in the capacitive limit (|L/λ|² = " + Display.number(nu2)
                        + "): R_ion read back from 3·Re Z is low by about " + Display.number(100 * Math.min(1, error))
                        + " %; extend the sweep below " + Display.quantity(spectrum.frequency(lowest) * 0.1 / nu2, "Hz"));
            }
        }
        for (int i = 0; i < spectrum.size(); i++) {
            if (spectrum.re(i) < 0) {
                w.add("Re Z < 0 at f = " + Display.quantity(spectrum.frequency(i), "Hz")
                        + ": the interface impedance is not passive (a negative resistance)");
                break;
            }
        }
        if (problem.electronicResistance() > 0.1 * problem.ionicResistance()) {
            w.add("the electronic rail is not negligible (R_el = " + Display.number(problem.electronicResistance()
                    / problem.ionicResistance()) + "·R_ion): the spectrum mixes both rails, and a read-back of R_ion"
                    + " from it needs R_el");
        }
        return w.build();
    }

    private int lowestFrequencyIndex() {
        int k = 0;
        for (int i = 1; i < spectrum.size(); i++) {
            if (spectrum.frequency(i) < spectrum.frequency(k)) {
                k = i;
            }
        }
        return k;
    }

    /** @return the problem that was solved */
    public ElectrodeImpedanceProblem problem() {
        return problem;
    }

    /** @return Z(f) per electrode area (Ω·m²; {@link Spectrum#forArea} gives a cell's Ω) */
    public Spectrum spectrum() {
        return spectrum;
    }

    /** @return the method used */
    public String method() {
        return method;
    }

    /** @return R_ion = L/σ_ion, Ω·m² (the input's, not read back) */
    public double ionicResistance() {
        return problem.ionicResistance();
    }

    /** @return R_el = L/σ_el, Ω·m² (0 for an ideal electronic rail) */
    public double electronicResistance() {
        return problem.electronicResistance();
    }

    /** @return the high-frequency limit of Z, R_ion·R_el/(R_ion + R_el), Ω·m² (0 for an ideal electronic rail) */
    public double highFrequencyResistance() {
        double r1 = problem.ionicResistance();
        double r2 = problem.electronicResistance();
        return r1 * (r2 / (r1 + r2));
    }

    /**
     * @return the low-frequency limit of Re Z for a blocking electrode, (R_ion + R_el)/3, Ω·m²; empty
     *     if the interface passes a direct current
     */
    public OptionalDouble lowFrequencyResistance() {
        if (!problem.isBlocking()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((problem.ionicResistance() + problem.electronicResistance()) / 3);
    }

    /**
     * @return R_ion read back from the spectrum of a blocking electrode, 3·Re Z(f_min) − R_el, Ω·m²
     *     (see {@link #warnings()} for its accuracy); empty if the interface is not blocking
     */
    public OptionalDouble ionicResistanceFromSpectrum() {
        if (!problem.isBlocking()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(3 * spectrum.re(lowestFrequencyIndex()) - problem.electronicResistance());
    }

    /** @return τ = ε·σ_0/σ_ion of the input, if the electrolyte is set */
    public OptionalDouble tortuosityFactor() {
        return problem.tortuosityFactor();
    }

    /**
     * @return τ = ε·σ_0·R_ion/L with R_ion read back from the spectrum, for a blocking electrode with the
     *     electrolyte set; empty otherwise
     */
    public OptionalDouble tortuosityFactorFromSpectrum() {
        OptionalDouble r = ionicResistanceFromSpectrum();
        if (r.isEmpty() || problem.electrolyteConductivity().isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(problem.electrolyteFraction().getAsDouble()
                * problem.electrolyteConductivity().getAsDouble() * (r.getAsDouble() / problem.thickness()));
    }

    /** @return what the caller should know (empty when all is well) */
    public ImmutableList<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "ElectrodeImpedanceSolution[R_ion = " + Display.quantity(1e4 * ionicResistance(), "Ω·cm²") + ", R_el = "
                + Display.quantity(1e4 * electronicResistance(), "Ω·cm²") + ", " + spectrum
                + (tortuosityFactor().isPresent() ? ", τ = " + Display.number(tortuosityFactor().getAsDouble()) : "")
                + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s"))
                + "]";
    }
}
