package org.smartland.server.ogcapi;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.smartland.layers.store.Feature;
import org.smartland.server.format.GeoJson;

/**
 * Streams items as GeoJSON: feature by feature from the store cursor, coordinates in the answer CRS's axis
 * order (lat/lon for EPSG:4326 by URI, as Part 2 requires), numeric ids as JSON numbers.
 */
final class ItemsWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private ItemsWriter() {
  }

  static void collection(OutputStream out, Stream<Feature> features, long matched, long returned, boolean swap,
                         int decimals, List<Map<String, Object>> links) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeNumberField("numberMatched", matched);
      g.writeNumberField("numberReturned", returned);
      g.writeStringField("timeStamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
      g.writeFieldName("links");
      GeoJson.value(g, links);
      g.writeArrayFieldStart("features");
      var it = features.iterator();
      while (it.hasNext()) {
        feature(g, it.next(), swap, decimals, Map.of());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  static void single(OutputStream out, Feature f, boolean swap, int decimals, List<Map<String, Object>> links)
      throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      feature(g, f, swap, decimals, Map.of("links", links));
    }
  }

  private static void feature(JsonGenerator g, Feature f, boolean swap, int decimals, Map<String, Object> extra)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    String id = f.id().orElse("");
    if (isWholeNumber(id)) {
      g.writeNumberField("id", Long.parseLong(id));
    } else {
      g.writeStringField("id", id);
    }
    g.writeFieldName("geometry");
    if (f.geometry().isPresent()) {
      GeoJson.geometry(g, f.geometry().get(), swap, decimals);
    } else {
      g.writeNull();
    }
    g.writeObjectFieldStart("properties");
    for (Map.Entry<String, Object> e : f.properties().entrySet()) {
      g.writeFieldName(e.getKey());
      GeoJson.value(g, e.getValue());
    }
    g.writeEndObject();
    for (Map.Entry<String, Object> e : extra.entrySet()) {
      g.writeFieldName(e.getKey());
      GeoJson.value(g, e.getValue());
    }
    g.writeEndObject();
  }

  /** Whether an id is a whole number that fits a long (1 to 18 digits, optional minus): then a JSON number. */
  static boolean isWholeNumber(String id) {
    int start = id.startsWith("-") ? 1 : 0;
    int digits = id.length() - start;
    if (digits < 1 || digits > 18) {
      return false;
    }
    for (int i = start; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
