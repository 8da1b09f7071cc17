package org.smartland.layers.render;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import org.smartland.layers.style.LineSymbolizer;
import org.smartland.layers.style.PointSymbolizer;
import org.smartland.layers.style.PolygonSymbolizer;
import org.smartland.layers.style.Symbolizer;

/**
 * Draws one symbolizer's part of a feature. Painters are made once per render from the style, with their
 * Java2D colours, strokes and mark shapes ready, so painting a feature allocates nothing.
 */
interface SymbolizerPainter {

  void paint(Graphics2D g, ScreenGeometry s);

  /** How far, in pixels, the drawing may reach beyond the geometry (half a stroke, half a mark). */
  double reach();

  /**
   * The painters of a symbolizer, in drawing order: a polygon's fill before its outline. Labels are not
   * painted here, and invisible parts (zero width or opacity) get no painter.
   */
  static List<SymbolizerPainter> of(Symbolizer symbolizer) {
    List<SymbolizerPainter> out = new ArrayList<>();
    if (symbolizer instanceof PolygonSymbolizer p) {
      p.fill().filter(f -> f.opacity() > 0).ifPresent(f -> out.add(new FillPainter(AwtStyles.colour(f))));
      p.stroke().filter(AwtStyles::visible).ifPresent(s -> out.add(new StrokePainter(s, true)));
    } else if (symbolizer instanceof LineSymbolizer l) {
      if (AwtStyles.visible(l.stroke())) {
        out.add(l.perpendicularOffset() == 0 ? new StrokePainter(l.stroke(), true)
            : new OffsetStrokePainter(l.stroke(), l.perpendicularOffset()));
      }
    } else if (symbolizer instanceof PointSymbolizer m) {
      if (m.size() > 0) {
        out.add(new MarkPainter(m));
      }
    }
    return out;
  }
}
