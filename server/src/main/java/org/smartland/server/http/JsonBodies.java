package org.smartland.server.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

/** The JSON object a REST request sends: a 400 saying what is wrong when the body is not one. */
public final class JsonBodies {
  private static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private JsonBodies() {
  }

  /** The body as a JSON object (no key twice). */
  public static JsonNode object(Context ctx) {
    try {
      JsonNode n = STRICT.readTree(ctx.body());
      if (n == null || !n.isObject()) {
        throw new BadRequestResponse("the body must be a JSON object");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new BadRequestResponse("the body is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
