package org.smartland.server.ogcapi;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A small map of items as inline SVG, for the HTML pages: polygons filled, lines stroked, points as dots,
 * scaled to fit, north up. No tiles, no script: it shows where the page's features are.
 */
final class SvgMap {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 360;

  private SvgMap() {
  }

  static String of(List<Geometry> geometries) {
    Envelope env = new Envelope();
    geometries.forEach(g -> env.expandToInclude(g.getEnvelopeInternal()));
    if (env.isNull()) {
      return "<p class=\"muted\">No geometry to show.</p>";
    }
    env.expandBy(Math.max(env.getWidth(), env.getHeight()) * 0.05 + 1e-9);
    double scale = Math.min(WIDTH / env.getWidth(), HEIGHT / env.getHeight());
    StringBuilder sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\""
        + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\"map of the items\">");
    for (Geometry g : geometries) {
      draw(sb, g, env, scale);
    }
    return sb.append("</svg>").toString();
  }

  private static void draw(StringBuilder sb, Geometry g, Envelope env, double scale) {
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Point p && !p.isEmpty()) {
        sb.append("<circle r=\"3\" fill=\"#d62728\" cx=\"").append(x(p.getX(), env, scale)).append("\" cy=\"")
            .append(y(p.getY(), env, scale)).append("\"/>");
      } else if (part instanceof Polygon poly) {
        sb.append("<path fill=\"#1f78b4\" fill-opacity=\"0.35\" stroke=\"#1f78b4\" stroke-width=\"1\" fill-rule=\"evenodd\" d=\"");
        path(sb, poly.getExteriorRing().getCoordinates(), env, scale, true);
        for (int h = 0; h < poly.getNumInteriorRing(); h++) {
          path(sb, poly.getInteriorRingN(h).getCoordinates(), env, scale, true);
        }
        sb.append("\"/>");
      } else if (part instanceof LineString line) {
        sb.append("<path fill=\"none\" stroke=\"#ff7f00\" stroke-width=\"1.5\" d=\"");
        path(sb, line.getCoordinates(), env, scale, false);
        sb.append("\"/>");
      } else if (part != g) {
        draw(sb, part, env, scale);
      }
    }
  }

  private static void path(StringBuilder sb, Coordinate[] cs, Envelope env, double scale, boolean close) {
    for (int i = 0; i < cs.length; i++) {
      sb.append(i == 0 ? 'M' : 'L').append(x(cs[i].x, env, scale)).append(' ').append(y(cs[i].y, env, scale));
    }
    if (close) {
      sb.append('Z');
    }
  }

  private static String x(double v, Envelope env, double scale) {
    return String.format(java.util.Locale.ROOT, "%.1f", (v - env.getMinX()) * scale);
  }

  private static String y(double v, Envelope env, double scale) {
    return String.format(java.util.Locale.ROOT, "%.1f", HEIGHT - (v - env.getMinY()) * scale);
  }
}
