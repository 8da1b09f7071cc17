package org.smartland.server.uploads;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an upload's report says: accepted with the version it made, or rejected with every problem found (the first
 * {@link #MAX_LISTED} listed, all counted).
 *
 * @param features how many features were read from the file
 */
record UploadReport(String uploadId, String layer, Instant at, String user, String note, FileSummary file,
                    long features, List<UploadProblem> problems, Optional<LayerVersion> version) {
  static final int MAX_LISTED = 1000;

  boolean accepted() {
    return version.isPresent();
  }

  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("uploadId", uploadId);
    m.put("status", accepted() ? "accepted" : "rejected");
    m.put("description", version.map(v -> "layer '" + layer + "' now holds the file's " + v.features()
        + (v.features() == 1 ? " feature" : " features") + ", as version " + v.version()).orElse("nothing was written to layer '" + layer + "': "
        + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the file"
        + (features > 0 ? "'s " + features + " features" : "")));
    m.put("layer", layer);
    m.put("at", at.toString());
    m.put("user", user);
    m.put("note", note.isEmpty() ? null : note);
    m.put("file", file.toJson());
    m.put("features", features);
    version.ifPresent(v -> {
      m.put("version", v.version());
      m.put("written", v.features());
    });
    m.put("problemCount", problems.size());
    m.put("problems", problems.stream().limit(MAX_LISTED).map(UploadProblem::toJson).toList());
    m.put("links", List.of(
        Map.of("rel", "self", "href", "/api/uploads/" + uploadId),
        Map.of("rel", "versions", "href", "/api/layers/" + layer + "/versions")));
    return m;
  }
}
