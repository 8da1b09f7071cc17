package org.smartland.data.territory;

import java.util.List;
import java.util.Optional;

/**
 * How the import pipeline builds one layer: the {@code source} entry of a layer in {@code territory.yaml}.
 * A layer is read from a file ({@code format} and {@code file}), derived from earlier layers
 * ({@code derive}), or both (read, then derived: e.g. buildings read from OSM, then profiled).
 *
 * @param layer  the layer id
 * @param read   the file to read, if any
 * @param fields how each attribute is filled from the file's properties
 * @param clip   how features are cut to the territory
 * @param dedupe whether features with identical geometry are merged into one
 * @param skipUnrepairable whether a feature whose geometry cannot be repaired is skipped with a warning
 *               ({@code unrepairable: skip}) instead of failing the import ({@code unrepairable: fail}, the default)
 * @param derive the derivation applied after reading, if any
 * @param node   the {@code source} entry, for messages
 */
public record LayerSource(String layer, Optional<ReadSpec> read, List<FieldSpec> fields, ClipMode clip,
                          boolean dedupe, boolean skipUnrepairable, Optional<DeriveSpec> derive, ConfigNode node) {
  public LayerSource {
    fields = List.copyOf(fields);
  }

  /** The field that fills an attribute, if any. */
  public Optional<FieldSpec> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
