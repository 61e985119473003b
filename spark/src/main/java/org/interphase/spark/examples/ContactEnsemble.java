package org.interphase.spark.examples;

import java.util.function.Supplier;
import org.interphase.contact.ContactProblem;
import org.interphase.contact.ContactSolver;
import org.interphase.contact.SelfAffineGenerator;
import org.interphase.contact.Surface;
import org.interphase.core.Units;
import org.interphase.sweep.Design;
import org.interphase.sweep.Factor;
import org.interphase.sweep.SweepFunctions;
import org.interphase.sweep.SweepProblem;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * A contact ensemble: 200 self-affine surfaces (512², 20 µm square, Hurst 0.8, rms slope 0.1, each from
 * its own seed) × 10 mean pressures 1–100 MPa (log-spaced), contact modulus 10 GPa, periodic BEM solve
 * each — 2,000 solves. The {@code surface} factor is the surface's seed, so every pressure of a surface
 * presses the same surface, on whichever machine it runs.
 *
 * <p>Outputs per point: those of {@link SweepFunctions#contact}, among them A/A₀ and h'_rms of the pressed
 * surface. {@link Summaries} derives κ = (A/A₀)·E*·h'_rms/p̄ with E* = {@link #MODULUS} — the proportionality
 * of area to load that Persson's theory and the BEM studies put near 2 at small loads (Hyun, Pei, Molinari
 * &amp; Robbins, Phys. Rev. E 70, 026117 (2004): κ ≈ 2; Persson, J. Chem. Phys. 115, 3840 (2001): √(8/π) ≈
 * 1.6) — and gives its distribution per pressure.
 *
 * <p>Each solve runs on one thread ({@code ConcurrencyUtils.setNumberOfThreads(1)} when the definition
 * is built, in every executor): the sweep spreads the solves over the cores, and from 256² on the
 * contact solver would otherwise split each solve over the same cores as well.
 */
public final class ContactEnsemble implements Supplier<SweepProblem> {

    /** The contact modulus E* of every solve, Pa. */
    public static final double MODULUS = 10e9;

    private final int points;
    private final int surfaces;

    /** Creates the definition (built by name in every executor): 200 surfaces of 512². */
    public ContactEnsemble() {
        this(512, 200);
    }

    ContactEnsemble(int points, int surfaces) {
        this.points = points;
        this.surfaces = surfaces;
    }

    /**
     * The same ensemble, smaller (40 surfaces of 128² × 10 pressures), for a quick scaling measurement. At
     * 128² each solve runs on one thread; from 256² (65,536 points) the contact solver splits its own work
     * over the JTransforms pool, so a sweep over more cores than that pool's then competes with it.
     */
    public static final class Small implements Supplier<SweepProblem> {
        /** Creates the definition (built by name in every executor). */
        public Small() {
        }

        @Override
        public SweepProblem get() {
            return new ContactEnsemble(128, 40).get();
        }
    }

    @Override
    public SweepProblem get() {
        double[] seeds = new double[surfaces];
        for (int i = 0; i < surfaces; i++) {
            seeds[i] = 1000 + i;
        }
        double[] pressure = new double[10];
        for (int i = 0; i < pressure.length; i++) {
            pressure[i] = Units.MPa(Math.pow(10, 2.0 * i / 9));
        }
        Design design = Design.grid(Factor.values("surface", "1", seeds), Factor.values("pressure", "Pa", pressure));
        SelfAffineGenerator generator = SelfAffineGenerator.builder().points(points).size(Units.um(20)).hurst(0.8)
                .rmsSlope(0.1).build();
        ContactSolver solver = ContactSolver.withDefaults();
        ConcurrencyUtils.setNumberOfThreads(1);
        return SweepProblem.of("contact-ensemble", design, SweepFunctions.contact(p -> {
            Surface surface = generator.generate((long) p.number("surface"));
            return ContactProblem.periodic(surface, MODULUS).withMeanPressure(p.number("pressure"));
        }, solver));
    }
}
