package org.smartland.analytics.runs;

import java.nio.file.Path;
import java.util.List;
import org.smartland.analytics.priority.PrioritisationSettings;
import org.smartland.analytics.results.AnalyticsLayers;
import org.smartland.layers.catalog.IndicatorCatalog;
import org.smartland.layers.catalog.IndicatorCatalogReader;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.store.FeatureDatabase;

/**
 * What the analytics of one territory work with: its catalog as configured (without the result layers), its
 * applicable indicators, the prioritisation settings, and its database.
 */
public record TerritoryAnalytics(LayerCatalog catalog, IndicatorCatalog indicators, PrioritisationSettings settings,
                                 FeatureDatabase database) {

  /** Reads the indicator catalogue and its prioritisation section from {@code _indicators.yaml}. */
  public static TerritoryAnalytics load(Path indicatorsFile, LayerCatalog catalog, FeatureDatabase database) {
    IndicatorCatalog indicators = IndicatorCatalogReader.read(indicatorsFile, catalog);
    com.fasterxml.jackson.databind.JsonNode root;
    try {
      root = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
          .readTree(indicatorsFile.toFile());
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(indicatorsFile + ": cannot be read: " + e.getMessage(), e);
    }
    return new TerritoryAnalytics(catalog, indicators, PrioritisationSettings.read(root.get("prioritisation")), database);
  }

  /** The result layers of this territory. */
  public List<LayerDefinition> resultLayers() {
    return AnalyticsLayers.definitions(catalog, indicators);
  }
}
