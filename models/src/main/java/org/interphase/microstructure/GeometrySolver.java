package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.interphase.core.Checks;

/**
 * Measures the geometry of a voxel microstructure ({@link GeometryProblem} in, {@link GeometrySolution}
 * out): volume fractions, connected components and percolation of every phase, interfacial areas
 * (voxel-face count and a smoothed estimate), the active CAM|SE interface of a composite electrode,
 * contact fractions per CAM component and per particle, triple-phase-boundary lengths, two-point
 * correlations and chord lengths.
 *
 * <p>How:
 * <ul>
 *   <li>Components: 6-connected labelling of each phase, of the electron conductors (CAM + carbon) and of
 *       the electrolytes (union–find, O(N α(N)), one {@code int} per voxel), run in parallel.</li>
 *   <li>Areas: one pass over the faces; each face between two phases is counted and weighted by
 *       |n|₂/|n|₁ of a normal fitted to the phase indicators around it (projection estimator: a surface
 *       element with normal n is drawn with |n|₁ times its area in voxel faces; see
 *       {@link GeometrySolution#interfaceArea}). A CAM|SE face is active when the CAM voxel's electron
 *       component touches the collector face and the SE voxel's ion component touches the separator face.</li>
 *   <li>Triple-phase boundary: interior voxel edges whose four voxels hold three different phases.</li>
 *   <li>S2(r) along the axes from the phase indicator packed 64 voxels per word (bit counts); chords by
 *       run lengths.</li>
 * </ul>
 * The grid is split into slabs of z planes processed by {@link #threads()} threads; areas are summed
 * in fixed point (2⁻²⁸ of a voxel face) so that the result is the same, bit for bit, for every thread
 * count. Memory: one {@code int} per voxel for each labelling kept during the face pass (at most three:
 * the CAM, the electron conductors, the electrolytes) plus one bit per voxel and phase for S2.
 *
 * <p>Immutable and thread-safe.
 */
public final class GeometrySolver {

    /** The largest correlation length accepted, in voxels. */
    public static final int MAX_CORRELATION_LENGTH = 1 << 16;
    /** The most threads accepted. */
    public static final int MAX_THREADS = 256;

    static final String METHOD = "6-connected union-find labelling; interfacial area by voxel-face count and by "
            + "faces weighted with |n|2/|n|1 of a Gaussian-weighted least-squares normal (sigma = 0.7 voxel, "
            + "4x3x3 window); triple-phase boundary by edge counting; S2 along axes by bit counts";

    private final int threads;
    private final int correlationLength;

    private GeometrySolver(int threads, int correlationLength) {
        this.threads = threads;
        this.correlationLength = correlationLength;
    }

    /**
     * @return a solver using every available processor (at most {@value #MAX_THREADS}) and S2 up to a lag of
     *     64 voxels
     */
    public static GeometrySolver withDefaults() {
        return new GeometrySolver(Math.min(MAX_THREADS, Math.max(1, Runtime.getRuntime().availableProcessors())), 64);
    }

    /**
     * @param threads worker threads, in [1, {@value #MAX_THREADS}]; the result does not depend on it
     * @return a copy with that many threads
     * @throws IllegalArgumentException if out of range
     */
    public GeometrySolver withThreads(int threads) {
        Checks.inClosedRange(threads, 1, MAX_THREADS, "threads");
        return new GeometrySolver(threads, correlationLength);
    }

    /**
     * @param correlationLength the largest lag of S2(r), in voxels, in [0, {@value #MAX_CORRELATION_LENGTH}]
     *     (capped at the box size − 1 along each axis; 0 skips S2)
     * @return a copy with that correlation length
     * @throws IllegalArgumentException if out of range
     */
    public GeometrySolver withCorrelationLength(int correlationLength) {
        Checks.inClosedRange(correlationLength, 0, MAX_CORRELATION_LENGTH, "correlationLength");
        return new GeometrySolver(threads, correlationLength);
    }

    /** @return the number of worker threads */
    public int threads() {
        return threads;
    }

    /** @return the largest lag of S2, in voxels */
    public int correlationLength() {
        return correlationLength;
    }

    @Override
    public String toString() {
        return "GeometrySolver: " + threads + " threads, S2 up to " + correlationLength + " voxels";
    }

    /**
     * @param problem the problem (not null)
     * @return its geometry
     */
    public GeometrySolution solve(GeometryProblem problem) {
        Checks.nonNull(problem, "problem");
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "interphase-geometry");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            return new Run(problem, pool, threads, correlationLength).solve();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** Runs the tasks on the pool (or here), returning their results in order. */
    static <T> List<T> runAll(ExecutorService pool, List<Callable<T>> tasks) {
        List<T> out = new ArrayList<>(tasks.size());
        try {
            if (pool == null) {
                for (Callable<T> t : tasks) {
                    out.add(t.call());
                }
                return out;
            }
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> t : tasks) {
                futures.add(pool.submit(t));
            }
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("geometry interrupted", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One solve: the problem, its grid and the intermediate results. */
    private static final class Run {
        final GeometryProblem problem;
        final Microstructure m;
        final ExecutorService pool;
        final int threads;
        final int correlationLength;
        final byte[] labels;
        final int nx;
        final int ny;
        final int nz;
        final int p;
        final ImmutableList<Phase> phases;
        /** index[label] = position of its phase in phases. */
        final int[] index = new int[Phase.MAX_LABEL + 1];
        final List<String> warnings = new ArrayList<>();

        Run(GeometryProblem problem, ExecutorService pool, int threads, int correlationLength) {
            this.problem = problem;
            this.m = problem.microstructure();
            this.pool = pool;
            this.threads = threads;
            this.correlationLength = correlationLength;
            this.labels = m.labelArray();
            this.nx = m.nx();
            this.ny = m.ny();
            this.nz = m.nz();
            this.phases = m.phases();
            this.p = phases.size();
            java.util.Arrays.fill(index, -1);
            for (int i = 0; i < p; i++) {
                index[phases.get(i).label()] = i;
            }
        }

        /** Slabs of z planes [bounds[k], bounds[k+1]). */
        int[] slabs(int n) {
            int count = Math.max(1, Math.min(n, 4 * threads));
            int[] b = new int[count + 1];
            for (int k = 0; k <= count; k++) {
                b[k] = (int) ((long) n * k / count);
            }
            return b;
        }

        boolean[] select(Iterable<Phase> set) {
            boolean[] s = new boolean[Phase.MAX_LABEL + 1];
            for (Phase ph : set) {
                s[ph.label()] = true;
            }
            return s;
        }

        GeometrySolution solve() {
            boolean electrode = problem.isElectrode();
            int cam = electrode ? phases.indexOf(problem.activeMaterial().get()) : -1;
            List<Phase> electronSet = new ArrayList<>();
            if (electrode) {
                electronSet.add(problem.activeMaterial().get());
                electronSet.addAll(problem.electronConductors());
            }
            List<Phase> ionSet = problem.electrolytes();
            boolean ownElectron = electrode && electronSet.size() > 1;
            boolean ownIon = electrode && ionSet.size() > 1;

            // labellings: one per phase, and the two conduction networks when they join several phases; a
            // phase's component array is kept only when the face pass needs it (at most three are alive then)
            int ionSingle = electrode && !ownIon ? phases.indexOf(ionSet.get(0)) : -1;
            List<Callable<Components>> tasks = new ArrayList<>();
            for (int i = 0; i < p; i++) {
                int phase = i;
                boolean keep = phase == cam || phase == ionSingle;
                tasks.add(() -> new Components(Labelling.of(m, select(List.of(phases.get(phase)))), keep));
            }
            if (ownElectron) {
                tasks.add(() -> new Components(Labelling.of(m, select(electronSet)), true));
            }
            if (ownIon) {
                tasks.add(() -> new Components(Labelling.of(m, select(ionSet)), true));
            }
            List<Components> all = runAll(pool, tasks);
            long[][] componentSizes = new long[p][];
            long[][] connected = new long[p][];
            long[][] spanning = new long[p][];
            long[] isolated = new long[p];
            for (int i = 0; i < p; i++) {
                Components c = all.get(i);
                componentSizes[i] = c.sortedSizes;
                connected[i] = c.connected;
                spanning[i] = c.spanning;
                isolated[i] = c.isolated;
            }
            Components camC = electrode ? all.get(cam) : null;
            Labelling camLab = electrode ? camC.labelling : null;
            Labelling eLab = !electrode ? null : ownElectron ? all.get(p).labelling : camLab;
            Labelling iLab = !electrode ? null : ownIon ? all.get(all.size() - 1).labelling : all.get(ionSingle).labelling;
            int[][] rank = new int[p][];
            if (electrode) {
                rank[cam] = camC.rank;
            }
            all = null;

            boolean[] isIon = new boolean[p];
            for (Phase ph : ionSet) {
                isIon[phases.indexOf(ph)] = true;
            }
            boolean[] eTouch = null;
            boolean[] iTouch = null;
            if (electrode) {
                eTouch = new boolean[eLab.count];
                for (int c = 0; c < eLab.count; c++) {
                    eTouch[c] = eLab.touches(c, problem.collector());
                }
                iTouch = new boolean[iLab.count];
                for (int c = 0; c < iLab.count; c++) {
                    iTouch[c] = iLab.touches(c, problem.separator());
                }
            }
            FaceWeights weights = new FaceWeights(m);
            FacePass facePass = faces(weights, cam, isIon, camLab, rank, eLab, eTouch, iLab, iTouch);

            double h = m.voxelSize();
            double h2 = h * h;
            double[] pairAreas = new double[p * p];
            for (int k = 0; k < p * p; k++) {
                pairAreas[k] = facePass.pairArea[k] / GeometrySolution.AREA_SCALE * h2;
            }
            GeometrySolution.Electrode e = null;
            ImmutableList<GeometrySolution.ParticleContact> contacts = ImmutableList.of();
            if (electrode) {
                e = new GeometrySolution.Electrode();
                e.camSeFaces = facePass.camSeFaces;
                e.camSeArea = facePass.camSeArea / GeometrySolution.AREA_SCALE * h2;
                e.activeFaces = facePass.activeFaces;
                e.activeArea = facePass.activeArea / GeometrySolution.AREA_SCALE * h2;
                e.camConnected = facePass.camConnected;
                e.camVoxels = m.count(phases.get(cam));
                long ionVoxels = 0;
                long ionConnected = 0;
                for (int c = 0; c < iLab.count; c++) {
                    ionVoxels += iLab.sizes[c];
                    if (iTouch[c]) {
                        ionConnected += iLab.sizes[c];
                    }
                }
                e.electrolyteVoxels = ionVoxels;
                e.electrolyteConnected = ionConnected;
                int nc = camLab.count;
                e.componentSurface = new double[nc];
                e.componentContact = new double[nc];
                for (int r = 0; r < nc; r++) {
                    e.componentSurface[r] = facePass.compSurface[r] / GeometrySolution.AREA_SCALE * h2;
                    e.componentContact[r] = facePass.compContact[r] / GeometrySolution.AREA_SCALE * h2;
                }
                contacts = particles(weights, cam, isIon);
                electrodeWarnings(e, cam);
            }
            ImmutableSortedMap<Integer, Long> triples = p >= 3 ? tripleEdges() : ImmutableSortedMap.of();
            double[][][] s2 = correlations();
            long[][][] chords = chords();
            percolationWarnings(spanning);
            return new GeometrySolution(problem, componentSizes, connected, spanning, isolated, facePass.pairFaces,
                    pairAreas, triples, s2, chords, e, contacts, METHOD, ImmutableList.copyOf(warnings));
        }

        private void percolationWarnings(long[][] spanning) {
            Axis axis = problem.collector().axis();
            for (int i = 0; i < p; i++) {
                if (m.count(phases.get(i)) > 0 && spanning[i][axis.ordinal()] == 0) {
                    warnings.add(phases.get(i).name() + " does not percolate along " + axis
                            + ": no component touches both " + axis.low() + " and " + axis.high());
                }
            }
        }

        private void electrodeWarnings(GeometrySolution.Electrode e, int cam) {
            if (e.camSeFaces == 0) {
                warnings.add("no voxel of the active material " + phases.get(cam).name()
                        + " touches an electrolyte: there is no CAM|SE interface");
            } else if (e.activeFaces == 0) {
                warnings.add("none of the " + e.camSeFaces + " CAM|SE faces is active: no CAM connected to the "
                        + "collector " + problem.collector() + " touches electrolyte connected to the separator "
                        + problem.separator());
            }
        }

        /** Statistics of one labelling, and the labelling itself when the face pass needs it. */
        private static final class Components {
            final Labelling labelling;
            final long[] sortedSizes;
            /** rank[c] = position of component c among the sorted sizes. */
            final int[] rank;
            final long[] connected = new long[6];
            final long[] spanning = new long[3];
            long isolated;

            Components(Labelling l, boolean keep) {
                this.labelling = keep ? l : null;
                Integer[] order = new Integer[l.count];
                for (int c = 0; c < l.count; c++) {
                    order[c] = c;
                }
                java.util.Arrays.sort(order, (a, b) -> l.sizes[a] != l.sizes[b] ? Long.compare(l.sizes[b], l.sizes[a])
                        : Integer.compare(a, b));
                sortedSizes = new long[l.count];
                rank = new int[l.count];
                for (int r = 0; r < l.count; r++) {
                    sortedSizes[r] = l.sizes[order[r]];
                    rank[order[r]] = r;
                }
                for (int c = 0; c < l.count; c++) {
                    for (Face f : Face.values()) {
                        if (l.touches(c, f)) {
                            connected[f.ordinal()] += l.sizes[c];
                        }
                    }
                    for (Axis a : Axis.values()) {
                        if (l.touches(c, a.low()) && l.touches(c, a.high())) {
                            spanning[a.ordinal()] += l.sizes[c];
                        }
                    }
                    if (l.faces[c] == 0) {
                        isolated += l.sizes[c];
                    }
                }
            }
        }

        /** Partial sums of one slab of the face pass. */
        private static final class FacePass {
            long[] pairFaces;
            long[] pairArea;
            long camSeFaces;
            long camSeArea;
            long activeFaces;
            long activeArea;
            long camConnected;
            long[] compSurface;
            long[] compContact;

            void add(FacePass o) {
                for (int k = 0; k < pairFaces.length; k++) {
                    pairFaces[k] += o.pairFaces[k];
                    pairArea[k] += o.pairArea[k];
                }
                camSeFaces += o.camSeFaces;
                camSeArea += o.camSeArea;
                activeFaces += o.activeFaces;
                activeArea += o.activeArea;
                camConnected += o.camConnected;
                if (compSurface != null) {
                    for (int k = 0; k < compSurface.length; k++) {
                        compSurface[k] += o.compSurface[k];
                        compContact[k] += o.compContact[k];
                    }
                }
            }
        }

        private FacePass faces(FaceWeights weights, int cam, boolean[] isIon, Labelling camLab, int[][] rank,
                Labelling eLab, boolean[] eTouch, Labelling iLab, boolean[] iTouch) {
            int[] b = slabs(nz);
            List<Callable<FacePass>> tasks = new ArrayList<>();
            for (int k = 0; k + 1 < b.length; k++) {
                int z0 = b[k];
                int z1 = b[k + 1];
                tasks.add(() -> facesOfSlab(weights, z0, z1, cam, isIon, camLab, cam >= 0 ? rank[cam] : null, eLab,
                        eTouch, iLab, iTouch));
            }
            List<FacePass> parts = runAll(pool, tasks);
            FacePass total = parts.get(0);
            for (int k = 1; k < parts.size(); k++) {
                total.add(parts.get(k));
            }
            return total;
        }

        private FacePass facesOfSlab(FaceWeights weights, int z0, int z1, int cam, boolean[] isIon, Labelling camLab,
                int[] camRank, Labelling eLab, boolean[] eTouch, Labelling iLab, boolean[] iTouch) {
            FacePass f = new FacePass();
            f.pairFaces = new long[p * p];
            f.pairArea = new long[p * p];
            int camLabel = cam >= 0 ? phases.get(cam).label() : -1;
            if (cam >= 0) {
                f.compSurface = new long[camLab.count];
                f.compContact = new long[camLab.count];
            }
            int nxy = nx * ny;
            int[] stride = {1, nx, nxy};
            for (int z = z0; z < z1; z++) {
                for (int y = 0; y < ny; y++) {
                    int i = nx * (y + ny * z);
                    for (int x = 0; x < nx; x++, i++) {
                        int la = labels[i] & 0xFF;
                        if (la == camLabel && eTouch[eLab.component[i]]) {
                            f.camConnected++;
                        }
                        for (int axis = 0; axis < 3; axis++) {
                            if ((axis == 0 ? x + 1 >= nx : axis == 1 ? y + 1 >= ny : z + 1 >= nz)) {
                                continue;
                            }
                            int j = i + stride[axis];
                            int lb = labels[j] & 0xFF;
                            if (la == lb) {
                                continue;
                            }
                            int pa = index[la];
                            int pb = index[lb];
                            int key = pa < pb ? pa * p + pb : pb * p + pa;
                            long w = Math.round(weights.weight(x, y, z, axis, la, lb) * GeometrySolution.AREA_SCALE);
                            f.pairFaces[key]++;
                            f.pairArea[key] += w;
                            if (la == camLabel || lb == camLabel) {
                                int camVoxel = la == camLabel ? i : j;
                                int other = la == camLabel ? pb : pa;
                                int otherVoxel = la == camLabel ? j : i;
                                int r = camRank[camLab.component[camVoxel]];
                                f.compSurface[r] += w;
                                if (isIon[other]) {
                                    f.compContact[r] += w;
                                    f.camSeFaces++;
                                    f.camSeArea += w;
                                    if (eTouch[eLab.component[camVoxel]] && iTouch[iLab.component[otherVoxel]]) {
                                        f.activeFaces++;
                                        f.activeArea += w;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return f;
        }

        private ImmutableList<GeometrySolution.ParticleContact> particles(FaceWeights weights, int cam,
                boolean[] isIon) {
            Phase camPhase = phases.get(cam);
            int camLabel = camPhase.label();
            double h = m.voxelSize();
            List<Particle> list = new ArrayList<>();
            for (Particle q : problem.particles()) {
                if (q.phase().equals(camPhase)) {
                    list.add(q);
                }
            }
            if (list.isEmpty() && !problem.particles().isEmpty()) {
                warnings.add("none of the " + problem.particles().size() + " particles is of the active material "
                        + camPhase.name() + ": no contact per particle is reported");
            }
            // a voxel inside several spheres belongs to the one of least power distance d² − r² (the radical
            // plane splits a lens), ties to the first listed; neighbours found through cells of 2·r_max
            int np = list.size();
            double[] px = new double[np];
            double[] py = new double[np];
            double[] pz = new double[np];
            double[] pr = new double[np];
            double rMax = 0;
            for (int k = 0; k < np; k++) {
                Particle q = list.get(k);
                px[k] = q.x() / h - 0.5;
                py[k] = q.y() / h - 0.5;
                pz[k] = q.z() / h - 0.5;
                pr[k] = q.radius() / h;
                rMax = Math.max(rMax, pr[k]);
            }
            double cell = Math.max(1.0, 2 * rMax);
            Map<List<Long>, List<Integer>> cells = new HashMap<>();
            for (int k = 0; k < np; k++) {
                cells.computeIfAbsent(cellOf(px[k], py[k], pz[k], cell), c -> new ArrayList<>()).add(k);
            }
            int[][] neighbours = new int[np][];
            for (int k = 0; k < np; k++) {
                List<Long> c = cellOf(px[k], py[k], pz[k], cell);
                List<Integer> found = new ArrayList<>();
                for (long a = -1; a <= 1; a++) {
                    for (long b = -1; b <= 1; b++) {
                        for (long d = -1; d <= 1; d++) {
                            List<Integer> in = cells.get(List.of(c.get(0) + a, c.get(1) + b, c.get(2) + d));
                            if (in == null) {
                                continue;
                            }
                            for (int o : in) {
                                double dist2 = sq(px[o] - px[k]) + sq(py[o] - py[k]) + sq(pz[o] - pz[k]);
                                if (o != k && dist2 < sq(pr[o] + pr[k])) {
                                    found.add(o);
                                }
                            }
                        }
                    }
                }
                neighbours[k] = found.stream().mapToInt(Integer::intValue).sorted().toArray();
            }
            List<Callable<GeometrySolution.ParticleContact>> tasks = new ArrayList<>();
            for (int k0 = 0; k0 < np; k0++) {
                int k = k0;
                Particle q = list.get(k);
                tasks.add(() -> {
                    double cx = px[k];
                    double cy = py[k];
                    double cz = pz[k];
                    double r = pr[k];
                    double r2 = r * r;
                    int[] nb = neighbours[k];
                    int x0 = range(Math.floor(cx - r), nx);
                    int x1 = range(Math.ceil(cx + r), nx);
                    int y0 = range(Math.floor(cy - r), ny);
                    int y1 = range(Math.ceil(cy + r), ny);
                    int z0 = range(Math.floor(cz - r), nz);
                    int z1 = range(Math.ceil(cz + r), nz);
                    long faces = 0;
                    long contact = 0;
                    long area = 0;
                    long contactArea = 0;
                    int[] dx = {-1, 1, 0, 0, 0, 0};
                    int[] dy = {0, 0, -1, 1, 0, 0};
                    int[] dz = {0, 0, 0, 0, -1, 1};
                    for (int z = z0; z <= z1; z++) {
                        for (int y = y0; y <= y1; y++) {
                            for (int x = x0; x <= x1; x++) {
                                double d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy) + (z - cz) * (z - cz);
                                int i = x + nx * (y + ny * z);
                                if (d2 > r2 || (labels[i] & 0xFF) != camLabel || ownedByAnother(k, x, y, z, d2 - r2,
                                        nb, px, py, pz, pr)) {
                                    continue;
                                }
                                for (int s = 0; s < 6; s++) {
                                    int xx = x + dx[s];
                                    int yy = y + dy[s];
                                    int zz = z + dz[s];
                                    if (xx < 0 || yy < 0 || zz < 0 || xx >= nx || yy >= ny || zz >= nz) {
                                        continue;
                                    }
                                    int lb = labels[xx + nx * (yy + ny * zz)] & 0xFF;
                                    if (lb == camLabel) {
                                        continue;
                                    }
                                    int axis = s / 2;
                                    boolean up = (s & 1) == 1;
                                    long w = Math.round(GeometrySolution.AREA_SCALE * (up
                                            ? weights.weight(x, y, z, axis, camLabel, lb)
                                            : weights.weight(xx, yy, zz, axis, lb, camLabel)));
                                    faces++;
                                    area += w;
                                    if (isIon[index[lb]]) {
                                        contact++;
                                        contactArea += w;
                                    }
                                }
                            }
                        }
                    }
                    double scale = h * h / GeometrySolution.AREA_SCALE;
                    return new GeometrySolution.ParticleContact(q, faces, contact, area * scale, contactArea * scale);
                });
            }
            return ImmutableList.copyOf(runAll(pool, tasks));
        }

        private static double sq(double v) {
            return v * v;
        }

        private static List<Long> cellOf(double x, double y, double z, double cell) {
            return List.of((long) Math.floor(x / cell), (long) Math.floor(y / cell), (long) Math.floor(z / cell));
        }

        /** True if voxel (x, y, z) lies in a neighbouring sphere at a smaller power distance (or equal, listed first). */
        private static boolean ownedByAnother(int k, int x, int y, int z, double power, int[] nb, double[] px,
                double[] py, double[] pz, double[] pr) {
            for (int o : nb) {
                double po = sq(x - px[o]) + sq(y - py[o]) + sq(z - pz[o]) - pr[o] * pr[o];
                if (po <= 0 && (po < power || po == power && o < k)) {
                    return true;
                }
            }
            return false;
        }

        /** A voxel index from a continuous coordinate, clamped into [0, n − 1]. */
        private static int range(double v, int n) {
            return v < 0 ? 0 : v > n - 1 ? n - 1 : (int) v;
        }

        private ImmutableSortedMap<Integer, Long> tripleEdges() {
            int[] b = slabs(nz);
            List<Callable<Map<Integer, Long>>> tasks = new ArrayList<>();
            for (int k = 0; k + 1 < b.length; k++) {
                int z0 = b[k];
                int z1 = b[k + 1];
                tasks.add(() -> edgesOfSlab(z0, z1));
            }
            TreeMap<Integer, Long> total = new TreeMap<>();
            for (Map<Integer, Long> part : runAll(pool, tasks)) {
                part.forEach((key, v) -> total.merge(key, v, Long::sum));
            }
            return ImmutableSortedMap.copyOf(total);
        }

        private Map<Integer, Long> edgesOfSlab(int z0, int z1) {
            Map<Integer, Long> counts = new HashMap<>();
            int nxy = nx * ny;
            int[] q = new int[4];
            for (int z = z0; z < z1; z++) {
                for (int y = 0; y < ny; y++) {
                    for (int x = 0; x < nx; x++) {
                        int i = x + nx * (y + ny * z);
                        // edge along z at the corner (x+1, y+1): voxels (x,y),(x+1,y),(x,y+1),(x+1,y+1)
                        if (x + 1 < nx && y + 1 < ny) {
                            edge(i, i + 1, i + nx, i + 1 + nx, q, counts);
                        }
                        // edge along x: voxels (y,z),(y+1,z),(y,z+1),(y+1,z+1)
                        if (y + 1 < ny && z + 1 < nz) {
                            edge(i, i + nx, i + nxy, i + nx + nxy, q, counts);
                        }
                        // edge along y: voxels (x,z),(x+1,z),(x,z+1),(x+1,z+1)
                        if (x + 1 < nx && z + 1 < nz) {
                            edge(i, i + 1, i + nxy, i + 1 + nxy, q, counts);
                        }
                    }
                }
            }
            return counts;
        }

        private void edge(int i0, int i1, int i2, int i3, int[] q, Map<Integer, Long> counts) {
            byte a = labels[i0];
            byte b = labels[i1];
            byte c = labels[i2];
            byte d = labels[i3];
            if (a == b && b == c && c == d) {
                return; // one phase: by far the most common edge
            }
            if (a == b && c == d || a == c && b == d || a == d && b == c) {
                return; // at most two phases
            }
            // three or four distinct labels: a pair equal or none
            q[0] = index[a & 0xFF];
            q[1] = index[b & 0xFF];
            q[2] = index[c & 0xFF];
            q[3] = index[d & 0xFF];
            java.util.Arrays.sort(q);
            int n = 0;
            for (int k = 0; k < 4; k++) {
                if (k == 0 || q[k] != q[k - 1]) {
                    q[n++] = q[k];
                }
            }
            if (n < 3) {
                return;
            }
            for (int u = 0; u < n; u++) {
                for (int v = u + 1; v < n; v++) {
                    for (int w = v + 1; w < n; w++) {
                        counts.merge((q[u] * p + q[v]) * p + q[w], 1L, Long::sum);
                    }
                }
            }
        }

        private double[][][] correlations() {
            double[][][] s2 = new double[p][3][];
            int[] lag = {Math.min(correlationLength, nx - 1), Math.min(correlationLength, ny - 1),
                Math.min(correlationLength, nz - 1)};
            int w = LineStatistics.words(nx);
            long n = m.voxelCount();
            for (int i = 0; i < p; i++) {
                int label = phases.get(i).label();
                long count = m.count(phases.get(i));
                if (correlationLength == 0 || count == 0) {
                    for (int a = 0; a < 3; a++) {
                        s2[i][a] = new double[lag[a] + 1];
                        s2[i][a][0] = (double) count / n;
                    }
                    continue;
                }
                long[] bits = new long[ny * nz * w];
                int[] zb = slabs(nz);
                List<Callable<Void>> pack = new ArrayList<>();
                for (int k = 0; k + 1 < zb.length; k++) {
                    int z0 = zb[k];
                    int z1 = zb[k + 1];
                    pack.add(() -> {
                        LineStatistics.pack(m, label, z0, z1, bits);
                        return null;
                    });
                }
                runAll(pool, pack);
                for (int a = 0; a < 3; a++) {
                    int axis = a;
                    int[] cb = axis == 0 ? slabs(ny * nz) : slabs(nz);
                    List<Callable<long[]>> tasks = new ArrayList<>();
                    for (int k = 0; k + 1 < cb.length; k++) {
                        int c0 = cb[k];
                        int c1 = cb[k + 1];
                        tasks.add(() -> LineStatistics.pairCounts(bits, nx, ny, nz, axis, lag[axis], c0, c1));
                    }
                    long[] pairs = new long[lag[a] + 1];
                    for (long[] part : runAll(pool, tasks)) {
                        for (int r = 0; r < pairs.length; r++) {
                            pairs[r] += part[r];
                        }
                    }
                    int size = axis == 0 ? nx : axis == 1 ? ny : nz;
                    s2[i][a] = new double[pairs.length];
                    for (int r = 0; r < pairs.length; r++) {
                        s2[i][a][r] = (double) pairs[r] / ((double) n / size * (size - r));
                    }
                }
            }
            return s2;
        }

        private long[][][] chords() {
            long[][][] c = new long[p][3][];
            int[] size = {nx, ny, nz};
            for (int a = 0; a < 3; a++) {
                int axis = a;
                int[] b = axis == 2 ? slabs(ny) : slabs(nz);
                List<Callable<long[][]>> tasks = new ArrayList<>();
                for (int k = 0; k + 1 < b.length; k++) {
                    int c0 = b[k];
                    int c1 = b[k + 1];
                    tasks.add(() -> {
                        long[][] counts = new long[p][size[axis] + 1];
                        if (axis == 0) {
                            LineStatistics.chordsX(m, index, c0, c1, counts);
                        } else if (axis == 1) {
                            LineStatistics.chordsY(m, index, c0, c1, counts);
                        } else {
                            LineStatistics.chordsZ(m, index, c0, c1, counts);
                        }
                        return counts;
                    });
                }
                for (int i = 0; i < p; i++) {
                    c[i][a] = new long[size[a] + 1];
                }
                for (long[][] part : runAll(pool, tasks)) {
                    for (int i = 0; i < p; i++) {
                        for (int l = 0; l <= size[a]; l++) {
                            c[i][a][l] += part[i][l];
                        }
                    }
                }
            }
            return c;
        }
    }
}
