package org.smartland.analytics.processes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.smartland.analytics.indicators.IndicatorResult;
import org.smartland.layers.catalog.IndicatorDefinition;

/**
 * Indicators before and after a scenario, as the runs report them: for the territory and each Comune, the value
 * before, after and the difference, plus the numerator sums (e.g. the residents within reach) and their change.
 */
public final class IndicatorDeltas {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private IndicatorDeltas() {
  }

  public static ArrayNode of(List<IndicatorDefinition> indicators, Map<String, IndicatorResult> before,
                             Map<String, IndicatorResult> after, Map<String, String> comuni) {
    ArrayNode out = JSON.arrayNode();
    for (IndicatorDefinition d : indicators) {
      IndicatorResult b = before.get(d.id());
      IndicatorResult a = after.get(d.id());
      if (b == null || a == null) {
        continue;
      }
      ObjectNode n = out.addObject();
      n.put("id", d.id());
      n.put("name", d.nameEn());
      n.put("name_it", d.nameIt());
      n.put("unit", d.unit());
      n.put("direction", d.direction().key());
      n.set("territory", values(b.territory(), a.territory()));
      ArrayNode perComune = n.putArray("by_comune");
      comuni.forEach((istat, name) -> {
        ObjectNode c = values(b.byComune().get(istat), a.byComune().get(istat));
        c.put("istat", istat);
        c.put("name", name);
        perComune.add(c);
      });
    }
    return out;
  }

  private static ObjectNode values(IndicatorResult.Value before, IndicatorResult.Value after) {
    ObjectNode n = JSON.objectNode();
    put(n, "before", before.value());
    put(n, "after", after.value());
    if (before.value().isPresent() && after.value().isPresent()) {
      n.put("delta", round(after.value().getAsDouble() - before.value().getAsDouble()));
    } else {
      n.putNull("delta");
    }
    n.put("numerator_before", round(before.sums().numerator()));
    n.put("numerator_after", round(after.sums().numerator()));
    n.put("numerator_delta", round(after.sums().numerator() - before.sums().numerator()));
    return n;
  }

  private static void put(ObjectNode n, String key, OptionalDouble v) {
    if (v.isPresent()) {
      n.put(key, round(v.getAsDouble()));
    } else {
      n.putNull(key);
    }
  }

  /** Rounded to 12 significant digits, so that repeated runs print the same digits and sums no float noise. */
  static double round(double v) {
    if (!Double.isFinite(v)) {
      return v;
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(12, java.math.RoundingMode.HALF_EVEN))
        .doubleValue();
  }
}
