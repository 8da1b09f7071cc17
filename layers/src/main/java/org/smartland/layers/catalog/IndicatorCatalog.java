package org.smartland.layers.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators of a territory: those its data supports, in catalogue order, and those it does not, each with
 * the layers or attributes it lacks (so that a missing indicator is explained, never silently absent).
 *
 * @param indicators     the applicable indicators
 * @param notApplicable  indicator id → what the territory lacks for it
 */
public record IndicatorCatalog(List<IndicatorDefinition> indicators, Map<String, List<String>> notApplicable) {
  public IndicatorCatalog {
    indicators = List.copyOf(indicators);
    notApplicable = Map.copyOf(notApplicable);
  }

  public Optional<IndicatorDefinition> indicator(String id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The applicable indicators of one corridor. */
  public List<IndicatorDefinition> ofCorridor(String corridor) {
    return indicators.stream().filter(i -> i.corridor().equals(corridor)).toList();
  }
}
