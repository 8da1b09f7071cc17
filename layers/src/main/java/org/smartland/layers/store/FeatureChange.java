package org.smartland.layers.store;

import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/** One change of a transactional batch written with {@link FeatureStore#write}. */
public sealed interface FeatureChange {

  /** Adds a feature; the store assigns its id unless the feature carries a numeric one. */
  record Insert(Feature feature) implements FeatureChange {
  }

  /** Sets the given attributes (a null value clears one) and, if present, the geometry. */
  record Update(String id, Map<String, Object> properties, Optional<Geometry> geometry) implements FeatureChange {
  }

  /** Replaces the whole feature: attributes not given become null. */
  record Replace(String id, Feature feature) implements FeatureChange {
  }

  record Delete(String id) implements FeatureChange {
  }
}
