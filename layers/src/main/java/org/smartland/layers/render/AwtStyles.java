package org.smartland.layers.render;

import java.awt.BasicStroke;
import java.awt.Color;
import org.smartland.layers.style.Fill;
import org.smartland.layers.style.Stroke;

/** Java2D colours and strokes for style fills and strokes, made once per symbolizer. */
final class AwtStyles {
  private AwtStyles() {
  }

  /** The colour with the opacity as alpha. */
  static Color colour(Color c, double opacity) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(opacity * 255));
  }

  static Color colour(Fill f) {
    return colour(f.color(), f.opacity());
  }

  static Color colour(Stroke s) {
    return colour(s.color(), s.opacity());
  }

  /** The Java2D stroke: width, caps, joins (mitre limit 10) and dashes in pixels. */
  static BasicStroke stroke(Stroke s) {
    int cap = switch (s.cap()) {
      case BUTT -> BasicStroke.CAP_BUTT;
      case ROUND -> BasicStroke.CAP_ROUND;
      case SQUARE -> BasicStroke.CAP_SQUARE;
    };
    int join = switch (s.join()) {
      case MITRE -> BasicStroke.JOIN_MITER;
      case ROUND -> BasicStroke.JOIN_ROUND;
      case BEVEL -> BasicStroke.JOIN_BEVEL;
    };
    if (s.dashArray().isEmpty()) {
      return new BasicStroke((float) s.width(), cap, join, 10f);
    }
    float[] dashes = new float[s.dashArray().size()];
    for (int i = 0; i < dashes.length; i++) {
      dashes[i] = s.dashArray().get(i).floatValue();
    }
    return new BasicStroke((float) s.width(), cap, join, 10f, dashes, (float) s.dashOffset());
  }

  /** Whether a stroke draws anything: width and opacity above zero. */
  static boolean visible(Stroke s) {
    return s.width() > 0 && s.opacity() > 0;
  }
}
