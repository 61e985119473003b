package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * Builds the voxel microstructure of a {@link PackingProblem}: its sphere sets placed in order
 * ({@link Placement}), their coatings, and the background in the rest. Immutable and thread-safe; the
 * result depends only on the problem and the seed (one {@link SplittableRandom} stream, one thread), so
 * the same seed gives the same bits on every machine.
 *
 * <p>Every box is generated as one period of a periodic arrangement: centres are uniform in the box,
 * overlap tests use the minimum-image distance and a sphere that crosses a face re-enters at the opposite
 * face. There are no walls, so the fractions are uniform up to the faces and the Boolean model's
 * 1 − exp(−n·E[v]) holds exactly in expectation. A non-periodic box is the same voxels read as a window:
 * its particle list holds every piece that reaches into the box (a sphere and those of its periodic images
 * that cut a face, with centres outside the box), and nothing joins the pieces across opposite faces. A
 * sphere (with its coating) must be smaller than half the box's smallest length; larger radii are drawn
 * again, with a warning.
 *
 * <p>Targets are met in voxels: overlapping and random-sequential sets stop at the sphere whose voxels
 * bring the count closest to round(φ·N) (error at most half a sphere); dense sets draw radii until their
 * volume reaches φ·V (error at most one sphere) and are topped up by random sequential addition if the
 * voxels fall short. Random sequential addition tries up to {@link #maxAttempts()} positions per sphere
 * and gives up after ten spheres in a row found no room; dense sets relax for at most
 * {@link #maxSweeps()} sweeps. A target missed by more than max(0.002, one mean sphere) is reported in
 * {@link PackingSolution#warnings()}.
 *
 * <p>Cost: rasterization visits each sphere's bounding box once, row by row ((6/π)·φ·N voxel visits in
 * all); overlap queries use a uniform spatial hash with cells about the diameter of the smallest spheres,
 * so an attempt costs O(1) for similar radii; a relaxation sweep costs O(number of spheres).
 */
public final class PackingGenerator {

    /** Spheres in a row that find no room before random sequential addition gives up. */
    static final int MISSES_IN_A_ROW = 10;
    /**
     * Over-relaxation of the pair pushes: each overlap is removed 1.5 times over. 1.05 needs 5–10 times
     * more sweeps; from 1.8 on the pushes overshoot and the packing does not settle (measured on 1 100
     * equal spheres at φ = 0.60).
     */
    static final double OVER = 1.5;

    private final long seed;
    private final int maxAttempts;
    private final int maxSweeps;

    private PackingGenerator(long seed, int maxAttempts, int maxSweeps) {
        this.seed = seed;
        this.maxAttempts = maxAttempts;
        this.maxSweeps = maxSweeps;
    }

    /**
     * @return a generator with seed 1, 10 000 attempts per sphere and 3 000 relaxation sweeps (equal
     *     spheres at φ = 0.55 settle in about 150 sweeps, at 0.60 in about 800)
     */
    public static PackingGenerator withDefaults() {
        return new PackingGenerator(1, 10_000, 3_000);
    }

    /**
     * @param seed the seed of the random numbers (any value)
     * @return a copy with that seed
     */
    public PackingGenerator withSeed(long seed) {
        return new PackingGenerator(seed, maxAttempts, maxSweeps);
    }

    /**
     * @param maxAttempts random positions tried per sphere in random sequential addition, in [1, 10⁹]
     * @return a copy with that limit
     * @throws IllegalArgumentException if out of range
     */
    public PackingGenerator withMaxAttempts(int maxAttempts) {
        Checks.inClosedRange(maxAttempts, 1, 1_000_000_000, "maxAttempts");
        return new PackingGenerator(seed, maxAttempts, maxSweeps);
    }

    /**
     * @param maxSweeps sweeps of overlap relaxation of dense sets, in [1, 10⁷]
     * @return a copy with that limit
     * @throws IllegalArgumentException if out of range
     */
    public PackingGenerator withMaxSweeps(int maxSweeps) {
        Checks.inClosedRange(maxSweeps, 1, 10_000_000, "maxSweeps");
        return new PackingGenerator(seed, maxAttempts, maxSweeps);
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return random positions tried per sphere in random sequential addition */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the limit of relaxation sweeps for dense sets */
    public int maxSweeps() {
        return maxSweeps;
    }

    /**
     * @param problem the box and its sphere sets (not null)
     * @return the grid, the particles, the fractions reached and warnings
     */
    public PackingSolution solve(PackingProblem problem) {
        Checks.nonNull(problem, "problem");
        Run run = new Run(problem);
        run.generate();
        Microstructure m = Microstructure.of(problem.nx(), problem.ny(), problem.nz(), problem.voxelSize(),
                run.raster.labels, problem.phases());
        run.checkTargets(m);
        return new PackingSolution(problem, m, ImmutableList.copyOf(run.particles), seed, run.attempts, run.sweeps,
                ImmutableList.copyOf(run.warnings));
    }

    @Override
    public String toString() {
        return "PackingGenerator(seed " + seed + ", maxAttempts " + maxAttempts + ", maxSweeps " + maxSweeps + ")";
    }

    /** The state of one generation. */
    private final class Run {
        final PackingProblem p;
        final Canvas raster;
        final SphereGrid grid;
        final SplittableRandom random = new SplittableRandom(seed);
        final double lx;
        final double ly;
        final double lz;
        final double h;
        /** The largest outer radius (a sphere must not meet its own periodic image). */
        final double maxOuter;
        final List<Particle> particles = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Map<VoxelPhase, Coating> coatingOf = new HashMap<>();
        /** Why each set stopped short, if it did. */
        final Map<VoxelPhase, String> stopped = new HashMap<>();
        long attempts;
        int sweeps;
        int redrawn;

        Run(PackingProblem p) {
            this.p = p;
            this.h = p.voxelSize();
            this.lx = p.nx() * h;
            this.ly = p.ny() * h;
            this.lz = p.nz() * h;
            this.maxOuter = 0.5 * Math.min(lx, Math.min(ly, lz));
            // every box is generated periodic (see the class comment); a non-periodic one lists the pieces
            this.raster = new Canvas(p.nx(), p.ny(), p.nz(), h, true, p.background().label());
            // cells about the diameter of the smallest kind of sphere, usually the most numerous; larger
            // spheres are listed in several cells
            double cell = Double.POSITIVE_INFINITY;
            for (SphereSet s : p.sets()) {
                cell = Math.min(cell, 2 * (s.radii().quantile(0.5) + thickness(s.phase())));
            }
            cell = Math.max(cell, h);
            p.coatings().forEach(c -> coatingOf.put(c.coated(), c));
            this.grid = new SphereGrid(lx, ly, lz, true, cell);
        }

        double thickness(VoxelPhase phase) {
            for (Coating c : p.coatings()) {
                if (c.coated().equals(phase)) {
                    return c.thickness();
                }
            }
            return 0;
        }

        long target(SphereSet s) {
            return Math.round(s.volumeFraction() * raster.voxelCount());
        }

        /** A radius of the set's distribution whose outer sphere is smaller than half the box. */
        double draw(SphereSet s) {
            double t = thickness(s.phase());
            for (int tries = 0; tries < 1000; tries++) {
                double r = s.radii().sample(random);
                if (r + t < maxOuter) {
                    return r;
                }
                redrawn++;
            }
            throw new IllegalArgumentException("radii " + s.radii() + " of " + s.phase().name() + " (with coating "
                    + Display.quantity(t, "m") + ") do not fit a box of smallest length "
                    + Display.quantity(2 * maxOuter, "m") + ": a sphere must be smaller than half the box");
        }

        void generate() {
            for (SphereSet s : p.sets()) {
                double rv = s.radii().quantile(0.5) / h;
                if (rv < 2) {
                    warnings.add(s.phase().name() + ": median radius " + Display.number(rv) + " voxels; below about 3"
                            + " voxels the voxelized spheres are coarse (volumes within a few %, areas poor)");
                }
            }
            for (Coating c : p.coatings()) {
                if (c.thickness() < h) {
                    warnings.add(c.phase().name() + " coating: thickness " + Display.quantity(c.thickness(), "m")
                            + " is " + Display.number(c.thickness() / h) + " voxels; a shell thinner than one voxel"
                            + " has holes (use a voxel size below the thickness)");
                }
            }
            List<SphereSet> sets = p.sets();
            int i = 0;
            while (i < sets.size()) {
                SphereSet s = sets.get(i);
                int first = particles.size();
                if (s.placement() == Placement.DENSE) {
                    int j = i;
                    while (j < sets.size() && sets.get(j).placement() == Placement.DENSE) {
                        j++;
                    }
                    dense(sets.subList(i, j));
                    i = j;
                } else {
                    if (s.placement() == Placement.OVERLAPPING) {
                        overlapping(s);
                    } else {
                        sequential(s, 0);
                    }
                    i++;
                }
                coat(first);
            }
            if (redrawn > 0) {
                warnings.add(redrawn + " radii were drawn again because the sphere (with its coating) was not smaller"
                        + " than half the box; the largest radii are under-represented");
            }
            if (!p.periodic()) {
                listPieces();
            }
        }

        /** Replaces each particle by the pieces that reach into the box: itself and its periodic images. */
        void listPieces() {
            List<Particle> pieces = new ArrayList<>();
            for (Particle q : particles) {
                double outer = q.radius() + thickness(q.phase());
                for (int sz = -1; sz <= 1; sz++) {
                    for (int sy = -1; sy <= 1; sy++) {
                        for (int sx = -1; sx <= 1; sx++) {
                            double x = q.x() + sx * lx;
                            double y = q.y() + sy * ly;
                            double z = q.z() + sz * lz;
                            double dx = Math.max(0, Math.max(-x, x - lx));
                            double dy = Math.max(0, Math.max(-y, y - ly));
                            double dz = Math.max(0, Math.max(-z, z - lz));
                            if (dx * dx + dy * dy + dz * dz < outer * outer) {
                                pieces.add(new Particle(q.phase(), x, y, z, q.radius()));
                            }
                        }
                    }
                }
            }
            particles.clear();
            particles.addAll(pieces);
        }

        /** The coatings of the particles placed from index {@code first} on. */
        void coat(int first) {
            for (int k = first; k < particles.size(); k++) {
                Particle q = particles.get(k);
                Coating c = coatingOf.get(q.phase());
                if (c != null) {
                    raster.shell(q.x(), q.y(), q.z(), q.radius(), q.radius() + c.thickness(), c.phase().label());
                }
            }
        }

        void place(SphereSet s, double x, double y, double z, double r) {
            raster.shell(x, y, z, 0, r, s.phase().label());
            grid.add(x, y, z, r + thickness(s.phase()));
            particles.add(new Particle(s.phase(), x, y, z, r));
        }

        /** True if adding c voxels to count brings it no closer to target. */
        boolean overshoots(long count, long c, long target) {
            return count + c > target && count + c - target > target - count;
        }

        void overlapping(SphereSet s) {
            long target = target(s);
            long count = 0;
            int idle = 0;
            while (count < target) {
                if (raster.claimedCount() == raster.voxelCount()) {
                    stopped.put(s.phase(), "no free voxel was left");
                    break;
                }
                double r = draw(s);
                double x = random.nextDouble() * lx;
                double y = random.nextDouble() * ly;
                double z = random.nextDouble() * lz;
                long c = raster.shell(x, y, z, 0, r, -1);
                if (overshoots(count, c, target)) {
                    break;
                }
                idle = c == 0 ? idle + 1 : 0;
                if (idle > maxAttempts) {
                    stopped.put(s.phase(), maxAttempts + " spheres in a row found no free voxel");
                    break;
                }
                place(s, x, y, z, r);
                count += c;
            }
        }

        /**
         * Random sequential addition of the set's spheres, largest first, until its voxels reach the
         * target; {@code count} voxels of the phase are already placed.
         */
        void sequential(SphereSet s, long count) {
            long target = target(s);
            double t = thickness(s.phase());
            double need = (target - count) * h * h * h;
            List<Double> radii = new ArrayList<>();
            for (double v = 0; v < need; ) {
                double r = draw(s);
                radii.add(r);
                v += 4.0 / 3.0 * Math.PI * r * r * r;
            }
            radii.sort((a, b) -> Double.compare(b, a));
            int next = 0;
            int missesInARow = 0;
            while (count < target) {
                double r = next < radii.size() ? radii.get(next++) : draw(s);
                double outer = r + t;
                boolean found = false;
                double x = 0;
                double y = 0;
                double z = 0;
                for (int a = 0; a < maxAttempts && !found; a++) {
                    attempts++;
                    x = random.nextDouble() * lx;
                    y = random.nextDouble() * ly;
                    z = random.nextDouble() * lz;
                    found = !grid.overlapsAny(x, y, z, outer);
                }
                if (!found) {
                    if (++missesInARow >= MISSES_IN_A_ROW) {
                        stopped.put(s.phase(), MISSES_IN_A_ROW + " spheres in a row found no room in " + maxAttempts
                                + " attempts each (random sequential addition jams near 0.38 for equal spheres; use "
                                + "Placement.DENSE or raise withMaxAttempts)");
                        return;
                    }
                    continue;
                }
                missesInARow = 0;
                long c = raster.shell(x, y, z, 0, r, -1);
                if (overshoots(count, c, target)) {
                    return;
                }
                place(s, x, y, z, r);
                count += c;
            }
        }

        /** Collective rearrangement of all spheres of consecutive dense sets, then top-up. */
        void dense(List<SphereSet> group) {
            int base = grid.size;
            List<SphereSet> owner = new ArrayList<>();
            List<Double> core = new ArrayList<>();
            for (SphereSet s : group) {
                double need = target(s) * h * h * h;
                List<Double> radii = new ArrayList<>();
                for (double v = 0; v < need; ) {
                    double r = draw(s);
                    radii.add(r);
                    v += 4.0 / 3.0 * Math.PI * r * r * r;
                }
                radii.sort((a, b) -> Double.compare(b, a));
                double t = thickness(s.phase());
                for (double r : radii) {
                    owner.add(s);
                    core.add(r);
                    grid.add(random.nextDouble() * lx, random.nextDouble() * ly, random.nextDouble() * lz, r + t);
                }
            }
            Relaxation relax = new Relaxation(base);
            relax.run();
            for (int k = base; k < grid.size; k++) {
                SphereSet s = owner.get(k - base);
                raster.shell(grid.x[k], grid.y[k], grid.z[k], 0, core.get(k - base), s.phase().label());
                particles.add(new Particle(s.phase(), grid.x[k], grid.y[k], grid.z[k], core.get(k - base)));
            }
            if (relax.overlaps > 0) {
                warnings.add("dense packing of " + names(group) + ": after " + relax.sweepsDone + " sweeps "
                        + relax.overlaps + " pairs of spheres still overlap, by up to "
                        + Display.number(100 * relax.worst) + " % of the smaller radius; raise withMaxSweeps or lower "
                        + "the target (random close packing of equal spheres is ≈ 0.64)");
            }
            for (SphereSet s : group) {
                long have = raster.count(s.phase().label());
                if (have < target(s)) {
                    sequential(s, have);
                }
            }
        }

        String names(List<SphereSet> group) {
            StringBuilder sb = new StringBuilder();
            for (SphereSet s : group) {
                sb.append(sb.length() == 0 ? "" : " + ").append(s.phase().name());
            }
            return sb.toString();
        }

        /**
         * Overlap relaxation: every overlapping pair is pushed apart along its line of centres by the
         * overlap (× 1.05, so that it does not come back at once), the smaller sphere moving more;
         * spheres below {@code base} are fixed.
         */
        final class Relaxation implements SphereGrid.Visitor {
            final int base;
            int self;
            int overlaps;
            double worst;
            int sweepsDone;

            Relaxation(int base) {
                this.base = base;
            }

            void run() {
                for (int sweep = 1; sweep <= maxSweeps; sweep++) {
                    sweepsDone = sweep;
                    sweeps++;
                    grid.rebuild();
                    overlaps = 0;
                    worst = 0;
                    for (self = base; self < grid.size; self++) {
                        grid.forNeighbours(grid.x[self], grid.y[self], grid.z[self], grid.r[self], self, this);
                    }
                    if (overlaps == 0) {
                        return;
                    }
                    for (int k = base; k < grid.size; k++) {
                        grid.x[k] = fold(grid.x[k], lx);
                        grid.y[k] = fold(grid.y[k], ly);
                        grid.z[k] = fold(grid.z[k], lz);
                    }
                }
                // count what is left at the positions returned
                grid.rebuild();
                overlaps = 0;
                worst = 0;
                for (self = base; self < grid.size; self++) {
                    grid.forNeighbours(grid.x[self], grid.y[self], grid.z[self], grid.r[self], self, (j, dx, dy, dz, d2) -> {
                        if (j > self || j < base) {
                            overlaps++;
                            worst = Math.max(worst, (grid.r[self] + grid.r[j] - Math.sqrt(d2))
                                    / Math.min(grid.r[self], grid.r[j]));
                        }
                        return false;
                    });
                }
            }

            double fold(double v, double length) {
                double w = v - length * Math.floor(v / length);
                return w >= length ? 0 : w;
            }

            @Override
            public boolean visit(int j, double dx, double dy, double dz, double d2) {
                double ri = grid.r[self];
                double rj = grid.r[j];
                double d = Math.sqrt(d2);
                // the separation was taken at the start of the query: recompute from the current positions
                dx = grid.sep(grid.x[j] - grid.x[self], lx);
                dy = grid.sep(grid.y[j] - grid.y[self], ly);
                dz = grid.sep(grid.z[j] - grid.z[self], lz);
                d = Math.sqrt(dx * dx + dy * dy + dz * dz);
                double overlap = ri + rj - d;
                if (overlap <= 0) {
                    return false;
                }
                overlaps++;
                worst = Math.max(worst, overlap / Math.min(ri, rj));
                if (d < 1e-12 * (ri + rj)) {
                    // coincident centres: a random direction
                    double u = 2 * random.nextDouble() - 1;
                    double phi = 2 * Math.PI * random.nextDouble();
                    double sn = Math.sqrt(1 - u * u);
                    dx = sn * Math.cos(phi);
                    dy = sn * Math.sin(phi);
                    dz = u;
                    d = 1;
                }
                // the margin (a billionth of the radii) keeps round-off from leaving a pair overlapping
                double push = (OVER * overlap + 1e-9 * (ri + rj)) / d;
                if (j >= base) {
                    double vi = ri * ri * ri;
                    double vj = rj * rj * rj;
                    double wi = vj / (vi + vj);
                    grid.x[self] -= wi * push * dx;
                    grid.y[self] -= wi * push * dy;
                    grid.z[self] -= wi * push * dz;
                    grid.x[j] += (1 - wi) * push * dx;
                    grid.y[j] += (1 - wi) * push * dy;
                    grid.z[j] += (1 - wi) * push * dz;
                } else {
                    grid.x[self] -= push * dx;
                    grid.y[self] -= push * dy;
                    grid.z[self] -= push * dz;
                }
                return false;
            }
        }

        void checkTargets(Microstructure m) {
            double n = raster.voxelCount();
            for (SphereSet s : p.sets()) {
                double reached = m.volumeFraction(s.phase());
                double sphere = s.radii().meanVolume() / (h * h * h) / n;
                double tol = Math.max(2e-3, sphere);
                if (Math.abs(reached - s.volumeFraction()) > tol) {
                    String why = stopped.get(s.phase());
                    warnings.add(s.phase().name() + " reached a volume fraction of " + Display.number(reached, 4)
                            + ", target " + Display.number(s.volumeFraction(), 4) + " (tolerance "
                            + Display.number(tol, 2) + ")" + (why == null ? "" : ": " + why));
                }
            }
        }
    }
}
