package org.smartland.data.source;

import java.util.Optional;

/**
 * A source file that cannot be imported. The message names the file, the feature when there is one, and the
 * problem: {@code real/x/schools.geojson: feature #12: broken geometry: a LinearRing needs 4 positions}.
 */
public class SourceException extends RuntimeException {
  private final String file;
  private final Optional<String> feature;
  private final String problem;

  public SourceException(String file, Optional<String> feature, String problem, Throwable cause) {
    super(file + ": " + feature.map(f -> "feature " + f + ": ").orElse("") + problem, cause);
    this.file = file;
    this.feature = feature;
    this.problem = problem;
  }

  public SourceException(String file, String feature, String problem) {
    this(file, Optional.of(feature), problem, null);
  }

  public SourceException(String file, String problem) {
    this(file, Optional.empty(), problem, null);
  }

  public String file() {
    return file;
  }

  public Optional<String> feature() {
    return feature;
  }

  public String problem() {
    return problem;
  }
}
