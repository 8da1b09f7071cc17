package org.smartland.layers.render;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.util.List;

/** Draws placed labels: the glyph outlines stroked with the halo (round joins), then filled with the text colour. */
final class LabelDrawer {
  private LabelDrawer() {
  }

  static void draw(Graphics2D g, List<LabelPlacer.Layout> labels) {
    for (LabelPlacer.Layout l : labels) {
      LabelStyle style = l.candidate().style();
      Shape outline = l.candidate().layout().getOutline(l.transform());
      style.haloColour.ifPresent(halo -> {
        g.setColor(halo);
        g.setStroke(style.haloStroke);
        g.draw(outline);
      });
      g.setColor(style.fill);
      g.fill(outline);
    }
  }
}
