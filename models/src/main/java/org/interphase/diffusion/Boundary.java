package org.interphase.diffusion;

import org.interphase.core.Checks;

/**
 * A boundary condition of one species at one end of the domain.
 *
 * <ul>
 *   <li>{@link Fixed}: Dirichlet, c held at a value (a reservoir, a surface in equilibrium);</li>
 *   <li>{@link Flux}: Neumann, a prescribed flux <em>into</em> the domain, mol/(m²·s);
 *       {@link #noFlux()} is the closed end of a diffusion couple.</li>
 * </ul>
 */
public sealed interface Boundary {

    /**
     * @param concentration c at the boundary, mol/m³ (&ge; 0)
     * @return a Dirichlet condition
     */
    static Boundary fixed(double concentration) {
        return new Fixed(concentration);
    }

    /**
     * @param inwardFlux inward flux J into the domain, mol/(m²·s) (finite; negative draws species out)
     * @return a Neumann condition
     */
    static Boundary flux(double inwardFlux) {
        return new Flux(inwardFlux);
    }

    /** @return the closed (reflecting) boundary, J = 0 */
    static Boundary noFlux() {
        return new Flux(0.0);
    }

    /**
     * Dirichlet condition.
     *
     * @param concentration c at the boundary node, mol/m³ (&ge; 0)
     */
    record Fixed(double concentration) implements Boundary {
        /**
         * Validates the value.
         *
         * @param concentration c at the boundary node, mol/m³ (&ge; 0)
         */
        public Fixed {
            Checks.nonNegative(concentration, "boundary concentration", "mol/m³");
        }

        @Override
        public String toString() {
            return "c = " + concentration + " mol/m³";
        }
    }

    /**
     * Neumann condition.
     *
     * @param inwardFlux inward flux J into the domain, mol/(m²·s) (finite)
     */
    record Flux(double inwardFlux) implements Boundary {
        /**
         * Validates the value.
         *
         * @param inwardFlux inward flux J into the domain, mol/(m²·s) (finite)
         */
        public Flux {
            Checks.finite(inwardFlux, "inward flux J at the boundary", "mol/(m²·s)");
        }

        @Override
        public String toString() {
            return inwardFlux == 0 ? "no flux" : "J_in = " + inwardFlux + " mol/(m²·s)";
        }
    }
}
