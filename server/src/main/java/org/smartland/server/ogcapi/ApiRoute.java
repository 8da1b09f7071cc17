package org.smartland.server.ogcapi;

import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A route of the API (GET unless said otherwise): registered with Javalin and described in the OpenAPI document from this one
 * declaration, so the document cannot drift from what the server answers.
 *
 * @param path        Javalin path, e.g. {@code /ogc/collections/{collectionId}/items}
 * @param operationId the OpenAPI operation id
 * @param summary     what it returns
 * @param tag         the OpenAPI tag grouping it
 * @param params      its parameters (path ones included)
 * @param mediaTypes  the media types of a 200 answer
 * @param handler     the handler
 * @param method      {@code get}, {@code post}, {@code put}, {@code patch}, {@code delete} or {@code options}
 * @param bodyTypes   the media types of the request body it takes (none for a route without a body)
 * @param responses   its answers by status code, besides the errors every route may give (400, 404, 500)
 */
public record ApiRoute(String path, String operationId, String summary, String tag, List<ApiParam> params,
                       List<String> mediaTypes, Handler handler, String method, List<String> bodyTypes,
                       Map<String, ApiResponse> responses) {
  static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete", "options");

  public ApiRoute {
    params = List.copyOf(params);
    mediaTypes = List.copyOf(mediaTypes);
    bodyTypes = List.copyOf(bodyTypes);
    responses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(responses));
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("method must be one of " + METHODS + ", not " + method);
    }
  }

  /** A GET route. */
  public ApiRoute(String path, String operationId, String summary, String tag, List<ApiParam> params,
                  List<String> mediaTypes, Handler handler) {
    this(path, operationId, summary, tag, params, mediaTypes, handler, "get");
  }

  /**
   * A route answering 200 with {@code mediaTypes}; a {@code post} takes a JSON body and may also answer 201 (a job
   * accepted to run in the background).
   */
  public ApiRoute(String path, String operationId, String summary, String tag, List<ApiParam> params,
                  List<String> mediaTypes, Handler handler, String method) {
    this(path, operationId, summary, tag, params, mediaTypes, handler, method,
        method.equals("post") ? List.of("application/json") : List.of(), defaultResponses(summary, mediaTypes, method));
  }

  private static Map<String, ApiResponse> defaultResponses(String summary, List<String> mediaTypes, String method) {
    Map<String, ApiResponse> out = new LinkedHashMap<>();
    out.put("200", new ApiResponse(summary, mediaTypes, List.of()));
    if (method.equals("post")) {
      out.put("201", new ApiResponse("accepted to run in the background (Prefer: respond-async); Location names the"
          + " job", mediaTypes, List.of("Location")));
    }
    return out;
  }
}
