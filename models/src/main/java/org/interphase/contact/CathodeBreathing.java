package org.interphase.contact;

import java.util.Objects;
import org.apache.commons.math3.special.Erf;
import org.interphase.core.Checks;
import org.interphase.core.Profile;

/**
 * Contact lost between a breathing cathode particle and the electrolyte over state of charge and
 * over cycles, as a reduced-order law:
 * <pre>
 *   ΔV/V(s) = s·ΔV_max/V                              linear in the state of charge s ∈ [0, 1]
 *   g(s)   = R·(|ε*(s)| − p0·D) ≥ 0                     {@link MisfitSphere} radial gap at confining pressure p0
 *   p(s)   = p0·exp(−(g(s) + g_n)/(γ·h_rms))            Persson's separation law (PRL 99, 125502 (2007)):
 *                                                      the interface pressure falls exponentially as the mean
 *                                                      separation grows
 *   f(s)   = erf(√2·p(s)/(E*·h'_rms))                   Persson's contact fraction
 *   g_n    = χ·n·R·|ε*(1)|                               separation left behind after n cycles
 * </pre>
 * The last line is phenomenological: a fraction χ per cycle of the radial shrinkage is not recovered
 * on discharge (electrolyte creep and cracking into the opened gap, cf. Koerver et al., Chem. Mater.
 * 29, 5574 (2017); Shi et al., J. Mater. Chem. A (2020)). χ is a fitting parameter; χ = 0 is fully
 * reversible breathing.
 *
 * @param particle the particle and matrix
 * @param maxVolumeChange ΔV_max/V at full charge (NMC811: −0.051, Kondrakov et al., JPCC 121, 3286 (2017))
 * @param confiningPressure p0, Pa (&gt; 0)
 * @param contactModulus E* of the particle | electrolyte pair, Pa
 * @param rmsSlope h'_rms of the interface roughness
 * @param rmsHeight h_rms, m
 * @param separationDecay separation decay γ (≈ 0.45), in [0.05, 5]
 * @param irreversibleFraction χ ∈ [0, 1]
 */
public record CathodeBreathing(MisfitSphere particle, double maxVolumeChange, double confiningPressure,
        double contactModulus, double rmsSlope, double rmsHeight, double separationDecay,
        double irreversibleFraction) {

    /**
     * The most samples a profile ({@link #overCharge}, {@link #overCycles}) may hold: far more than a
     * plot needs, and a cap so that a huge count is refused before two arrays of that size are allocated.
     */
    public static final int MAX_POINTS = 1_000_000;

    /**
     * Validates the components.
     *
     * @param particle the particle and matrix 
     * @param maxVolumeChange ΔV_max/V at full charge (NMC811: −0.051, Kondrakov et al., JPCC 121, 3286 (2017)) 
     * @param confiningPressure p0, Pa (&gt; 0) 
     * @param contactModulus E* of the particle | electrolyte pair, Pa 
     * @param rmsSlope h'_rms of the interface roughness 
     * @param rmsHeight h_rms, m 
     * @param separationDecay separation decay γ (≈ 0.45), in [0.05, 5]
     * @param irreversibleFraction χ ∈ [0, 1]
     */
    public CathodeBreathing {
        Objects.requireNonNull(particle, "particle");
        Checks.inOpenRange(maxVolumeChange, -0.5, 0.5, "maximum volume change", "");
        Checks.positive(confiningPressure, "confining pressure", "Pa");
        Checks.positive(contactModulus, "contact modulus", "Pa");
        Checks.positive(rmsSlope, "rms slope", "");
        Checks.positive(rmsHeight, "rms height", "m");
        Checks.inClosedRange(separationDecay, 0.05, 5.0, "separation decay γ", "");
        Checks.inClosedRange(irreversibleFraction, 0.0, 1.0, "irreversible fraction χ", "");
    }

    /**
     * @param stateOfCharge s ∈ [0, 1]
     * @return ΔV/V, linear in s
     */
    public double volumeChange(double stateOfCharge) {
        Checks.inClosedRange(stateOfCharge, 0, 1, "state of charge", "");
        return stateOfCharge * maxVolumeChange;
    }

    /**
     * @param stateOfCharge s
     * @param cycles completed cycles n (&ge; 0)
     * @return mean separation g(s) + g_n, m
     */
    public double separation(double stateOfCharge, int cycles) {
        Checks.atLeast(cycles, 0, "cycles");
        double full = particle.radius() * Math.abs(MisfitSphere.linearMisfit(maxVolumeChange));
        return particle.gap(volumeChange(stateOfCharge), confiningPressure) + irreversibleFraction * cycles * full;
    }

    /**
     * @param stateOfCharge s
     * @param cycles n
     * @return interface pressure p0·exp(−separation/(γ h_rms)), Pa
     */
    public double interfacePressure(double stateOfCharge, int cycles) {
        return confiningPressure * Math.exp(-separation(stateOfCharge, cycles) / (separationDecay * rmsHeight));
    }

    /**
     * @param stateOfCharge s
     * @param cycles n
     * @return contact fraction erf(√2 p/(E* h'_rms))
     */
    public double contactFraction(double stateOfCharge, int cycles) {
        return Erf.erf(Math.sqrt(2) * interfacePressure(stateOfCharge, cycles) / (contactModulus * rmsSlope));
    }

    /**
     * @param cycles n
     * @param points samples, in [2, {@value #MAX_POINTS}]
     * @return contact fraction vs state of charge
     * @throws IllegalArgumentException if {@code cycles} is negative or {@code points} is out of range
     */
    public Profile overCharge(int cycles, int points) {
        Checks.atLeast(cycles, 0, "cycles");
        Checks.inClosedRange(points, 2, MAX_POINTS, "points");
        double[] s = new double[points];
        double[] f = new double[points];
        for (int i = 0; i < points; i++) {
            s[i] = (double) i / (points - 1);
            f[i] = contactFraction(s[i], cycles);
        }
        return Profile.of(s, f, "state of charge", "", "contact fraction", "");
    }

    /**
     * @param stateOfCharge s at which to read the contact
     * @param maxCycles last cycle, in [1, {@value #MAX_POINTS} − 1] (the profile has maxCycles + 1 points)
     * @return contact fraction vs completed cycles 0..maxCycles
     * @throws IllegalArgumentException if {@code stateOfCharge} is not in [0, 1] or {@code maxCycles} is out
     *     of range
     */
    public Profile overCycles(double stateOfCharge, int maxCycles) {
        volumeChange(stateOfCharge); // checks s ∈ [0, 1] before any allocation
        Checks.inClosedRange(maxCycles, 1, MAX_POINTS - 1, "maximum cycles");
        double[] n = new double[maxCycles + 1];
        double[] f = new double[maxCycles + 1];
        for (int i = 0; i <= maxCycles; i++) {
            n[i] = i;
            f[i] = contactFraction(stateOfCharge, i);
        }
        return Profile.of(n, f, "cycles", "", "contact fraction", "");
    }
}
