package org.interphase.spacecharge;

import java.util.Locale;

/**
 * The argument and result checks every {@link ChargeLaw} applies: a non-finite ψ is refused, and a
 * finite ψ so large that a result overflows a double is refused with the law and the range, rather
 * than returning ∞ or NaN.
 */
final class LawChecks {

    private LawChecks() {}

    /**
     * @param psi ψ = e(φ − φ∞)/kT
     * @return psi, if finite
     */
    static double psi(double psi) {
        if (!(Math.abs(psi) <= Double.MAX_VALUE)) {
            throw new IllegalArgumentException("psi (the reduced potential ψ = e(φ − φ∞)/kT, dimensionless) must be a "
                    + "finite number, was " + psi);
        }
        return psi;
    }

    /**
     * @param value a law's result at psi
     * @param what its name
     * @param unit its unit
     * @param psi the argument
     * @param law the law
     * @return value, if finite
     */
    static double result(double value, String what, String unit, double psi, ChargeLaw law) {
        if (!(Math.abs(value) <= Double.MAX_VALUE)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "psi (the reduced potential ψ = e(φ − φ∞)/kT) "
                    + "must keep the %s of %s a finite double (%s); for a dilute law |z·ψ| must stay below about "
                    + "709 − ln(c∞·m³), was psi = %s", what, law, unit.isEmpty() ? "dimensionless" : unit, psi));
        }
        return value;
    }

    /** Whether a law's charge density and first integral are finite at ψ (for probing how far a law reaches). */
    static boolean finiteAt(ChargeLaw law, double psi) {
        try {
            law.firstIntegral(psi);
            law.chargeDensity(psi);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
