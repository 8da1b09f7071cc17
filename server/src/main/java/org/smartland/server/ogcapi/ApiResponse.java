package org.smartland.server.ogcapi;

import java.util.List;

/**
 * One documented answer of a route.
 *
 * @param description what it means
 * @param mediaTypes  the media types of its body (none for an answer without one, e.g. 204; errors are JSON
 *                    {@code {code, description}} whatever is said here)
 * @param headers     the headers it carries that clients use ({@code Location}, {@code ETag}, {@code Allow}, ...)
 */
public record ApiResponse(String description, List<String> mediaTypes, List<String> headers) {
  public ApiResponse {
    mediaTypes = List.copyOf(mediaTypes);
    headers = List.copyOf(headers);
  }

  static ApiResponse of(String description, String... headers) {
    return new ApiResponse(description, List.of(), List.of(headers));
  }
}
