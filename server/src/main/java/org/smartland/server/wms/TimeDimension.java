package org.smartland.server.wms;

import java.util.Optional;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.InvalidQueryException;
import org.smartland.layers.query.TemporalFilter;
import org.smartland.server.ogc.OgcException;

/**
 * The TIME parameter as a filter on a layer's time attribute. Layers without time ignore it; without TIME
 * a layer shows all its times (the default advertised in the capabilities is the whole range).
 */
final class TimeDimension {
  private TimeDimension() {
  }

  static Filter filter(WmsLayer layer, Optional<String> time) {
    Optional<AttributeDefinition> attribute = layer.definition().timeAttribute().flatMap(layer.definition()::attribute);
    if (attribute.isEmpty() || time.isEmpty() || time.get().equalsIgnoreCase("current")) {
      return Filter.INCLUDE;
    }
    try {
      return TemporalFilter.of(time.get(), attribute.get());
    } catch (InvalidQueryException e) {
      throw OgcException.badRequest(OgcException.INVALID_DIMENSION_VALUE, "TIME", e.getMessage());
    }
  }
}
