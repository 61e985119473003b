package org.interphase.uncertainty;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.interphase.core.Checks;

/**
 * What to propagate: named uncertain inputs and a model, a pure function from one {@link Sample}
 * of them to one output (a stack's budget total in Ω·m², an optimum thickness in m, |Z| at a
 * frequency in Ω·m²). The model is called from several threads at once and must be thread-safe and
 * free of side effects; it must return a finite number for every sample.
 *
 * <pre>
 *   var sigma = UncertainInput.fromCatalog(Materials.LINBO3, Property.IONIC_CONDUCTIVITY);
 *   var problem = UncertaintyProblem.of("budget total", "Ω·m²",
 *           s -&gt; stack.withCoating(... s.value(sigma.name()) ...).budget().total(), sigma);
 * </pre>
 * Immutable.
 */
public final class UncertaintyProblem {

    private final String output;
    private final String unit;
    private final ToDoubleFunction<Sample> model;
    private final ImmutableList<UncertainInput> inputs;
    private final ImmutableList<String> names;

    private UncertaintyProblem(String output, String unit, ToDoubleFunction<Sample> model, ImmutableList<UncertainInput> inputs) {
        this.output = output;
        this.unit = unit;
        this.model = model;
        this.inputs = inputs;
        this.names = inputs.stream().map(UncertainInput::name).collect(ImmutableList.toImmutableList());
    }

    /**
     * @param output the output's name, e.g. "budget total" (not blank)
     * @param unit the output's SI unit, e.g. "Ω·m²" (not null; "1" or "" for dimensionless)
     * @param model the output of one sample (not null; pure, thread-safe, finite)
     * @param inputs the uncertain inputs (at least one, no null, distinct names)
     * @return the problem
     * @throws NullPointerException if an argument or an input is null
     * @throws IllegalArgumentException if the name is blank, there is no input, or two share a name
     */
    public static UncertaintyProblem of(String output, String unit, ToDoubleFunction<Sample> model,
            UncertainInput... inputs) {
        Checks.nonNull(inputs, "inputs");
        return of(output, unit, model, List.of(inputs));
    }

    /**
     * @param output the output's name (not blank)
     * @param unit the output's SI unit (not null)
     * @param model the output of one sample (not null; pure, thread-safe, finite)
     * @param inputs the uncertain inputs (at least one, no null, distinct names)
     * @return the problem
     * @throws NullPointerException if an argument or an input is null
     * @throws IllegalArgumentException if the name is blank, there is no input, or two share a name
     */
    public static UncertaintyProblem of(String output, String unit, ToDoubleFunction<Sample> model,
            List<UncertainInput> inputs) {
        String o = Checks.nonBlank(output, "output name").strip();
        Checks.nonNull(unit, "output unit");
        Checks.nonNull(model, "model");
        Checks.nonNull(inputs, "inputs");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("inputs must hold at least one uncertain input, was empty");
        }
        Set<String> seen = new HashSet<>();
        for (UncertainInput i : inputs) {
            Checks.nonNull(i, "input");
            if (!seen.add(i.name())) {
                throw new IllegalArgumentException("input names must be distinct, '" + i.name() + "' occurs twice");
            }
        }
        return new UncertaintyProblem(o, unit.strip(), model, ImmutableList.copyOf(inputs));
    }

    /** @return the output's name */
    public String output() {
        return output;
    }

    /** @return the output's SI unit */
    public String unit() {
        return unit;
    }

    /** @return the model function */
    public ToDoubleFunction<Sample> model() {
        return model;
    }

    /** @return the inputs, in order */
    public ImmutableList<UncertainInput> inputs() {
        return inputs;
    }

    /** @return the inputs' names, in order */
    public ImmutableList<String> names() {
        return names;
    }

    /** @return e.g. {@code "UncertaintyProblem[budget total (Ω·m²) of 2 inputs: …]"} */
    @Override
    public String toString() {
        return "UncertaintyProblem[" + output + (unit.isEmpty() ? "" : " (" + unit + ")") + " of " + inputs.size()
                + " input" + (inputs.size() == 1 ? "" : "s") + ": " + inputs + "]";
    }
}
