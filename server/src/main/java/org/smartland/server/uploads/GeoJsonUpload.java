package org.smartland.server.uploads;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.UnknownCrsException;
import org.smartland.server.edit.FeatureChecks;

/**
 * Reads a GeoJSON FeatureCollection feature by feature, streaming (a feature's geometry never becomes a JSON tree).
 * Coordinates are WGS 84 longitude/latitude (RFC 7946) unless the collection has a legacy {@code crs} member naming an
 * EPSG code (by {@code EPSG:n}, URN or URI), whose coordinates are then read easting first, as GeoJSON always orders
 * them. A feature's {@code id} member is its source id. A malformed geometry is a problem of its feature; malformed
 * JSON ends the reading.
 */
final class GeoJsonUpload {
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();
  private static final ObjectMapper TREES = new ObjectMapper(JSON);

  private GeoJsonUpload() {
  }

  static UploadedFile read(Path file, UploadLimits limits) {
    List<UploadedFeature> features = new ArrayList<>();
    List<UploadProblem> problems = new ArrayList<>();
    String type = null;
    JsonNode crs = null;
    long[] vertices = {0};
    try (JsonParser p = JSON.createParser(Files.newInputStream(file))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new UnreadableUploadException("the body is not GeoJSON: it is not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        switch (field) {
          case "type" -> {
            type = t == JsonToken.VALUE_STRING ? p.getText() : "";
            p.skipChildren();
          }
          case "crs" -> crs = TREES.readTree(p);
          case "features" -> {
            if (t != JsonToken.START_ARRAY) {
              throw new UnreadableUploadException("the GeoJSON's features member is not an array");
            }
            features(p, features, problems, limits, vertices);
          }
          default -> p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      throw new UnreadableUploadException("the body is not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")"), e);
    } catch (IOException e) {
      throw new UnreadableUploadException("the GeoJSON cannot be read: " + e.getMessage(), e);
    }
    if (!"FeatureCollection".equals(type)) {
      throw new UnreadableUploadException("the GeoJSON is " + (type == null ? "an object without a type" : "a '" + type
          + "'") + ", not a FeatureCollection");
    }
    Optional<Integer> srid = Optional.of(4326);
    Optional<String> crsProblem = Optional.empty();
    if (crs != null && !crs.isNull()) {
      String name = crs.path("properties").path("name").asText("");
      try {
        srid = Optional.of(Crs.parse(name).srid());
      } catch (UnknownCrsException e) {
        srid = Optional.empty();
        crsProblem = Optional.of("CRS not recognised: the GeoJSON's crs member names '" + ZipEntries.printable(name)
            + "'; name an EPSG code (EPSG:32632) or drop the member and use WGS 84 longitude/latitude");
      }
    }
    return new UploadedFile(srid, crsProblem, Optional.empty(), features, problems);
  }

  /**
   * Reads the features array. Past a cap, the rest of the array is skipped without being kept (the body's size is
   * capped already), so that a {@code crs} member after it is still read.
   */
  private static void features(JsonParser p, List<UploadedFeature> out, List<UploadProblem> problems,
                               UploadLimits limits, long[] vertices) throws IOException {
    long position = 0;
    boolean capped = false;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      position++;
      if (capped) {
        p.skipChildren();
        continue;
      }
      if (position > limits.maxFeatures()) {
        problems.add(UploadProblem.ofFile("the file holds more than " + limits.maxFeatures() + " features; split it"));
        capped = true;
        p.skipChildren();
        continue;
      }
      UploadedFeature f = feature(p, position);
      out.add(f);
      vertices[0] += f.geometry().map(Geometry::getNumPoints).orElse(0);
      if (vertices[0] > limits.maxVertices()) {
        problems.add(UploadProblem.ofFile("the features have more than " + limits.maxVertices()
            + " vertices together; split the file"));
        capped = true;
      }
    }
  }

  private static UploadedFeature feature(JsonParser p, long position) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return UploadedFeature.broken(position, "", "is not a GeoJSON Feature object", Map.of());
    }
    String id = "";
    String type = null;
    Map<String, Object> properties = new LinkedHashMap<>();
    Geometry geometry = null;
    String problem = null;
    boolean hasGeometry = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "type" -> {
          type = p.getValueAsString();
          p.skipChildren();
        }
        case "id" -> {
          id = t.isScalarValue() ? p.getValueAsString("") : "";
          p.skipChildren();
        }
        case "properties" -> properties(TREES.readTree(p), properties);
        case "geometry" -> {
          hasGeometry = true;
          try {
            geometry = GeoJsonGeometries.read(p, FeatureChecks.MAX_VERTICES);
          } catch (IllegalArgumentException e) {
            problem = "the geometry cannot be read: " + e.getMessage();
          }
        }
        default -> p.skipChildren();
      }
    }
    if (!"Feature".equals(type)) {
      problem = "is " + (type == null ? "an object without a type" : "a '" + type + "'") + ", not a GeoJSON Feature";
    } else if (!hasGeometry) {
      problem = "has no geometry member";
    }
    return problem == null ? UploadedFeature.of(position, id, geometry, properties)
        : UploadedFeature.broken(position, id, problem, properties);
  }

  private static void properties(JsonNode node, Map<String, Object> out) {
    if (node == null || !node.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      Object value;
      if (v.isNull()) {
        value = null;
      } else if (v.isTextual()) {
        value = v.asText();
      } else if (v.isBoolean()) {
        value = v.asBoolean();
      } else if (v.isIntegralNumber() && v.canConvertToLong()) {
        value = v.asLong();
      } else if (v.isNumber()) {
        value = v.asDouble();
      } else {
        value = v.toString();
      }
      out.put(e.getKey(), value);
    }
  }
}
