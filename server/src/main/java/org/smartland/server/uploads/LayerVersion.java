package org.smartland.server.uploads;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a layer: what the layer held after an upload, a restore, or edits made by transactions between two
 * versions (recorded just before the next upload or restore replaced them), or before its first upload.
 *
 * @param version      its number, from 1
 * @param kind         {@code upload}, {@code restore}, {@code edits} or {@code initial}
 * @param title        in words: {@code upload of works.gpkg}, {@code restore of 2}, {@code edits since version 3}
 * @param at           when it was made
 * @param user         who made it (for {@code edits} and {@code initial}: whose upload or restore recorded it)
 * @param uploadId     the upload that made it
 * @param file         the file uploaded
 * @param features     how many features the layer then held
 * @param note         the uploader's note
 * @param restoredFrom the version it restored
 * @param fingerprint  a hash of the layer's content (every feature's id, geometry and values), which tells whether the
 *                     layer changed since
 */
public record LayerVersion(int version, String kind, String title, Instant at, String user, Optional<String> uploadId,
                           Optional<FileSummary> file, long features, String note, Optional<Integer> restoredFrom,
                           String fingerprint) {
  /** The version as the API shows it (and as it is stored). */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", version);
    m.put("kind", kind);
    m.put("title", title);
    m.put("at", at.toString());
    m.put("user", user);
    m.put("features", features);
    m.put("note", note.isEmpty() ? null : note);
    m.put("uploadId", uploadId.orElse(null));
    m.put("file", file.map(FileSummary::toJson).orElse(null));
    m.put("restoredFrom", restoredFrom.orElse(null));
    m.put("fingerprint", fingerprint);
    return m;
  }

  static LayerVersion fromJson(JsonNode n) {
    return new LayerVersion(n.path("version").asInt(), n.path("kind").asText(), n.path("title").asText(),
        Instant.parse(n.path("at").asText()), n.path("user").asText(), text(n, "uploadId"),
        n.hasNonNull("file") ? Optional.of(FileSummary.fromJson(n.get("file"))) : Optional.empty(),
        n.path("features").asLong(), n.path("note").asText(""),
        n.hasNonNull("restoredFrom") ? Optional.of(n.get("restoredFrom").asInt()) : Optional.empty(),
        n.path("fingerprint").asText());
  }

  private static Optional<String> text(JsonNode n, String field) {
    return n.hasNonNull(field) ? Optional.of(n.get(field).asText()) : Optional.empty();
  }
}
