package org.interphase.core;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A one-line text progress bar for JShell and the command line:
 * {@code [##########          ]  50 % Polonsky–Keer iteration 120}. A {@link ProgressListener}
 * that writes to a caller-given {@link Appendable} (the library itself never prints): each report
 * rewrites the line after a carriage return ({@code \r}, no terminal escape codes), and the final
 * report at 1 ends it with a line break.
 *
 * <pre>
 *   var s = ContactSolver.withDefaults().withProgress(ProgressBar.to(System.out)).solve(problem);
 * </pre>
 *
 * <p>It redraws only when the whole percent changes, so a solver that reports every iteration does
 * not flood the output. Not thread-safe on its own; solvers serialize their reports
 * ({@link ProgressTracker}).
 */
public final class ProgressBar implements ProgressListener {

    /** Width of the bar in characters when none is given. */
    public static final int DEFAULT_WIDTH = 30;
    /** Longest message shown; a longer one is cut with "…". */
    private static final int MAX_MESSAGE = 50;

    private final Appendable out;
    private final int width;
    private int lastPercent = -1;
    private int lastLength;

    private ProgressBar(Appendable out, int width) {
        this.out = out;
        this.width = width;
    }

    /**
     * @param out where the bar is drawn, e.g. {@code System.out} or a {@code StringBuilder} (not null)
     * @return a bar {@value #DEFAULT_WIDTH} characters wide
     * @throws NullPointerException if out is null
     */
    public static ProgressBar to(Appendable out) {
        return new ProgressBar(Checks.nonNull(out, "out (where the progress bar is drawn)"), DEFAULT_WIDTH);
    }

    /**
     * @param width bar width in characters (in [5, 200])
     * @return a copy of this bar with that width, writing to the same place
     * @throws IllegalArgumentException if the width is out of range
     */
    public ProgressBar withWidth(int width) {
        return new ProgressBar(out, Checks.inClosedRange(width, 5, 200, "progress bar width"));
    }

    /**
     * The line for one report, without the leading carriage return.
     *
     * @param fraction fraction done, in [0, 1]
     * @param message what is being done (not null)
     * @param width bar width in characters (in [5, 200])
     * @return e.g. {@code "[###       ]  30 % message"}
     * @throws IllegalArgumentException if the fraction or width is out of range
     * @throws NullPointerException if the message is null
     */
    public static String line(double fraction, String message, int width) {
        Checks.inClosedRange(fraction, 0, 1, "progress fraction", "");
        Checks.nonNull(message, "progress message");
        Checks.inClosedRange(width, 5, 200, "progress bar width");
        int filled = (int) Math.floor(fraction * width);
        int percent = (int) Math.floor(100 * fraction);
        String m = message.strip().replace('\n', ' ').replace('\r', ' ');
        if (m.length() > MAX_MESSAGE) {
            m = m.substring(0, MAX_MESSAGE - 1) + "…";
        }
        return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + " ".repeat(percent < 10 ? 2 : percent < 100 ? 1 : 0)
                + percent + " %" + (m.isEmpty() ? "" : " " + m);
    }

    /**
     * Draws the bar (only when the whole percent changed, and always at 1).
     *
     * @param fraction fraction done, in [0, 1]
     * @param message what is being done (not null)
     * @throws IllegalArgumentException if the fraction is out of range
     * @throws NullPointerException if the message is null
     * @throws UncheckedIOException if the Appendable throws an IOException
     */
    @Override
    public void progress(double fraction, String message) {
        String text = line(fraction, message, width);
        int percent = (int) Math.floor(100 * fraction);
        if (percent == lastPercent && fraction < 1) {
            return;
        }
        lastPercent = percent;
        try {
            // pad with spaces so that a shorter line fully covers the one before it
            out.append('\r').append(text).append(" ".repeat(Math.max(0, lastLength - text.length())));
            lastLength = text.length();
            if (fraction >= 1) {
                out.append(System.lineSeparator());
                lastLength = 0;
                lastPercent = -1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("progress bar: cannot write to " + out.getClass().getSimpleName(), e);
        }
    }

    /** @return e.g. {@code "ProgressBar[30 characters]"} */
    @Override
    public String toString() {
        return "ProgressBar[" + width + " characters]";
    }
}
