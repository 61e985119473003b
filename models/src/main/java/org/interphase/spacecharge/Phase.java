package org.interphase.spacecharge;

import java.util.Locale;
import java.util.Objects;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Provenance;
import org.interphase.core.TemperatureLaw;
import org.interphase.core.Units;

/**
 * One material of a junction: its permittivity, the charge law of its Li⁺ (or other) carriers, the
 * bulk ionic conductivity of the conducting carrier, and whether it conducts electrons.
 *
 * <p>An <em>electron-conducting</em> phase (a metal, or a mixed conductor such as delithiated
 * LixCoO2) screens any field over a Thomas–Fermi length of ~0.1 nm, negligible here: it is treated
 * as an ideal conductor that keeps its bulk potential up to the interface, so the whole potential
 * step falls in its neighbour (research note §2.4; Haruyama et al., Chem. Mater. 26, 4248 (2014)).
 * Its charge law then only describes its bulk ionic carriers.
 *
 * @param name a label, e.g. {@code "Li3PS4"}
 * @param relativePermittivity εr (&gt; 0)
 * @param law the charge law of the mobile ionic carriers
 * @param conductivity the bulk ionic conductivity σ∞(T) of the conducting carrier, S/m (may be null
 *     for an electron conductor, whose layer adds no resistance; {@link #conductivityAt} and
 *     {@link #ionicOnly} then ask for one)
 * @param electronConductor true if the phase screens by electrons (ideal conductor)
 * @param provenance the sources of the values and what was assumed in building them
 *     ({@link MaterialPhases} fills it from the catalog; empty for a phase built from numbers)
 */
public record Phase(String name, double relativePermittivity, ChargeLaw law, TemperatureLaw conductivity,
        boolean electronConductor, Provenance provenance) {

    /**
     * Validates the phase.
     *
     * @param name a label, e.g. {@code "Li3PS4"}
     * @param relativePermittivity εr (&gt; 0)
     * @param law the charge law of the mobile ionic carriers
     * @param conductivity the bulk ionic conductivity σ∞(T) of the conducting carrier, S/m
     * @param electronConductor true if the phase screens by electrons (ideal conductor)
     * @param provenance the sources of the values and the assumptions (not null; empty for none)
     */
    public Phase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provenance, "provenance (Provenance.empty() for none)");
        Checks.positive(relativePermittivity, "relative permittivity of " + name, "");
        Objects.requireNonNull(law, "law");
        if (conductivity == null && !electronConductor) {
            throw new IllegalArgumentException("conductivity of " + name + " must be given for an ionic "
                    + "(electron-blocking) phase, was null");
        }
    }

    /**
     * A phase without provenance (its values given as numbers).
     *
     * @param name a label, e.g. {@code "Li3PS4"}
     * @param relativePermittivity εr (&gt; 0)
     * @param law the charge law of the mobile ionic carriers
     * @param conductivity the bulk ionic conductivity σ∞(T), S/m (null only for an electron conductor)
     * @param electronConductor true if the phase screens by electrons (ideal conductor)
     */
    public Phase(String name, double relativePermittivity, ChargeLaw law, TemperatureLaw conductivity,
            boolean electronConductor) {
        this(name, relativePermittivity, law, conductivity, electronConductor, Provenance.empty());
    }

    /**
     * @param value the sources of the phase's values and its assumptions (not null)
     * @return the same phase with that provenance
     * @throws NullPointerException if the value is null
     */
    public Phase withProvenance(Provenance value) {
        return new Phase(name, relativePermittivity, law, conductivity, electronConductor,
                Checks.nonNull(value, "provenance"));
    }

    /**
     * An ionic phase with a temperature-independent conductivity.
     *
     * @param name label
     * @param relativePermittivity εr (&gt; 0)
     * @param law charge law
     * @param bulkConductivity σ∞, S/m (&gt; 0)
     * @return the phase
     */
    public static Phase of(String name, double relativePermittivity, ChargeLaw law, double bulkConductivity) {
        Checks.positive(bulkConductivity, "bulk conductivity of " + name, "S/m");
        return new Phase(name, relativePermittivity, law, Arrhenius.of(bulkConductivity, 0), false);
    }

    /**
     * An ionic phase with a temperature law of its conductivity (Arrhenius, VTF, a table, …).
     *
     * @param name label
     * @param relativePermittivity εr (&gt; 0)
     * @param law charge law
     * @param conductivity σ∞(T), S/m
     * @return the phase
     */
    public static Phase of(String name, double relativePermittivity, ChargeLaw law, TemperatureLaw conductivity) {
        return new Phase(name, relativePermittivity, law, conductivity, false);
    }

    /** @return the same phase, screened by electrons (an ideal electronic conductor) */
    public Phase withElectronicScreening() {
        return new Phase(name, relativePermittivity, law, conductivity, true, provenance);
    }

    /** @return the same phase without electronic screening (an ionic conductor, electron-blocking) */
    public Phase ionicOnly() {
        if (conductivity == null) {
            throw new IllegalStateException(name + " has no ionic conductivity (built as an electron conductor "
                    + "without one); give one, e.g. MaterialPhases.builder(...).conductivity(...), to use it as an ionic phase");
        }
        return new Phase(name, relativePermittivity, law, conductivity, false, provenance);
    }

    /**
     * @param temperature T, K (&gt; 0)
     * @return σ∞(T), S/m
     * @throws IllegalArgumentException if T is not finite or not positive
     * @throws IllegalStateException if the phase has no conductivity, or its law does not hold at T
     *     (e.g. a σ known at 25 °C only, a VTF law at or below T0)
     */
    public double conductivityAt(double temperature) {
        Checks.positive(temperature, "temperature", "K");
        if (conductivity == null) {
            throw new IllegalStateException(name + " has no ionic conductivity (an electron conductor built "
                    + "without one)");
        }
        if (!conductivity.covers(temperature)) {
            // the same refusal as stack.Layer and Material.ionicConductivity: never a surrogate value
            throw new IllegalStateException(name + ": its conductivity law " + conductivity + " holds at T "
                    + conductivity.validity() + ", not at " + temperature + " K; give a law that covers it"
                    + " (MaterialPhases.builder(...).conductivity(...)) or, for a value known at one temperature, opt in"
                    + " to a temperature-independent σ∞ (MaterialPhases.builder(...).assumeConstantConductivity())");
        }
        return conductivity.valueAt(temperature);
    }

    @Override
    public String toString() {
        String sigma = conductivity == null ? "σ∞ not given"
                : conductivity.covers(Units.ROOM_TEMPERATURE)
                ? String.format(Locale.ROOT, "σ∞(25 °C) = %.3g S/cm", Units.toSPerCm(conductivityAt(Units.ROOM_TEMPERATURE)))
                : "σ∞ " + conductivity;
        return String.format(Locale.ROOT, "%s (εr = %.4g, %s, %s%s)", name, relativePermittivity, law, sigma,
                electronConductor ? ", electron conductor" : "");
    }
}
