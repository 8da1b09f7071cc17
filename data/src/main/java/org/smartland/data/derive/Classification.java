package org.smartland.data.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartland.data.territory.ConfigNode;
import org.smartland.data.territory.TagCondition;

/**
 * An ordered list of rules {@code {<label key>: <label>, when: <condition>}}; a feature gets the label of the
 * first rule whose {@link TagCondition} its properties meet, else none.
 */
final class Classification {
  private record Rule(String label, TagCondition when) {
  }

  private final List<Rule> rules;

  private Classification(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static Classification parse(List<ConfigNode> rules, String labelKey) {
    List<Rule> out = new ArrayList<>();
    for (ConfigNode r : rules) {
      out.add(new Rule(r.text(labelKey), TagCondition.parse(r.child("when"))));
    }
    return new Classification(out);
  }

  Optional<String> classify(Map<String, Object> properties) {
    for (Rule r : rules) {
      if (r.when().matches(properties)) {
        return Optional.of(r.label());
      }
    }
    return Optional.empty();
  }
}
