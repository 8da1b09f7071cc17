package org.smartland.layers.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells whoever keeps something derived from a layer (tile caches) that its data changed: every write through
 * a {@link FeatureStore} of the database, once committed, calls the listeners with the layer's name.
 * Changes made by other processes directly in the database are not seen.
 */
public final class DataChanges {
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

  public void addListener(Consumer<String> listener) {
    listeners.add(listener);
  }

  /** Called by the stores after a committed write to {@code layer}. */
  public void changed(String layer) {
    for (Consumer<String> l : listeners) {
      l.accept(layer);
    }
  }
}
