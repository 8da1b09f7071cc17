package org.smartland.data.importer;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a successful import.
 *
 * @param territory the territory id
 * @param target    where the database was published
 * @param layers    one report per layer, in catalog order
 * @param elapsed   wall-clock time of the whole import
 */
public record ImportReport(String territory, String target, List<LayerReport> layers, Duration elapsed) {
  public ImportReport {
    layers = List.copyOf(layers);
  }

  public Optional<LayerReport> layer(String id) {
    return layers.stream().filter(l -> l.layer().equals(id)).findFirst();
  }

  public long featuresWritten() {
    return layers.stream().mapToLong(LayerReport::written).sum();
  }
}
