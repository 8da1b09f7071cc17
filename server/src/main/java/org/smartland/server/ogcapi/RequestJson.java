package org.smartland.server.ogcapi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.BadRequestResponse;
import java.io.IOException;
import java.util.Map;
import org.smartland.server.edit.Problem;

/**
 * The JSON of a request body, strictly: one value and nothing after it, no key twice (which of two values would a
 * server pick?). A body that is not JSON is a 400 saying where it breaks. Also turns JSON property values into the
 * values stores take.
 */
final class RequestJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private RequestJson() {
  }

  /** The body as a JSON tree; a 400 naming the problem when it is empty or not JSON. */
  static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      throw new BadRequestResponse("the request body is empty: send a GeoJSON document");
    }
    try {
      JsonNode n = MAPPER.readTree(body);
      if (n == null || n.isMissingNode()) {
        throw new BadRequestResponse("the request body is empty: send a GeoJSON document");
      }
      return n;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new BadRequestResponse("the request body is not valid JSON: " + ApiCrs.abbreviate(e.getOriginalMessage())
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    } catch (IOException e) {
      throw new BadRequestResponse("the request body cannot be read: " + e.getMessage());
    }
  }

  /**
   * A property's value as stores take it: text, a whole number (as a long), a decimal number, a boolean or null.
   * Objects and arrays are not attribute values: they add a problem and give null.
   */
  static Object value(JsonNode v, long feature, String name, java.util.List<Problem> problems) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isIntegralNumber()) {
      if (v.canConvertToLong()) {
        return v.longValue();
      }
      problems.add(new Problem(feature, name, "the whole number " + ApiCrs.abbreviate(v.asText()) + " is too large"));
      return null;
    }
    if (v.isNumber()) {
      if (!Double.isFinite(v.doubleValue())) {
        problems.add(new Problem(feature, name, "the number " + ApiCrs.abbreviate(v.asText()) + " is too large"));
        return null;
      }
      return v.doubleValue();
    }
    problems.add(new Problem(feature, name, "is " + GeoJsonGeometries.kind(v)
        + "; a property's value is a string, a number, a boolean or null"));
    return null;
  }

  /** Properties as name → value, each value through {@link #value}. */
  static Map<String, Object> properties(JsonNode props, long feature, java.util.List<Problem> problems) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    props.fields().forEachRemaining(e -> out.put(e.getKey(), value(e.getValue(), feature, e.getKey(), problems)));
    return out;
  }
}
