package org.smartland.data.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A feature on its way through the import: an id for messages (such as {@code #12}, {@code fid=57} or
 * {@code way/123}), a geometry (its SRID says its CRS) and its properties — raw source values when read,
 * typed attribute values once mapped. Values may be null.
 */
public record SourceFeature(String id, Geometry geometry, Map<String, Object> properties) {
  public SourceFeature {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(geometry, "geometry");
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  public SourceFeature withGeometry(Geometry g) {
    return new SourceFeature(id, g, properties);
  }

  public SourceFeature withProperties(Map<String, Object> p) {
    return new SourceFeature(id, geometry, p);
  }

  /** A property's value, or null. */
  public Object get(String name) {
    return properties.get(name);
  }
}
