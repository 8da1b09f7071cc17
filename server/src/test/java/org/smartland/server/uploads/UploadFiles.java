package org.smartland.server.uploads;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.smartland.server.FixtureTerritory;

/**
 * The files the upload tests send, built from features given in the fixture's CRS (EPSG:32632) and reprojected to the
 * file's own CRS: GeoJSON (CRS84, or a legacy {@code crs} member), GeoPackage, zipped shapefile.
 */
final class UploadFiles {
  /** One feature: its geometry in EPSG:32632, its properties (JSON literals for GeoJSON), its source id. */
  record Work(String wkt, String id, Map<String, Object> properties) {
  }

  private UploadFiles() {
  }

  static Work work(String wkt, String name, String status, Object cost, String doneOn) {
    Map<String, Object> p = new java.util.LinkedHashMap<>();
    p.put("name", name);
    p.put("status", status);
    p.put("cost", cost);
    p.put("done_on", doneOn);
    return new Work(wkt, "", p);
  }

  /** A square of {@code side} metres with its lower-left corner at (x, y), EPSG:32632. */
  static String square(double x, double y, double side) {
    return "POLYGON ((" + x + " " + y + ", " + (x + side) + " " + y + ", " + (x + side) + " " + (y + side) + ", " + x
        + " " + (y + side) + ", " + x + " " + y + "))";
  }

  static Geometry geometry(String wkt, int srid) {
    try {
      Geometry g = new WKTReader().read(wkt);
      return FixtureTerritory.CRS.transform(g, 32632, srid);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A GeoJSON FeatureCollection in CRS84, or with {@code crs} as a legacy crs member (coordinates then in it). */
  static byte[] geojson(List<Work> works, String crs, int srid) {
    StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",");
    if (crs != null) {
      b.append("\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"").append(crs).append("\"}},");
    }
    b.append("\"features\":[");
    for (int i = 0; i < works.size(); i++) {
      Work w = works.get(i);
      b.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",");
      if (!w.id().isEmpty()) {
        b.append("\"id\":\"").append(w.id()).append("\",");
      }
      b.append("\"properties\":{");
      int n = 0;
      for (Map.Entry<String, Object> e : w.properties().entrySet()) {
        b.append(n++ == 0 ? "" : ",").append('"').append(e.getKey()).append("\":").append(literal(e.getValue()));
      }
      b.append("},\"geometry\":").append(w.wkt() == null ? "null" : geoJson(geometry(w.wkt(), srid))).append('}');
    }
    return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] geojson(List<Work> works) {
    return geojson(works, null, 4326);
  }

  private static String literal(Object v) {
    if (v == null) {
      return "null";
    }
    return v instanceof Number || v instanceof Boolean ? v.toString() : "\"" + v + "\"";
  }

  /** GeoJSON geometry of a Point, Polygon or MultiPolygon (enough for these tests). */
  static String geoJson(Geometry g) {
    return switch (g.getGeometryType()) {
      case "Point" -> "{\"type\":\"Point\",\"coordinates\":" + pos(g.getCoordinate()) + "}";
      case "Polygon" -> "{\"type\":\"Polygon\",\"coordinates\":" + rings((org.locationtech.jts.geom.Polygon) g) + "}";
      case "MultiPolygon" -> {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
          parts.add(rings((org.locationtech.jts.geom.Polygon) g.getGeometryN(i)));
        }
        yield "{\"type\":\"MultiPolygon\",\"coordinates\":[" + String.join(",", parts) + "]}";
      }
      default -> throw new IllegalArgumentException(g.getGeometryType());
    };
  }

  private static String rings(org.locationtech.jts.geom.Polygon p) {
    List<String> rings = new ArrayList<>();
    rings.add(ring(p.getExteriorRing().getCoordinates()));
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      rings.add(ring(p.getInteriorRingN(i).getCoordinates()));
    }
    return "[" + String.join(",", rings) + "]";
  }

  private static String ring(org.locationtech.jts.geom.Coordinate[] cs) {
    List<String> out = new ArrayList<>();
    for (var c : cs) {
      out.add(pos(c));
    }
    return "[" + String.join(",", out) + "]";
  }

  private static String pos(org.locationtech.jts.geom.Coordinate c) {
    return "[" + c.x + "," + c.y + "]";
  }

  /** A GeoPackage in {@code srid} whose table has its own key and geometry column names. */
  static byte[] geopackage(java.nio.file.Path dir, List<Work> works, int srid) {
    TestGeoPackage g = new TestGeoPackage("handover", "id", "the_geom", srid, "EPSG").column("name", "TEXT")
        .column("status", "TEXT").column("cost", "REAL").column("done_on", "DATE");
    long id = 100;
    for (Work w : works) {
      g.row(id++, w.wkt() == null ? null : new WKTWriter().write(geometry(w.wkt(), srid)), w.properties().get("name"),
          w.properties().get("status"), w.properties().get("cost"), w.properties().get("done_on"));
    }
    return g.bytes(dir);
  }

  /** A zipped shapefile (PolygonZ) in EPSG:32632 with upper-case DBF names. */
  static byte[] shapefile(List<Work> works, String prj) {
    TestShapefile shp = new TestShapefile(5).withZ().field("NAME", 'C', 40, 0).field("STATUS", 'C', 20, 0)
        .field("COST", 'N', 14, 2).field("DONE_ON", 'D', 8, 0);
    for (Work w : works) {
      Object done = w.properties().get("done_on");
      shp.add(w.wkt(), w.properties().get("name"), w.properties().get("status"), w.properties().get("cost"),
          done == null ? null : done.toString().replace("-", ""));
    }
    return shp.zip("consegna/lavori", prj);
  }
}
