package org.smartland.layers.catalog;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One indicator of the catalogue: what a planner reads next to its values.
 *
 * @param id         e.g. {@code mob_stop_400m}: lower case letters, digits and underscores
 * @param corridor   the corridor it measures
 * @param nameIt     its Italian name
 * @param nameEn     its English name
 * @param unit       e.g. {@code %}, {@code kWh/m²}, {@code residents}
 * @param direction  whether a higher value is better or worse for the territory
 * @param definition what it means, for a planner
 * @param method     how it is computed, for an analyst (inputs, distances, network or straight line)
 * @param requires   the layers and attributes it reads, as {@code layer} or {@code layer.attribute}: an
 *                   indicator applies to a territory only where they all exist
 */
public record IndicatorDefinition(String id, String corridor, String nameIt, String nameEn, String unit,
                                  Direction direction, String definition, String method, List<String> requires) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,62}");
  private static final Pattern REQUIREMENT = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)?");

  /** Which way a value is good. */
  public enum Direction {
    HIGHER_IS_BETTER, HIGHER_IS_WORSE;

    /** As the catalogue and the API write it: {@code higher_is_better} or {@code higher_is_worse}. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Direction parse(String s) {
      return switch (s.trim()) {
        case "higher_is_better" -> HIGHER_IS_BETTER;
        case "higher_is_worse" -> HIGHER_IS_WORSE;
        default -> throw new IllegalArgumentException("direction must be higher_is_better or higher_is_worse, not '"
            + s + "'");
      };
    }
  }

  public IndicatorDefinition {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("indicator id '" + id + "' must be lower case letters, digits and underscores");
    }
    Objects.requireNonNull(direction, "direction");
    requires = List.copyOf(requires);
    for (String r : requires) {
      if (!REQUIREMENT.matcher(r).matches()) {
        throw new IllegalArgumentException("requirement '" + r + "' must be 'layer' or 'layer.attribute'");
      }
    }
    if (requires.isEmpty()) {
      throw new IllegalArgumentException("indicator '" + id + "' must name the layers it reads (requires)");
    }
  }

  /** The requirements the territory's catalog does not meet; empty when the indicator applies. */
  public List<String> unmetIn(LayerCatalog catalog) {
    return requires.stream().filter(r -> {
      int dot = r.indexOf('.');
      String layer = dot < 0 ? r : r.substring(0, dot);
      return catalog.layer(layer).map(l -> dot >= 0 && l.attribute(r.substring(dot + 1)).isEmpty()).orElse(true);
    }).toList();
  }
}
