package org.interphase.badinput;

import java.util.function.Supplier;

/**
 * One argument value for the harness: a label for the report and a maker. Makers of mutable
 * values (arrays, builders) return a fresh object on every call, so that a library call that
 * modifies its argument cannot spoil the next call.
 */
record Example(String label, Supplier<Object> maker) {

    Object make() {
        return maker.get();
    }

    static Example of(String label, Object immutable) {
        return new Example(label, () -> immutable);
    }

    @Override
    public String toString() {
        return label;
    }
}
