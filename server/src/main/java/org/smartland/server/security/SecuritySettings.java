package org.smartland.server.security;

import java.time.Duration;
import java.util.List;

/**
 * The server's security knobs.
 *
 * @param corsOrigins      the origins browsers may call the API from: {@code *} for any (credentials are then never
 *                         shared cross-origin), a list of origins, or empty for same-origin only
 * @param requestsPerMinute the sustained rate per API key, user or (for the anonymous) IP address; bursts up to a
 *                          fifth of it pass at once
 * @param maxBodyBytes     the largest request body outside uploads (JSON, XML transactions)
 * @param maxUploadBytes   the largest upload (also the most a zipped shapefile may unpack to)
 * @param sessionLife      how long a viewer sign-in lasts
 */
public record SecuritySettings(List<String> corsOrigins, int requestsPerMinute, long maxBodyBytes, long maxUploadBytes,
                               Duration sessionLife) {
  public SecuritySettings {
    corsOrigins = List.copyOf(corsOrigins);
    if (requestsPerMinute < 1) {
      throw new IllegalArgumentException("rate.limit must be at least 1 request a minute");
    }
  }

  public static SecuritySettings defaults() {
    return new SecuritySettings(List.of("*"), 3000, 10L << 20, 100L << 20, Duration.ofHours(8));
  }

  public boolean anyOrigin() {
    return corsOrigins.contains("*");
  }
}
