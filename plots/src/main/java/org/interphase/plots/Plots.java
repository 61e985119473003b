package org.interphase.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interphase.buffer.BufferLayerSolution;
import org.interphase.contact.ContactSolution;
import org.interphase.contact.Surface;
import org.interphase.core.Checks;
import org.interphase.core.Profile;
import org.interphase.impedance.DrtSolution;
import org.interphase.impedance.Spectrum;
import org.interphase.microstructure.Axis;
import org.interphase.microstructure.Microstructure;
import org.interphase.stack.Contribution;
import org.interphase.stack.ResistanceBudget;

/**
 * One-line figures of the library's results. Each method returns an immutable {@link Figure} that is
 * written with {@code savePng}, {@code saveSvg}, {@code savePdf} or {@code save(folder, name)}, headless:
 *
 * <pre>{@code
 * Plots.nyquist(spectrum).savePng(Path.of("nyquist.png"));
 * Plots.drt(drtSolution).saveSvg(Path.of("drt.svg"));
 * Plots.budget(stackSolution.budget()).savePdf(Path.of("budget.pdf"));
 * }</pre>
 *
 * <p>Inputs are in SI as the library returns them; figures show the field's units (Ω·cm² for
 * area-specific resistances, nm or µm for short lengths, MPa for pressures).
 */
public final class Plots {

    private Plots() {}

    /**
     * A Nyquist plot of one spectrum, equally scaled.
     *
     * @param spectrum the spectrum
     * @return the figure
     * @throws NullPointerException if {@code spectrum} is null
     */
    public static Nyquist nyquist(Spectrum spectrum) {
        Checks.nonNull(spectrum, "spectrum");
        return Nyquist.titled("Nyquist plot").with("Z", spectrum);
    }

    /**
     * An empty Nyquist plot to add named spectra to.
     *
     * @param title chart title
     * @return the figure
     * @throws NullPointerException if {@code title} is null
     */
    public static Nyquist nyquist(String title) {
        return Nyquist.titled(title);
    }

    /**
     * A Bode plot of one spectrum: |Z| and −θ against f.
     *
     * @param spectrum the spectrum
     * @return the figure
     * @throws NullPointerException if {@code spectrum} is null
     */
    public static Bode bode(Spectrum spectrum) {
        Checks.nonNull(spectrum, "spectrum");
        return Bode.titled("Bode plot").with("Z", spectrum);
    }

    /**
     * The distribution of relaxation times γ(τ), τ on a log axis.
     *
     * @param drt the DRT solution
     * @return the figure
     * @throws NullPointerException if {@code drt} is null
     */
    public static Plot drt(DrtSolution drt) {
        Checks.nonNull(drt, "drt");
        boolean perArea = drt.problem().perArea();
        double f = perArea ? 1e4 : 1;
        double[] g = drt.gamma();
        for (int i = 0; i < g.length; i++) {
            g[i] *= f;
        }
        return Plot.of("Distribution of relaxation times", "τ [s]", "γ [" + (perArea ? "Ω·cm²" : "Ω") + "]")
                .withLogX().withSeries("γ(τ)", drt.timeConstants(), g, Style.LINE);
    }

    /**
     * The DRT with a credible (or confidence) band around it.
     *
     * @param drt the DRT solution
     * @param lower lower edge of the band at each of {@code drt.timeConstants()}, Ω (Ω·m² per area), finite
     * @param upper upper edge, same unit, each ≥ the lower edge
     * @return the figure
     * @throws NullPointerException if {@code drt} is null
     * @throws IllegalArgumentException if the edges do not match the time constants or are not finite
     */
    public static Plot drt(DrtSolution drt, double[] lower, double[] upper) {
        Checks.nonNull(drt, "drt");
        double[] tau = drt.timeConstants();
        Checks.allFinite(lower, "lower", drt.problem().perArea() ? "Ω·m²" : "Ω");
        Checks.allFinite(upper, "upper", drt.problem().perArea() ? "Ω·m²" : "Ω");
        Checks.sameLength(tau, "drt.timeConstants()", lower, "lower");
        Checks.sameLength(tau, "drt.timeConstants()", upper, "upper");
        double f = drt.problem().perArea() ? 1e4 : 1;
        double[] lo = lower.clone();
        double[] hi = upper.clone();
        for (int i = 0; i < lo.length; i++) {
            lo[i] *= f;
            hi[i] *= f;
        }
        Plot p = drt(drt);
        return p.withBand("credible band", tau, lo, hi);
    }

    /**
     * A profile against position (concentration, potential, …), lengths in metres drawn in nm or µm
     * when short.
     *
     * @param profile the profile
     * @return the figure
     * @throws NullPointerException if {@code profile} is null
     */
    public static Plot profile(Profile profile) {
        Checks.nonNull(profile, "profile");
        return profiles(profile.yName() + " profile", profile);
    }

    /**
     * Several profiles of the same quantity on one plot, each named after its field; the 2nd and later
     * are dashed so a curve that lies on another stays visible.
     *
     * @param title chart title
     * @param profiles the profiles, at least one, all with the same x and y units
     * @return the figure
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException for no profile or different units
     */
    public static Plot profiles(String title, Profile... profiles) {
        Checks.nonNull(title, "title");
        Checks.nonNull(profiles, "profiles");
        if (profiles.length == 0) {
            throw new IllegalArgumentException("profiles must hold at least one profile, had 0");
        }
        Profile first = Checks.nonNull(profiles[0], "profiles[0]");
        double span = 0;
        for (int i = 0; i < profiles.length; i++) {
            Profile p = Checks.nonNull(profiles[i], "profiles[" + i + "]");
            if (!p.xUnit().equals(first.xUnit()) || !p.yUnit().equals(first.yUnit())) {
                throw new IllegalArgumentException("profiles[" + i + "] is in " + p.xUnit() + " / " + p.yUnit()
                        + " but profiles[0] in " + first.xUnit() + " / " + first.yUnit());
            }
            span = Math.max(span, Math.max(Math.abs(p.xMin()), Math.abs(p.xMax())));
        }
        double xf = 1;
        String xUnit = first.xUnit();
        if ("m".equals(xUnit) && span > 0 && span < 1e-6) {
            xf = 1e9;
            xUnit = "nm";
        } else if ("m".equals(xUnit) && span > 0 && span < 1e-3) {
            xf = 1e6;
            xUnit = "µm";
        }
        Plot plot = Plot.of(title, label(first.xName(), xUnit), label(first.yName(), first.yUnit()));
        for (int i = 0; i < profiles.length; i++) {
            Profile p = profiles[i];
            String name = p.yName().isBlank() ? "profile " + (i + 1) : p.yName();
            if (i > 0 && name.equals(first.yName())) {
                name = name + " (" + (i + 1) + ")";
            }
            plot = plot.withProfile(name, p, xf, 1, i == 0 ? Style.LINE : Style.DASHED);
        }
        return plot;
    }

    private static String label(String name, String unit) {
        String n = name.isBlank() ? "value" : name;
        return unit.isBlank() ? n : n + " [" + unit + "]";
    }

    /**
     * The contributions of a resistance budget as bars, in Ω·cm².
     *
     * @param budget the budget
     * @return the figure
     * @throws NullPointerException if {@code budget} is null
     * @throws IllegalArgumentException if the budget has no contribution
     */
    public static Bars budget(ResistanceBudget budget) {
        Checks.nonNull(budget, "budget");
        List<String> names = new ArrayList<>();
        List<Contribution> cs = budget.contributions();
        if (cs.isEmpty()) {
            throw new IllegalArgumentException("budget '" + budget.name() + "' has no contribution to draw");
        }
        double[] v = new double[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            Contribution c = cs.get(i);
            String n = c.detail().isBlank() ? c.mechanism().label() : c.mechanism().label() + ": " + c.detail();
            if (names.contains(n)) {
                n = n + " (" + (i + 1) + ")";
            }
            names.add(n);
            v[i] = c.resistance() * 1e4;
        }
        return Bars.of(String.format(Locale.ROOT, "%s: total %s Ω·cm²", budget.name(), Ticks.format(budget.total() * 1e4)),
                "R [Ω·cm²]", names, v);
    }

    /**
     * A trade-off curve with its bounds marked: y against x, and a dashed vertical line at each bound.
     *
     * @param title chart title
     * @param curve the curve (its x and y names and units label the axes)
     * @param boundNames the label of each bound, e.g. {@code "electron-blocking bound"}
     * @param bounds where each bound lies, in the curve's x unit, finite
     * @return the figure
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the names and bounds differ in number or a bound is not finite
     */
    public static Plot tradeoff(String title, Profile curve, List<String> boundNames, double[] bounds) {
        Checks.nonNull(curve, "curve");
        Checks.nonNull(boundNames, "boundNames");
        Checks.nonNull(bounds, "bounds");
        if (boundNames.size() != bounds.length) {
            throw new IllegalArgumentException("boundNames and bounds must have the same length, were "
                    + boundNames.size() + " and " + bounds.length);
        }
        Plot p = Plot.of(title, label(curve.xName(), curve.xUnit()), label(curve.yName(), curve.yUnit()))
                .withSeries(curve.yName().isBlank() ? "curve" : curve.yName(), curve.xs(), curve.ys(), Style.LINE);
        for (int i = 0; i < bounds.length; i++) {
            p = p.withVerticalMarker(boundNames.get(i), bounds[i]);
        }
        return p;
    }

    /**
     * A buffer-layer optimum: R_total against coating thickness over the allowed window, the thinnest
     * allowed thickness (the window's end or the electron-blocking bound) and the optimum marked.
     *
     * @param solution the optimizer's solution
     * @return the figure
     * @throws NullPointerException if {@code solution} is null
     */
    public static Plot tradeoff(BufferLayerSolution solution) {
        Checks.nonNull(solution, "solution");
        return tradeoff("Coating thickness trade-off", solution.curve(),
                List.of("thinnest allowed", "optimum"),
                new double[] {solution.lowerBound() * 1e9, solution.thickness() * 1e9});
    }

    /**
     * The contact pressure map of a contact solution, in MPa over x and y in µm.
     *
     * @param solution the contact solution
     * @return the figure
     * @throws NullPointerException if {@code solution} is null
     */
    public static HeatMap contactPressure(ContactSolution solution) {
        Checks.nonNull(solution, "solution");
        return contactMap(solution, solution.pressure(), 1e-6, String.format(Locale.ROOT,
                "Contact pressure [MPa], contact fraction %s", Ticks.format(solution.contactFraction())));
    }

    /**
     * The gap map of a contact solution, in nm (µm when the largest gap is 1 µm or more) over x and y
     * in µm (0 where in contact).
     *
     * @param solution the contact solution
     * @return the figure
     * @throws NullPointerException if {@code solution} is null
     */
    public static HeatMap contactGap(ContactSolution solution) {
        Checks.nonNull(solution, "solution");
        double max = 0;
        for (double g : solution.gap()) {
            max = Math.max(max, g);
        }
        // nm for gaps below a micrometre, so the colour scale reads in a few digits
        return max < 1e-6 ? contactMap(solution, solution.gap(), 1e9, "Gap [nm] (0 in contact)")
                : contactMap(solution, solution.gap(), 1e6, "Gap [µm] (0 in contact)");
    }

    private static HeatMap contactMap(ContactSolution solution, double[] field, double scale, String title) {
        Surface s = solution.problem().surface();
        return HeatMap.of(title, "x [µm]", "y [µm]", s.nx(), s.ny(), reindex(s.nx(), s.ny(), field, scale),
                s.lengthX() * 1e6, s.lengthY() * 1e6);
    }

    /** A contact field (index ix·ny + iy, iy fastest) in heat-map order (index ix + nx·iy), scaled. */
    static double[] reindex(int nx, int ny, double[] field, double scale) {
        double[] v = new double[nx * ny];
        for (int ix = 0; ix < nx; ix++) {
            for (int iy = 0; iy < ny; iy++) {
                v[ix + nx * iy] = field[ix * ny + iy] * scale;
            }
        }
        return v;
    }

    /**
     * A slice of a microstructure's phase labels, normal to an axis.
     *
     * @param m the microstructure
     * @param normal the axis the slice is normal to
     * @param index the slice's position along that axis, in [0, size − 1]
     * @return the figure, drawn as labels (coarsened by sampling)
     * @throws NullPointerException if {@code m} or {@code normal} is null
     * @throws IllegalArgumentException if {@code index} is out of range
     */
    public static HeatMap slice(Microstructure m, Axis normal, int index) {
        Checks.nonNull(m, "m");
        Checks.nonNull(normal, "normal");
        Checks.inClosedRange(index, 0, m.size(normal) - 1, "index");
        Axis u = sliceAcross(normal);
        Axis w = sliceUp(normal);
        int nu = m.size(u);
        int nw = m.size(w);
        double[] v = sliceLabels(m, normal, index);
        StringBuilder legend = new StringBuilder();
        m.phases().forEach(p -> legend.append(legend.length() == 0 ? "" : ", ").append(p.label()).append(' ')
                .append(p.name()));
        String title = String.format(Locale.ROOT, "Phases at %s = %d%s", normal.name().toLowerCase(Locale.ROOT), index,
                legend.length() == 0 ? "" : " (" + legend + ")");
        double h = m.voxelSize() * 1e6;
        return HeatMap.of(title, u.name().toLowerCase(Locale.ROOT) + " [µm]", w.name().toLowerCase(Locale.ROOT)
                + " [µm]", nu, nw, v, nu * h, nw * h).withCategories();
    }

    /** The horizontal axis of a slice normal to {@code normal}: x, or y for a slice normal to x. */
    static Axis sliceAcross(Axis normal) {
        return normal == Axis.X ? Axis.Y : Axis.X;
    }

    /** The vertical axis of a slice: z, or y for a slice normal to z. */
    static Axis sliceUp(Axis normal) {
        return normal == Axis.Z ? Axis.Y : Axis.Z;
    }

    /** The labels of a slice, index i + nu·j for cell i across and j up. */
    static double[] sliceLabels(Microstructure m, Axis normal, int index) {
        Axis u = sliceAcross(normal);
        Axis w = sliceUp(normal);
        int nu = m.size(u);
        int nw = m.size(w);
        double[] v = new double[nu * nw];
        int[] xyz = new int[3];
        xyz[normal.ordinal()] = index;
        for (int j = 0; j < nw; j++) {
            for (int i = 0; i < nu; i++) {
                xyz[u.ordinal()] = i;
                xyz[w.ordinal()] = j;
                v[i + nu * j] = m.label(xyz[0], xyz[1], xyz[2]);
            }
        }
        return v;
    }
}
