package org.smartland.data.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.smartland.data.territory.ConfigNode;
import org.smartland.layers.crs.CrsTransforms;

/**
 * Reads a GeoJSON FeatureCollection, streaming feature by feature. The CRS is WGS 84 lon/lat (RFC 7946)
 * unless the file has a legacy {@code crs} member or the source says {@code crs:}. Options: {@code crs},
 * {@code id} (the property that identifies a feature in messages; default the feature's {@code id} member,
 * else its 1-based position {@code #n}).
 */
public final class GeoJsonReader implements SourceReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CrsTransforms crs;
  private final GeoJsonGeometry geometries = new GeoJsonGeometry(new GeometryFactory());

  public GeoJsonReader(CrsTransforms crs) {
    this.crs = crs;
  }

  @Override
  public SourceData read(Path file, String name, ConfigNode options) {
    Optional<Integer> configured = SourceCrs.option(options, name, crs);
    Optional<String> idProperty = options.optionalText("id");
    List<SourceFeature> features = new ArrayList<>();
    Set<String> columns = new LinkedHashSet<>();
    String declaredCrs = null;
    boolean collection = false;
    try (JsonParser p = JSON.createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new SourceException(name, "is not a GeoJSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "type" -> collection = "FeatureCollection".equals(p.getValueAsString());
          case "crs" -> declaredCrs = JSON.<JsonNode>readTree(p).path("properties").path("name").asText(null);
          case "features" -> readFeatures(p, name, idProperty, features, columns);
          default -> p.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new SourceException(name, Optional.empty(), "cannot be read as GeoJSON: " + e.getMessage(), e);
    }
    if (!collection) {
      throw new SourceException(name, "is not a GeoJSON FeatureCollection");
    }
    int srid = configured.orElseGet(() -> SourceCrs.known(4326, name, crs));
    if (configured.isEmpty() && declaredCrs != null) {
      srid = SourceCrs.resolve(declaredCrs, name, crs);
    }
    for (SourceFeature f : features) {
      f.geometry().setSRID(srid);
    }
    return new SourceData(srid, Optional.of(columns), features);
  }

  private void readFeatures(JsonParser p, String name, Optional<String> idProperty, List<SourceFeature> out,
                            Set<String> columns) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new SourceException(name, "features must be an array");
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonNode f = JSON.<JsonNode>readTree(p);
      int position = out.size() + 1;
      Map<String, Object> props = new LinkedHashMap<>();
      JsonNode pn = f.path("properties");
      for (Iterator<Map.Entry<String, JsonNode>> it = pn.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        props.put(e.getKey(), JsonValues.of(e.getValue()));
        columns.add(e.getKey());
      }
      String id = id(f, props, idProperty, position);
      JsonNode g = f.get("geometry");
      if (g == null || g.isNull()) {
        throw new SourceException(name, id, "has no geometry");
      }
      Geometry geometry;
      try {
        geometry = geometries.parse(g);
      } catch (IllegalArgumentException e) {
        throw new SourceException(name, id, "broken geometry: " + e.getMessage());
      }
      out.add(new SourceFeature(id, geometry, props));
    }
  }

  private static String id(JsonNode f, Map<String, Object> props, Optional<String> idProperty, int position) {
    if (idProperty.isPresent() && props.get(idProperty.get()) != null) {
      return idProperty.get() + "=" + props.get(idProperty.get()) + " (#" + position + ")";
    }
    if (f.hasNonNull("id")) {
      return "id=" + f.get("id").asText() + " (#" + position + ")";
    }
    return "#" + position;
  }
}
