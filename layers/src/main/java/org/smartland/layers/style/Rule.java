package org.smartland.layers.style;

import java.util.List;
import java.util.Objects;
import org.smartland.layers.query.Filter;

/**
 * One rule of a style: which features (filter, or "else": those no other rule of its feature type style
 * matched), at which scales, drawn how.
 *
 * @param name                 identifier, e.g. for {@code GetLegendGraphic&RULE=}; empty if none
 * @param title                human label for legends; empty if none
 * @param filter               the features it applies to; {@link Filter#INCLUDE} for all
 * @param elseFilter           whether it applies only to features no other rule matched
 * @param minScaleDenominator  applies at scale denominators from this one (inclusive)
 * @param maxScaleDenominator  up to this one (exclusive); {@link Double#POSITIVE_INFINITY} for no limit
 * @param symbolizers          what to draw, in order
 */
public record Rule(String name, String title, Filter filter, boolean elseFilter, double minScaleDenominator,
                   double maxScaleDenominator, List<Symbolizer> symbolizers) {
  public Rule {
    name = name == null ? "" : name;
    title = title == null ? "" : title;
    Objects.requireNonNull(filter, "filter");
    symbolizers = List.copyOf(symbolizers);
    if (!(minScaleDenominator >= 0) || !(maxScaleDenominator > minScaleDenominator)) {
      throw new IllegalArgumentException("scale range [" + minScaleDenominator + ", " + maxScaleDenominator
          + ") is empty or negative");
    }
    if (elseFilter && !(filter instanceof Filter.Include)) {
      throw new IllegalArgumentException("a rule cannot have both a filter and an else filter");
    }
  }

  /** A rule for every feature at every scale. */
  public static Rule of(String name, List<Symbolizer> symbolizers) {
    return new Rule(name, "", Filter.INCLUDE, false, 0, Double.POSITIVE_INFINITY, symbolizers);
  }

  /** A rule for the features matching the filter, at every scale. */
  public static Rule of(String name, Filter filter, List<Symbolizer> symbolizers) {
    return new Rule(name, "", filter, false, 0, Double.POSITIVE_INFINITY, symbolizers);
  }

  /** Whether the rule applies at this scale denominator. */
  public boolean appliesAt(double scaleDenominator) {
    return scaleDenominator >= minScaleDenominator && scaleDenominator < maxScaleDenominator;
  }

  /** The title, else the name, for legends. */
  public String label() {
    return title.isBlank() ? name : title;
  }

  public Rule withScaleRange(double min, double max) {
    return new Rule(name, title, filter, elseFilter, min, max, symbolizers);
  }

  public Rule withTitle(String newTitle) {
    return new Rule(name, newTitle, filter, elseFilter, minScaleDenominator, maxScaleDenominator, symbolizers);
  }

  /** The same drawing, for the features no other rule matched. */
  public Rule asElse() {
    return new Rule(name, title, Filter.INCLUDE, true, minScaleDenominator, maxScaleDenominator, symbolizers);
  }
}
