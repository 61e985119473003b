package org.interphase.materials;

import static org.interphase.materials.Property.BULK_MODULUS;
import static org.interphase.materials.Property.CREEP_ACTIVATION_ENERGY;
import static org.interphase.materials.Property.CREEP_REFERENCE_STRAIN_RATE;
import static org.interphase.materials.Property.CREEP_REFERENCE_STRESS;
import static org.interphase.materials.Property.CREEP_STRESS_EXPONENT;
import static org.interphase.materials.Property.LI_DIFFUSIVITY;
import static org.interphase.materials.Property.MELTING_TEMPERATURE;
import static org.interphase.materials.Property.POISSON_RATIO;
import static org.interphase.materials.Property.SHEAR_MODULUS;
import static org.interphase.materials.Property.YIELD_STRENGTH;
import static org.interphase.materials.Property.YOUNGS_MODULUS;

import org.interphase.core.Units;

/** Built-in anode materials. Package-private: use {@link Materials}. */
final class Anodes {

    private Anodes() {}

    static final Material LI_METAL = Handbook.density(Material.builder("Li").name("lithium metal").formula("Li")
            .aliases("Li metal", "lithium", "Li-metal").roles(Role.ANODE).family(Family.METAL)
            .property(YOUNGS_MODULUS, Units.GPa(7.82), Refs.MASIAS_2019, "acoustic (ultrasonic) measurement, polycrystalline")
            .property(SHEAR_MODULUS, Units.GPa(2.83), Refs.MASIAS_2019, "acoustic measurement")
            .property(BULK_MODULUS, Units.GPa(11.1), Refs.MASIAS_2019, "acoustic measurement")
            .property(POISSON_RATIO, 0.38, Refs.MASIAS_2019, "acoustic measurement")
            .property(PropertyValue.of(YIELD_STRENGTH, Units.MPa(0.77), Refs.MASIAS_2019)
                    .withRange(Units.MPa(0.73), Units.MPa(0.81))
                    .withNote("bulk tensile yield at strain rate ~1e-3 1/s; value is the middle of the reported"
                            + " range; µm-scale pillars are up to ~100× stronger (size effect)"))
            .property(CREEP_STRESS_EXPONENT, 6.6, Refs.LEPAGE_2019, "bulk power-law creep; 6.9 by nanoindentation")
            .property(CREEP_ACTIVATION_ENERGY, Units.perParticle(Units.kJPerMol(37)), Refs.LEPAGE_2019,
                    "37 kJ/mol, from −25 to 125 °C")
            .property(PropertyValue.of(CREEP_REFERENCE_STRESS, Units.MPa(0.77), Refs.MASIAS_2019)
                    .withRange(Units.MPa(0.73), Units.MPa(0.81))
                    .withNote("the bulk flow (yield) stress at ~1e-3 1/s and room temperature, taken as a point on the"
                            + " power-law creep curve; valid below ~2 MPa (power-law breakdown above)"))
            .property(CREEP_REFERENCE_STRAIN_RATE, 1e-3, Refs.MASIAS_2019, "approximate strain rate of the yield tests")
            .property(MELTING_TEMPERATURE, Units.celsius(180.5), Refs.CRC_2016), 0.534, 6.94, "at 20 °C")
            .build();

    static final Material LI_IN = Material.builder("Li-In").name("lithium–indium alloy").formula("LiIn")
            .aliases("Li–In", "Li-In alloy", "In-Li").roles(Role.ANODE).family(Family.ALLOY)
            .property(Property.VOLTAGE_VS_LI, 0.62, Refs.SANTHOSHA_2019, "two-phase In/LiIn plateau; the usual"
                    + " counter electrode of sulfide cells, so cell voltages vs Li-In are 0.62 V below those vs Li")
            .build();

    static final Material LI_AL = Material.builder("Li-Al").name("lithium–aluminium alloy").formula("LiAl")
            .aliases("Li–Al", "Li-Al alloy", "Al-Li").roles(Role.ANODE).family(Family.ALLOY)
            // ---- anode-an3 (begin): Li transport in β-LiAl, the phase an Al interlayer becomes on Li
            .note("Al interlayers lithiate to β-LiAl; Li in the α-Al solid solution: solubility 8.0 at% at 395 °C to"
                    + " 13.8 at% at 595 °C, chemical diffusion coefficient 0.155·exp(−119.2 kJ/mol/RT) cm²/s over"
                    + " 400–600 °C (Wen, Weppner, Boukamp & Huggins, Metall. Trans. B 11, 131 (1980)), i.e. ~1e-22 cm²/s"
                    + " if extrapolated to 25 °C")
            .property(LI_DIFFUSIVITY, Units.cm2PerS(2.4e-6), Refs.WEN_1981_LIAL, "chemical diffusion coefficient"
                    + " on the Li-rich side of β-LiAl (mean, composition-independent there), 415 °C, electrochemical"
                    + " transient methods in LiCl–KCl; it rises to 1e-4 cm²/s near the Al-rich phase boundary")
            // ---- anode-an3 (end)
            .build();

    // ---- s5-anode (issue 16): the Li–Mg alloy anode of Krauskopf et al. 2019
    static final Material LI_MG = Material.builder("Li-Mg").name("lithium–magnesium alloy Li0.9Mg0.1 (β, bcc)")
            .formula("Li0.9Mg0.1").aliases("Li–Mg", "Li-Mg alloy", "Li0.9Mg0.1", "Mg-Li")
            .roles(Role.ANODE).family(Family.ALLOY)
            .note("the Li-rich bcc (β) solid solution; as anode on LLZO it keeps contact on stripping, but its"
                    + " interface runs out of lithium by diffusion (Krauskopf et al., Adv. Energy Mater. 9, 1902568"
                    + " (2019)). Their diffusion model, as transcribed in the repository assb-lab/li-mg-diffusion-simulator"
                    + " (docs/110-diffusion-model.md; not read in the paper itself): c_Li = 69.6 mmol/cm³ in the fresh"
                    + " alloy, 24.0 mmol/cm³ at the Li-poor edge of the β phase, 25 µm layer; see AlloyAnode.liMg."
                    + " Siniscalchi et al., ACS Energy Lett. 7, 3593 (2022, abstract): Mg slows Li diffusion (isotope"
                    + " tracer); Li–Mg β phase near 420 °C: D ~1e-6 cm²/s (Iwadate et al., abstract)")
            .property(PropertyValue.of(LI_DIFFUSIVITY, Units.cm2PerS(3.0e-11), Refs.KRAUSKOPF_2019_AEM)
                    .withNote("chemical diffusion coefficient of Li in Li0.9Mg0.1 at room temperature (25 °C), taken as"
                            + " independent of concentration; activation energy 0.57 eV, giving 3.9e-12 / 1.7e-10 /"
                            + " 9.5e-10 / 2.6e-9 cm²/s at 0 / 50 / 80 / 100 °C. Transcribed from the paper by the"
                            + " repository assb-lab/li-mg-diffusion-simulator (docs/110-diffusion-model.md, commit"
                            + " 6c8e18f), not read in the paper; consistent: with it the closed-form depletion model"
                            + " reproduces the paper's β-phase utilizations 93 % and 41 % at 10 and 100 µA/cm²"
                            + " (AlloyAnodeTest)"))
            .build();

    static final Material GRAPHITE = Material.builder("graphite").name("graphite").formula("C")
            .aliases("natural graphite").roles(Role.ANODE).family(Family.CARBON).build();

    static final Material SI = Handbook.density(Material.builder("Si").name("silicon").formula("Si").aliases("silicon")
            .roles(Role.ANODE, Role.COATING).family(Family.SEMICONDUCTOR)
            .note("also an alloying interlayer between Li and garnet (Luo et al., J. Am. Chem. Soc. 138, 12258 (2016))"),
            2.33, 28.085, "crystalline, room temperature")
            .property(Property.VOLUME_CHANGE, 2.8, Refs.OBROVAC_2004, "full lithiation to crystalline Li15Si4 at room"
                    + " temperature (+280 %)")
            // ---- anode-an3 (begin): Li transport in a lithiated Si interlayer
            .property(PropertyValue.of(LI_DIFFUSIVITY, Units.cm2PerS(3e-13), Refs.XIE_2010_A_SI)
                    .withRange(Units.cm2PerS(2e-13), Units.cm2PerS(4e-13))
                    .withNote("chemical diffusion coefficient of Li in sputtered amorphous Si films, PITT with a polymer"
                            + " electrolyte at 50 °C (EIS gave 1e-14 to 4e-13 cm²/s); value is the middle of the range"))
            // ---- anode-an3 (end)
            .build();
}
