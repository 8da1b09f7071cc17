package org.smartland.server.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.store.sql.ValueCoercion;

/**
 * What a feature written to a layer must satisfy, whichever way it arrives (upload, WFS-T, OGC API): a geometry of the
 * layer's type, valid and not empty, inside the territory (its outline with a tolerance); only the layer's attributes,
 * each of its type; the required attributes present and not blank. Geometries are in the layer's native CRS.
 */
public final class FeatureChecks {
  /** How far outside the territory's outline a feature may reach, in native units (metres). */
  public static final double TOLERANCE_M = 1000;
  /** The most vertices one feature may have. */
  public static final int MAX_VERTICES = 200_000;

  private final Supplier<PreparedGeometry> territory;

  /** @param outline the territory's outline in the native CRS, computed on first use; null supplier for no check */
  public FeatureChecks(Supplier<Geometry> outline) {
    this.territory = outline == null ? () -> null : memo(() -> {
      Geometry g = outline.get();
      return g == null ? null : PreparedGeometryFactory.prepare(g.buffer(TOLERANCE_M, 4));
    });
  }

  /** No territory check: for tests and layers without an outline. */
  public static FeatureChecks withoutTerritory() {
    return new FeatureChecks(null);
  }

  /**
   * The problems of a whole new feature ({@code n} is its position): geometry, attribute names and types, required
   * attributes.
   */
  public List<Problem> ofFeature(long n, LayerDefinition layer, List<String> required, Geometry g,
                                 Map<String, Object> properties) {
    List<Problem> out = new ArrayList<>();
    if (g == null) {
      out.add(new Problem(n, "geometry", "has no geometry"));
    } else {
      out.addAll(ofGeometry(n, layer, g));
    }
    out.addAll(ofProperties(n, layer, properties));
    for (String r : required) {
      Object v = properties.get(r);
      if (v == null || v.toString().isBlank()) {
        out.add(new Problem(n, r, "is required"));
      }
    }
    return out;
  }

  /** The problems of the attributes given (a partial update): unknown names and ill-typed values. */
  public List<Problem> ofProperties(long n, LayerDefinition layer, Map<String, Object> properties) {
    List<Problem> out = new ArrayList<>();
    for (Map.Entry<String, Object> e : properties.entrySet()) {
      var a = layer.attribute(e.getKey());
      if (a.isEmpty()) {
        out.add(new Problem(n, e.getKey(), "is not an attribute of layer '" + layer.id() + "' (it has "
            + String.join(", ", layer.attributes().stream().map(AttributeDefinition::name).toList()) + ")"));
        continue;
      }
      try {
        ValueCoercion.to(a.get().type(), e.getValue());
      } catch (IllegalArgumentException ex) {
        out.add(new Problem(n, e.getKey(), ex.getMessage()));
      }
    }
    return out;
  }

  /** The problems of a geometry: type, emptiness, size, validity, position. */
  public List<Problem> ofGeometry(long n, LayerDefinition layer, Geometry g) {
    List<Problem> out = new ArrayList<>();
    if (!layer.geometryType().accepts(g)) {
      out.add(new Problem(n, "geometry", "a " + g.getGeometryType() + " does not fit layer '" + layer.id() + "' of "
          + layer.geometryType().ogcName() + "s"));
      return out;
    }
    if (g.isEmpty()) {
      out.add(new Problem(n, "geometry", "is empty"));
      return out;
    }
    if (g.getNumPoints() > MAX_VERTICES) {
      out.add(new Problem(n, "geometry", "has " + g.getNumPoints() + " vertices, more than " + MAX_VERTICES));
      return out;
    }
    for (Coordinate c : g.getCoordinates()) {
      if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
        out.add(new Problem(n, "geometry", "has a coordinate that is not a finite number"));
        return out;
      }
    }
    IsValidOp valid = new IsValidOp(g);
    if (!valid.isValid()) {
      TopologyValidationError e = valid.getValidationError();
      Coordinate at = e.getCoordinate();
      out.add(new Problem(n, "geometry", "is not valid: " + e.getMessage()
          + (at == null ? "" : " at (" + round(at.x) + " " + round(at.y) + ")")));
      return out;
    }
    PreparedGeometry t = territory.get();
    if (t != null && !t.covers(g)) {
      out.add(new Problem(n, "geometry", "lies outside the territory (more than " + (int) TOLERANCE_M
          + " m beyond its outline): check the coordinates and their CRS"));
    }
    return out;
  }

  private static String round(double v) {
    return String.valueOf(Math.round(v * 100) / 100.0);
  }

  private static <T> Supplier<T> memo(Supplier<T> s) {
    return new Supplier<>() {
      private volatile boolean done;
      private T value;

      @Override
      public synchronized T get() {
        if (!done) {
          value = s.get();
          done = true;
        }
        return value;
      }
    };
  }
}
