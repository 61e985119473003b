package org.interphase.badinput;

import org.apache.commons.math3.exception.NotStrictlyPositiveException;
import org.interphase.core.Checks;

/**
 * Tiny public classes with known bad-input behaviour, on which {@link HarnessSelfTest} checks that
 * the harness classifies each call correctly (so that the harness itself cannot silently pass).
 */
final class HarnessFixtures {

    private HarnessFixtures() {}

    /** Checks properly with the library's helpers. */
    public static final class Checked {
        private Checked() {}

        /**
         * Returns its argument.
         *
         * @param thickness layer thickness, m (&gt; 0)
         * @return {@code thickness}
         */
        public static double thickness(double thickness) {
            return Checks.positive(thickness, "thickness", "m");
        }

        /**
         * Length of a name.
         *
         * @param name a name
         * @return its length
         */
        public static int nameLength(String name) {
            java.util.Objects.requireNonNull(name, "name");
            return name.length();
        }
    }

    /** Returns NaN for negative input. */
    public static final class ReturnsNaN {
        private ReturnsNaN() {}

        /**
         * Square root without a check.
         *
         * @param x a number
         * @return √x
         */
        public static double root(double x) {
            return Math.sqrt(x);
        }
    }

    /** Throws the JVM's own NullPointerException. */
    public static final class RawNpe {
        private RawNpe() {}

        /**
         * Length of a text, unchecked.
         *
         * @param text a text
         * @return its length
         */
        public static int length(String text) {
            return text.length();
        }
    }

    /** Never finishes for a large count. */
    public static final class Loops {
        private Loops() {}

        /**
         * Spins for a large count.
         *
         * @param count how many
         * @return the count
         */
        public static int spin(int count) {
            if (count > 1000) {
                long x = 0;
                while (x >= 0) { // does not react to interrupts: only Thread.stop ends it
                    x = (x + 1) & 0xFFFF;
                }
            }
            return count;
        }
    }

    /** Refuses with a message that names neither parameter nor value. */
    public static final class Blames {
        private Blames() {}

        /**
         * Refuses negative input with an unhelpful message.
         *
         * @param weight a weight
         * @return the weight
         */
        public static double weight(double weight) {
            if (!(weight >= 0)) {
                throw new IllegalArgumentException("something went wrong");
            }
            return weight;
        }
    }

    /** Documents a range but does not check it. */
    public static final class Documented {
        private Documented() {}

        /**
         * Returns its argument unchecked.
         *
         * @param fraction the covered fraction, in [0, 1]
         * @return {@code fraction}
         */
        public static double fraction(double fraction) {
            return fraction;
        }
    }

    /** Lets a Commons Math exception leak. */
    public static final class CommonsLeak {
        private CommonsLeak() {}

        /**
         * Refuses non-positive input with Commons Math's exception.
         *
         * @param size a size
         * @return the size
         */
        public static double size(double size) {
            if (!(size > 0)) {
                throw new NotStrictlyPositiveException(size);
            }
            return size;
        }
    }

    /** Accepts null silently. */
    public static final class NullAccepted {
        private NullAccepted() {}

        /**
         * Length of a label, 0 for null.
         *
         * @param label a label
         * @return its length
         */
        public static int label(String label) {
            return label == null ? 0 : label.length();
        }
    }

    /** Writes results into arrays the caller passes (the pattern of {@code Impedance.evaluate}). */
    public interface Writer {
        /**
         * Writes 2·x_i into out[i].
         *
         * @param x inputs, each finite
         * @param out output values; length &ge; x.length, contents overwritten
         */
        void write(double[] x, double[] out);
    }

    /** Overwrites its output without reading it (inherits the @param text of {@link Writer#write}). */
    public static final class Overwrites implements Writer {
        /** An instance. */
        public Overwrites() {}

        @Override
        public void write(double[] x, double[] out) {
            Checks.allFinite(x, "x", "");
            for (int i = 0; i < x.length; i++) {
                out[i] = 2 * x[i];
            }
        }
    }

    /** Adds to its "output" instead of overwriting it: NaN in it comes back out. */
    public static final class Accumulates implements Writer {
        /** An instance. */
        public Accumulates() {}

        @Override
        public void write(double[] x, double[] out) {
            Checks.allFinite(x, "x", "");
            for (int i = 0; i < x.length; i++) {
                out[i] += 2 * x[i];
            }
        }
    }

    /** An input array whose text merely starts with "output" (when to output): not an output array. */
    public static final class OutputTimes {
        private OutputTimes() {}

        /**
         * The last output time, unchecked.
         *
         * @param times output times, s, increasing
         * @return the last one
         */
        public static double last(double[] times) {
            java.util.Objects.requireNonNull(times, "times");
            return times.length == 0 ? 0 : Math.min(times[times.length - 1], 1.0);
        }
    }

    /** Writes the first two elements of its output only (the pattern of {@code ChargeLaw.evaluate}). */
    public static final class PairWriter {
        private PairWriter() {}

        /**
         * x and 2x.
         *
         * @param x a number, finite
         * @param out out[0] = x, out[1] = 2x (length ≥ 2)
         */
        public static void pair(double x, double[] out) {
            Checks.finite(x, "x", "");
            java.util.Objects.requireNonNull(out, "out");
            if (out.length < 2) {
                throw new IllegalArgumentException("out must hold at least 2 elements, had " + out.length);
            }
            out[0] = x;
            out[1] = 2 * x;
        }
    }

    /** A void method that checks an input array's length only. */
    public static final class LengthOnly {
        private LengthOnly() {}

        /**
         * Requires a non-empty array.
         *
         * @param values some values
         */
        public static void nonEmpty(double[] values) {
            java.util.Objects.requireNonNull(values, "values");
            if (values.length == 0) {
                throw new IllegalArgumentException("values must not be empty");
            }
        }
    }
}
