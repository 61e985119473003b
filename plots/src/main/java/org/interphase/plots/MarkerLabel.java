package org.interphase.plots;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * The label of a marker line, beside the line rather than centred on it (XChart's text annotation is
 * centred, which cuts a long label at the plot's edge). Vertical markers' labels step down one line
 * each, so that markers close together stay legible.
 */
final class MarkerLabel extends Annotation {

    private final String label;
    private final double value;
    private final boolean vertical;
    private final int line;

    MarkerLabel(String label, double value, boolean vertical, int line) {
        super(false);
        this.label = label;
        this.value = value;
        this.vertical = vertical;
        this.line = line;
    }

    @Override
    public void paint(Graphics2D g) {
        XYChart host = (XYChart) chart;
        double x0 = host.getScreenXFromChart(host.getStyler().getXAxisMin());
        double x1 = host.getScreenXFromChart(host.getStyler().getXAxisMax());
        double y1 = host.getScreenYFromChart(host.getStyler().getYAxisMax());
        Font font = host.getStyler().getAnnotationTextFont();
        g.setFont(font);
        g.setColor(Palette.MARKER);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        FontMetrics fm = g.getFontMetrics(font);
        int w = fm.stringWidth(label);
        double x;
        double y;
        if (vertical) {
            double at = host.getScreenXFromChart(value);
            // right of the line, or left of it when the label would leave the plot area
            x = at + 5 + w <= Math.max(x0, x1) ? at + 5 : at - 5 - w;
            y = Math.min(y1, host.getScreenYFromChart(host.getStyler().getYAxisMin())) + (line + 1) * (fm.getHeight() + 2);
        } else {
            x = Math.min(x0, x1) + 5;
            y = host.getScreenYFromChart(value) - 4;
        }
        g.drawString(label, (float) x, (float) y);
        bounds = new Rectangle2D.Double(x, y - fm.getAscent(), w, fm.getHeight());
    }
}
