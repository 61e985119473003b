package org.interphase.core;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A value known at one temperature only — a catalog σ(25 °C) without an activation energy, a
 * coating conductivity measured at room temperature — as a {@link TemperatureLaw}.
 *
 * <p>Nothing about its temperature dependence is known, so by default it holds only within
 * {@link #TOLERANCE} of its reference temperature and {@link #valueAt} refuses any other
 * temperature. A caller who accepts a temperature-independent value opts in explicitly with
 * {@link #assumedConstant()}: the law then holds at every temperature and says so in
 * {@link #assumption()}, so that every model built on it can list the assumption. Neither form ever
 * substitutes a surrogate temperature dependence.
 *
 * @param value q(T_ref), in the unit of q (&gt; 0)
 * @param referenceTemperature T_ref, K (&gt; 0), where the value was measured
 * @param note what the value is and what is missing for a temperature law, e.g.
 *     {@code "LiNbO3 σ_ion in S/m, without IONIC_ACTIVATION_ENERGY"}; printed by
 *     {@code toString} and in the assumption (empty if none)
 * @param constantAssumed true if the value is taken at every temperature (an assumption), false if
 *     it holds at T_ref only
 */
public record SinglePoint(double value, double referenceTemperature, String note, boolean constantAssumed)
        implements TemperatureLaw {

    /**
     * How far from T_ref a temperature still counts as T_ref, K: it absorbs the rounding of a typed
     * Celsius-to-kelvin conversion, nothing more (at Ea = 0.5 eV it moves a conductivity by
     * 0.07 %).
     */
    public static final double TOLERANCE = 0.01;

    /**
     * Validates the components.
     *
     * @param value q(T_ref) (&gt; 0)
     * @param referenceTemperature T_ref, K (&gt; 0)
     * @param note what the value is and what is missing (null for none)
     * @param constantAssumed whether the value is taken at every temperature
     */
    public SinglePoint {
        Checks.positive(value, "value at the reference temperature", "");
        Checks.positive(referenceTemperature, "reference temperature", "K");
        note = note == null ? "" : note.strip();
    }

    /**
     * A value that holds at its reference temperature only.
     *
     * @param value q(T_ref) (&gt; 0)
     * @param referenceTemperature T_ref, K (&gt; 0)
     * @return the law, valid within {@link #TOLERANCE} of T_ref
     */
    public static SinglePoint of(double value, double referenceTemperature) {
        return new SinglePoint(value, referenceTemperature, "", false);
    }

    /**
     * @param text what the value is and what is missing for a temperature law (null for none)
     * @return this law with that note
     */
    public SinglePoint withNote(String text) {
        return new SinglePoint(value, referenceTemperature, text, constantAssumed);
    }

    /**
     * The explicit opt-in to a temperature-independent value.
     *
     * @return this value taken at every temperature; {@link #assumption()} states it
     */
    public SinglePoint assumedConstant() {
        return new SinglePoint(value, referenceTemperature, note, true);
    }

    /**
     * @param temperature T, K (within {@link #TOLERANCE} of T_ref, or any T &gt; 0 once
     *     {@link #assumedConstant() assumed constant})
     * @return the value
     * @throws IllegalArgumentException if T is not finite, not positive, or not covered
     */
    @Override
    public double valueAt(double temperature) {
        TemperatureLaw.requireCovered(this, temperature);
        return value;
    }

    /** @return T_ref − {@link #TOLERANCE} (0 once assumed constant), K */
    @Override
    public double lowestTemperature() {
        return constantAssumed ? 0.0 : Math.max(0.0, referenceTemperature - TOLERANCE);
    }

    /** @return T_ref + {@link #TOLERANCE}, K; empty once {@link #assumedConstant() assumed constant} (no upper bound) */
    @Override
    public OptionalDouble highestTemperature() {
        return constantAssumed ? OptionalDouble.empty() : OptionalDouble.of(referenceTemperature + TOLERANCE);
    }

    /**
     * @param temperature T, K (any value; NaN and infinities are never covered)
     * @return true within {@link #TOLERANCE} of T_ref, or for every finite T &gt; 0 once assumed constant
     */
    @Override
    public boolean covers(double temperature) {
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            return false;
        }
        return constantAssumed || Math.abs(temperature - referenceTemperature) <= TOLERANCE;
    }

    /** @return e.g. {@code "within 0.01 K of 298.15 K (a value known at that temperature only)"} */
    @Override
    public String validity() {
        return constantAssumed ? "> 0 K" : "within " + TOLERANCE + " K of " + referenceTemperature
                + " K (a value known at that temperature only)";
    }

    /**
     * @return for a value {@link #assumedConstant() assumed constant}, a sentence saying so, e.g.
     *     {@code "0.0003200 measured at 298.15 K assumed at every temperature (LiNbO3 σ_ion in S/m, …)"};
     *     empty otherwise
     */
    @Override
    public Optional<String> assumption() {
        if (!constantAssumed) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%.4g measured at %s K assumed at every temperature%s", value,
                referenceTemperature, note.isEmpty() ? "" : " (" + note + ")"));
    }

    /** @return e.g. {@code "SinglePoint[0.0003200 at 298.15 K only; LiNbO3 σ_ion in S/m, …]"}, locale-independent */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SinglePoint[%.4g at %s K %s%s]", value, referenceTemperature,
                constantAssumed ? "(assumed constant)" : "only", note.isEmpty() ? "" : "; " + note);
    }
}
