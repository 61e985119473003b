package org.interphase.materials;

import java.util.List;

/**
 * A user materials file is malformed. The message lists every problem found, each as
 * {@code file:line: field 'name': what is wrong}; {@link #problems()} gives them one by one.
 * Nothing is loaded from a malformed file.
 */
public final class MaterialFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    MaterialFileException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, in file order */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        StringBuilder sb = new StringBuilder(problems.size() == 1 ? "malformed materials file: "
                : problems.size() + " problems in materials file:");
        int shown = 0;
        for (Problem p : problems) {
            if (shown++ == 20) {
                sb.append("\n  ... and ").append(problems.size() - 20).append(" more");
                break;
            }
            sb.append(problems.size() == 1 ? "" : "\n  ").append(p);
        }
        return sb.toString();
    }

    /**
     * One problem.
     *
     * @param file the file name
     * @param line the 1-based line number
     * @param field the column name, or empty for a whole-line problem
     * @param message what is wrong
     */
    public record Problem(String file, int line, String field, String message) {

        /**
         * Validates the components.
         *
         * @param file the file name (not null)
         * @param line the 1-based line number (&ge; 0; 0 when the line is unknown)
         * @param field the column name, or empty for a whole-line problem (null reads as empty)
         * @param message what is wrong (not null)
         * @throws NullPointerException if {@code file} or {@code message} is null
         * @throws IllegalArgumentException if {@code line} is negative
         */
        public Problem {
            org.interphase.core.Checks.nonNull(file, "file");
            org.interphase.core.Checks.atLeast(line, 0, "line");
            field = field == null ? "" : field;
            org.interphase.core.Checks.nonNull(message, "message");
        }

        @Override
        public String toString() {
            return file + ":" + line + ": " + (field.isEmpty() ? "" : "field '" + field + "': ") + message;
        }
    }
}
