package org.smartland.layers.style;

import java.util.List;

/**
 * One drawing pass of a style: every feature is drawn with this pass's rules before the next pass begins
 * (road casings under road fills). Else-rules apply to features no other rule of the same pass matched.
 */
public record FeatureTypeStyle(List<Rule> rules) {
  public FeatureTypeStyle {
    rules = List.copyOf(rules);
  }
}
