package org.interphase.plots;

import java.awt.Color;

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies and in grey print. */
final class Palette {

    static final Color[] SERIES = {
        new Color(0x00, 0x72, 0xB2), // blue
        new Color(0xD5, 0x5E, 0x00), // vermillion
        new Color(0x00, 0x9E, 0x73), // bluish green
        new Color(0xCC, 0x79, 0xA7), // reddish purple
        new Color(0xE6, 0x9F, 0x00), // orange
        new Color(0x56, 0xB4, 0xE9), // sky blue
        new Color(0x00, 0x00, 0x00), // black
    };

    /** Markers (bounds, optima): a dark grey that no series uses. */
    static final Color MARKER = new Color(0x55, 0x55, 0x55);

    private Palette() {}

    static Color series(int i) {
        return SERIES[i % SERIES.length];
    }

    static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
