package org.interphase.diffusion;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.interphase.core.Arrhenius;

/**
 * A reaction term of a {@link DiffusionProblem}, where reactants meet and a product phase forms.
 *
 * <ul>
 *   <li>bimolecular A + B → P: r = k(T)·c_A·c_B, k in m³/(mol·s);</li>
 *   <li>first order A → P: r = k(T)·c_A, k in 1/s.</li>
 * </ul>
 * r (mol/(m³·s)) is removed from each reactant and added to the product (if any), so c_A + c_P
 * (and c_B + c_P) is conserved: one formula unit of product per reacting pair.
 *
 * @param reactantA name of the first reactant
 * @param reactantB name of the second reactant, or null for a first-order reaction
 * @param product name of the product species, or null for a pure sink
 * @param rate k(T): m³/(mol·s) for bimolecular, 1/s for first order
 * @param layers indices of the layers where it runs (&ge; 0, not null); empty for all
 */
public record Reaction(String reactantA, String reactantB, String product, Arrhenius rate, Set<Integer> layers) {

    /**
     * Validates and copies.
     *
     * @param reactantA name of the first reactant
     * @param reactantB name of the second reactant, or null for a first-order reaction
     * @param product name of the product species, or null for a pure sink
     * @param rate k(T): m³/(mol·s) for bimolecular, 1/s for first order
     * @param layers indices of the layers where it runs (&ge; 0, not null); empty for all
     */
    public Reaction {
        Objects.requireNonNull(reactantA, "reactantA");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(layers, "layers (empty for all)");
        for (Integer l : layers) {
            if (l == null || l < 0) {
                throw new IllegalArgumentException("layers must hold layer indices >= 0, was " + layers);
            }
        }
        layers = Set.copyOf(layers);
        if (reactantA.equals(reactantB) || reactantA.equals(product)
                || (reactantB != null && reactantB.equals(product))) {
            throw new IllegalArgumentException("reactants and product must be different species, were " + reactantA
                    + ", " + reactantB + ", " + product);
        }
    }

    /**
     * @param reactantA first reactant
     * @param reactantB second reactant
     * @param product product species (null: sink)
     * @param rate k(T), m³/(mol·s)
     * @return A + B → P in every layer
     */
    public static Reaction bimolecular(String reactantA, String reactantB, String product, Arrhenius rate) {
        Objects.requireNonNull(reactantB, "reactantB");
        return new Reaction(reactantA, reactantB, product, rate, Set.of());
    }

    /**
     * @param reactantA the reactant
     * @param product product species (null: sink)
     * @param rate k(T), 1/s
     * @return A → P in every layer
     */
    public static Reaction firstOrder(String reactantA, String product, Arrhenius rate) {
        return new Reaction(reactantA, null, product, rate, Set.of());
    }

    /**
     * @param layerIndices layers where the reaction runs (indices &ge; 0; none: every layer)
     * @return a copy restricted to those layers
     */
    public Reaction inLayers(int... layerIndices) {
        Objects.requireNonNull(layerIndices, "layerIndices");
        for (int l : layerIndices) {
            if (l < 0) {
                throw new IllegalArgumentException("layerIndices must be >= 0, was " + Arrays.toString(layerIndices));
            }
        }
        return new Reaction(reactantA, reactantB, product, rate,
                Arrays.stream(layerIndices).boxed().collect(Collectors.toSet()));
    }

    /** @return true for A + B → P */
    public boolean isBimolecular() {
        return reactantB != null;
    }

    @Override
    public String toString() {
        return reactantA + (reactantB == null ? "" : " + " + reactantB) + " → " + (product == null ? "∅" : product)
                + ", k = " + rate + (layers.isEmpty() ? "" : " in layers " + layers);
    }
}
