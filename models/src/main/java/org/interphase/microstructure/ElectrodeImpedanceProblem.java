package org.interphase.microstructure;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.impedance.Circuit;
import org.interphase.impedance.Impedance;
import org.interphase.impedance.Spectrum;
import org.interphase.stack.InterfaceStack;

/**
 * The impedance problem of a composite electrode as a transmission line: an electrode of thickness
 * L between the current collector and the separator, an ionic rail of effective conductivity σ_ion
 * and an electronic rail of σ_el (both S/m, from a 3D conduction solve or measured), joined at every
 * depth by the CAM|SE interface, a m² of it per m³ of electrode, each m² of which has the impedance
 * Z_int(ω) (Ω·m²). Solved by {@link ElectrodeImpedanceSolver} into an
 * {@link ElectrodeImpedanceSolution}; the equations are given there.
 *
 * <p>Immutable; the {@code with…} methods return modified copies. Defaults, all visible in
 * {@link #toString()}: an ideal electronic rail (σ_el not set: r_el = 0), no bulk electrolyte data
 * (then no tortuosity factor), and frequencies from 1 MHz to 10 mHz, 10 per decade.
 */
public final class ElectrodeImpedanceProblem {

    private static final double[] DEFAULT_FREQUENCIES = Spectrum.logFrequencies(1e6, 1e-2, 81);

    private final double thickness;
    private final double ionicConductivity;
    private final OptionalDouble electronicConductivity;
    private final double interfaceAreaDensity;
    private final Impedance interfaceImpedance;
    private final OptionalDouble blockingCapacitance;
    private final OptionalDouble electrolyteConductivity;
    private final OptionalDouble electrolyteFraction;
    private final double[] frequencies;

    private ElectrodeImpedanceProblem(double thickness, double ionicConductivity, OptionalDouble electronicConductivity,
            double interfaceAreaDensity, Impedance interfaceImpedance, OptionalDouble blockingCapacitance,
            OptionalDouble electrolyteConductivity, OptionalDouble electrolyteFraction, double[] frequencies) {
        this.thickness = thickness;
        this.ionicConductivity = ionicConductivity;
        this.electronicConductivity = electronicConductivity;
        this.interfaceAreaDensity = interfaceAreaDensity;
        this.interfaceImpedance = interfaceImpedance;
        this.blockingCapacitance = blockingCapacitance;
        this.electrolyteConductivity = electrolyteConductivity;
        this.electrolyteFraction = electrolyteFraction;
        this.frequencies = frequencies;
        String inputs = inputs();
        // the derived resistances and the interface area per electrode area are finite and > 0, or refused here
        positiveResult(thickness / ionicConductivity, "ionic resistance L/σ_ion (Ω·m²)", inputs);
        if (electronicConductivity.isPresent()) {
            positiveResult(thickness / electronicConductivity.getAsDouble(), "electronic resistance L/σ_el (Ω·m²)",
                    inputs);
        }
        positiveResult(interfaceAreaDensity * thickness, "interface area per electrode area a·L", inputs);
    }

    private static void positiveResult(double value, String what, String inputs) {
        Checks.finiteResult(value, what, inputs, "the inputs are too extreme together");
        if (!(value > 0)) {
            throw new IllegalArgumentException(what + " underflows to " + value + " for " + inputs
                    + "; the inputs are too extreme together");
        }
    }

    private String inputs() {
        return "thickness = " + thickness + " m, ionicConductivity = " + ionicConductivity + " S/m"
                + (electronicConductivity.isPresent() ? ", electronicConductivity = "
                        + electronicConductivity.getAsDouble() + " S/m" : "")
                + ", interfaceAreaDensity = " + interfaceAreaDensity + " 1/m";
    }

    /**
     * An electrode whose interface impedance is any per-area impedance (a circuit bound with
     * {@link Circuit#withPerArea}, a {@link org.interphase.impedance.ChargeTransfer}, a series of
     * layers).
     *
     * @param thickness electrode thickness L, m (&gt; 0)
     * @param ionicConductivity effective ionic conductivity σ_ion of the electrode, S/m (&gt; 0)
     * @param interfaceAreaDensity active interface area per electrode volume a, 1/m (&gt; 0)
     * @param interfaceImpedance Z_int(ω) of one m² of interface, per area (Ω·m²; not null)
     * @return the problem
     * @throws NullPointerException if {@code interfaceImpedance} is null
     * @throws IllegalArgumentException if a number is out of range, the interface impedance is not
     *     per area, or L/σ_ion or a·L is outside the double range
     */
    public static ElectrodeImpedanceProblem of(double thickness, double ionicConductivity, double interfaceAreaDensity,
            Impedance interfaceImpedance) {
        Checks.positive(thickness, "electrode thickness", "m");
        Checks.positive(ionicConductivity, "ionic conductivity", "S/m");
        Checks.positive(interfaceAreaDensity, "interface area density", "1/m");
        Objects.requireNonNull(interfaceImpedance, "interfaceImpedance (Z_int per area, Ω·m²) must not be null");
        if (!interfaceImpedance.perArea()) {
            throw new IllegalArgumentException("interfaceImpedance must be per unit area (Ω·m²), was absolute (Ω): "
                    + interfaceImpedance + "; bind a circuit with withPerArea(...)");
        }
        return new ElectrodeImpedanceProblem(thickness, ionicConductivity, OptionalDouble.empty(), interfaceAreaDensity,
                interfaceImpedance, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                DEFAULT_FREQUENCIES);
    }

    /**
     * An electrode whose interface is an {@link InterfaceStack} (coating, interphase, space charge,
     * charge transfer, contact): Z_int is the impedance of the stack's resistance budget on the
     * nominal interface area, a series of R‖C arcs ({@code stack.budget().impedance()}).
     *
     * @param thickness electrode thickness L, m (&gt; 0)
     * @param ionicConductivity effective ionic conductivity σ_ion of the electrode, S/m (&gt; 0)
     * @param interfaceAreaDensity active interface area per electrode volume a, 1/m (&gt; 0)
     * @param stack the CAM|SE interface (not null)
     * @return the problem (non-blocking: the stack passes a direct current)
     * @throws NullPointerException if {@code stack} is null
     * @throws IllegalArgumentException if a number is out of range
     * @throws IllegalStateException if the stack's budget cannot be evaluated
     *     ({@link org.interphase.stack.StackSolver#solve})
     */
    public static ElectrodeImpedanceProblem of(double thickness, double ionicConductivity, double interfaceAreaDensity,
            InterfaceStack stack) {
        Checks.positive(thickness, "electrode thickness", "m");
        Checks.positive(ionicConductivity, "ionic conductivity", "S/m");
        Checks.positive(interfaceAreaDensity, "interface area density", "1/m");
        Objects.requireNonNull(stack, "stack (the CAM|SE interface) must not be null");
        return of(thickness, ionicConductivity, interfaceAreaDensity, stack.budget().impedance());
    }

    /**
     * A blocking electrode: no charge transfer, the interface is a capacitor, Z_int = 1/(jωC)
     * (an electrode soaked in a non-intercalating electrolyte, or far from equilibrium potential:
     * the measurement of Landesfeind et al., J. Electrochem. Soc. 163, A1373 (2016)).
     *
     * @param thickness electrode thickness L, m (&gt; 0)
     * @param ionicConductivity effective ionic conductivity σ_ion of the electrode, S/m (&gt; 0)
     * @param interfaceAreaDensity active interface area per electrode volume a, 1/m (&gt; 0)
     * @param capacitance interface (double-layer) capacitance C, F/m² (&gt; 0; 0.01–0.2 F/m² is typical)
     * @return the problem
     * @throws IllegalArgumentException if a number is out of range
     */
    public static ElectrodeImpedanceProblem blocking(double thickness, double ionicConductivity,
            double interfaceAreaDensity, double capacitance) {
        Checks.positive(thickness, "electrode thickness", "m");
        Checks.positive(ionicConductivity, "ionic conductivity", "S/m");
        Checks.positive(interfaceAreaDensity, "interface area density", "1/m");
        Checks.positive(capacitance, "interface capacitance", "F/m²");
        Impedance c = Circuit.parse("C0").withPerArea(capacitance);
        return new ElectrodeImpedanceProblem(thickness, ionicConductivity, OptionalDouble.empty(), interfaceAreaDensity,
                c, OptionalDouble.of(capacitance), OptionalDouble.empty(), OptionalDouble.empty(), DEFAULT_FREQUENCIES);
    }

    /**
     * @param conductivity effective electronic conductivity σ_el of the electrode, S/m (&gt; 0)
     * @return this problem with a resistive electronic rail
     * @throws IllegalArgumentException if the conductivity is out of range or L/σ_el is outside the
     *     double range
     */
    public ElectrodeImpedanceProblem withElectronicConductivity(double conductivity) {
        Checks.positive(conductivity, "electronic conductivity", "S/m");
        return new ElectrodeImpedanceProblem(thickness, ionicConductivity, OptionalDouble.of(conductivity),
                interfaceAreaDensity, interfaceImpedance, blockingCapacitance, electrolyteConductivity,
                electrolyteFraction, frequencies);
    }

    /**
     * The bulk electrolyte, for the tortuosity factor τ = ε·σ_0/σ_ion of the ionic rail.
     *
     * @param bulkConductivity σ_0 of the electrolyte phase, S/m (&gt; 0)
     * @param volumeFraction ε, volume fraction of electrolyte in the electrode, in (0, 1]
     * @return this problem with the electrolyte set
     * @throws IllegalArgumentException if a number is out of range
     */
    public ElectrodeImpedanceProblem withElectrolyte(double bulkConductivity, double volumeFraction) {
        Checks.positive(bulkConductivity, "electrolyte bulk conductivity", "S/m");
        Checks.inClosedRange(volumeFraction, Double.MIN_VALUE, 1.0, "electrolyte volume fraction", "");
        return new ElectrodeImpedanceProblem(thickness, ionicConductivity, electronicConductivity, interfaceAreaDensity,
                interfaceImpedance, blockingCapacitance, OptionalDouble.of(bulkConductivity),
                OptionalDouble.of(volumeFraction), frequencies);
    }

    /**
     * @param frequencies frequencies of the spectrum, Hz, each finite and &gt; 0 (at least one; any
     *     order, kept)
     * @return this problem at these frequencies
     * @throws IllegalArgumentException if a frequency is out of range or the array is empty
     */
    public ElectrodeImpedanceProblem withFrequencies(double[] frequencies) {
        Checks.allPositive(frequencies, "frequencies", "Hz");
        return new ElectrodeImpedanceProblem(thickness, ionicConductivity, electronicConductivity, interfaceAreaDensity,
                interfaceImpedance, blockingCapacitance, electrolyteConductivity, electrolyteFraction,
                frequencies.clone());
    }

    /** @return L, m */
    public double thickness() {
        return thickness;
    }

    /** @return σ_ion, S/m */
    public double ionicConductivity() {
        return ionicConductivity;
    }

    /** @return σ_el, S/m; empty for an ideal electronic rail */
    public OptionalDouble electronicConductivity() {
        return electronicConductivity;
    }

    /** @return a, active interface area per electrode volume, 1/m */
    public double interfaceAreaDensity() {
        return interfaceAreaDensity;
    }

    /** @return Z_int, per area (Ω·m²) */
    public Impedance interfaceImpedance() {
        return interfaceImpedance;
    }

    /** @return the interface capacitance C, F/m², if the problem was built as {@link #blocking} */
    public OptionalDouble blockingCapacitance() {
        return blockingCapacitance;
    }

    /** @return true if the interface is a pure capacitor (built by {@link #blocking}) */
    public boolean isBlocking() {
        return blockingCapacitance.isPresent();
    }

    /** @return σ_0 of the bulk electrolyte, S/m, if set */
    public OptionalDouble electrolyteConductivity() {
        return electrolyteConductivity;
    }

    /** @return ε, the electrolyte's volume fraction, if set */
    public OptionalDouble electrolyteFraction() {
        return electrolyteFraction;
    }

    /** @return a copy of the frequencies, Hz */
    public double[] frequencies() {
        return frequencies.clone();
    }

    /** @return R_ion = L/σ_ion, the ionic resistance of the electrode across its thickness, Ω·m² */
    public double ionicResistance() {
        return thickness / ionicConductivity;
    }

    /** @return R_el = L/σ_el, Ω·m² (0 for an ideal electronic rail) */
    public double electronicResistance() {
        return electronicConductivity.isPresent() ? thickness / electronicConductivity.getAsDouble() : 0.0;
    }

    /** @return a·L, m² of interface per m² of electrode */
    public double interfaceAreaRatio() {
        return interfaceAreaDensity * thickness;
    }

    /**
     * @return τ = ε·σ_0/σ_ion, the tortuosity factor of the ionic rail, if the electrolyte is set
     *     (Nguyen et al., npj Comput. Mater. 6, 123 (2020))
     */
    public OptionalDouble tortuosityFactor() {
        if (electrolyteConductivity.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(electrolyteFraction.getAsDouble() * (electrolyteConductivity.getAsDouble()
                / ionicConductivity));
    }

    @Override
    public String toString() {
        return "ElectrodeImpedanceProblem[L = " + Display.quantity(thickness, "m") + ", σ_ion = "
                + Display.quantity(ionicConductivity, "S/m") + ", σ_el = "
                + (electronicConductivity.isPresent() ? Display.quantity(electronicConductivity.getAsDouble(), "S/m")
                        : "ideal (not set)")
                + ", a = " + Display.quantity(interfaceAreaDensity, "1/m") + ", Z_int = "
                + (isBlocking() ? "blocking, C = " + Display.quantity(blockingCapacitance.getAsDouble() * 1e-4, "F/cm²")
                        : interfaceImpedance.toString())
                + ", electrolyte = " + (electrolyteConductivity.isPresent()
                        ? Display.quantity(electrolyteConductivity.getAsDouble(), "S/m") + " at ε = "
                                + Display.number(electrolyteFraction.getAsDouble())
                        : "not set")
                + ", " + frequencies.length + " frequencies " + Display.quantity(frequencies[0], "Hz") + " … "
                + Display.quantity(frequencies[frequencies.length - 1], "Hz") + "]";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ElectrodeImpedanceProblem)) {
            return false;
        }
        ElectrodeImpedanceProblem p = (ElectrodeImpedanceProblem) o;
        return Double.compare(thickness, p.thickness) == 0 && Double.compare(ionicConductivity, p.ionicConductivity) == 0
                && electronicConductivity.equals(p.electronicConductivity)
                && Double.compare(interfaceAreaDensity, p.interfaceAreaDensity) == 0
                // a blocking interface is its capacitance (the bound circuit has identity equality)
                && (isBlocking() ? blockingCapacitance.equals(p.blockingCapacitance)
                        : interfaceImpedance.equals(p.interfaceImpedance) && !p.isBlocking())
                && electrolyteConductivity.equals(p.electrolyteConductivity)
                && electrolyteFraction.equals(p.electrolyteFraction) && Arrays.equals(frequencies, p.frequencies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(thickness, ionicConductivity, electronicConductivity, interfaceAreaDensity,
                isBlocking() ? blockingCapacitance : interfaceImpedance, electrolyteConductivity, electrolyteFraction,
                Arrays.hashCode(frequencies));
    }
}
