package org.interphase.plots;

import org.interphase.core.Checks;

/** One named curve of a {@link Plot}; arrays are copied in and never handed out. */
record Series(String name, double[] x, double[] y, Style style) {

    Series {
        Checks.nonBlank(name, "name");
        Checks.nonNull(style, "style");
        Checks.allFinite(x, 1, "x", "");
        Checks.allFinite(y, 1, "y", "");
        Checks.sameLength(x, "x", y, "y");
        x = x.clone();
        y = y.clone();
    }

    double[] xs() {
        return x.clone();
    }

    double[] ys() {
        return y.clone();
    }
}
