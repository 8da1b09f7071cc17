package org.smartland.server.ogcapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.server.security.LayerAccess;

/** The JSON documents describing collections and their queryables. */
final class CollectionDocs {
  static final String GEOJSON = "application/geo+json";
  static final String JSON = "application/json";
  static final String HTML = "text/html";
  static final String SCHEMA = "application/schema+json";

  static final String REL_SCHEMA = "http://www.opengis.net/def/rel/ogc/1.0/schema";

  private final ApiCrs crs;
  private final LayerAccess access;

  CollectionDocs(ApiCrs crs, LayerAccess access) {
    this.crs = crs;
    this.access = access;
  }

  Map<String, Object> collection(Collection c, String root) {
    LayerDefinition d = c.definition();
    String self = root + "/collections/" + c.id();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("title", d.title());
    m.put("description", d.abstractWithProvenance());
    m.put("keywords", d.publishedKeywords());
    m.put("itemType", "feature");
    m.put("extent", extent(c));
    m.put("crs", crs.uris());
    m.put("storageCrs", crs.storageUri());
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("kind", d.provenance().kind());
    provenance.put("summary", d.provenance().summary());
    m.put("provenance", provenance);
    d.corridor().ifPresent(k -> m.put("corridor", k));
    m.put("writable", access.writable(c.id()));
    m.put("links", List.of(
        ApiLinks.link(self, "self", JSON, "this collection"),
        ApiLinks.link(self + "?f=html", "alternate", HTML, "this collection as HTML"),
        ApiLinks.link(self + "/items", "items", GEOJSON, "the features"),
        ApiLinks.link(self + "/items?f=html", "items", HTML, "the features as HTML"),
        ApiLinks.link(self + "/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", SCHEMA,
            "the properties to filter on"),
        ApiLinks.link(self + "/schema", REL_SCHEMA, SCHEMA, "the schema of the features, as written and read")));
    return m;
  }

  private static Map<String, Object> extent(Collection c) {
    Map<String, Object> extent = new LinkedHashMap<>();
    Envelope e = c.summary().wgs84Extent().orElse(null);
    if (e != null) {
      extent.put("spatial", Map.of("bbox", List.of(List.of(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY())),
          "crs", ApiCrs.CRS84));
    }
    List<String> times = c.summary().timeValues();
    if (!times.isEmpty()) {
      extent.put("temporal", Map.of("interval", List.of(List.of(times.get(0), times.get(times.size() - 1))),
          "trs", "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"));
    }
    return extent;
  }

  /** The JSON Schema of the queryable properties and the geometry. */
  Map<String, Object> queryables(Collection c, String root) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put(Collection.GEOMETRY, Map.of("title", "geometry", "format", geometryFormat(c.definition().geometryType())));
    c.definition().attributes().stream().filter(AttributeDefinition::queryable).forEach(a -> props.put(a.name(), property(a)));
    Map<String, Object> m = objectSchema(c, root + "/collections/" + c.id() + "/queryables", props);
    m.put("additionalProperties", false);
    return m;
  }

  /**
   * The JSON Schema of the features (OGC API - Features Part 5, returnables and receivables, as Part 4 uses it): every
   * attribute with its type, the id (read-only) and the primary geometry by their {@code x-ogc-role}, the attributes a
   * write must give as {@code required}; no other property is accepted.
   */
  Map<String, Object> schema(Collection c, String root) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("id", Map.of("x-ogc-role", "id", "type", "integer", "readOnly", true,
        "title", "the feature id, given by the server"));
    props.put(Collection.GEOMETRY, Map.of("x-ogc-role", "primary-geometry", "title", "geometry",
        "format", geometryFormat(c.definition().geometryType())));
    c.definition().attributes().forEach(a -> props.put(a.name(), property(a)));
    Map<String, Object> m = objectSchema(c, root + "/collections/" + c.id() + "/schema", props);
    List<String> required = access.rule(c.id()).required();
    if (!required.isEmpty()) {
      m.put("required", required);
    }
    m.put("additionalProperties", false);
    return m;
  }

  /** An attribute as a JSON Schema property: its title and type. */
  private static Map<String, Object> property(AttributeDefinition a) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", a.title());
    p.putAll(type(a));
    return p;
  }

  /** The head of an object schema: draft 2020-12, its id, the collection's title and the properties. */
  private static Map<String, Object> objectSchema(Collection c, String id, Map<String, Object> properties) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    m.put("$id", id);
    m.put("type", "object");
    m.put("title", c.definition().title());
    m.put("properties", properties);
    return m;
  }

  private static Map<String, Object> type(AttributeDefinition a) {
    return switch (a.type()) {
      case STRING -> Map.of("type", "string");
      case INTEGER -> Map.of("type", "integer");
      case DOUBLE -> Map.of("type", "number");
      case BOOLEAN -> Map.of("type", "boolean");
      case DATE -> Map.of("type", "string", "format", "date");
      case DATETIME -> Map.of("type", "string", "format", "date-time");
    };
  }

  private static String geometryFormat(GeometryType t) {
    return switch (t) {
      case POINT -> "geometry-point";
      case LINESTRING -> "geometry-linestring";
      case POLYGON -> "geometry-polygon";
      case MULTIPOINT -> "geometry-multipoint";
      case MULTILINESTRING -> "geometry-multilinestring";
      case MULTIPOLYGON -> "geometry-multipolygon";
      case GEOMETRY -> "geometry-any";
    };
  }
}
