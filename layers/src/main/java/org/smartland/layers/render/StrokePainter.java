package org.smartland.layers.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import org.smartland.layers.style.Stroke;

/** Strokes lines, and polygon rings when asked. */
final class StrokePainter implements SymbolizerPainter {
  private final Color colour;
  private final BasicStroke stroke;
  private final boolean rings;

  StrokePainter(Stroke s, boolean rings) {
    this.colour = AwtStyles.colour(s);
    this.stroke = AwtStyles.stroke(s);
    this.rings = rings;
  }

  @Override
  public void paint(Graphics2D g, ScreenGeometry s) {
    if (!s.hasLines() && !(rings && s.hasAreas())) {
      return;
    }
    g.setColor(colour);
    g.setStroke(stroke);
    if (rings && s.hasAreas()) {
      g.draw(s.areas);
    }
    if (s.hasLines()) {
      g.draw(s.lines);
    }
  }

  @Override
  public double reach() {
    return stroke.getLineWidth() / 2 * (stroke.getLineJoin() == BasicStroke.JOIN_MITER ? stroke.getMiterLimit() : 1);
  }
}
