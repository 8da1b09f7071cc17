package org.smartland.server.uploads;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The uploaded file as the versions and reports remember it.
 *
 * @param name   the client's name for it (metadata only: never a path on the server)
 * @param size   its bytes
 * @param sha256 its SHA-256, in hex
 * @param format what it was read as ({@link UploadFormat#label()}), or empty when it could not be told
 */
public record FileSummary(String name, long size, String sha256, String format) {
  /**
   * The client's file name without any directory part, control or format characters (such as a right-to-left override
   * that would disguise its extension), at most 200 characters.
   */
  public static String cleanName(String raw) {
    String n = raw.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
    return n.length() > 200 ? n.substring(0, 200) : n;
  }

  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name.isEmpty() ? null : name);
    m.put("size", size);
    m.put("sha256", sha256);
    m.put("format", format.isEmpty() ? null : format);
    return m;
  }

  static FileSummary fromJson(JsonNode n) {
    return new FileSummary(n.path("name").asText(""), n.path("size").asLong(), n.path("sha256").asText(""),
        n.path("format").asText(""));
  }
}
