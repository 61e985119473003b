package org.interphase.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * Draws a whole second chart inside the plot area of the first. Painting goes through the host chart's
 * {@code paint}, so the inset appears in PNG, SVG and PDF alike.
 */
final class InsetAnnotation extends Annotation {

    /** The inset's share of the plot area, in each direction. */
    private static final double SHARE = 0.45;
    /** Gap between the inset and the plot border, pixels. */
    private static final int GAP = 8;

    private final Plot inset;
    private final Corner corner;

    InsetAnnotation(Plot inset, Corner corner) {
        super(true);
        this.inset = inset;
        this.corner = corner;
    }

    @Override
    public void paint(Graphics2D g) {
        XYChart host = (XYChart) chart;
        double x0 = host.getScreenXFromChart(host.getStyler().getXAxisMin());
        double x1 = host.getScreenXFromChart(host.getStyler().getXAxisMax());
        double y0 = host.getScreenYFromChart(host.getStyler().getYAxisMin());
        double y1 = host.getScreenYFromChart(host.getStyler().getYAxisMax());
        int left = (int) Math.round(Math.min(x0, x1));
        int right = (int) Math.round(Math.max(x0, x1));
        int top = (int) Math.round(Math.min(y0, y1));
        int bottom = (int) Math.round(Math.max(y0, y1));
        int w = Math.max(Figure.MIN_SIZE, (int) Math.round(SHARE * (right - left)));
        int h = Math.max(Figure.MIN_SIZE, (int) Math.round(SHARE * (bottom - top)));
        int x = corner == Corner.TOP_LEFT || corner == Corner.BOTTOM_LEFT ? left + GAP : right - GAP - w;
        int y = corner == Corner.TOP_LEFT || corner == Corner.TOP_RIGHT ? top + GAP : bottom - GAP - h;
        XYChart chart = inset.withSize(w, h).chart();
        Graphics2D sub = (Graphics2D) g.create();
        try {
            sub.translate(x, y);
            sub.clipRect(0, 0, w, h);
            chart.paint(sub, w, h);
            sub.setClip(null);
            sub.setColor(Color.DARK_GRAY);
            sub.setStroke(new BasicStroke(1f));
            sub.drawRect(0, 0, w - 1, h - 1);
        } finally {
            sub.dispose();
        }
        bounds = new Rectangle2D.Double(x, y, w, h);
    }
}
