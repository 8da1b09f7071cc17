package org.smartland.server.wfs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.query.Filter;
import org.smartland.layers.store.Feature;

/**
 * One action of a WFS Transaction, read and checked against the catalog; geometries are already in the layer's
 * native CRS and filters are narrowed to the type's own ids ({@link ResourceIds#localize}).
 */
sealed interface TransactionAction {
  /** The client's name for the action ({@code handle}), echoed in results and errors. */
  Optional<String> handle();

  /** The action's element name, e.g. {@code Insert}, for messages. */
  default String kind() {
    return getClass().getSimpleName();
  }

  /**
   * How messages name the action: by its handle when it has one ({@code Insert 'north side'}), else by its place in
   * the Transaction ({@code Insert 1}).
   */
  static String label(String kind, Optional<String> handle, int number) {
    return kind + handle.map(h -> " '" + PropertyNames.abbreviate(h) + "'").orElse(" " + number);
  }

  /** {@code wfs:Insert}: new features, in order. */
  record Insert(Optional<String> handle, List<Feature> features) implements TransactionAction {
    public Insert {
      features = List.copyOf(features);
    }
  }

  /**
   * {@code wfs:Update}: the same values set on every feature the filter selects.
   *
   * @param properties attribute values as written (text, or null to clear); the checks type them
   * @param geometry   the new geometry, if the update sets it
   * @param filter     the features to update; {@link Filter#INCLUDE} when the Update has no filter
   */
  record Update(Optional<String> handle, Map<String, Object> properties, Optional<Geometry> geometry, Filter filter)
      implements TransactionAction {
    public Update {
      properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }
  }

  /** {@code wfs:Replace} (2.0): every feature the filter selects becomes {@code feature}, keeping its id. */
  record Replace(Optional<String> handle, Feature feature, Filter filter) implements TransactionAction {
  }

  /** {@code wfs:Delete}: every feature the filter selects is removed. */
  record Delete(Optional<String> handle, Filter filter) implements TransactionAction {
  }
}
