package org.smartland.server.wms;

import java.util.List;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.style.Style;
import org.smartland.server.rest.LayerSummary;

/**
 * A layer as WMS serves it: its definition, store, summary and styles (the first is the default).
 */
public record WmsLayer(LayerDefinition definition, FeatureStore store, java.util.function.Supplier<LayerSummary> summaries,
                       List<Style> styles) {

  /** The layer's current summary (measured again after every write). */
  public LayerSummary summary() {
    return summaries.get();
  }

  public WmsLayer {
    styles = List.copyOf(styles);
    if (styles.isEmpty()) {
      throw new IllegalArgumentException("layer '" + definition.id() + "' has no style");
    }
  }

  public String name() {
    return definition.id();
  }

  public Style defaultStyle() {
    return styles.get(0);
  }

  /** Every layer with attributes can be identified with GetFeatureInfo. */
  public boolean queryable() {
    return true;
  }
}
