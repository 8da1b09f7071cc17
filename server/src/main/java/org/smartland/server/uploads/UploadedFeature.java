package org.smartland.server.uploads;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as read from a file, before it is checked: its position, the file's own id for it, its geometry in the
 * file's CRS (empty when it has none, or when it could not be read: then {@code geometryProblem} says why) and its raw
 * values ({@link String}, {@link Long}, {@link Double}, {@link Boolean}, {@link java.time.LocalDate} or null).
 */
public record UploadedFeature(long position, String sourceId, Optional<Geometry> geometry,
                              Optional<String> geometryProblem, Map<String, Object> properties) {
  public UploadedFeature {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  static UploadedFeature of(long position, String sourceId, Geometry g, Map<String, Object> properties) {
    return new UploadedFeature(position, sourceId, Optional.ofNullable(g), Optional.empty(), properties);
  }

  static UploadedFeature broken(long position, String sourceId, String problem, Map<String, Object> properties) {
    return new UploadedFeature(position, sourceId, Optional.empty(), Optional.of(problem), properties);
  }
}
