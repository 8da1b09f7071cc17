package org.smartland.layers.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.RingClipper;

/**
 * Turns labelled features into {@link LabelCandidate}s during the geometry pass, while their screen geometry
 * is at hand. Text layouts are cached by text and font for the whole render (road names repeat on every
 * segment).
 *
 * <p>Where a label may go: with a line placement, along the straight-enough stretches of the feature's
 * lines that are at least as long as the text (none: no label); polygons at the interior point of their
 * visible part (clipped to the image); lines with a point placement at the middle of their longest line;
 * points at the first point. Features whose anchor falls outside the image get no label.
 */
final class LabelCandidates {
  static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final GeometryFactory MAP = new GeometryFactory();

  private final int width;
  private final int height;
  private final Map<LayoutKey, TextLayout> layouts = new HashMap<>();

  private record LayoutKey(Font font, String text) {
  }

  LabelCandidates(int width, int height) {
    this.width = width;
    this.height = height;
  }

  Optional<LabelCandidate> of(int layer, String text, LabelStyle style, ScreenGeometry s, double markRadius) {
    TextLayout layout = layouts.computeIfAbsent(new LayoutKey(style.font, text), k -> new TextLayout(text, k.font(), FRC));
    double gap = markRadius + 2 + style.haloRadius;
    if (style.alongLines() && hasOpenParts(s)) {
      double pad = LabelPlacer.padding(style);
      double tolerance = Math.max(2, style.font.getSize2D() * 0.4);
      List<Stretch> stretches = LineStretches.of(s, tolerance, layout.getAdvance() + 2 * pad, width, height);
      return stretches.isEmpty() ? Optional.empty()
          : Optional.of(new LabelCandidate(layer, text, style, layout, LabelCandidate.Kind.LINE, 0, 0, gap, stretches));
    }
    if (s.hasAreas()) {
      return interiorPoint(s).map(p -> new LabelCandidate(layer, text, style, layout, LabelCandidate.Kind.AREA,
          p[0], p[1], gap, List.of()));
    }
    if (hasOpenParts(s) || s.pointCount() > 0) {
      double[] p = s.pointCount() > 0 ? new double[] {s.pointX(0), s.pointY(0)} : longestLineMiddle(s);
      return inside(p) ? Optional.of(new LabelCandidate(layer, text, style, layout, LabelCandidate.Kind.POINT,
          p[0], p[1], gap, List.of())) : Optional.empty();
    }
    return Optional.empty();
  }

  private Optional<double[]> interiorPoint(ScreenGeometry s) {
    ScreenTransform t = s.transform();
    Envelope view = new Envelope(t.mapX(0), t.mapX(width), t.mapY(height), t.mapY(0));
    Geometry g = s.source();
    if (!view.contains(g.getEnvelopeInternal())) {
      try {
        // only the visible part can hold the label: clip the rings to the view (linear, no noding)
        g = clipToRectangle(g, view);
      } catch (TopologyException | IllegalArgumentException e) {
        // an invalid polygon: fall back to the interior point of the whole of it
      }
    }
    if (g.isEmpty() || g.getDimension() < 2) {
      return Optional.empty();
    }
    Point ip = g.getInteriorPoint();
    double[] p = {t.x(ip.getX()), t.y(ip.getY())};
    return inside(p) ? Optional.of(p) : Optional.empty();
  }

  /** The polygons of {@code g} with every ring clipped to the rectangle; validity is not needed for an interior point. */
  private static Geometry clipToRectangle(Geometry g, Envelope view) {
    RingClipper clipper = new RingClipper(view);
    List<Polygon> parts = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (!(g.getGeometryN(i) instanceof Polygon p) || !view.intersects(p.getEnvelopeInternal())) {
        continue;
      }
      Coordinate[] shell = clipper.clip(p.getExteriorRing().getCoordinates());
      if (shell.length < 4) {
        continue;
      }
      List<LinearRing> holes = new ArrayList<>();
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        Coordinate[] hole = clipper.clip(p.getInteriorRingN(h).getCoordinates());
        if (hole.length >= 4) {
          holes.add(MAP.createLinearRing(hole));
        }
      }
      parts.add(MAP.createPolygon(MAP.createLinearRing(shell), holes.toArray(new LinearRing[0])));
    }
    return MAP.createMultiPolygon(parts.toArray(new Polygon[0]));
  }

  private static double[] longestLineMiddle(ScreenGeometry s) {
    int best = -1;
    double bestLength = -1;
    for (int p = 0; p < s.partCount(); p++) {
      if (s.partClosed(p)) {
        continue;
      }
      double len = 0;
      for (int i = 1; i < s.partSize(p); i++) {
        len += Math.hypot(s.partX(p, i) - s.partX(p, i - 1), s.partY(p, i) - s.partY(p, i - 1));
      }
      if (len > bestLength) {
        bestLength = len;
        best = p;
      }
    }
    double half = bestLength / 2;
    for (int i = 1; i < s.partSize(best); i++) {
      double x0 = s.partX(best, i - 1);
      double y0 = s.partY(best, i - 1);
      double len = Math.hypot(s.partX(best, i) - x0, s.partY(best, i) - y0);
      if (len >= half && len > 0) {
        return new double[] {x0 + half / len * (s.partX(best, i) - x0), y0 + half / len * (s.partY(best, i) - y0)};
      }
      half -= len;
    }
    return new double[] {s.partX(best, 0), s.partY(best, 0)};
  }

  private static boolean hasOpenParts(ScreenGeometry s) {
    for (int p = 0; p < s.partCount(); p++) {
      if (!s.partClosed(p)) {
        return true;
      }
    }
    return false;
  }

  private boolean inside(double[] p) {
    return p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height;
  }
}
