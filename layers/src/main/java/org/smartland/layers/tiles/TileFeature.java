package org.smartland.layers.tiles;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature to put in a vector tile: its id ({@link #NO_ID} for none), its geometry in the tile matrix
 * set's CRS and its attributes (null values are kept here and left out of the tile).
 */
public record TileFeature(long id, Geometry geometry, Map<String, Object> attributes) {
  /** The id of a feature that has none: the tile feature is written without an id. */
  public static final long NO_ID = -1;

  public TileFeature {
    Objects.requireNonNull(geometry, "geometry");
    if (id < NO_ID) {
      throw new IllegalArgumentException("a tile feature id must not be negative: " + id);
    }
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }
}
