package org.smartland.layers.render;

import java.util.Objects;
import org.smartland.layers.query.Filter;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.style.Style;

/**
 * One layer to draw: its features, the style, and a filter the store applies before styling (a WMS TIME or
 * dimension filter; {@link Filter#INCLUDE} for none).
 */
public record MapLayer(FeatureStore store, Style style, Filter extraFilter) {
  public MapLayer {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(extraFilter, "extraFilter");
  }

  public static MapLayer of(FeatureStore store, Style style) {
    return new MapLayer(store, style, Filter.INCLUDE);
  }
}
