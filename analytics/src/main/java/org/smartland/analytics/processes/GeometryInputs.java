package org.smartland.analytics.processes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.smartland.layers.crs.CrsTransforms;

/**
 * Geometry inputs: GeoJSON (a geometry, a Feature or a FeatureCollection) in CRS84 longitude/latitude, checked
 * and brought into the territory's CRS. One request's geometries share a vertex budget, so that no input can make
 * a run unbounded; each must be valid and lie, at least in part, within the territory.
 */
final class GeometryInputs {
  private final CrsTransforms crs;
  private final int nativeSrid;
  private final Envelope territory;
  private int verticesLeft;
  private final int maxVertices;

  /**
   * @param territory the territory's extent in CRS84, the parts of inputs outside it are of no use
   */
  GeometryInputs(CrsTransforms crs, int nativeSrid, Envelope territory, int maxVertices) {
    this.crs = crs;
    this.nativeSrid = nativeSrid;
    this.territory = territory;
    this.maxVertices = maxVertices;
    this.verticesLeft = maxVertices;
  }

  /**
   * The simple geometries of an input (multi-geometries split into their parts), in the territory's CRS.
   *
   * @param types the simple geometry types accepted, e.g. {@code Point}
   */
  List<Geometry> read(String input, JsonNode value, Set<String> types) {
    List<JsonNode> geometries = new ArrayList<>();
    collect(input, value, geometries);
    List<Geometry> out = new ArrayList<>();
    GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());
    for (JsonNode g : geometries) {
      Geometry parsed;
      try {
        parsed = reader.read(g.toString());
      } catch (ParseException | RuntimeException e) {
        throw new InvalidInputException(input, "not a GeoJSON geometry: " + e.getMessage());
      }
      verticesLeft -= parsed.getNumPoints();
      if (verticesLeft < 0) {
        throw new InvalidInputException(input, "the geometries of one request may have at most " + maxVertices
            + " vertices in all");
      }
      for (int i = 0; i < parsed.getNumGeometries(); i++) {
        Geometry part = parsed.getGeometryN(i);
        if (!types.contains(part.getGeometryType())) {
          throw new InvalidInputException(input, "a " + part.getGeometryType() + " is not accepted here; give "
              + String.join(" or ", types) + " (or their Multi- forms)");
        }
        if (part.isEmpty() || !part.isValid()) {
          throw new InvalidInputException(input, "the " + part.getGeometryType() + " is empty or not valid");
        }
        Envelope e = part.getEnvelopeInternal();
        if (Math.abs(e.getMinX()) > 180 || Math.abs(e.getMaxX()) > 180 || Math.abs(e.getMinY()) > 90
            || Math.abs(e.getMaxY()) > 90) {
          throw new InvalidInputException(input, "coordinates must be longitude, latitude in degrees (CRS84)");
        }
        if (!e.intersects(territory)) {
          throw new InvalidInputException(input, "the " + part.getGeometryType() + " at " + e.centre()
              + " lies outside the territory (" + territory + ")");
        }
        out.add(crs.transform(part, 4326, nativeSrid));
      }
    }
    return out;
  }

  private static void collect(String input, JsonNode value, List<JsonNode> out) {
    if (value == null || !value.isObject() || !value.path("type").isTextual()) {
      throw new InvalidInputException(input, "must be a GeoJSON object (a geometry, Feature or FeatureCollection)");
    }
    switch (value.get("type").asText()) {
      case "FeatureCollection" -> {
        if (!value.path("features").isArray()) {
          throw new InvalidInputException(input, "a FeatureCollection needs a features array");
        }
        value.get("features").forEach(f -> collect(input, f, out));
      }
      case "Feature" -> collect(input, value.path("geometry"), out);
      case "GeometryCollection" -> throw new InvalidInputException(input, "give the geometries as a "
          + "FeatureCollection or a Multi- geometry, not a GeometryCollection");
      default -> out.add(value);
    }
  }
}
