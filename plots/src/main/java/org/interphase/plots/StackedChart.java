package org.interphase.plots;

import java.awt.Graphics2D;
import org.knowm.xchart.XYChart;

/**
 * Two charts one above the other, painted as one: the encoders (PNG, SVG, PDF) only call
 * {@code paint(g, width, height)}, so overriding it is enough to write both panels in one file.
 */
final class StackedChart extends XYChart {

    private final XYChart top;
    private final XYChart bottom;

    StackedChart(int width, int height, XYChart top, XYChart bottom) {
        super(width, height);
        this.top = top;
        this.bottom = bottom;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        int upper = height / 2;
        top.paint(g, width, upper);
        Graphics2D sub = (Graphics2D) g.create();
        try {
            sub.translate(0, upper);
            bottom.paint(sub, width, height - upper);
        } finally {
            sub.dispose();
        }
    }
}
