package org.interphase.diffusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.interphase.core.Checks;

/**
 * One diffusing species of a {@link DiffusionProblem}: its diffusivity in each layer of the mesh,
 * its initial profile, its boundary conditions and its partition (segregation) coefficients at the
 * layer boundaries.
 *
 * <p>A partition coefficient K_j = c⁺/c⁻ at boundary j (between layer j and layer j+1) makes c jump
 * at that boundary while the flux stays continuous — the local equilibrium of a solute between two
 * phases. K = 1 everywhere is a continuous profile.
 *
 * <p>Immutable. Lists of one element apply to every layer.
 */
public final class DiffusingSpecies {

    private final String name;
    private final List<Diffusivity> diffusivities;
    private final List<DoubleUnaryOperator> initial;
    private final Boundary left;
    private final Boundary right;
    private final double[] partition;

    private DiffusingSpecies(Builder b) {
        this.name = b.name;
        this.diffusivities = List.copyOf(b.diffusivities);
        this.initial = List.copyOf(b.initial);
        this.left = b.left;
        this.right = b.right;
        this.partition = b.partition.clone();
    }

    /**
     * @param name a label, e.g. {@code "Co"} (unique within a problem)
     * @return a builder; diffusivity and initial profile are required
     */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** @return the label */
    public String name() {
        return name;
    }

    /** @return D per layer (one element: the same in every layer) */
    public List<Diffusivity> diffusivities() {
        return diffusivities;
    }

    /**
     * @param layer layer index (&ge; 0; below the number of diffusivities given, if more than one)
     * @return D in that layer
     * @throws IllegalArgumentException if the layer index is out of range
     */
    public Diffusivity diffusivity(int layer) {
        return diffusivities.get(perLayerIndex(layer, diffusivities.size(), "diffusivities"));
    }

    /**
     * @param layer layer index (&ge; 0; below the number of initial values given, if more than one)
     * @return c0(x) in that layer, x in m, c in mol/m³
     * @throws IllegalArgumentException if the layer index is out of range
     */
    public DoubleUnaryOperator initial(int layer) {
        return initial.get(perLayerIndex(layer, initial.size(), "initial values"));
    }

    /** One value given applies to every layer; several apply one per layer. */
    private int perLayerIndex(int layer, int given, String what) {
        if (layer < 0 || (given > 1 && layer >= given)) {
            throw new IllegalArgumentException("layer index of " + name + " must be in [0, "
                    + (given > 1 ? String.valueOf(given - 1) : "∞)") + (given > 1 ? "]" : "") + " (" + given + " " + what
                    + " given), was " + layer);
        }
        return given == 1 ? 0 : layer;
    }

    /** @return the left boundary condition */
    public Boundary left() {
        return left;
    }

    /** @return the right boundary condition */
    public Boundary right() {
        return right;
    }

    /**
     * @param boundary internal layer boundary j (between layer j and j + 1; &ge; 0, below the number
     *     of partition coefficients given, if any)
     * @return K_j = c⁺/c⁻ (1 if none was given)
     * @throws IllegalArgumentException if the boundary index is out of range
     */
    public double partition(int boundary) {
        if (boundary < 0 || (partition.length > 0 && boundary >= partition.length)) {
            throw new IllegalArgumentException("layer boundary index of " + name + " must be in [0, "
                    + (partition.length > 0 ? (partition.length - 1) + "]" : "∞)") + ", was " + boundary);
        }
        return partition.length == 0 ? 1.0 : partition[boundary];
    }

    /** @return the number of partition coefficients given (0: all 1) */
    int partitionCount() {
        return partition.length;
    }

    int diffusivityCount() {
        return diffusivities.size();
    }

    int initialCount() {
        return initial.size();
    }

    @Override
    public String toString() {
        return "DiffusingSpecies[" + name + ": D " + diffusivities + ", left " + left + ", right " + right
                + (partition.length == 0 ? "" : ", K " + Arrays.toString(partition)) + "]";
    }

    /** Builder of a species. */
    public static final class Builder {
        private final String name;
        private final List<Diffusivity> diffusivities = new ArrayList<>();
        private final List<DoubleUnaryOperator> initial = new ArrayList<>();
        private Boundary left = Boundary.noFlux();
        private Boundary right = Boundary.noFlux();
        private double[] partition = new double[0];

        private Builder(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("species name must not be blank");
            }
            this.name = name;
        }

        /**
         * @param perLayer D in each layer, in mesh order; one value applies to every layer
         * @return this builder
         */
        public Builder diffusivity(Diffusivity... perLayer) {
            Objects.requireNonNull(perLayer, "diffusivities per layer");
            if (perLayer.length == 0) {
                throw new IllegalArgumentException("diffusivities per layer of species " + name + " must not be empty,"
                        + " was an empty array; give one (every layer) or one per layer");
            }
            for (int i = 0; i < perLayer.length; i++) {
                Objects.requireNonNull(perLayer[i], "diffusivities per layer [" + i + "]");
            }
            diffusivities.clear();
            diffusivities.addAll(Arrays.asList(perLayer));
            return this;
        }

        /**
         * @param c0 initial c(x), x in m, c in mol/m³ (finite, &ge; 0), the same function in every layer
         * @return this builder
         */
        public Builder initial(DoubleUnaryOperator c0) {
            initial.clear();
            initial.add(Objects.requireNonNull(c0, "initial profile"));
            return this;
        }

        /**
         * @param values constant initial c in each layer, mol/m³ (&ge; 0), in mesh order
         * @return this builder
         */
        public Builder initialPerLayer(double... values) {
            Objects.requireNonNull(values, "initial values per layer");
            if (values.length == 0) {
                throw new IllegalArgumentException("initial values per layer of species " + name + " must not be"
                        + " empty, was an empty array");
            }
            for (int i = 0; i < values.length; i++) {
                Checks.nonNegative(values[i], "initial values[" + i + "] (concentration of " + name + " in layer "
                        + i + ")", "mol/m³");
            }
            initial.clear();
            for (double v : values) {
                initial.add(x -> v);
            }
            return this;
        }

        /**
         * @param perLayer initial c(x) in each layer, in mesh order
         * @return this builder
         */
        public Builder initialPerLayer(DoubleUnaryOperator... perLayer) {
            Objects.requireNonNull(perLayer, "initial profiles per layer");
            if (perLayer.length == 0) {
                throw new IllegalArgumentException("initial profiles per layer of species " + name + " must not be"
                        + " empty, was an empty array");
            }
            for (int i = 0; i < perLayer.length; i++) {
                Objects.requireNonNull(perLayer[i], "initial profiles per layer [" + i + "]");
            }
            initial.clear();
            initial.addAll(Arrays.asList(perLayer));
            return this;
        }

        /**
         * @param condition condition at the first node (default: no flux)
         * @return this builder
         */
        public Builder left(Boundary condition) {
            this.left = Objects.requireNonNull(condition, "left boundary condition");
            return this;
        }

        /**
         * @param condition condition at the last node (default: no flux)
         * @return this builder
         */
        public Builder right(Boundary condition) {
            this.right = Objects.requireNonNull(condition, "right boundary condition");
            return this;
        }

        /**
         * @param coefficients partition coefficients K_j = c⁺/c⁻ at each internal layer boundary, dimensionless
         *     (&gt; 0)
         * @return this builder
         */
        public Builder partition(double... coefficients) {
            Objects.requireNonNull(coefficients, "partition coefficients");
            for (int j = 0; j < coefficients.length; j++) {
                Checks.positive(coefficients[j], "partition coefficients[" + j + "] (K_" + j + " of " + name + ")", "");
            }
            this.partition = coefficients.clone();
            return this;
        }

        /** @return the species */
        public DiffusingSpecies build() {
            if (diffusivities.isEmpty()) {
                throw new IllegalStateException("species " + name + " needs a diffusivity");
            }
            if (initial.isEmpty()) {
                throw new IllegalStateException("species " + name + " needs an initial profile");
            }
            return new DiffusingSpecies(this);
        }
    }
}
