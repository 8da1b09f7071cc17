package org.smartland.data.territory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A condition on key/value pairs (OSM tags or feature attributes), written in the configuration as a mapping
 * whose entries must all hold — {@code {building: "*", amenity: [school, townhall]}} — or as a list of such
 * mappings of which one must hold. A value {@code "*"} asks only that the key has a non-empty value; a list
 * asks for one of its values. Values compare as text, exactly. An empty mapping holds for everything.
 */
public final class TagCondition {
  private final List<Map<String, Set<String>>> alternatives;

  private TagCondition(List<Map<String, Set<String>>> alternatives) {
    this.alternatives = List.copyOf(alternatives);
  }

  /** Reads a mapping or a list of mappings. */
  public static TagCondition parse(ConfigNode node) {
    List<Map<String, Set<String>>> alternatives = new ArrayList<>();
    if (node.value().isArray()) {
      for (ConfigNode alt : node.elements()) {
        alternatives.add(conjunction(alt));
      }
      if (alternatives.isEmpty()) {
        throw node.error("must list at least one condition");
      }
    } else {
      alternatives.add(conjunction(node));
    }
    return new TagCondition(alternatives);
  }

  /** One conjunction given in code, e.g. {@code TagCondition.of(Map.of("highway", List.of("*")))}. */
  public static TagCondition of(Map<String, List<String>> conjunction) {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    conjunction.forEach((k, v) -> m.put(k, v.contains("*") ? Set.of() : new LinkedHashSet<>(v)));
    return new TagCondition(List.of(m));
  }

  /** Whether one of the alternatives holds for the values the lookup gives (null for a missing key). */
  public boolean test(Function<String, ?> lookup) {
    for (Map<String, Set<String>> alt : alternatives) {
      if (holds(alt, lookup)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the condition holds for these tags. */
  public boolean matches(Map<String, ?> tags) {
    return test(tags::get);
  }

  private static boolean holds(Map<String, Set<String>> conjunction, Function<String, ?> lookup) {
    for (Map.Entry<String, Set<String>> e : conjunction.entrySet()) {
      Object v = lookup.apply(e.getKey());
      String text = v == null ? "" : v.toString();
      if (text.isEmpty() || (!e.getValue().isEmpty() && !e.getValue().contains(text))) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Set<String>> conjunction(ConfigNode node) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigNode> e : node.entries().entrySet()) {
      ConfigNode v = e.getValue();
      List<String> values = v.value().isArray() ? v.elements().stream().map(ConfigNode::asText).toList()
          : List.of(v.asText());
      out.put(e.getKey(), values.contains("*") ? Set.of() : new LinkedHashSet<>(values));
    }
    return out;
  }
}
