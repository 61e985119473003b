package org.interphase.buffer;

import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.RootFinder;
import org.interphase.core.Units;

/**
 * Model M3: the lower bound on coating thickness set by electron blocking. A coating must make the
 * electronic path far more resistive than the ionic one, or the electrolyte is still oxidized by
 * electrons from the cathode (Takada; Culver et al., Adv. Energy Mater. 9 (2019) 1900626).
 *
 * <p>Electron tunnelling through a rectangular barrier of height Φ at low bias (Simmons,
 * J. Appl. Phys. 34 (1963) 1793) has the area-specific resistance
 * <pre>
 *   R_tun(L) = (2L / (3·√(2m*Φ)))·(h/e)²·exp(4πL·√(2m*Φ)/h)
 * </pre>
 * For Φ = 1 eV and m* = m_e it reaches 10⁴ Ω·cm² at L ≈ 2.97 nm (research notes,
 * buffer-and-impedance.md §1.3, M3), consistent with the ≥ 2.5 nm found for ALD LiNbO3.
 *
 * @param barrierHeight Φ, J (&gt; 0; type it with {@link Units#eV(double)})
 * @param effectiveMassRatio m* / m_e (&gt; 0)
 */
public record TunnellingBlocking(double barrierHeight, double effectiveMassRatio) {

    /**
     * Validates the components.
     *
     * @param barrierHeight Φ, J (&gt; 0; type it with {@link Units#eV(double)})
     * @param effectiveMassRatio m* / m_e (&gt; 0)
     */

    public TunnellingBlocking {
        Checks.positive(barrierHeight, "barrier height", "J");
        Checks.positive(effectiveMassRatio, "effective mass ratio", "");
    }

    private double momentum() {
        return Math.sqrt(2 * effectiveMassRatio * Constants.ELECTRON_MASS * barrierHeight);
    }

    /**
     * @param thickness L, m (&ge; 0)
     * @return R_tun(L), Ω·m² (0 for L = 0)
     * @throws IllegalArgumentException if L is negative or not finite, or so thick that R_tun exceeds
     *     the double range (beyond about 70 nm for Φ = 1 eV; use {@link #logTunnellingResistance})
     */
    public double tunnellingResistance(double thickness) {
        Checks.nonNegative(thickness, "coating thickness", "m");
        if (thickness == 0) {
            return 0.0;
        }
        double ln = logTunnellingResistance(thickness);
        if (!(ln < Math.log(Double.MAX_VALUE))) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "coating thickness %s m puts the tunnelling "
                    + "resistance beyond the double range (ln(R_tun / 1 Ω·m²) = %.4g); use logTunnellingResistance",
                    thickness, ln));
        }
        return Math.exp(ln);
    }

    /**
     * ln R_tun(L), finite for every finite L &gt; 0 — what to compare when R_tun itself would overflow.
     *
     * @param thickness L, m (0 &lt; L ≤ 1 m; a coating is nm to µm thick, and beyond about 10²⁹⁸ m the
     *     exponent itself would overflow)
     * @return ln(R_tun / (1 Ω·m²))
     * @throws IllegalArgumentException if L is not in (0, 1] m
     */
    public double logTunnellingResistance(double thickness) {
        Checks.positive(thickness, "coating thickness", "m");
        Checks.atMost(thickness, 1.0, "coating thickness", "m");
        return logResistanceAtLogThickness(Math.log(thickness));
    }

    /** ln R_tun as a function of u = ln(L / 1 m): u + ln(2(h/e)²/(3p)) + 4π·e^u·p/h, no overflow, no underflow. */
    private double logResistanceAtLogThickness(double u) {
        double p = momentum();
        double hOverE = Constants.PLANCK / Constants.ELEMENTARY_CHARGE;
        return u + Math.log(2 * hOverE * hOverE / (3 * p)) + 4 * Math.PI * Math.exp(u) * p / Constants.PLANCK;
    }

    /**
     * The thickness at which the tunnelling resistance reaches a target.
     *
     * @param target R_tun, Ω·m² (&gt; 0)
     * @return L, m
     */
    public double thicknessForResistance(double target) {
        Checks.positive(target, "target resistance", "Ω·m²");
        // ln R_tun = ln L + const + 4πL√(2m*Φ)/h rises from −∞ to +∞ as ln L does: solve in u = ln L, so
        // any target (1e-300 Ω·m² lies below R_tun of any atomic thickness) has its root
        double lnTarget = Math.log(target);
        double u = RootFinder.bracketAndSolve(v -> logResistanceAtLogThickness(v) - lnTarget, Math.log(1e-12),
                Math.log(1e-8), 1e-12, 60);
        double l = Math.exp(u);
        if (!(l > 0)) {
            throw new IllegalArgumentException("target resistance must be large enough for a representable thickness, was "
                    + target + " Ω·m² (thickness e^" + u + " m)");
        }
        return l;
    }

    /**
     * The thinnest coating whose electronic (tunnelling) resistance is at least {@code factor}
     * times its ionic path, R_tun(L) ≥ k·(L/σ_ion + R_ct).
     *
     * @param ionicConductivity σ_ion of the coating, S/m (&gt; 0)
     * @param chargeTransferResistance R_ct in series with the ionic path, Ω·m² (&ge; 0)
     * @param factor k, dimensionless (&ge; 1; 10² to 10⁴ is usual)
     * @return L_min, m (0 if even a vanishing coating blocks well enough)
     */
    public double minimumThickness(double ionicConductivity, double chargeTransferResistance, double factor) {
        Checks.positive(ionicConductivity, "ionic conductivity", "S/m");
        Checks.nonNegative(chargeTransferResistance, "charge-transfer resistance", "Ω·m²");
        Checks.atLeast(factor, 1.0, "factor", "");
        java.util.function.DoubleUnaryOperator g = l -> logTunnellingResistance(l)
                - Math.log(factor) - Math.log(l / ionicConductivity + chargeTransferResistance);
        double tiny = 1e-12;
        if (g.applyAsDouble(tiny) >= 0) {
            return 0.0;
        }
        return RootFinder.bracketAndSolve(g, tiny, 1e-9, 1e-16, 60);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "M3 tunnelling bound: Φ = %.3g eV, m* / m_e = %.3g; R_tun = 10⁴ Ω·cm² at %.3g nm",
                Units.toEV(barrierHeight), effectiveMassRatio, Units.toNm(thicknessForResistance(Units.ohmCm2(1e4))));
    }
}
