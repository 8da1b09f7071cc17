package org.smartland.layers.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature: its id (the store's feature id, as text; empty for a feature not stored yet), its geometry
 * (empty when the query skipped it) and its attribute values in schema order. Values are {@link String},
 * {@link Long}, {@link Double}, {@link Boolean}, {@link java.time.LocalDate}, {@link java.time.Instant} or
 * null; every selected attribute is present as a key.
 */
public record Feature(Optional<String> id, Optional<Geometry> geometry, Map<String, Object> properties) {
  public Feature {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** A new feature, without an id yet. */
  public static Feature of(Geometry geometry, Map<String, Object> properties) {
    return new Feature(Optional.empty(), Optional.ofNullable(geometry), properties);
  }

  public Feature withId(String newId) {
    return new Feature(Optional.of(newId), geometry, properties);
  }
}
