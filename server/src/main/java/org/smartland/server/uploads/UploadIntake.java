package org.smartland.server.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.server.TerritoryLayers;
import org.smartland.server.edit.LayerEdits;
import org.smartland.server.edit.UnknownLayerException;
import org.smartland.server.security.AuditLog;

/**
 * What happens to an upload once its writer is known to be allowed: the body is received into a temporary file the
 * server names ({@link UploadBody}), told apart by its type and first bytes ({@link UploadFormat}), read by its format's
 * reader under the caps of {@link UploadLimits}, checked against the layer ({@link UploadValidation}), then either
 * applied as the layer's next version ({@link LayerVersions}; the file kept as {@code files/<uploadId>.<ext>}) or
 * rejected, the report listing every problem. Either way the report is kept ({@link UploadReports}), rejections are
 * audited (acceptances are, by {@link LayerEdits#replaceAll}), and the temporary file is deleted. At most
 * {@link UploadLimits#concurrent()} uploads are read at once; the others wait up to a minute, then get a 503.
 */
final class UploadIntake {
  private static final Logger LOG = LoggerFactory.getLogger(UploadIntake.class);
  private static final int MAX_NOTE = 2000;

  private final TerritoryLayers territory;
  private final LayerEdits edits;
  private final AuditLog audit;
  private final UploadLimits limits;
  private final LayerVersions versions;
  private final UploadReports reports;
  private final Path files;
  private final Path tmp;
  private final Clock clock;
  private final Semaphore reading;

  UploadIntake(TerritoryLayers territory, LayerEdits edits, AuditLog audit, UploadLimits limits, LayerVersions versions,
               UploadReports reports, Path dir, Clock clock) {
    this.territory = territory;
    this.edits = edits;
    this.audit = audit;
    this.limits = limits;
    this.versions = versions;
    this.reports = reports;
    this.files = dir.resolve("files");
    this.tmp = dir.resolve("tmp");
    this.clock = clock;
    this.reading = new Semaphore(limits.concurrent(), true);
    clearTemporaryFiles();
  }

  /**
   * @throws UploadRefusedException 400, 413 or 503 before the file could be read (no report is kept then)
   */
  UploadReport take(UploadRequest request, InputStream body, String contentType) throws InterruptedException {
    String layer = request.layer();
    LayerDefinition def = territory.catalog().layer(layer).orElseThrow(() -> new UnknownLayerException(layer));
    if (!reading.tryAcquire(60, TimeUnit.SECONDS)) {
      throw new UploadRefusedException(503, "ServiceUnavailable", "the server is reading " + limits.concurrent()
          + " other uploads; try again shortly");
    }
    try (ReceivedFile received = UploadBody.receive(body, contentType, tmp, limits.maxBytes())) {
      Optional<UploadFormat> declared = UploadBody.isMultipart(contentType)
          ? received.contentType().flatMap(UploadIntake::formatOfPart) : request.declared();
      String name = FileSummary.cleanName(request.filename().or(received::filename)
          .or(() -> field(received, "filename")).orElse(""));
      String note = request.note().or(() -> field(received, "note")).orElse("");
      note = note.length() > MAX_NOTE ? note.substring(0, MAX_NOTE) : note;
      Optional<String> table = request.table().or(() -> field(received, "table"));
      String id = UUID.randomUUID().toString();
      UploadFormat format = null;
      UploadReport report;
      try {
        format = UploadFormat.of(declared, received.file());
        UploadedFile read = read(format, received.file(), table);
        UploadValidation.Result checked = new UploadValidation(def, edits.access().rule(layer).required(),
            edits.checks(), territory.crs()).check(read, request.crs());
        FileSummary file = summary(received, name, format);
        report = checked.problems().isEmpty()
            ? apply(request, id, file, note, checked, read.features().size(), format, received.file())
            : new UploadReport(id, layer, clock.instant(), request.who().user(), note, file, read.features().size(),
            checked.problems(), Optional.empty());
      } catch (UnreadableUploadException e) {
        report = new UploadReport(id, layer, clock.instant(), request.who().user(), note,
            summary(received, name, format), 0, List.of(UploadProblem.ofFile(e.getMessage())), Optional.empty());
      }
      reports.save(layer, id, report.toJson());
      if (!report.accepted()) {
        audit.record(request.who(), request.ip(), "upload", layer, "rejected", "upload " + id + " of '" + name + "': "
            + report.problems().size() + " problem(s): " + report.problems().stream().limit(5)
            .map(UploadProblem::toString).collect(Collectors.joining("; ")));
      }
      return report;
    } finally {
      reading.release();
    }
  }

  /** The file read as its format; anything unexpected a reader throws on a hostile file is an unreadable file. */
  private UploadedFile read(UploadFormat format, Path file, Optional<String> table) {
    try {
      return switch (format) {
        case GEOJSON -> GeoJsonUpload.read(file, limits);
        case GEOPACKAGE -> GeoPackageUpload.read(file, table, limits);
        case SHAPEFILE -> ShapefileUpload.read(file, table, limits);
      };
    } catch (UnreadableUploadException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.warn("an uploaded {} could not be read", format.label(), e);
      throw new UnreadableUploadException("the " + format.label() + " could not be read: it is damaged or not what it"
          + " claims to be", e);
    }
  }

  /** Keeps the file, then replaces the layer's features as its next version. */
  private UploadReport apply(UploadRequest request, String id, FileSummary file, String note,
                             UploadValidation.Result checked, long read, UploadFormat format, Path received) {
    Path stored = files.resolve(id + "." + format.extension());
    try {
      Files.createDirectories(files);
      Files.copy(received, stored);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the uploaded file", e);
    }
    try {
      LayerVersion v = versions.upload(request.who(), request.ip(), request.layer(), checked.features(), file, id, note);
      return new UploadReport(id, request.layer(), v.at(), request.who().user(), note, file, read, List.of(),
          Optional.of(v));
    } catch (RuntimeException e) {
      try {
        Files.deleteIfExists(stored);
      } catch (IOException io) {
        e.addSuppressed(io);
      }
      throw e;
    }
  }

  private static Optional<String> field(ReceivedFile received, String name) {
    return Optional.ofNullable(received.fields().get(name)).filter(v -> !v.isBlank()).map(String::strip);
  }

  /** A multipart part's own type: a known format's, else told by the bytes (browsers send octet-stream or guesses). */
  private static Optional<UploadFormat> formatOfPart(String contentType) {
    try {
      return UploadFormat.ofContentType(contentType);
    } catch (UploadRefusedException e) {
      return Optional.empty();
    }
  }

  private static FileSummary summary(ReceivedFile received, String name, UploadFormat format) {
    return new FileSummary(name, received.size(), received.sha256(), format == null ? "" : format.label());
  }

  /** Bodies left by a server that stopped while receiving them. */
  private void clearTemporaryFiles() {
    if (!Files.isDirectory(tmp)) {
      return;
    }
    try (var s = Files.list(tmp)) {
      s.forEach(f -> {
        try {
          Files.deleteIfExists(f);
        } catch (IOException e) {
          LOG.warn("cannot delete the temporary upload {}", f);
        }
      });
    } catch (IOException e) {
      LOG.warn("cannot clear {}", tmp, e);
    }
  }
}
