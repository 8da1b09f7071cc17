package org.smartland.data.territory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How one attribute of a layer is filled from its source. In the configuration, {@code fields} maps an
 * attribute name to either a source property (column, GeoJSON property, OSM tag or an OSM pseudo-tag such as
 * {@code "@id"}) or a mapping with one of {@code from} (a property, or a list of properties of which the first
 * non-empty one is taken), {@code value} (a constant) or {@code computed}
 * ({@code length_m}, {@code area_m2}, {@code area_ha}, measured on the stored geometry in the territory CRS),
 * and optionally {@code lenient: true} (a value that does not fit the attribute type becomes empty, with a
 * warning, instead of failing the import) and {@code allowed: [..]} (any other value fails the import).
 *
 * @param name     the attribute (or an intermediate value a derivation reads)
 * @param from     the source properties, first non-empty wins; empty when the field is not read from the source
 * @param constant a constant value
 * @param computed a measure of the geometry
 * @param lenient  whether ill-typed values become empty instead of failing
 * @param allowed  the only values accepted; empty for any
 */
public record FieldSpec(String name, List<String> from, Optional<String> constant, Optional<String> computed,
                        boolean lenient, List<String> allowed) {
  /** The measures {@code computed} accepts. */
  public static final Set<String> MEASURES = Set.of("length_m", "area_m2", "area_ha");

  public FieldSpec {
    allowed = List.copyOf(allowed);
    from = List.copyOf(from);
    int given = (from.isEmpty() ? 0 : 1) + (constant.isPresent() ? 1 : 0) + (computed.isPresent() ? 1 : 0);
    if (given != 1) {
      throw new IllegalArgumentException("give exactly one of from, value and computed");
    }
    computed.ifPresent(c -> {
      if (!MEASURES.contains(c)) {
        throw new IllegalArgumentException("computed must be one of " + MEASURES + ", not '" + c + "'");
      }
    });
  }

  /** A field copied from a source property of the same or another name. */
  public static FieldSpec from(String name, String property) {
    return new FieldSpec(name, List.of(property), Optional.empty(), Optional.empty(), false, List.of());
  }

  static FieldSpec parse(String name, ConfigNode n) {
    try {
      if (n.value().isValueNode()) {
        return from(name, n.asText());
      }
      return new FieldSpec(name, n.texts("from"), n.optionalText("value"),
          n.optionalText("computed").map(s -> s.toLowerCase(Locale.ROOT)), n.bool("lenient", false), n.texts("allowed"));
    } catch (IllegalArgumentException e) {
      throw n.error(e.getMessage());
    }
  }
}
