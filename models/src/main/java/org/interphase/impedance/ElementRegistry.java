package org.interphase.impedance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The elements a circuit string may use: the built-in {@link ElementType}s and the user's
 * {@link CustomElement}s. An immutable value passed to the parser ({@link #parse},
 * {@link Circuit#parse(String, ElementRegistry)}, {@link CircuitJson#read(String, ElementRegistry)}),
 * never global state: two parts of a program can register different elements under the same code
 * without seeing each other's.
 *
 * <pre>{@code
 * ElementRegistry reg = ElementRegistry.standard().with(myElement);
 * Circuit c = reg.parse("R0-p(R1,Hav1)");
 * }</pre>
 */
public final class ElementRegistry {

    private static final ElementRegistry STANDARD = new ElementRegistry(ImmutableMap.of());

    private final ImmutableMap<String, CustomElement> custom;

    private ElementRegistry(ImmutableMap<String, CustomElement> custom) {
        this.custom = custom;
    }

    /** @return the registry of the built-in elements only (what {@link Circuit#parse(String)} uses) */
    public static ElementRegistry standard() {
        return STANDARD;
    }

    /**
     * A copy with one more custom element.
     *
     * @param element the element
     * @return the new registry
     * @throws NullPointerException if element is null
     * @throws IllegalArgumentException if its code is that of a built-in element or of an element
     *     already registered
     */
    public ElementRegistry with(CustomElement element) {
        Objects.requireNonNull(element, "element (the custom element) must not be null");
        String code = element.code();
        for (ElementType t : ElementType.values()) {
            if (t.code().equals(code)) {
                throw new IllegalArgumentException("element code '" + code + "' clashes with the built-in element "
                        + code + " (" + t.description() + "); choose another code. Known codes: " + knownCodes());
            }
        }
        if (custom.containsKey(code)) {
            throw new IllegalArgumentException("element code '" + code + "' is already registered (" + custom.get(code)
                    + "); a registry holds one element per code");
        }
        Map<String, CustomElement> m = new LinkedHashMap<>(custom);
        m.put(code, element);
        return new ElementRegistry(ImmutableMap.copyOf(m));
    }

    /** @return the custom elements, in the order they were registered */
    public ImmutableList<CustomElement> customElements() {
        return custom.values().asList();
    }

    /**
     * @param code an element code, e.g. {@code "Hav"}
     * @return the custom element of that code, empty if none (built-in or unknown)
     * @throws NullPointerException if code is null
     */
    public Optional<CustomElement> custom(String code) {
        Objects.requireNonNull(code, "code (an element code) must not be null");
        return Optional.ofNullable(custom.get(code));
    }

    /**
     * @param code an element code
     * @return true if the code is a built-in or registered element
     * @throws NullPointerException if code is null
     */
    public boolean knows(String code) {
        Objects.requireNonNull(code, "code (an element code) must not be null");
        if (custom.containsKey(code)) {
            return true;
        }
        for (ElementType t : ElementType.values()) {
            if (t.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** @return every known code, built-in first, comma-separated (for messages) */
    String knownCodes() {
        StringBuilder sb = new StringBuilder(ElementType.knownCodes());
        for (String c : custom.keySet()) {
            sb.append(", ").append(c);
        }
        return sb.toString();
    }

    /**
     * Parses a circuit string with these elements ({@link Circuit#parse(String, ElementRegistry)}).
     *
     * @param text the circuit string, e.g. {@code "R0-p(R1,Hav1)"}
     * @return the circuit
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException naming the position of the error in the string
     */
    public Circuit parse(String text) {
        return Circuit.parse(text, this);
    }

    @Override
    public String toString() {
        return custom.isEmpty() ? "ElementRegistry[built-in elements]"
                : "ElementRegistry[built-in elements + " + custom.values() + "]";
    }
}
