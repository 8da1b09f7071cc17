package org.smartland.data.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.smartland.layers.catalog.GeometryType;

/**
 * Makes a geometry valid and of its layer's type. A valid geometry of the right kind passes unchanged. An
 * invalid one is repaired with JTS {@link GeometryFixer} (which keeps all the area and lines it can), and the
 * reason is returned for the report. Then the parts of the layer's dimension are kept — the polygons of a
 * repaired bow-tie, the lines of a collection — and joined into one geometry the layer accepts (a Polygon
 * stays a Polygon, several become a Multi geometry). A geometry that is empty, or has no part of the layer's
 * dimension even after repair, cannot be used: {@link #valid} answers empty and says why.
 */
final class GeometryRepair {
  private GeometryRepair() {
  }

  /** The outcome: the geometry to store, or the reason there is none; and the repair made, if any. */
  record Result(Optional<Geometry> geometry, Optional<String> repaired, String problem) {
  }

  static Result valid(Geometry g, GeometryType type) {
    if (g.isEmpty()) {
      return new Result(Optional.empty(), Optional.empty(), "empty geometry");
    }
    Optional<String> repaired = Optional.empty();
    Geometry out = g;
    TopologyValidationError error = new IsValidOp(g).getValidationError();
    if (error != null) {
      repaired = Optional.of(error.getMessage() + " at " + (long) error.getCoordinate().x + " " + (long) error.getCoordinate().y);
      out = GeometryFixer.fix(g);
    }
    Optional<Geometry> conformed = conform(out, type);
    if (conformed.isEmpty()) {
      String what = repaired.map(r -> "invalid geometry (" + r + ") cannot be repaired into a " + type.ogcName())
          .orElse("a " + g.getGeometryType() + " does not fit a layer of " + type.ogcName() + "s");
      return new Result(Optional.empty(), repaired, what);
    }
    conformed.get().setSRID(g.getSRID());
    return new Result(conformed, repaired, "");
  }

  private static Optional<Geometry> conform(Geometry g, GeometryType type) {
    if (type == GeometryType.GEOMETRY) {
      return g.isEmpty() ? Optional.empty() : Optional.of(g);
    }
    if (type.accepts(g) && !g.isEmpty()) {
      return Optional.of(g);
    }
    int dimension = switch (type) {
      case POINT, MULTIPOINT -> 0;
      case LINESTRING, MULTILINESTRING -> 1;
      default -> 2;
    };
    List<Geometry> parts = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry p = g.getGeometryN(i);
      if (p.getNumGeometries() > 1) {
        conform(p, type).ifPresent(c -> {
          for (int j = 0; j < c.getNumGeometries(); j++) {
            parts.add(c.getGeometryN(j));
          }
        });
      } else if (!p.isEmpty() && p.getDimension() == dimension) {
        parts.add(p);
      }
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    GeometryFactory f = g.getFactory();
    Geometry joined = switch (dimension) {
      case 0 -> parts.size() == 1 ? parts.get(0) : f.createMultiPoint(parts.toArray(new Point[0]));
      case 1 -> parts.size() == 1 ? parts.get(0) : f.createMultiLineString(parts.toArray(new LineString[0]));
      default -> parts.size() == 1 ? parts.get(0) : f.createMultiPolygon(parts.toArray(new Polygon[0]));
    };
    return type.accepts(joined) ? Optional.of(joined) : Optional.empty();
  }
}
