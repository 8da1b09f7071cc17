package org.smartland.layers.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.buffer.OffsetCurve;
import org.smartland.layers.style.Stroke;

/**
 * Strokes every line and ring moved sideways: positive offsets to the left of the line's direction as seen
 * on the map. The offset curve (JTS {@link OffsetCurve}, mitred) is computed in pixels on the simplified
 * geometry, so it costs some allocation; only styles with offsets pay it.
 */
final class OffsetStrokePainter implements SymbolizerPainter {
  private static final GeometryFactory PIXELS = new GeometryFactory();

  private final Color colour;
  private final BasicStroke stroke;
  private final double offset;

  OffsetStrokePainter(Stroke s, double offsetPx) {
    this.colour = AwtStyles.colour(s);
    this.stroke = AwtStyles.stroke(s);
    this.offset = offsetPx;
  }

  @Override
  public void paint(Graphics2D g, ScreenGeometry s) {
    if (s.partCount() == 0) {
      return;
    }
    Path2D.Double path = new Path2D.Double();
    for (int p = 0; p < s.partCount(); p++) {
      int n = s.partSize(p) + (s.partClosed(p) ? 1 : 0);
      if (n < 2) {
        continue;
      }
      Coordinate[] cs = new Coordinate[n];
      for (int i = 0; i < n; i++) {
        int v = i % s.partSize(p);
        cs[i] = new Coordinate(s.partX(p, v), s.partY(p, v));
      }
      LineString line = PIXELS.createLineString(cs);
      // Pixels grow downwards, which mirrors JTS's left and right: negate to keep "positive = left on the map".
      append(path, OffsetCurve.getCurve(line, -offset));
    }
    g.setColor(colour);
    g.setStroke(stroke);
    g.draw(path);
  }

  private static void append(Path2D.Double path, Geometry curve) {
    for (int k = 0; k < curve.getNumGeometries(); k++) {
      Coordinate[] cs = curve.getGeometryN(k).getCoordinates();
      if (cs.length < 2) {
        continue;
      }
      path.moveTo(cs[0].x, cs[0].y);
      for (int i = 1; i < cs.length; i++) {
        path.lineTo(cs[i].x, cs[i].y);
      }
    }
  }

  @Override
  public double reach() {
    return Math.abs(offset) + stroke.getLineWidth() / 2 * stroke.getMiterLimit();
  }
}
