package org.smartland.data.source;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a reader got from one file.
 *
 * @param srid     the EPSG code of the geometries
 * @param columns  the property names the file declares (a header, a table), or empty for schemaless
 *                 sources (OSM tags); for GeoJSON, the names that occur in at least one feature
 * @param features the features, in file order
 * @param warnings elements the reader skipped, each with its id and the reason (e.g. an OSM way whose nodes
 *                 are not in the extract)
 */
public record SourceData(int srid, Optional<Set<String>> columns, List<SourceFeature> features, List<String> warnings) {
  public SourceData {
    columns = columns.map(Set::copyOf);
    features = List.copyOf(features);
    warnings = List.copyOf(warnings);
  }

  public SourceData(int srid, Optional<Set<String>> columns, List<SourceFeature> features) {
    this(srid, columns, features, List.of());
  }
}
