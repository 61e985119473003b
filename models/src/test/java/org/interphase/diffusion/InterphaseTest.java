package org.interphase.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.interphase.core.Arrhenius;
import org.interphase.core.Mesh1D;
import org.interphase.core.Profile;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.junit.jupiter.api.Test;

class InterphaseTest {

    @Test
    void thicknessByThresholdInterpolatesTheCrossings() {
        // a trapezoid: 0 → 10 over [0, 10] nm, flat to 30 nm, back to 0 at 40 nm
        Profile p = Profile.of(new double[] {0, 10e-9, 30e-9, 40e-9}, new double[] {0, 10, 10, 0});
        assertThat(Interphase.thicknessAbove(p, 5)).isCloseTo(30e-9, within(1e-20));
        assertThat(Interphase.thicknessAbove(p, 10)).isCloseTo(20e-9, within(1e-20));
        assertThat(Interphase.thicknessAbove(p, 11)).isZero();
    }

    @Test
    void resistanceThroughAGradedLayerMatchesTheClosedForm() {
        // c rises linearly 0 → C over L; σ(c) = σ0·exp(−c/c0): R = (L·c0/(C·σ0))·(exp(C/c0) − 1)
        double l = Units.nm(50);
        double cMax = 3000;
        double c0 = 1000;
        double sigma0 = 1e-4;
        Profile p = Profile.of(new double[] {0, 0.3 * l, l}, new double[] {0, 0.3 * cMax, cMax});
        double r = Interphase.resistanceThrough(p, c -> sigma0 * Math.exp(-c / c0), 0, l);
        assertThat(r).isCloseTo(l * c0 / (cMax * sigma0) * (Math.exp(cMax / c0) - 1), withinPercentage(1e-6));
        Interphase uniform = Interphase.uniform("La2CoO4", Units.nm(50), Units.sPerCm(1e-9));
        assertThat(uniform.resistanceOhmCm2()).isCloseTo(5e-6 / 1e-9, withinPercentage(1e-9));
        assertThat(uniform.toString()).contains("La2CoO4").contains("50 nm").contains("Ω·cm²");
        // the stack takes the layer as material, thickness and effective conductivity
        org.interphase.stack.Layer layer = org.interphase.stack.Layer.of(Materials.LA2COO4, uniform.thickness())
                .withConductivity(uniform.effectiveConductivity());
        assertThat(layer.resistance(Units.celsius(25))).isCloseTo(uniform.resistance(), withinPercentage(1e-9));
        assertThatThrownBy(() -> Interphase.resistanceThrough(p, c -> 0.0, 0, l)).hasMessageContaining("S/m");
    }

    @Test
    void aProductPhaseFormsWhereTheReactantsMeet() {
        // A from the left, B from the right, A + B → P; P accumulates around the original interface
        double d = 1e-17;
        double c0 = 1000;
        Mesh1D mesh = Mesh1D.builder(-1e-6).uniform(1e-6, 200).uniform(1e-6, 200).build();
        DiffusionProblem p = DiffusionProblem.builder(mesh)
                .species(DiffusingSpecies.named("A").diffusivity(Diffusivity.constant(d)).initialPerLayer(c0, 0).build())
                .species(DiffusingSpecies.named("B").diffusivity(Diffusivity.constant(d)).initialPerLayer(0, c0).build())
                .species(DiffusingSpecies.named("P").diffusivity(Diffusivity.constant(1e-21)).initialPerLayer(0.0).build())
                .reaction(Reaction.bimolecular("A", "B", "P", Arrhenius.of(1e-4, 0)))
                .isothermal(1000, 2000).build();
        DiffusionSolution sol = DiffusionSolver.withDefaults().withTolerance(1e-5).withResolutionLimit(1.0).solve(p);
        Profile product = sol.finalProfile("P");
        assertThat(product.argmax()).isCloseTo(0.0, within(2 * mesh.maxCellWidth()));
        assertThat(sol.amount("A", 0) + sol.amount("P", 0)).isCloseTo(c0 * 1e-6, within(1e-12 * c0 * 1e-6));
        assertThat(sol.amount("B", 0) + sol.amount("P", 0)).isCloseTo(c0 * 1e-6, within(1e-12 * c0 * 1e-6));
        double thickness = sol.thicknessAbove("P", 0, 0.5 * product.max());
        assertThat(thickness).isPositive().isLessThan(4 * Math.sqrt(d * 2000));
        Interphase layer = sol.interphase("P", 0.5 * product.max(), c -> 1e-2 / (1 + c));
        assertThat(layer.thickness()).isEqualTo(thickness);
        assertThat(sol.profileAt("P", 2000).max()).isEqualTo(product.max());
        assertThatThrownBy(() -> sol.profileAt("P", 1000)).hasMessageContaining("not an output time");
        assertThatThrownBy(() -> sol.thicknessAbove("P", 0, 0)).hasMessageContaining("threshold must be > 0");
        // 1/σ(c) − 1/σ(0) = c/σ0 is linear in c, so the resistance P adds is its amount over σ0 — the
        // whole-domain ∫dx/σ (2 µm/σ0 = 2e-4 Ω·m² with no P at all) must not be counted
        assertThat(layer.resistance()).isCloseTo(sol.amount("P", 0) / 1e-2, withinPercentage(1e-7));
    }

    @Test
    void addedResistanceCountsOnlyWhatTheProcessingChanged() {
        // P enters a 10 µm host at σ0 = 1 S/m through a face held at c1 (erfc, Crank 1975 eq. 3.13);
        // σ(c) = σ0/(1 + c/cs) gives 1/σ(c) − 1/σ0 = c/(σ0·cs), so ΔR = M/(σ0·cs) with the
        // closed-form amount M = 2·c1·√(Dt/π). The bulk alone is 10 µm/σ0 = 1e-5 Ω·m², which the
        // resistance of the whole domain would add on top.
        double d = 1e-17;
        double t = 1000;        // 2√(Dt) = 200 nm
        double c1 = 1000;
        double sigma0 = 1;
        double cs = 10;
        // graded from 0.5 nm at the face: the half cell the boundary value fills at t = 0 is then
        // 0.2 % of the amount that enters
        Mesh1D mesh = Mesh1D.graded(0, 10e-6, 0.5e-9, 1.01, org.interphase.core.Grading.START);
        DiffusionProblem p = DiffusionProblem.builder(mesh)
                .species(DiffusingSpecies.named("P").diffusivity(Diffusivity.constant(d)).initialPerLayer(0.0)
                        .left(Boundary.fixed(c1)).build())
                .isothermal(1000, t).build();
        DiffusionSolution sol = DiffusionSolver.withDefaults().withTolerance(1e-6).withResolutionLimit(1.0).solve(p);
        Interphase layer = sol.interphase("P", 0.5 * c1, c -> sigma0 / (1 + c / cs));
        double amount = 2 * c1 * Math.sqrt(d * t / Math.PI);
        // measured 0.22 %: the half cell the face fills at t = 0
        assertThat(layer.resistance()).isCloseTo(amount / (sigma0 * cs), withinPercentage(0.3));
        double entered = sol.amount("P", 0) - sol.initialProfile("P").integral();
        assertThat(layer.resistance()).isCloseTo(entered / (sigma0 * cs), withinPercentage(1e-7));
        // thickness where c ≥ c1/2: 2√(Dt)·erfc⁻¹(1/2)
        assertThat(layer.thickness()).isCloseTo(2 * Math.sqrt(d * t) * org.apache.commons.math3.special.Erf.erfcInv(0.5),
                within(Units.nm(5)));
        // nothing changed → nothing added; a composition that conducts better is not a blocking layer
        Profile before = sol.initialProfile("P");
        assertThat(Interphase.resistanceAdded(before, before, c -> sigma0 / (1 + c / cs))).isZero();
        assertThatThrownBy(() -> Interphase.fromProfiles("P", before, sol.finalProfile("P"), c -> sigma0 * (1 + c / cs),
                0.5 * c1)).hasMessageContaining("lowers the resistance");
        assertThatThrownBy(() -> Interphase.fromProfiles("P", before, before, c -> sigma0, 0))
                .hasMessageContaining("threshold");
    }
}
