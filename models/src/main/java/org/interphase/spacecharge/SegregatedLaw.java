package org.interphase.spacecharge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.interphase.core.Constants;

/**
 * The charge law of a region of a phase whose species feel their own site energies ΔE_i (segregation
 * energies, research note §2.3: μ̃_i = μ_i⁰ + ΔE_i(x) + kT·ln a_i + z_ieφ) and which may hold an
 * extra fixed charge density ρ_fix. Each species equilibrates with the bulk of its phase, so its
 * bulk state is re-weighted by e^{−ΔE_i/kT} while the immobile background of the phase stays:
 * <pre>
 *   dilute:        c_i(ψ) = c_i∞·e^{−z_iψ − ΔE_i/kT}
 *   lattice gas:   θ(ψ) = 1/(1 + ((1 − θ∞)/θ∞)·e^{zψ + ΔE/kT})
 *   site exclusion θ_i(ψ) = αθ_i∞B_i/(α + Σ_jθ_j∞(B_j − 1)),  B_i = e^{−z_iψ − ΔE_i/kT}   (pyscses)
 *   ρ(ψ) = ρ_base'(ψ) + [q_mobile(bulk') − q_mobile(bulk)] + ρ_fix
 * </pre>
 * where base' is the law with the re-weighted bulk state (its own neutral background) and the
 * bracket restores the phase's true background. ρ(0) ≠ 0 in general: such a region is not a bulk,
 * so it is only allowed as a finite layer of a {@link LayeredJunction}. The carrier and free-site
 * ratios stay relative to the phase's bulk, so resistances compare with σ∞ of the phase.
 * Package-private: users give energies and fixed charges on {@link LayeredJunction.Builder}.
 */
final class SegregatedLaw implements ChargeLaw {

    private final ChargeLaw shifted;
    private final ChargeLaw base;
    private final double offset;
    private final double carrierShift;
    private final double vacancyShift;

    private SegregatedLaw(ChargeLaw base, ChargeLaw shifted, double offset, double carrierShift, double vacancyShift) {
        this.base = base;
        this.shifted = shifted;
        this.offset = offset;
        this.carrierShift = carrierShift;
        this.vacancyShift = vacancyShift;
    }

    /**
     * @param law a law
     * @return the number of species whose energies it takes (Boltzmann: its species; lattice gas: 1;
     *     site exclusion: its species; sublattices: the sum over its laws; Bikerman: 2, cation first)
     */
    static int speciesCount(ChargeLaw law) {
        if (law instanceof Boltzmann b) {
            return b.species().size();
        } else if (law instanceof LatticeGas) {
            return 1;
        } else if (law instanceof SiteExclusion se) {
            return se.speciesCount();
        } else if (law instanceof Sublattices sl) {
            int n = 0;
            for (ChargeLaw l : sl.laws()) {
                n += speciesCount(l);
            }
            return n;
        } else if (law instanceof Bikerman) {
            return 2;
        }
        return speciesCount(((SegregatedLaw) law).base);
    }

    /**
     * @param law the phase's law
     * @param reduced ΔE_i/kT per species ({@link #speciesCount} values)
     * @param fixedCharge ρ_fix, C/m³
     * @return the law of the region (the law itself if nothing changes)
     */
    static ChargeLaw of(ChargeLaw law, double[] reduced, double fixedCharge) {
        boolean none = fixedCharge == 0;
        for (double r : reduced) {
            none &= r == 0;
        }
        if (none) {
            return law;
        }
        Shift s = shift(law, reduced, 0);
        return new SegregatedLaw(law, s.law, s.offset + fixedCharge, s.carrierShift, s.vacancyShift);
    }

    /** A re-weighted law, the charge offset restoring the background, and the log shifts of its ratios. */
    private record Shift(ChargeLaw law, double offset, double carrierShift, double vacancyShift) {}

    private static Shift shift(ChargeLaw law, double[] reduced, int from) {
        double e = Constants.ELEMENTARY_CHARGE;
        if (law instanceof Boltzmann b) {
            List<Species> sp = b.species();
            List<Species> moved = new ArrayList<>();
            double offset = 0;
            for (int i = 0; i < sp.size(); i++) {
                Species s = sp.get(i);
                double c = s.bulkDensity() * Math.exp(-reduced[from + i]);
                moved.add(new Species(s.charge(), c));
                offset += e * s.charge() * (c - s.bulkDensity());
            }
            double[] sites = new double[sp.size()];
            boolean anySites = false;
            for (int i = 0; i < sp.size(); i++) {
                OptionalDouble n = b.siteDensity(i);
                anySites |= n.isPresent();
                sites[i] = n.orElse(Double.NaN);
            }
            Boltzmann m = Boltzmann.of(moved);
            if (anySites) {
                m = m.withSitesOrNaN(sites);
            }
            return new Shift(m, offset, -reduced[from], 0);
        } else if (law instanceof LatticeGas lg) {
            double t = lg.bulkOccupancy();
            // θ' = 1/(1 + ((1 − θ)/θ)e^{ΔE/kT}) in log-odds form, exact for θ' near 0 or 1
            double logOdds = Math.log1p(-t) - Math.log(t) + reduced[from];
            double tNew = logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
            LatticeGas m = new LatticeGas(lg.charge(), lg.siteDensity(), tNew);
            double offset = lg.charge() * e * lg.siteDensity() * (tNew - t);
            return new Shift(m, offset, Math.log(tNew) - Math.log(t), Math.log1p(-tNew) - Math.log1p(-t));
        } else if (law instanceof SiteExclusion se) {
            double[] r = java.util.Arrays.copyOfRange(reduced, from, from + se.speciesCount());
            SiteExclusion m = se.withSiteEnergies(r);
            return new Shift(m, m.bulkMobileCharge() - se.bulkMobileCharge(),
                    Math.log(m.bulkCarrierDensity()) - Math.log(se.bulkCarrierDensity()),
                    m.logFreeFraction() - se.logFreeFraction());
        } else if (law instanceof Sublattices sl) {
            List<ChargeLaw> laws = sl.laws();
            ChargeLaw[] moved = new ChargeLaw[laws.size()];
            double offset = 0;
            double carrier = 0;
            double vacancy = 0;
            int at = from;
            for (int k = 0; k < laws.size(); k++) {
                Shift s = shift(laws.get(k), reduced, at);
                at += speciesCount(laws.get(k));
                moved[k] = s.law;
                offset += s.offset;
                if (k == 0) {
                    carrier = s.carrierShift;
                    vacancy = s.vacancyShift;
                }
            }
            return new Shift(Sublattices.of(moved), offset, carrier, vacancy);
        }
        for (int i = from; i < from + speciesCount(law); i++) {
            if (reduced[i] != 0) {
                throw new IllegalArgumentException("segregation energies of a " + law + " must be 0: its steric "
                        + "statistics are written for a symmetric ion pair in its own bulk; use a Boltzmann, LatticeGas, "
                        + "SiteExclusion or Sublattices law for a region with site energies");
            }
        }
        return new Shift(law, 0, 0, 0);
    }

    @Override
    public double chargeDensity(double psi) {
        return shifted.chargeDensity(psi) + offset;
    }

    @Override
    public double chargeDensityDerivative(double psi) {
        return shifted.chargeDensityDerivative(psi);
    }

    @Override
    public void evaluate(double psi, double[] out) {
        shifted.evaluate(psi, out);
        out[0] += offset;
    }

    /** H of a region that is not a bulk: −(1/e)∫₀^ψ ρ ds, which may be negative. */
    @Override
    public double firstIntegral(double psi) {
        return LawChecks.result(shifted.firstIntegral(psi) - offset * psi / Constants.ELEMENTARY_CHARGE,
                "first integral H", "1/m³", psi, this);
    }

    @Override
    public double screeningDensity() {
        return shifted.screeningDensity();
    }

    @Override
    public int carrierCharge() {
        return base.carrierCharge();
    }

    @Override
    public double bulkCarrierDensity() {
        return base.bulkCarrierDensity();
    }

    @Override
    public double logCarrierRatio(double psi) {
        return shifted.logCarrierRatio(psi) + carrierShift;
    }

    @Override
    public double logVacancyRatio(double psi) {
        return shifted.logVacancyRatio(psi) + vacancyShift;
    }

    @Override
    public OptionalDouble carrierSiteDensity() {
        return base.carrierSiteDensity();
    }

    @Override
    public boolean saturates() {
        return base.saturates();
    }

    @Override
    public double bulkLogActivity() {
        return base.bulkLogActivity();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s with site energies (bulk state %s, background offset %.4g C/m³)", base,
                shifted, offset);
    }
}
