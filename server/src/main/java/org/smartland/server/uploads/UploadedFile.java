package org.smartland.server.uploads;

import java.util.List;
import java.util.Optional;

/**
 * What a reader found in a file: its CRS (an EPSG code) if it says one, its columns if it has a fixed set of them
 * (GeoPackage, shapefile; GeoJSON features each carry their own), its features, and what made reading stop or
 * skip (file-level problems: too many features, a CRS not recognised, ...).
 *
 * @param crsProblem why there is no CRS, when the file names one that is not recognised
 */
public record UploadedFile(Optional<Integer> srid, Optional<String> crsProblem, Optional<List<String>> columns,
                           List<UploadedFeature> features, List<UploadProblem> problems) {
  public UploadedFile {
    columns = columns.map(List::copyOf);
    features = List.copyOf(features);
    problems = List.copyOf(problems);
  }
}
