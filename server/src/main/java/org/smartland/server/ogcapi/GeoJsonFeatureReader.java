package org.smartland.server.ogcapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;
import org.smartland.server.edit.Problem;
import org.smartland.server.edit.RejectedEditException;

/**
 * The features of a create (POST: a GeoJSON Feature, or a FeatureCollection of several written together) or replace
 * (PUT: one Feature) body. Each feature's geometry goes through the caller's conversion to the native CRS. Every
 * problem of every feature is collected and reported together, by feature number (1-based, in body order), before
 * anything is written: {@code feature 2 [geometry]: coordinates[0][3]: a ring is closed…}. Members other than
 * {@code type}, {@code id}, {@code geometry} and {@code properties} (links, bbox, foreign members) are ignored.
 */
final class GeoJsonFeatureReader {
  /**
   * One feature as sent.
   *
   * @param n          its position in the body, from 1
   * @param id         its {@code id} member, if it has one
   * @param geometry   its geometry in the native CRS; empty when null or missing
   * @param properties its properties (values as stores take them)
   */
  record Item(long n, Optional<String> id, Optional<Geometry> geometry, Map<String, Object> properties) {
  }

  private final String layer;
  private final UnaryOperator<Geometry> toNative;

  /**
   * @param layer    for messages
   * @param toNative the geometry in the native CRS; an {@link IllegalArgumentException} says why it cannot be
   */
  GeoJsonFeatureReader(String layer, UnaryOperator<Geometry> toNative) {
    this.layer = layer;
    this.toNative = toNative;
  }

  /** The features of a POST body. */
  List<Item> features(JsonNode body) {
    String type = type(body, "a GeoJSON Feature or FeatureCollection");
    if (type.equals("Feature")) {
      return checked(List.of(body));
    }
    if (!type.equals("FeatureCollection")) {
      throw new BadRequestResponse("the request body must be a GeoJSON Feature or FeatureCollection, not a '"
          + ApiCrs.abbreviate(type) + "'");
    }
    JsonNode features = body.get("features");
    if (features == null || !features.isArray()) {
      throw new BadRequestResponse("the FeatureCollection needs a \"features\" array");
    }
    if (features.isEmpty()) {
      throw new BadRequestResponse("the FeatureCollection has no features: nothing to write");
    }
    List<JsonNode> all = new ArrayList<>();
    features.forEach(all::add);
    return checked(all);
  }

  /** The one feature of a PUT body. */
  Item feature(JsonNode body) {
    String type = type(body, "a GeoJSON Feature");
    if (!type.equals("Feature")) {
      throw new BadRequestResponse("the request body must be a GeoJSON Feature, not a '" + ApiCrs.abbreviate(type)
          + "'" + (type.equals("FeatureCollection") ? " (PUT replaces one feature)" : ""));
    }
    return checked(List.of(body)).get(0);
  }

  private List<Item> checked(List<JsonNode> features) {
    List<Problem> problems = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      items.add(item(features.get(i), i + 1, problems));
    }
    if (!problems.isEmpty()) {
      throw new RejectedEditException(layer, problems);
    }
    return items;
  }

  private Item item(JsonNode f, long n, List<Problem> problems) {
    if (!f.isObject() || !"Feature".equals(f.path("type").asText(null))) {
      problems.add(new Problem(n, "", "is not a GeoJSON Feature (an object with \"type\": \"Feature\")"));
      return new Item(n, Optional.empty(), Optional.empty(), Map.of());
    }
    Optional<String> id = Optional.empty();
    JsonNode idNode = f.get("id");
    if (idNode != null && !idNode.isNull()) {
      if (idNode.isTextual() || idNode.isIntegralNumber()) {
        id = Optional.of(idNode.asText());
      } else {
        problems.add(new Problem(n, "id", "is " + GeoJsonGeometries.kind(idNode) + "; an id is a string or a number"));
      }
    }
    Optional<Geometry> geometry = geometry(f.get("geometry"), n, problems);
    JsonNode props = f.get("properties");
    Map<String, Object> properties = Map.of();
    if (props != null && props.isObject()) {
      properties = RequestJson.properties(props, n, problems);
    } else if (props != null && !props.isNull()) {
      problems.add(new Problem(n, "properties", "is " + GeoJsonGeometries.kind(props) + "; properties are an object"));
    }
    return new Item(n, id, geometry, properties);
  }

  /** A feature's geometry in the native CRS: empty for null (the checks then say a geometry is needed). */
  Optional<Geometry> geometry(JsonNode g, long n, List<Problem> problems) {
    if (g == null || g.isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(toNative.apply(GeoJsonGeometries.read(g)));
    } catch (GeoJsonGeometries.Invalid | IllegalArgumentException e) {
      problems.add(new Problem(n, "geometry", e.getMessage()));
      return Optional.empty();
    }
  }

  private static String type(JsonNode body, String expected) {
    if (!body.isObject()) {
      throw new BadRequestResponse("the request body must be " + expected + " (a JSON object), not "
          + GeoJsonGeometries.kind(body));
    }
    JsonNode type = body.get("type");
    if (type == null || !type.isTextual()) {
      throw new BadRequestResponse("the request body must be " + expected + ": it has no \"type\" string");
    }
    return type.textValue();
  }
}
