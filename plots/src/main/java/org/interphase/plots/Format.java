package org.interphase.plots;

import java.util.Locale;

/** The file formats a {@link Figure} is written in. */
public enum Format {
    /** Portable Network Graphics, a bitmap of the figure's size in pixels. */
    PNG,
    /** Scalable Vector Graphics. */
    SVG,
    /** Portable Document Format, one page of the figure's size in points. */
    PDF;

    /** @return the file extension, lower case without the dot, e.g. {@code "png"} */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
