package org.smartland.layers.catalog;

import java.util.Locale;
import org.locationtech.jts.geom.Geometry;

/** The geometry type of a layer, with the names OGC simple features and GeoPackage use. */
public enum GeometryType {
  POINT("Point"), LINESTRING("LineString"), POLYGON("Polygon"), MULTIPOINT("MultiPoint"),
  MULTILINESTRING("MultiLineString"), MULTIPOLYGON("MultiPolygon"), GEOMETRY("Geometry");

  private final String ogcName;

  GeometryType(String ogcName) {
    this.ogcName = ogcName;
  }

  /** The simple-features name, e.g. {@code MultiPolygon}. */
  public String ogcName() {
    return ogcName;
  }

  public static GeometryType parse(String name) {
    for (GeometryType t : values()) {
      if (t.ogcName.equalsIgnoreCase(name.trim()) || t.name().equalsIgnoreCase(name.trim())) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown geometry type '" + name + "'");
  }

  /** Whether a geometry may be stored in a layer of this type (a Polygon fits a MultiPolygon layer). */
  public boolean accepts(Geometry g) {
    String actual = g.getGeometryType().toUpperCase(Locale.ROOT);
    return switch (this) {
      case GEOMETRY -> true;
      case MULTIPOINT -> actual.equals("POINT") || actual.equals("MULTIPOINT");
      case MULTILINESTRING -> actual.equals("LINESTRING") || actual.equals("MULTILINESTRING");
      case MULTIPOLYGON -> actual.equals("POLYGON") || actual.equals("MULTIPOLYGON");
      default -> actual.equals(name());
    };
  }
}
