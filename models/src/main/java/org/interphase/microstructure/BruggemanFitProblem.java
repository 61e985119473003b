package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.interphase.core.Checks;

/**
 * Points (ε, σ_eff/σ) of one conducting phase in several structures, to fit the Bruggeman exponent α of
 * σ_eff/σ = ε^α ({@link BruggemanFitter}). Built from conduction solutions (one conducting phase each, a
 * nonzero σ_eff along the chosen axis), or from the numbers themselves. Immutable.
 */
public final class BruggemanFitProblem {

    private final ImmutableList<Double> fractions;
    private final ImmutableList<Double> ratios;

    private BruggemanFitProblem(ImmutableList<Double> fractions, ImmutableList<Double> ratios) {
        this.fractions = fractions;
        this.ratios = ratios;
    }

    /**
     * @param solutions at least one solution, each with exactly one conducting phase and σ_eff &gt; 0 along
     *     the axis (not null)
     * @param axis the axis whose σ_eff to use (solved in every solution; not null)
     * @return the points (ε of the phase, σ_eff/σ)
     * @throws IllegalArgumentException if there are no solutions, or one has not exactly one conducting
     *     phase, did not solve the axis, or has σ_eff = 0 (τ infinite: no point on the curve)
     */
    public static BruggemanFitProblem of(List<ConductionSolution> solutions, Axis axis) {
        Checks.nonNull(solutions, "solutions");
        Checks.nonNull(axis, "axis");
        if (solutions.isEmpty()) {
            throw new IllegalArgumentException("solutions must hold at least one solution, held none");
        }
        double[] eps = new double[solutions.size()];
        double[] ratio = new double[solutions.size()];
        for (int i = 0; i < eps.length; i++) {
            ConductionSolution s = Checks.nonNull(solutions.get(i), "solutions[" + i + "]");
            ImmutableList<VoxelPhase> c = s.problem().conductingPhases();
            if (c.size() != 1) {
                throw new IllegalArgumentException("solutions[" + i + "] must have exactly one conducting phase, had "
                        + c.size() + " " + c);
            }
            double sigma = s.effectiveConductivity(axis);
            if (sigma <= 0) {
                throw new IllegalArgumentException("solutions[" + i + "]: σ_eff along " + axis
                        + " is 0 (no cluster joins the faces), so it has no point (ε, σ_eff/σ) to fit");
            }
            eps[i] = s.problem().microstructure().volumeFraction(c.get(0));
            ratio[i] = sigma / s.problem().conductivity(c.get(0));
        }
        return of(eps, ratio);
    }

    /**
     * @param fractions volume fractions ε of the conducting phase, each in (0, 1) (at least one)
     * @param ratios σ_eff/σ for each, each in (0, 1], as many as fractions
     * @return the points
     * @throws IllegalArgumentException if the arrays differ in length, are empty, or hold a value out of range
     */
    public static BruggemanFitProblem of(double[] fractions, double[] ratios) {
        Checks.allFinite(fractions, 1, "fractions", "");
        Checks.allFinite(ratios, 1, "ratios", "");
        Checks.sameLength(fractions, "fractions", ratios, "ratios");
        ImmutableList.Builder<Double> f = ImmutableList.builder();
        ImmutableList.Builder<Double> r = ImmutableList.builder();
        for (int i = 0; i < fractions.length; i++) {
            if (!(fractions[i] > 0 && fractions[i] < 1)) {
                throw new IllegalArgumentException("fractions[" + i + "] must be in (0, 1), was " + fractions[i]);
            }
            if (!(ratios[i] > 0 && ratios[i] <= 1)) {
                throw new IllegalArgumentException("ratios[" + i + "] (σ_eff/σ) must be in (0, 1], was " + ratios[i]);
            }
            f.add(fractions[i]);
            r.add(ratios[i]);
        }
        return new BruggemanFitProblem(f.build(), r.build());
    }

    /** @return the volume fractions ε, dimensionless */
    public ImmutableList<Double> fractions() {
        return fractions;
    }

    /** @return σ_eff/σ for each fraction, dimensionless */
    public ImmutableList<Double> ratios() {
        return ratios;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("BruggemanFitProblem");
        for (int i = 0; i < fractions.size(); i++) {
            sb.append(String.format(Locale.ROOT, " (ε %.4g, σ_eff/σ %.4g)", fractions.get(i), ratios.get(i)));
        }
        return sb.toString();
    }
}
