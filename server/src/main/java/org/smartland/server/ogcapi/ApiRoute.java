package org.smartland.server.ogcapi;

import io.javalin.http.Handler;
import java.util.List;

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
 * @param method      {@code get}, {@code post} (with a JSON body) or {@code delete}
 */
public record ApiRoute(String path, String operationId, String summary, String tag, List<ApiParam> params,
                       List<String> mediaTypes, Handler handler, String method) {
  public ApiRoute {
    params = List.copyOf(params);
    mediaTypes = List.copyOf(mediaTypes);
    if (!List.of("get", "post", "delete").contains(method)) {
      throw new IllegalArgumentException("method must be get, post or delete, not " + method);
    }
  }

  /** A GET route. */
  public ApiRoute(String path, String operationId, String summary, String tag, List<ApiParam> params,
                  List<String> mediaTypes, Handler handler) {
    this(path, operationId, summary, tag, params, mediaTypes, handler, "get");
  }
}
