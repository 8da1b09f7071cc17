package org.smartland.layers.query.fes;

import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.gml.GmlGeometryReader;
import org.smartland.layers.query.Filter;
import org.smartland.layers.xml.XmlCursor;

/**
 * Spatial operators: an optional {@code ValueReference} to the geometry property (layers have one
 * geometry, so it is checked as a name and not kept), one GML geometry (directly or inside a
 * {@code Literal}) and, for {@code DWithin} and {@code Beyond}, a {@code Distance} with its unit. {@code BBOX}
 * tests intersection with the envelope of its geometry; {@code Beyond} is {@code Not(DWithin)}.
 */
final class FesSpatialOperators {
  private final XmlCursor c;
  private final GmlGeometryReader gml;
  private final Crs defaultCrs;

  FesSpatialOperators(XmlCursor c, GmlGeometryReader gml, Crs defaultCrs) {
    this.c = c;
    this.gml = gml;
    this.defaultCrs = defaultCrs;
  }

  /** The spatial operator at the cursor. */
  Filter read() {
    String op = c.name();
    boolean distanceOp = op.equals("DWithin") || op.equals("Beyond");
    boolean property = false;
    Geometry geometry = null;
    Double metres = null;
    while (c.nextChild()) {
      switch (c.name()) {
        case "ValueReference", "PropertyName" -> {
          if (property) {
            throw c.error(op + " names one geometry property");
          }
          FesFilterReader.propertyName(c);
          property = true;
        }
        case "Distance" -> {
          if (!distanceOp || metres != null) {
            throw c.error(distanceOp ? op + " holds one Distance" : "Distance belongs in DWithin and Beyond, not " + op);
          }
          metres = distance();
        }
        case "Literal" -> {
          while (c.nextChild()) {
            geometry = geometry(geometry, op);
          }
        }
        default -> geometry = geometry(geometry, op);
      }
    }
    if (geometry == null) {
      throw c.error(op + " needs a geometry");
    }
    if (distanceOp && metres == null) {
      throw c.error(op + " needs a Distance");
    }
    return switch (op) {
      case "BBOX" -> new Filter.Spatial(Filter.SpatialOp.INTERSECTS,
          geometry.getFactory().toGeometry(geometry.getEnvelopeInternal()));
      case "DWithin" -> new Filter.DWithin(geometry, metres);
      case "Beyond" -> new Filter.Not(new Filter.DWithin(geometry, metres));
      default -> new Filter.Spatial(Filter.SpatialOp.valueOf(op.toUpperCase(Locale.ROOT)), geometry);
    };
  }

  private Geometry geometry(Geometry already, String op) {
    if (already != null) {
      throw c.error(op + " holds one geometry");
    }
    return gml.read(c, defaultCrs);
  }

  /** The {@code Distance} at the cursor in metres, its unit from {@code uom} (FE 1.1: {@code units}). */
  private double distance() {
    String uom = c.attribute("uom").or(() -> c.attribute("units"))
        .orElseThrow(() -> c.error("Distance needs a unit of measure, e.g. uom=\"m\""));
    double perUnit;
    try {
      perUnit = DistanceUnits.metresPer(uom);
    } catch (IllegalArgumentException e) {
      throw c.error(e.getMessage());
    }
    String text = c.text();
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw c.error("Distance '" + XmlCursor.abbreviate(text) + "' is not a number");
    }
    if (!Double.isFinite(value) || value < 0) {
      throw c.error("Distance must be a finite number, not negative: " + XmlCursor.abbreviate(text));
    }
    return value * perUnit;
  }
}
