package org.interphase.plots;

import com.google.common.collect.ImmutableList;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.interphase.core.Checks;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * An immutable figure specification that can be written as PNG, SVG or PDF. Every {@code with…}
 * method returns a new figure; nothing is drawn until a {@code save…} or {@link #toImage()} call,
 * which builds a fresh XChart chart each time, so one figure can be saved from several threads.
 *
 * <p>Drawing is headless: the class sets {@code java.awt.headless=true} when it is loaded unless the
 * property was already set, so figures are written on servers, in CI and in JShell without a display.
 */
public abstract class Figure {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** The smallest and largest width or height, pixels (PNG) or points (SVG, PDF). */
    static final int MIN_SIZE = 100;
    static final int MAX_SIZE = 10_000;

    Figure() {}

    /** @return the width, pixels for PNG, points for SVG and PDF */
    public abstract int width();

    /** @return the height, pixels for PNG, points for SVG and PDF */
    public abstract int height();

    /** @return the title drawn above the figure */
    public abstract String title();

    /** A new XChart chart that draws this figure; called for every rendering. */
    abstract Chart<?, ?> chart();

    /**
     * Draws the figure into an image of {@link #width()} × {@link #height()} pixels.
     *
     * @return a new image (RGB)
     */
    public BufferedImage toImage() {
        return BitmapEncoder.getBufferedImage(chart());
    }

    /**
     * Writes the figure as PNG.
     *
     * @param file the file to write (its folder is created if missing; the name is used as given)
     * @return {@code file}
     * @throws NullPointerException if {@code file} is null
     * @throws UncheckedIOException if the file cannot be written
     */
    public Path savePng(Path file) {
        return write(file, Format.PNG);
    }

    /**
     * Writes the figure as SVG.
     *
     * @param file the file to write (its folder is created if missing; the name is used as given)
     * @return {@code file}
     * @throws NullPointerException if {@code file} is null
     * @throws UncheckedIOException if the file cannot be written
     */
    public Path saveSvg(Path file) {
        return write(file, Format.SVG);
    }

    /**
     * Writes the figure as PDF.
     *
     * @param file the file to write (its folder is created if missing; the name is used as given)
     * @return {@code file}
     * @throws NullPointerException if {@code file} is null
     * @throws UncheckedIOException if the file cannot be written
     */
    public Path savePdf(Path file) {
        return write(file, Format.PDF);
    }

    /**
     * Writes the figure as {@code folder/baseName.png}, {@code .svg} and/or {@code .pdf}.
     *
     * @param folder output folder (created if missing)
     * @param baseName file name without extension, not blank
     * @param formats the formats to write; none means PNG and SVG
     * @return the files written, in the order of {@code formats}
     * @throws NullPointerException if an argument or a format is null
     * @throws IllegalArgumentException if {@code baseName} is blank
     * @throws UncheckedIOException if a file cannot be written
     */
    public ImmutableList<Path> save(Path folder, String baseName, Format... formats) {
        Checks.nonNull(folder, "folder");
        Checks.nonBlank(baseName, "baseName");
        Checks.nonNull(formats, "formats");
        Format[] chosen = formats.length == 0 ? new Format[] {Format.PNG, Format.SVG} : formats;
        ImmutableList.Builder<Path> written = ImmutableList.builder();
        for (Format f : chosen) {
            Checks.nonNull(f, "format");
            written.add(write(folder.resolve(baseName + "." + f.extension()), f));
        }
        return written.build();
    }

    private Path write(Path file, Format format) {
        Checks.nonNull(file, "file");
        Chart<?, ?> chart = chart();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                switch (format) {
                    case PNG -> ImageIO.write(BitmapEncoder.getBufferedImage(chart), "png", out);
                    case SVG -> VectorGraphicsEncoder.saveVectorGraphic(chart, out,
                            VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                    case PDF -> VectorGraphicsEncoder.saveVectorGraphic(chart, out,
                            VectorGraphicsEncoder.VectorGraphicsFormat.PDF);
                    default -> throw new AssertionError(format);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write figure '" + title() + "' as " + format + " to " + file, e);
        }
    }
}
