package org.interphase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.interphase.core.CancellationToken;
import org.interphase.core.ProgressBar;
import org.interphase.core.ProgressListener;

/**
 * What a run knows of the process around it: whether stderr is a terminal (progress bars are then drawn
 * without {@code --progress}), and Ctrl-C, which cancels the run's {@link CancellationToken} through a
 * shutdown hook. {@link Main#main} runs in a {@link #process()} session; {@link Main#run} (tests,
 * embedding) in an {@link #embedded(CancellationToken)} one, which installs no hook and never decides
 * on its own to draw a bar into the caller's writers.
 */
final class Session {

    /** How long the Ctrl-C hook lets a cancelled command print its message before the JVM halts. */
    private static final long GRACE_SECONDS = 5;

    private final boolean terminal;
    private final boolean hook;
    private final CancellationToken token;
    private final CountDownLatch finished = new CountDownLatch(1);
    private boolean hookInstalled;
    private ProgressLine line;

    private Session(boolean terminal, boolean hook, CancellationToken token) {
        this.terminal = terminal;
        this.hook = hook;
        this.token = token;
    }

    /** @return the session of the {@code interphase} process: a terminal check, Ctrl-C cancels */
    static Session process() {
        return new Session(stderrIsTerminal(), true, CancellationToken.create());
    }

    /**
     * @param token the token the cancellable commands use (none: {@link CancellationToken#none()})
     * @return a session inside someone else's JVM: no shutdown hook, bars only with {@code --progress}
     */
    static Session embedded(CancellationToken token) {
        return new Session(false, false, token);
    }

    /**
     * The token of a cancellable command. In the process session the first call installs the shutdown hook
     * that cancels it on Ctrl-C (SIGINT) and then waits, up to {@value #GRACE_SECONDS} s, for the command to
     * stop and say so; the JVM then exits with status 130 (128 + SIGINT), which is also {@link Main#CANCELLED}.
     * Commands that cannot be cancelled never call this, so Ctrl-C stops them at once as usual.
     *
     * @return the token to hand to the solver
     */
    synchronized CancellationToken cancellation() {
        if (hook && !hookInstalled) {
            hookInstalled = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (finished.getCount() == 0) {
                    return; // an ordinary exit: nothing to stop
                }
                token.cancel();
                try {
                    finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "interphase Ctrl-C"));
        }
        return token;
    }

    /** Called when the command has returned and its output is flushed: the Ctrl-C hook need wait no longer. */
    void finished() {
        finished.countDown();
    }

    /**
     * @param asked the command's {@code --progress} ({@code true}) or {@code --no-progress} ({@code false});
     *     null when neither was given: a bar only if stderr is a terminal
     * @param err where the bar is drawn
     * @return the listener to hand to the solver
     */
    synchronized ProgressListener progress(Boolean asked, PrintWriter err) {
        if (asked == null ? !terminal : !asked) {
            return ProgressListener.none();
        }
        line = new ProgressLine(ProgressBar.to(err), err);
        return line;
    }

    /** @return true if a bar was drawn and has not reached 100 % (a message must then start a new line) */
    synchronized boolean progressLineOpen() {
        return line != null && line.open;
    }

    /**
     * Whether file descriptor 2 is a terminal: on Linux read from /proc (so {@code interphase screen g.json >
     * out.txt} still shows the bar on the terminal); elsewhere {@link System#console()}, which needs stdin and
     * stdout to be the terminal too.
     */
    private static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // no /proc: fall back to the console check
        }
        return System.console() != null;
    }

    /** A {@link ProgressBar} that flushes after each redraw and remembers whether its line is still open. */
    private static final class ProgressLine implements ProgressListener {
        private final ProgressBar bar;
        private final PrintWriter err;
        private volatile boolean open;

        ProgressLine(ProgressBar bar, PrintWriter err) {
            this.bar = bar;
            this.err = err;
        }

        @Override
        public void progress(double fraction, String message) {
            bar.progress(fraction, message);
            open = fraction < 1;
            err.flush();
        }
    }
}
