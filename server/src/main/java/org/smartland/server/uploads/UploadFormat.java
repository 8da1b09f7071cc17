package org.smartland.server.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats an upload may be, named by the request's {@code Content-Type} and confirmed by the file's first
 * bytes: a body that is not what its type says is refused rather than guessed at. {@code application/octet-stream}
 * (what a browser or curl sends for an unknown file) is recognised by its first bytes alone.
 */
public enum UploadFormat {
  GEOPACKAGE("GeoPackage", "gpkg", "application/geopackage+sqlite3"),
  GEOJSON("GeoJSON", "geojson", "application/geo+json"),
  SHAPEFILE("zipped shapefile", "zip", "application/zip");

  /** The content types every upload may be sent as, for the 415 message. */
  public static final String ACCEPTED = "application/geopackage+sqlite3, application/geo+json, application/json,"
      + " application/zip (a zipped shapefile), application/octet-stream or multipart/form-data with one file";

  private final String label;
  private final String extension;
  private final String mediaType;

  UploadFormat(String label, String extension, String mediaType) {
    this.label = label;
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String label() {
    return label;
  }

  /** The extension of the stored copy of such a file. */
  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /**
   * The format a content type names; empty for {@code application/octet-stream} (recognise it by its bytes).
   *
   * @throws UploadRefusedException 415 for any other type
   */
  static Optional<UploadFormat> ofContentType(String contentType) {
    String t = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "application/geopackage+sqlite3", "application/geopackage+vnd.sqlite3", "application/x-sqlite3",
          "application/vnd.sqlite3" -> Optional.of(GEOPACKAGE);
      case "application/geo+json", "application/json", "application/vnd.geo+json" -> Optional.of(GEOJSON);
      case "application/zip", "application/x-zip-compressed", "application/x-zip" -> Optional.of(SHAPEFILE);
      case "application/octet-stream" -> Optional.empty();
      default -> throw new UploadRefusedException(415, "UnsupportedMediaType", (t.isEmpty() ? "the request has no"
          + " Content-Type" : "Content-Type '" + ZipEntries.printable(t) + "' is not an upload format")
          + "; send " + ACCEPTED);
    };
  }

  /** What the file's first bytes say it is; empty when they match none of the formats. */
  static Optional<UploadFormat> sniff(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(64);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (GeoPackageUpload.isSqlite(file)) {
      return Optional.of(GEOPACKAGE);
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)) {
      return Optional.of(SHAPEFILE);
    }
    int i = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf ? 3 : 0;
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    return i < head.length && head[i] == '{' ? Optional.of(GEOJSON) : Optional.empty();
  }

  /**
   * The format of a received file: the declared one when the bytes agree, the recognised one for octet-stream.
   *
   * @throws UnreadableUploadException when the bytes are not what the type says, or nothing known
   */
  static UploadFormat of(Optional<UploadFormat> declared, Path file) {
    Optional<UploadFormat> found = sniff(file);
    if (declared.isEmpty()) {
      return found.orElseThrow(() -> new UnreadableUploadException("the file is neither a GeoPackage, a GeoJSON"
          + " FeatureCollection nor a zipped shapefile"));
    }
    if (found.isPresent() && found.get() != declared.get()) {
      throw new UnreadableUploadException("the body was sent as " + declared.get().mediaType() + " but it is a "
          + found.get().label() + "; send it as " + found.get().mediaType());
    }
    if (found.isEmpty()) {
      throw new UnreadableUploadException("the body is not a " + declared.get().label()
          + (declared.get() == GEOPACKAGE ? ": it is not an SQLite database"
          : declared.get() == SHAPEFILE ? ": it is not a zip archive" : ": it is not a JSON object"));
    }
    return declared.get();
  }
}
