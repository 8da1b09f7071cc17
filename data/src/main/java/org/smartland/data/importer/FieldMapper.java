package org.smartland.data.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smartland.data.source.SourceException;
import org.smartland.data.source.SourceFeature;
import org.smartland.data.territory.FieldSpec;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.store.sql.ValueCoercion;

/**
 * Fills a layer's attributes from a source feature's properties, as the layer's {@code fields} say, and
 * converts each value to its attribute's type. An empty or blank value is a missing value. A value that
 * does not fit its type fails the import with the file, feature, attribute and value — unless the field is
 * {@code lenient}, when it becomes missing with a warning. Fields that name no attribute of the layer pass
 * their raw value on, for a derivation to read. Computed fields are left to {@link Measures}.
 */
final class FieldMapper {
  private final LayerDefinition layer;
  private final Iterable<FieldSpec> fields;
  private final String file;

  /**
   * @param columns the properties the source declares; when present, every {@code from} must be one of them
   * @throws SourceException for a field whose property the source does not have
   */
  FieldMapper(LayerDefinition layer, Iterable<FieldSpec> fields, String file, Optional<Set<String>> columns) {
    this.layer = layer;
    this.fields = fields;
    this.file = file;
    columns.ifPresent(cs -> {
      for (FieldSpec f : fields) {
        for (String from : f.from()) {
          if (!cs.contains(from)) {
            throw new SourceException(file, "missing column '" + from + "' (field '" + f.name() + "' of layer '"
                + layer.id() + "' reads it; columns: " + String.join(", ", cs) + ")");
          }
        }
      }
    });
  }

  Map<String, Object> map(SourceFeature f, LayerReport report) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (FieldSpec spec : fields) {
      if (spec.computed().isPresent()) {
        continue;
      }
      Object raw = spec.from().isEmpty() ? spec.constant().orElse(null) : first(spec, f);
      Optional<AttributeDefinition> a = layer.attribute(spec.name());
      Object value = a.isPresent() ? typed(a.get(), spec, raw, f, report) : raw;
      if (value != null && !spec.allowed().isEmpty() && !spec.allowed().contains(value.toString())) {
        throw new SourceException(file, f.id(), "attribute '" + spec.name() + "': value '" + value
            + "' is not one of " + spec.allowed());
      }
      out.put(spec.name(), value);
    }
    return out;
  }

  private static Object first(FieldSpec spec, SourceFeature f) {
    for (String from : spec.from()) {
      Object v = f.get(from);
      if (v != null && !(v instanceof String s && s.isBlank())) {
        return v;
      }
    }
    return null;
  }

  private Object typed(AttributeDefinition a, FieldSpec spec, Object raw, SourceFeature f, LayerReport report) {
    try {
      return ValueCoercion.to(a.type(), raw);
    } catch (IllegalArgumentException e) {
      String what = "attribute '" + a.name() + "'" + (spec.from().isEmpty() ? "" : " (from '" + String.join("' or '", spec.from()) + "')") + ": "
          + e.getMessage();
      if (spec.lenient()) {
        report.warn(f.id() + ": " + what + "; left empty");
        return null;
      }
      throw new SourceException(file, f.id(), what);
    }
  }
}
