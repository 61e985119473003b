package org.interphase.sweep;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.interphase.core.Display;

/**
 * One point of a {@link Design}: its id and one value per factor (a number in the factor's unit, or a
 * level's name). Immutable and thread-safe.
 */
public final class DesignPoint {

    private final Design design;
    private final long id;
    private final double[] raw;

    DesignPoint(Design design, long id, double[] raw) {
        this.design = design;
        this.id = id;
        this.raw = raw;
    }

    /** @return the point's id, 0 … design size − 1: the same point on every machine and in every run */
    public long id() {
        return id;
    }

    /** @return the design the point belongs to */
    public Design design() {
        return design;
    }

    /**
     * @param factor a numeric factor's name
     * @return the point's value of that factor, in the factor's unit
     * @throws IllegalArgumentException if no factor has that name, or it holds levels
     */
    public double number(String factor) {
        int f = design.factorIndex(factor);
        if (design.factors().get(f).isLevels()) {
            throw new IllegalArgumentException("factor '" + factor + "' holds levels; read it with level(name)");
        }
        return raw[f];
    }

    /**
     * @param factor a levels factor's name
     * @return the point's level of that factor
     * @throws IllegalArgumentException if no factor has that name, or it is numeric
     */
    public String level(String factor) {
        int f = design.factorIndex(factor);
        Factor fac = design.factors().get(f);
        if (!fac.isLevels()) {
            throw new IllegalArgumentException("factor '" + factor + "' is numeric; read it with number(name)");
        }
        return fac.levels().get((int) raw[f]);
    }

    /** @return every factor's value by name: a {@link Double} (in the factor's unit) or a level's name */
    public ImmutableMap<String, Object> values() {
        ImmutableMap.Builder<String, Object> b = ImmutableMap.builder();
        for (int f = 0; f < raw.length; f++) {
            Factor fac = design.factors().get(f);
            b.put(fac.name(), fac.isLevels() ? fac.levels().get((int) raw[f]) : (Object) raw[f]);
        }
        return b.build();
    }

    /**
     * A seed for whatever is random in this point's evaluation (e.g. a rough surface): a fixed mix of the
     * design's seed (0 for grids and lists) and the point's id, so a point's randomness does not depend on
     * which machine, thread or run evaluates it.
     *
     * @return the point's seed
     */
    public long seed() {
        // SplitMix64 finalizer (Steele, Lea & Flood, OOPSLA 2014) of seed + golden-ratio multiple of the id
        long z = design.seed().orElse(0L) + (id + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * @param f a factor's column index
     * @return the stored number (a level's index for levels)
     */
    double raw(int f) {
        return raw[f];
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("point ").append(id).append(" {");
        for (int f = 0; f < raw.length; f++) {
            Factor fac = design.factors().get(f);
            s.append(f == 0 ? "" : ", ").append(fac.name()).append(" = ");
            s.append(fac.isLevels() ? fac.levels().get((int) raw[f]) : Display.quantity(raw[f], fac.unit()));
        }
        return String.format(Locale.ROOT, "%s}", s);
    }
}
