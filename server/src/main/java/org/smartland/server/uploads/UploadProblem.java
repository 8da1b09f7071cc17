package org.smartland.server.uploads;

import java.util.LinkedHashMap;
import java.util.Map;
import org.smartland.server.edit.Problem;

/**
 * Something wrong with an uploaded file or one of its features.
 *
 * @param feature  the feature's 1-based position in the file, 0 for the file as a whole
 * @param sourceId the feature's own id in the file (GeoJSON {@code id}, GeoPackage primary key), empty if none
 * @param field    the attribute or column at fault, {@code geometry}, or empty
 * @param message  what is wrong, in words the contractor can act on
 */
public record UploadProblem(long feature, String sourceId, String field, String message) {
  public static UploadProblem ofFile(String message) {
    return new UploadProblem(0, "", "", message);
  }

  public static UploadProblem ofFile(String field, String message) {
    return new UploadProblem(0, "", field, message);
  }

  static UploadProblem of(Problem p, String sourceId) {
    return new UploadProblem(p.feature(), sourceId, p.field(), p.message());
  }

  /** {@code {feature, sourceId, field, message}}, absent parts as null. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("feature", feature);
    m.put("sourceId", sourceId.isEmpty() ? null : sourceId);
    m.put("field", field.isEmpty() ? null : field);
    m.put("message", message);
    return m;
  }

  @Override
  public String toString() {
    return (feature > 0 ? "feature " + feature + (sourceId.isEmpty() ? "" : " (" + sourceId + ")") : "file")
        + (field.isEmpty() ? "" : " [" + field + "]") + ": " + message;
  }
}
