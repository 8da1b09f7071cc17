package org.smartland.layers.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import org.smartland.layers.style.PointSymbolizer;

/**
 * Draws a mark centred on every point, polygon interior point and line middle: fill, then outline. The
 * mark shape is sized and rotated once; each anchor only translates the graphics.
 */
final class MarkPainter implements SymbolizerPainter {
  private final Shape shape;
  private final Color fill;
  private final boolean filled;
  private final Color strokeColour;
  private final BasicStroke stroke;
  private final boolean stroked;
  private final double reach;

  MarkPainter(PointSymbolizer m) {
    this.shape = Marks.shape(m.mark(), m.size(), m.rotation());
    this.filled = m.fill().filter(f -> f.opacity() > 0).isPresent();
    this.fill = m.fill().map(AwtStyles::colour).orElse(Color.BLACK);
    this.stroked = m.stroke().filter(AwtStyles::visible).isPresent();
    this.strokeColour = m.stroke().map(AwtStyles::colour).orElse(Color.BLACK);
    this.stroke = AwtStyles.stroke(m.stroke().orElse(org.smartland.layers.style.Stroke.DEFAULT));
    this.reach = m.size() / Math.sqrt(2) + (stroked ? stroke.getLineWidth() / 2 * stroke.getMiterLimit() : 0);
  }

  @Override
  public void paint(Graphics2D g, ScreenGeometry s) {
    int n = s.anchorCount();
    if (n == 0 || !(filled || stroked)) {
      return;
    }
    if (stroked) {
      g.setStroke(stroke);
    }
    for (int i = 0; i < n; i++) {
      double x = s.anchorX(i);
      double y = s.anchorY(i);
      g.translate(x, y);
      if (filled) {
        g.setColor(fill);
        g.fill(shape);
      }
      if (stroked) {
        g.setColor(strokeColour);
        g.draw(shape);
      }
      g.translate(-x, -y);
    }
  }

  @Override
  public double reach() {
    return reach;
  }

  /** Half the mark's size: how far a label next to it should keep away. */
  double radius() {
    return shape.getBounds2D().getWidth() / 2;
  }
}
