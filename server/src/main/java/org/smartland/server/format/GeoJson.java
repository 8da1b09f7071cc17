package org.smartland.server.format;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.smartland.layers.gml.Decimals;
import org.smartland.layers.store.Feature;

/**
 * Streams GeoJSON with a Jackson generator: geometries with x/y in the order given (callers reproject to
 * lon/lat for RFC 7946, or swap axes when a CRS asks for it), and features with their attribute values
 * (dates and instants as ISO 8601 text).
 */
public final class GeoJson {
  private GeoJson() {
  }

  /** Coordinates of lon/lat answers: 8 decimals, about a millimetre. */
  public static final int DEGREE_DECIMALS = 8;
  /** Coordinates of metric answers: 3 decimals, a millimetre. */
  public static final int METRE_DECIMALS = 3;

  /** {@code {"type":"Feature","id":…,"geometry":…,"properties":{…}}} plus any extra top-level members. */
  public static void feature(JsonGenerator g, Feature f, String id, boolean swapAxes, Map<String, Object> extra)
      throws IOException {
    feature(g, f, id, swapAxes, extra, DEGREE_DECIMALS);
  }

  /** A feature with coordinates written with at most {@code decimals} decimals. */
  public static void feature(JsonGenerator g, Feature f, String id, boolean swapAxes, Map<String, Object> extra,
                             int decimals) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeStringField("id", id);
    for (Map.Entry<String, Object> e : extra.entrySet()) {
      g.writeFieldName(e.getKey());
      value(g, e.getValue());
    }
    g.writeFieldName("geometry");
    if (f.geometry().isPresent()) {
      geometry(g, f.geometry().get(), swapAxes, decimals);
    } else {
      g.writeNull();
    }
    g.writeObjectFieldStart("properties");
    for (Map.Entry<String, Object> e : f.properties().entrySet()) {
      g.writeFieldName(e.getKey());
      value(g, e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A property value; maps and lists (e.g. link objects) are written as JSON objects and arrays. */
  public static void value(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Double d) {
      if (Double.isFinite(d)) {
        g.writeNumber(d);
      } else {
        g.writeNull();
      }
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof LocalDate || v instanceof Instant) {
      g.writeString(v.toString());
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof Iterable<?> items) {
      g.writeStartArray();
      for (Object item : items) {
        value(g, item);
      }
      g.writeEndArray();
    } else {
      g.writeString(v.toString());
    }
  }

  public static void geometry(JsonGenerator g, Geometry geom, boolean swapAxes) throws IOException {
    geometry(g, geom, swapAxes, DEGREE_DECIMALS);
  }

  /**
   * A geometry with coordinates written with at most {@code decimals} decimals, each position array
   * formatted in one go ({@link Decimals}: no {@code Double.toString}, the hot spot of large answers).
   */
  public static void geometry(JsonGenerator g, Geometry geom, boolean swap, int decimals) throws IOException {
    g.writeStartObject();
    if (geom instanceof Point p) {
      g.writeStringField("type", "Point");
      g.writeFieldName("coordinates");
      if (p.isEmpty()) {
        g.writeStartArray();
        g.writeEndArray();
      } else {
        position(g, p.getCoordinate(), swap, decimals);
      }
    } else if (geom instanceof LineString l) {
      g.writeStringField("type", "LineString");
      g.writeFieldName("coordinates");
      positions(g, l.getCoordinates(), swap, decimals);
    } else if (geom instanceof Polygon p) {
      g.writeStringField("type", "Polygon");
      g.writeFieldName("coordinates");
      rings(g, p, swap, decimals);
    } else if (geom instanceof MultiPoint mp) {
      g.writeStringField("type", "MultiPoint");
      g.writeArrayFieldStart("coordinates");
      for (int i = 0; i < mp.getNumGeometries(); i++) {
        position(g, mp.getGeometryN(i).getCoordinate(), swap, decimals);
      }
      g.writeEndArray();
    } else if (geom instanceof MultiLineString ml) {
      g.writeStringField("type", "MultiLineString");
      g.writeArrayFieldStart("coordinates");
      for (int i = 0; i < ml.getNumGeometries(); i++) {
        positions(g, ml.getGeometryN(i).getCoordinates(), swap, decimals);
      }
      g.writeEndArray();
    } else if (geom instanceof MultiPolygon mp) {
      g.writeStringField("type", "MultiPolygon");
      g.writeArrayFieldStart("coordinates");
      for (int i = 0; i < mp.getNumGeometries(); i++) {
        rings(g, (Polygon) mp.getGeometryN(i), swap, decimals);
      }
      g.writeEndArray();
    } else if (geom instanceof GeometryCollection gc) {
      g.writeStringField("type", "GeometryCollection");
      g.writeArrayFieldStart("geometries");
      for (int i = 0; i < gc.getNumGeometries(); i++) {
        geometry(g, gc.getGeometryN(i), swap, decimals);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void rings(JsonGenerator g, Polygon p, boolean swap, int decimals) throws IOException {
    g.writeStartArray();
    if (!p.isEmpty()) {
      positions(g, p.getExteriorRing().getCoordinates(), swap, decimals);
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        positions(g, p.getInteriorRingN(i).getCoordinates(), swap, decimals);
      }
    }
    g.writeEndArray();
  }

  private static void positions(JsonGenerator g, Coordinate[] cs, boolean swap, int decimals) throws IOException {
    StringBuilder sb = new StringBuilder(cs.length * 24 + 2);
    sb.append('[');
    for (int i = 0; i < cs.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      append(sb, cs[i], swap, decimals);
    }
    g.writeRawValue(sb.append(']').toString());
  }

  private static void position(JsonGenerator g, Coordinate c, boolean swap, int decimals) throws IOException {
    StringBuilder sb = new StringBuilder(32);
    append(sb, c, swap, decimals);
    g.writeRawValue(sb.toString());
  }

  private static void append(StringBuilder sb, Coordinate c, boolean swap, int decimals) {
    if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
      throw new IllegalArgumentException("GeoJSON coordinates must be finite");
    }
    sb.append('[');
    Decimals.append(sb, swap ? c.y : c.x, decimals).append(',');
    Decimals.append(sb, swap ? c.x : c.y, decimals).append(']');
  }
}
