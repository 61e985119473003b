package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.interphase.contact.CathodeBreathing;
import org.interphase.contact.MisfitSphere;
import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.materials.Property;

/**
 * Contact loss of a breathing composite cathode in 3D: a voxel microstructure with its active-material
 * (CAM) particles and a solid electrolyte (SE), and the reduced-order {@link CathodeBreathing} law that
 * decides, per particle, which share of its CAM|SE faces keeps contact at a state of charge s after n
 * cycles. Solved by {@link BreathingSolver} into a {@link BreathingSolution}.
 *
 * <p>The breathing law is given as a template: its particle ({@link MisfitSphere}) supplies the elastic
 * constants, and each particle of the list gets its own radius (the gap R·(|ε*| − p0·D) and the
 * irreversible separation χ·n·R·|ε*(1)| both scale with R, so large particles lose contact first). The
 * template's confining pressure is the stack pressure, its maximum volume change ΔV_max/V the CAM's
 * (NMC811: −5.1 %, catalog {@link Property#VOLUME_CHANGE}; {@link #withCatalogVolumeChange()} reads it).
 *
 * <p>Defaults (shown by {@link #toString()}): T = 298.15 K; states of charge {0, 1}; cycles {0, 50};
 * CAM|SE interface Z_int = R_int ‖ C_int with R_int = 1e-3 Ω·m² (10 Ω·cm²) and C_int = 0.1 F/m²
 * (10 µF/cm²); SE ionic conductivity from its catalog material at T; CAM electronic conductivity not set
 * (the catalog has none for NMC; without it the electronic rail is ideal).
 */
public final class BreathingProblem {

    private final Microstructure microstructure;
    private final ImmutableList<Particle> particles;
    private final VoxelPhase activeMaterial;
    private final VoxelPhase electrolyte;
    private final CathodeBreathing breathing;
    private final double temperature;
    private final double[] statesOfCharge;
    private final int[] cycles;
    private final double interfaceResistance;
    private final double interfaceCapacitance;
    private final OptionalDouble ionicConductivity;
    private final OptionalDouble electronicConductivity;

    private BreathingProblem(Microstructure microstructure, ImmutableList<Particle> particles, VoxelPhase activeMaterial,
            VoxelPhase electrolyte, CathodeBreathing breathing, double temperature, double[] statesOfCharge, int[] cycles,
            double interfaceResistance, double interfaceCapacitance, OptionalDouble ionicConductivity,
            OptionalDouble electronicConductivity) {
        this.microstructure = microstructure;
        this.particles = particles;
        this.activeMaterial = activeMaterial;
        this.electrolyte = electrolyte;
        this.breathing = breathing;
        this.temperature = temperature;
        this.statesOfCharge = statesOfCharge;
        this.cycles = cycles;
        this.interfaceResistance = interfaceResistance;
        this.interfaceCapacitance = interfaceCapacitance;
        this.ionicConductivity = ionicConductivity;
        this.electronicConductivity = electronicConductivity;
    }

    /**
     * @param microstructure the composite (not null); the current collector is its {@link Face#Z_LOW}
     *     face, the separator its {@link Face#Z_HIGH} face
     * @param particles the particles of the packing (not null, no null element; particles of other phases
     *     are ignored; CAM voxels inside no particle never lose contact)
     * @param activeMaterial the CAM phase, one of the grid's (not null)
     * @param electrolyte the SE phase, one of the grid's, not the CAM (not null)
     * @param breathing the breathing law whose particle radius is replaced per particle (not null)
     * @return the problem with the defaults of the class comment
     * @throws IllegalArgumentException if a phase is not the grid's, the two are the same, or a particle
     *     is of a phase the grid does not have
     */
    public static BreathingProblem of(Microstructure microstructure, List<Particle> particles, VoxelPhase activeMaterial,
            VoxelPhase electrolyte, CathodeBreathing breathing) {
        Checks.nonNull(microstructure, "microstructure");
        Checks.nonNull(particles, "particles");
        Checks.nonNull(activeMaterial, "activeMaterial");
        Checks.nonNull(electrolyte, "electrolyte");
        Checks.nonNull(breathing, "breathing");
        for (int i = 0; i < particles.size(); i++) {
            Checks.nonNull(particles.get(i), "particles[" + i + "]");
        }
        // the geometry problem checks phases and particles with its own messages
        GeometryProblem.electrode(microstructure, activeMaterial, electrolyte).withParticles(particles);
        return new BreathingProblem(microstructure, ImmutableList.copyOf(particles), activeMaterial, electrolyte,
                breathing, 298.15, new double[] {0, 1}, new int[] {0, 50}, 1e-3, 0.1, OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    /**
     * @param packing a generated packing: its microstructure and particles (not null)
     * @param activeMaterial the CAM phase (not null)
     * @param electrolyte the SE phase (not null)
     * @param breathing the breathing law whose particle radius is replaced per particle (not null)
     * @return the problem with the defaults of the class comment
     * @throws IllegalArgumentException as {@link #of(Microstructure, List, VoxelPhase, VoxelPhase, CathodeBreathing)}
     */
    public static BreathingProblem of(PackingSolution packing, VoxelPhase activeMaterial, VoxelPhase electrolyte,
            CathodeBreathing breathing) {
        Checks.nonNull(packing, "packing");
        return of(packing.microstructure(), packing.particles(), activeMaterial, electrolyte, breathing);
    }

    private BreathingProblem with(CathodeBreathing b, double t, double[] s, int[] n, double r, double c,
            OptionalDouble si, OptionalDouble se) {
        return new BreathingProblem(microstructure, particles, activeMaterial, electrolyte, b, t, s, n, r, c, si, se);
    }

    private static CathodeBreathing copy(CathodeBreathing b, double dv, double p0, double chi) {
        return new CathodeBreathing(b.particle(), dv, p0, b.contactModulus(), b.rmsSlope(), b.rmsHeight(),
                b.separationDecay(), chi);
    }

    /**
     * @param pressure stack (confining) pressure p0, in Pa (&gt; 0)
     * @return a copy with that pressure in the breathing law
     * @throws IllegalArgumentException if the pressure is not positive
     */
    public BreathingProblem withStackPressure(double pressure) {
        Checks.finite(pressure, "stack pressure", "Pa");
        return with(copy(breathing, breathing.maxVolumeChange(), pressure, breathing.irreversibleFraction()),
                temperature, statesOfCharge, cycles, interfaceResistance, interfaceCapacitance, ionicConductivity,
                electronicConductivity);
    }

    /**
     * @param volumeChange ΔV_max/V of the CAM at full charge, in (−0.5, 0.5) (0 = no breathing)
     * @return a copy with that volume change in the breathing law
     * @throws IllegalArgumentException if it is out of range
     */
    public BreathingProblem withVolumeChange(double volumeChange) {
        return with(copy(breathing, volumeChange, breathing.confiningPressure(), breathing.irreversibleFraction()),
                temperature, statesOfCharge, cycles, interfaceResistance, interfaceCapacitance, ionicConductivity,
                electronicConductivity);
    }

    /**
     * @return a copy whose ΔV_max/V is the CAM material's catalog {@link Property#VOLUME_CHANGE}
     * @throws IllegalArgumentException if the CAM phase has no catalog material or the material no volume change
     */
    public BreathingProblem withCatalogVolumeChange() {
        if (activeMaterial.material().isEmpty() || !activeMaterial.material().get().has(Property.VOLUME_CHANGE)) {
            throw new IllegalArgumentException("activeMaterial " + activeMaterial + " has no catalog volume change"
                    + " (Property.VOLUME_CHANGE); give it with withVolumeChange");
        }
        return withVolumeChange(activeMaterial.material().get().require(Property.VOLUME_CHANGE));
    }

    /**
     * @param fraction the irreversible fraction χ per cycle of {@link CathodeBreathing}, in [0, 1]
     * @return a copy with that χ
     * @throws IllegalArgumentException if it is out of range
     */
    public BreathingProblem withIrreversibleFraction(double fraction) {
        return with(copy(breathing, breathing.maxVolumeChange(), breathing.confiningPressure(), fraction),
                temperature, statesOfCharge, cycles, interfaceResistance, interfaceCapacitance, ionicConductivity,
                electronicConductivity);
    }

    /**
     * @param temperature T, in K (finite, &gt; 0): the SE's catalog ionic conductivity is read at it
     * @return a copy at that temperature
     * @throws IllegalArgumentException if it is not finite and positive
     */
    public BreathingProblem withTemperature(double temperature) {
        Checks.finite(temperature, "temperature", "K");
        Checks.positive(temperature, "temperature", "K");
        return with(breathing, temperature, statesOfCharge, cycles, interfaceResistance, interfaceCapacitance,
                ionicConductivity, electronicConductivity);
    }

    /**
     * @param statesOfCharge the states of charge s to report, each in [0, 1] (at least one, at most 1000)
     * @return a copy reporting them (in the order given, for every cycle number)
     * @throws IllegalArgumentException if none is given, too many, or one is out of range
     */
    public BreathingProblem withStatesOfCharge(double... statesOfCharge) {
        Checks.nonNull(statesOfCharge, "statesOfCharge");
        Checks.inClosedRange(statesOfCharge.length, 1, 1000, "number of states of charge");
        for (int i = 0; i < statesOfCharge.length; i++) {
            Checks.inClosedRange(statesOfCharge[i], 0, 1, "statesOfCharge[" + i + "]", "");
        }
        return with(breathing, temperature, statesOfCharge.clone(), cycles, interfaceResistance, interfaceCapacitance,
                ionicConductivity, electronicConductivity);
    }

    /**
     * @param cycles the completed cycle numbers n to report, each in [0, 10⁶] (at least one, at most 1000)
     * @return a copy reporting them (in the order given)
     * @throws IllegalArgumentException if none is given, too many, or one is out of range
     */
    public BreathingProblem withCycles(int... cycles) {
        Checks.nonNull(cycles, "cycles");
        Checks.inClosedRange(cycles.length, 1, 1000, "number of cycle numbers");
        for (int i = 0; i < cycles.length; i++) {
            Checks.inClosedRange(cycles[i], 0, 1_000_000, "cycles[" + i + "]");
        }
        return with(breathing, temperature, statesOfCharge, cycles.clone(), interfaceResistance, interfaceCapacitance,
                ionicConductivity, electronicConductivity);
    }

    /**
     * @param resistance area-specific CAM|SE interface resistance R_int, in Ω·m² (finite, &gt; 0; e.g.
     *     {@code stack.InterfaceStack}'s total for the pair)
     * @param capacitance interface capacitance C_int, in F/m² (finite, &gt; 0)
     * @return a copy whose interface impedance per area is R_int ‖ C_int
     * @throws IllegalArgumentException if a value is out of range
     */
    public BreathingProblem withInterface(double resistance, double capacitance) {
        Checks.finite(resistance, "interface resistance", "Ω·m²");
        Checks.positive(resistance, "interface resistance", "Ω·m²");
        Checks.finite(capacitance, "interface capacitance", "F/m²");
        Checks.positive(capacitance, "interface capacitance", "F/m²");
        return with(breathing, temperature, statesOfCharge, cycles, resistance, capacitance, ionicConductivity,
                electronicConductivity);
    }

    /**
     * @param conductivity ionic conductivity of the SE phase, in S/m (finite, &gt; 0), replacing the catalog's
     * @return a copy with it
     * @throws IllegalArgumentException if it is out of range
     */
    public BreathingProblem withIonicConductivity(double conductivity) {
        Checks.finite(conductivity, "ionic conductivity", "S/m");
        Checks.positive(conductivity, "ionic conductivity", "S/m");
        return with(breathing, temperature, statesOfCharge, cycles, interfaceResistance, interfaceCapacitance,
                OptionalDouble.of(conductivity), electronicConductivity);
    }

    /**
     * @param conductivity electronic conductivity of the CAM phase, in S/m (finite, &gt; 0)
     * @return a copy with it (the electronic rail is then solved in 3D)
     * @throws IllegalArgumentException if it is out of range
     */
    public BreathingProblem withElectronicConductivity(double conductivity) {
        Checks.finite(conductivity, "electronic conductivity", "S/m");
        Checks.positive(conductivity, "electronic conductivity", "S/m");
        return with(breathing, temperature, statesOfCharge, cycles, interfaceResistance, interfaceCapacitance,
                ionicConductivity, OptionalDouble.of(conductivity));
    }

    /**
     * @param radius a particle radius R, in m (finite, &gt; 0)
     * @return the breathing law of a particle of that radius (the template with its radius replaced)
     * @throws IllegalArgumentException if the radius is out of range
     */
    public CathodeBreathing breathingOf(double radius) {
        Checks.finite(radius, "radius", "m");
        MisfitSphere t = breathing.particle();
        MisfitSphere s = new MisfitSphere(t.particleYoungs(), t.particlePoisson(), t.matrixYoungs(), t.matrixPoisson(),
                radius);
        return new CathodeBreathing(s, breathing.maxVolumeChange(), breathing.confiningPressure(),
                breathing.contactModulus(), breathing.rmsSlope(), breathing.rmsHeight(), breathing.separationDecay(),
                breathing.irreversibleFraction());
    }

    /** @return the composite */
    public Microstructure microstructure() {
        return microstructure;
    }

    /** @return the particles as given */
    public ImmutableList<Particle> particles() {
        return particles;
    }

    /** @return the CAM phase */
    public VoxelPhase activeMaterial() {
        return activeMaterial;
    }

    /** @return the SE phase */
    public VoxelPhase electrolyte() {
        return electrolyte;
    }

    /** @return the breathing law template (its particle radius is replaced per particle) */
    public CathodeBreathing breathing() {
        return breathing;
    }

    /** @return the temperature T, in K */
    public double temperature() {
        return temperature;
    }

    /** @return the states of charge to report (a copy) */
    public double[] statesOfCharge() {
        return statesOfCharge.clone();
    }

    /** @return the cycle numbers to report (a copy) */
    public int[] cycles() {
        return cycles.clone();
    }

    /** @return R_int, in Ω·m² */
    public double interfaceResistance() {
        return interfaceResistance;
    }

    /** @return C_int, in F/m² */
    public double interfaceCapacitance() {
        return interfaceCapacitance;
    }

    /** @return the SE ionic conductivity given, in S/m; empty = the catalog's at T */
    public OptionalDouble ionicConductivity() {
        return ionicConductivity;
    }

    /** @return the CAM electronic conductivity given, in S/m; empty = not set (ideal electronic rail) */
    public OptionalDouble electronicConductivity() {
        return electronicConductivity;
    }

    @Override
    public String toString() {
        List<String> s = new ArrayList<>();
        for (double v : statesOfCharge) {
            s.add(String.format(Locale.ROOT, "%.3g", v));
        }
        return "BreathingProblem[" + microstructure.nx() + "×" + microstructure.ny() + "×" + microstructure.nz()
                + ", CAM " + activeMaterial.name() + ", SE " + electrolyte.name() + ", " + particles.size()
                + " particles, ΔV/V " + String.format(Locale.ROOT, "%.4g", breathing.maxVolumeChange()) + ", p0 "
                + Display.quantity(breathing.confiningPressure(), "Pa") + ", χ "
                + String.format(Locale.ROOT, "%.4g", breathing.irreversibleFraction()) + ", T "
                + Display.quantity(temperature, "K") + ", s " + s + ", n " + Arrays.toString(cycles) + ", R_int "
                + Display.quantity(interfaceResistance, "Ω·m²") + ", C_int " + Display.quantity(interfaceCapacitance, "F/m²")
                + ", σ_ion " + (ionicConductivity.isPresent() ? Display.quantity(ionicConductivity.getAsDouble(), "S/m")
                        : "catalog") + ", σ_e " + (electronicConductivity.isPresent()
                                ? Display.quantity(electronicConductivity.getAsDouble(), "S/m") : "not set") + "]";
    }
}
