package org.smartland.layers.style;

import java.util.List;
import java.util.Optional;

/**
 * A named style: one or more drawing passes ({@link FeatureTypeStyle}) of rules.
 *
 * @param name              the style name layers refer to
 * @param title             human title (defaults to the name)
 * @param description       the abstract (empty if none)
 * @param featureTypeStyles the drawing passes, in order
 */
public record Style(String name, String title, String description, List<FeatureTypeStyle> featureTypeStyles) {
  public Style {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a style needs a name");
    }
    title = title == null || title.isBlank() ? name : title;
    description = description == null ? "" : description;
    featureTypeStyles = List.copyOf(featureTypeStyles);
  }

  /** A style of one pass with these rules. */
  public static Style of(String name, List<Rule> rules) {
    return new Style(name, name, "", List.of(new FeatureTypeStyle(rules)));
  }

  /** Every rule of every pass, in order. */
  public List<Rule> rules() {
    return featureTypeStyles.stream().flatMap(f -> f.rules().stream()).toList();
  }

  /** The first rule with this name. */
  public Optional<Rule> rule(String ruleName) {
    return rules().stream().filter(r -> r.name().equals(ruleName)).findFirst();
  }

  public Style withName(String newName) {
    return new Style(newName, title.equals(name) ? newName : title, description, featureTypeStyles);
  }
}
