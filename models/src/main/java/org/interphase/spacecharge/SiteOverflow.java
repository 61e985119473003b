package org.interphase.spacecharge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.interphase.core.Display;

/**
 * The validity check of the dilute laws: a {@link Boltzmann} species has no site limit, so over a
 * layer whose reduced potential spans [ψ_lo, ψ_hi] each species i peaks at
 * <pre>  c_i,max = c_i∞·e^{−z_i ψ*},   ψ* = ψ_lo for z_i &gt; 0, ψ_hi for z_i &lt; 0</pre>
 * (c_i is monotone in ψ). Every species is checked, not only the conducting carrier: where the
 * carrier is depleted its counter-ion accumulates. The limit is the species' site density if one
 * was given ({@link Boltzmann#withSiteDensities}), else {@value #DILUTE_CEILING_NM3} nm⁻³, denser
 * than any Li sublattice of the catalog (20–60 nm⁻³). Saturating laws ({@link LatticeGas},
 * {@link SiteExclusion}, {@link Bikerman}) cannot overflow; a {@link Sublattices} law is checked
 * sublattice by sublattice.
 */
final class SiteOverflow {

    /** The ceiling for a species without a site density, nm⁻³. */
    static final double DILUTE_CEILING_NM3 = 100;
    /** The same ceiling, 1/m³. */
    static final double DILUTE_CEILING = DILUTE_CEILING_NM3 * 1e27;

    private SiteOverflow() {}

    /**
     * The warning for a phase whose layer spans [ψ_lo, ψ_hi], or "" if every species stays within
     * its sites.
     *
     * @param p the phase
     * @param psiLo the lowest reduced potential of the layer (≤ 0 for a semi-infinite layer)
     * @param psiHi the highest
     * @return the warning naming each species over its limit, its peak and the limit, or ""
     */
    static String warning(Phase p, double psiLo, double psiHi) {
        List<String> over = new ArrayList<>();
        collect(p.law(), "", true, psiLo, psiHi, over);
        if (over.isEmpty()) {
            return "";
        }
        return "the dilute Boltzmann law of " + p.name() + " puts more ions on their sites than there are sites: "
                + String.join("; ", over) + ". The layer is unphysical there: use a saturating law "
                + "(LatticeGas, SiteExclusion or Bikerman)";
    }

    /** Four significant figures without trailing zeros ({@link Display}): 20, 1e29, 3.142e11. */
    static String num(double v) {
        return Display.number(v, 4);
    }

    /** {@code conducts}: whether this law's first species is the phase's conducting carrier. */
    private static void collect(ChargeLaw law, String where, boolean conducts, double lo, double hi, List<String> over) {
        if (law instanceof Sublattices s) {
            List<ChargeLaw> laws = s.laws();
            for (int k = 0; k < laws.size(); k++) {
                collect(laws.get(k), where + "sublattice " + (k + 1) + ", ", conducts && k == 0, lo, hi, over);
            }
        } else if (law instanceof Boltzmann b) {
            List<Species> species = b.species();
            for (int i = 0; i < species.size(); i++) {
                Species sp = species.get(i);
                double psiPeak = sp.charge() > 0 ? lo : hi;
                // in log space: c∞·e^{−zψ} may exceed a double where the law itself is still finite
                double logPeak = Math.log(sp.bulkDensity()) - sp.charge() * psiPeak;
                OptionalDouble sites = b.siteDensity(i);
                double limit = sites.orElse(DILUTE_CEILING);
                if (!(logPeak > Math.log(limit))) {
                    continue;
                }
                double peak = Math.exp(logPeak);
                String value = Double.isFinite(peak) ? num(peak) + " 1/m³ (" + num(peak * 1e-27) + " nm⁻³)"
                        : "e^" + num(logPeak) + " 1/m³";
                String bound = sites.isPresent()
                        ? "its site density " + num(limit) + " 1/m³ (" + num(limit * 1e-27) + " nm⁻³)"
                        : num(limit) + " 1/m³ (" + num(limit * 1e-27) + " nm⁻³), denser than any Li sublattice (no site "
                                + "density given: set one with Boltzmann.withSiteDensities(...) or "
                                + "withCarrierSiteDensity(...))";
                over.add(String.format(Locale.ROOT, "%sspecies %d of %d (%sz = %+d, c∞ = %s nm⁻³) peaks at %s, above %s",
                        where, i + 1, species.size(), conducts && i == 0 ? "the conducting carrier, " : "", sp.charge(),
                        num(sp.bulkDensity() * 1e-27), value, bound));
            }
        }
    }
}
