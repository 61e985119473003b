package org.interphase.sweep;

import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.interphase.core.Checks;

/**
 * The parameter points of a sweep: a Cartesian grid, an explicit list, a Latin hypercube or a
 * (randomly shifted) Sobol sequence over named {@link Factor}s. Point {@code i} (its id, 0 … size − 1)
 * is the same on every machine and in every run, so a sweep can be split, distributed and resumed by id.
 * Immutable and thread-safe.
 *
 * <ul>
 *   <li><b>Grid</b>: every combination; the last factor varies fastest (row-major), so point
 *       {@code i}'s indices are the digits of {@code i} in the mixed radix of the factor sizes — nothing
 *       is stored, a grid of 10⁹ points costs no memory.</li>
 *   <li><b>Latin hypercube</b> (McKay, Beckman &amp; Conover, Technometrics 21, 239 (1979)): each range is
 *       cut into n equal strata, each stratum holds exactly one point; the strata are paired by seeded
 *       random permutations and the point placed uniformly inside its stratum.</li>
 *   <li><b>Sobol</b> (Sobol', USSR Comput. Math. Math. Phys. 7, 86 (1967); direction numbers of Joe &amp;
 *       Kuo 2008 via Commons Math): the first n points, origin included (dropping it spoils the
 *       net's balance: Owen, arXiv:2008.08051 (2020)), shifted by a seeded random vector modulo 1 (Cranley &amp; Patterson, SIAM J. Numer. Anal. 13, 904 (1976)) so that different
 *       seeds give independent randomized quasi-Monte-Carlo designs.</li>
 * </ul>
 */
public final class Design {

    /** How the points were made. */
    public enum Kind {
        /** every combination of the factors' values and levels */
        GRID,
        /** points given one by one */
        LIST,
        /** a seeded Latin hypercube over ranges */
        LATIN_HYPERCUBE,
        /** a seeded, randomly shifted Sobol sequence over ranges */
        SOBOL
    }

    /** The largest number of points a stored (list, Latin-hypercube, Sobol) design holds. */
    public static final int MAX_STORED_POINTS = 50_000_000;

    private final Kind kind;
    private final ImmutableList<Factor> factors;
    private final long size;
    private final OptionalLong seed;
    // stored designs: columns[f][i] is factor f's value at point i (a level's index for levels)
    private final double[][] columns;

    private Design(Kind kind, ImmutableList<Factor> factors, long size, OptionalLong seed, double[][] columns) {
        this.kind = kind;
        this.factors = factors;
        this.size = size;
        this.seed = seed;
        this.columns = columns;
    }

    /**
     * @param factors the factors, each of values or levels (at least one, distinct names)
     * @return every combination of the factors' values, the last factor varying fastest
     * @throws IllegalArgumentException if a factor is null or a range, names repeat, or the grid has more
     *     than {@link Long#MAX_VALUE} points
     */
    public static Design grid(Factor... factors) {
        ImmutableList<Factor> list = checkFactors(factors, false);
        long n = 1;
        for (Factor f : list) {
            try {
                n = Math.multiplyExact(n, f.size());
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("the grid has more than " + Long.MAX_VALUE + " points", e);
            }
        }
        return new Design(Kind.GRID, list, n, OptionalLong.empty(), null);
    }

    /**
     * @param factors the factors, each of values or levels (at least one, distinct names)
     * @param rows the points: row {@code i} holds one entry per factor, a {@link Number} equal to one of
     *     a numeric factor's values or a {@link String} equal to one of a levels factor's levels (at least
     *     one row, at most {@link #MAX_STORED_POINTS})
     * @return the points given, in their order
     * @throws IllegalArgumentException if a factor or a row is null, a row has the wrong length, or an entry
     *     is not one of its factor's values or levels
     */
    public static Design list(List<Factor> factors, List<List<Object>> rows) {
        Checks.nonNull(factors, "factors");
        ImmutableList<Factor> list = checkFactors(factors.toArray(new Factor[0]), false);
        Checks.nonNull(rows, "rows");
        if (rows.isEmpty() || rows.size() > MAX_STORED_POINTS) {
            throw new IllegalArgumentException("rows must hold 1 to " + MAX_STORED_POINTS + " points, held "
                    + rows.size());
        }
        double[][] columns = new double[list.size()][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            if (row == null || row.size() != list.size()) {
                throw new IllegalArgumentException("row " + i + " must hold " + list.size() + " entries (one per"
                        + " factor), was " + row);
            }
            for (int f = 0; f < list.size(); f++) {
                columns[f][i] = indexOrValue(list.get(f), row.get(f), i);
            }
        }
        return new Design(Kind.LIST, list, rows.size(), OptionalLong.empty(), columns);
    }

    private static double indexOrValue(Factor factor, Object entry, int row) {
        if (factor.isLevels()) {
            int k = entry instanceof String ? factor.levels().indexOf(entry) : -1;
            if (k < 0) {
                throw new IllegalArgumentException("row " + row + ": factor '" + factor.name() + "' must be one of "
                        + factor.levels() + ", was " + entry);
            }
            return k;
        }
        if (entry instanceof Number) {
            double v = ((Number) entry).doubleValue();
            for (int k = 0; k < factor.size(); k++) {
                if (factor.values().get(k) == v) {
                    return v;
                }
            }
        }
        throw new IllegalArgumentException("row " + row + ": factor '" + factor.name() + "' must be one of its values "
                + factor.values() + " " + factor.unit() + ", was " + entry);
    }

    /**
     * @param points the number of points (1 … {@link #MAX_STORED_POINTS})
     * @param seed the seed of the strata's permutations and the positions inside them
     * @param factors the ranges (at least one, distinct names)
     * @return a Latin hypercube: each factor's range cut into {@code points} strata, one point in each
     * @throws IllegalArgumentException if {@code points} is out of range, a factor is null or not a range,
     *     or names repeat
     */
    public static Design latinHypercube(int points, long seed, Factor... factors) {
        Checks.inClosedRange(points, 1, MAX_STORED_POINTS, "points");
        ImmutableList<Factor> list = checkFactors(factors, true);
        SplittableRandom root = new SplittableRandom(seed);
        double[][] columns = new double[list.size()][points];
        for (int f = 0; f < list.size(); f++) {
            // one independent stream per factor, split in factor order: same seed, same design
            SplittableRandom random = root.split();
            int[] perm = new int[points];
            for (int i = 0; i < points; i++) {
                perm[i] = i;
            }
            for (int i = points - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            for (int i = 0; i < points; i++) {
                columns[f][i] = list.get(f).fromUnit((perm[i] + random.nextDouble()) / points);
            }
        }
        return new Design(Kind.LATIN_HYPERCUBE, list, points, OptionalLong.of(seed), columns);
    }

    /**
     * @param points the number of points (1 … {@link #MAX_STORED_POINTS})
     * @param seed the seed of the random shift
     * @param factors the ranges (1 … 1000, distinct names)
     * @return the Sobol points 0 … n − 1, shifted by a seeded uniform vector modulo 1
     * @throws IllegalArgumentException if {@code points} is out of range, a factor is null or not a range,
     *     names repeat, or there are more than 1000 factors
     */
    public static Design sobol(int points, long seed, Factor... factors) {
        Checks.inClosedRange(points, 1, MAX_STORED_POINTS, "points");
        ImmutableList<Factor> list = checkFactors(factors, true);
        Checks.inClosedRange(list.size(), 1, 1000, "number of factors");
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(list.size());
        SplittableRandom random = new SplittableRandom(seed);
        double[] shift = new double[list.size()];
        for (int f = 0; f < shift.length; f++) {
            shift[f] = random.nextDouble();
        }
        double[][] columns = new double[list.size()][points];
        for (int i = 0; i < points; i++) {
            double[] u = sobol.nextVector();
            for (int f = 0; f < shift.length; f++) {
                double s = u[f] + shift[f];
                columns[f][i] = list.get(f).fromUnit(s >= 1 ? s - 1 : s);
            }
        }
        return new Design(Kind.SOBOL, list, points, OptionalLong.of(seed), columns);
    }

    private static ImmutableList<Factor> checkFactors(Factor[] factors, boolean ranges) {
        Checks.nonNull(factors, "factors");
        if (factors.length == 0) {
            throw new IllegalArgumentException("factors must not be empty");
        }
        Set<String> names = new HashSet<>();
        for (Factor f : factors) {
            Checks.nonNull(f, "factor");
            if (f.isRange() != ranges) {
                throw new IllegalArgumentException("factor '" + f.name() + "' is " + f.kind() + "; this design needs "
                        + (ranges ? "ranges (Factor.range, Factor.logRange)" : "values or levels (Factor.values, Factor.levels)"));
            }
            if (!names.add(f.name())) {
                throw new IllegalArgumentException("factor names must be distinct, '" + f.name() + "' repeats");
            }
        }
        return ImmutableList.copyOf(factors);
    }

    /** @return how the points were made */
    public Kind kind() {
        return kind;
    }

    /** @return the factors, in column order */
    public ImmutableList<Factor> factors() {
        return factors;
    }

    /** @return the number of points */
    public long size() {
        return size;
    }

    /** @return the seed of a Latin-hypercube or Sobol design; empty for a grid or a list */
    public OptionalLong seed() {
        return seed;
    }

    /**
     * @param name a factor's name
     * @return its column index
     * @throws IllegalArgumentException if no factor has that name
     */
    public int factorIndex(String name) {
        for (int f = 0; f < factors.size(); f++) {
            if (factors.get(f).name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no factor named '" + name + "'; the factors are " + names());
    }

    private List<String> names() {
        return factors.stream().map(Factor::name).toList();
    }

    /**
     * @param id the point's id, 0 … {@link #size()} − 1
     * @return the point
     * @throws IllegalArgumentException if the id is out of range
     */
    public DesignPoint point(long id) {
        if (id < 0 || id >= size) {
            throw new IllegalArgumentException("id must be in [0, " + (size - 1) + "], was " + id);
        }
        double[] raw = new double[factors.size()];
        if (kind == Kind.GRID) {
            long rest = id;
            for (int f = factors.size() - 1; f >= 0; f--) {
                Factor factor = factors.get(f);
                int k = (int) (rest % factor.size());
                rest /= factor.size();
                raw[f] = factor.isLevels() ? k : factor.values().get(k);
            }
        } else {
            for (int f = 0; f < raw.length; f++) {
                raw[f] = columns[f][(int) id];
            }
        }
        return new DesignPoint(this, id, raw);
    }

    /** @return the points as a list view (a grid's points are made when read); at most 2³¹ − 1 points */
    public List<DesignPoint> points() {
        if (size > Integer.MAX_VALUE) {
            throw new IllegalStateException("a design of " + size + " points is too large for a list; use point(id)");
        }
        return new AbstractList<>() {
            @Override
            public DesignPoint get(int index) {
                return point(index);
            }

            @Override
            public int size() {
                return (int) size;
            }
        };
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Design[%s, %d points%s, factors %s]", kind, size,
                seed.isPresent() ? ", seed " + seed.getAsLong() : "", names());
    }
}
