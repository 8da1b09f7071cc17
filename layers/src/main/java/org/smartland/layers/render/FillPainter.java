package org.smartland.layers.render;

import java.awt.Color;
import java.awt.Graphics2D;

/** Fills polygon areas with a colour; lines and points are left alone. */
final class FillPainter implements SymbolizerPainter {
  private final Color colour;

  FillPainter(Color colour) {
    this.colour = colour;
  }

  @Override
  public void paint(Graphics2D g, ScreenGeometry s) {
    if (s.hasAreas()) {
      g.setColor(colour);
      g.fill(s.areas);
    }
  }

  @Override
  public double reach() {
    return 0;
  }
}
