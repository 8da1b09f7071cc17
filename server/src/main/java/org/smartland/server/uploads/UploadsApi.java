package org.smartland.server.uploads;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.UnknownCrsException;
import org.smartland.server.TerritoryLayers;
import org.smartland.server.edit.LayerEdits;
import org.smartland.server.edit.UnknownLayerException;
import org.smartland.server.http.ApiErrors;
import org.smartland.server.security.AccessDeniedException;
import org.smartland.server.security.AuditLog;
import org.smartland.server.security.LayerAccess;
import org.smartland.server.security.Principal;
import org.smartland.server.security.Security;

/**
 * The uploads API:
 * <ul>
 *   <li>{@code POST /api/uploads?layer=<id>[&filename=&note=&table=&crs=]}: the file as the body (or one file part of
 *   a multipart form); 201 with the report and the new version, or 422 with the report of every problem, nothing
 *   written;</li>
 *   <li>{@code GET /api/uploads/{uploadId}} and {@code GET /api/uploads[?layer=]}: the reports;</li>
 *   <li>{@code GET /api/layers/{id}/versions} and {@code POST /api/layers/{id}/versions/{n}/restore[?note=]}.</li>
 * </ul>
 * Only the layer's writers (its project's contractors, admins) may use them: 401 for the anonymous, 403 for the
 * others. The file is checked for its writer before its body is read, then received under a name the server makes,
 * read with every cap of {@link UploadLimits}, and never kept unless accepted (under {@code files/<uploadId>.<ext>}).
 */
public final class UploadsApi {
  private static final int MAX_NOTE = 2000;

  private final TerritoryLayers territory;
  private final LayerEdits edits;
  private final LayerVersions versions;
  private final UploadReports reports;
  private final UploadIntake intake;

  /** @param dir the uploads directory: the files, reports and versions live under it */
  public UploadsApi(TerritoryLayers territory, LayerEdits edits, AuditLog audit, UploadLimits limits, Path dir) {
    Clock clock = Clock.systemUTC();
    this.territory = territory;
    this.edits = edits;
    this.versions = new LayerVersions(dir.resolve("layers"), territory, edits, clock);
    this.reports = new UploadReports(dir.resolve("reports"));
    this.intake = new UploadIntake(territory, edits, audit, limits, versions, reports, dir, clock);
  }

  public void routes(Javalin app) {
    app.post("/api/uploads", this::upload);
    app.get("/api/uploads", this::list);
    app.get("/api/uploads/{uploadId}", this::one);
    app.get("/api/layers/{id}/versions", this::layerVersions);
    app.post("/api/layers/{id}/versions/{n}/restore", this::restore);
    app.exception(UploadRefusedException.class, (e, ctx) -> {
      if (e.status() == 503) {
        ctx.header("Retry-After", "30");
      }
      ApiErrors.respond(ctx, e.status(), e.code(), e.getMessage());
    });
    app.exception(VersionNotFoundException.class, (e, ctx) -> ApiErrors.respond(ctx, 404, "NotFound", e.getMessage()));
  }

  private void upload(Context ctx) throws InterruptedException {
    String layer = param(ctx, "layer").orElseThrow(() -> new UploadRefusedException(400, "MissingParameterValue",
        "say which layer the file replaces with layer=<id>"));
    if (territory.catalog().layer(layer).isEmpty()) {
      throw new UnknownLayerException(layer);
    }
    Principal who = Security.principal(ctx);
    edits.writable(who, ctx.ip(), layer, "upload");
    Optional<UploadFormat> declared = UploadBody.isMultipart(ctx.contentType()) ? Optional.empty()
        : UploadFormat.ofContentType(ctx.contentType());
    UploadRequest request = new UploadRequest(who, ctx.ip(), layer, declared, param(ctx, "filename"),
        param(ctx, "note"), param(ctx, "table"), param(ctx, "crs").map(UploadsApi::srid));
    UploadReport report = intake.take(request, ctx.bodyInputStream(), ctx.contentType());
    if (report.accepted()) {
      ctx.header("Location", "/api/uploads/" + report.uploadId());
    }
    ctx.status(report.accepted() ? 201 : 422).json(report.toJson());
  }

  private void one(Context ctx) {
    String id = ctx.pathParam("uploadId");
    JsonNode report = reports.find(id).orElseThrow(() -> new UploadRefusedException(404, "NotFound",
        "no upload '" + ZipEntries.printable(id) + "'"));
    Principal who = Security.principal(ctx);
    String layer = report.path("layer").asText();
    if (!edits.access().canWrite(who, layer)) {
      throw AccessDeniedException.of(who, "reading the upload reports of layer '" + layer + "'");
    }
    ctx.json(report);
  }

  private void list(Context ctx) {
    Principal who = Security.principal(ctx);
    LayerAccess access = edits.access();
    List<String> layers;
    Optional<String> wanted = param(ctx, "layer");
    if (wanted.isPresent()) {
      String layer = wanted.get();
      if (territory.catalog().layer(layer).isEmpty()) {
        throw new UnknownLayerException(layer);
      }
      access.checkWrite(who, layer);
      layers = List.of(layer);
    } else {
      layers = access.writableLayers().stream().filter(l -> access.canWrite(who, l)).toList();
      if (layers.isEmpty()) {
        throw AccessDeniedException.of(who, "reading upload reports (only the writers of a layer may)");
      }
    }
    List<JsonNode> all = new ArrayList<>();
    layers.forEach(l -> all.addAll(reports.list(l)));
    all.sort((a, b) -> b.path("at").asText().compareTo(a.path("at").asText()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("layers", layers);
    body.put("uploads", all);
    ctx.json(body);
  }

  private void layerVersions(Context ctx) {
    String layer = ctx.pathParam("id");
    if (territory.catalog().layer(layer).isEmpty()) {
      throw new UnknownLayerException(layer);
    }
    edits.access().checkWrite(Security.principal(ctx), layer);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("layer", layer);
    body.put("changedSinceLastVersion", versions.changedSinceLast(layer));
    body.put("versions", versions.list(layer).stream().map(LayerVersion::toJson).toList());
    ctx.json(body);
  }

  private void restore(Context ctx) {
    String layer = ctx.pathParam("id");
    if (territory.catalog().layer(layer).isEmpty()) {
      throw new UnknownLayerException(layer);
    }
    int n;
    try {
      n = Integer.parseInt(ctx.pathParam("n"));
    } catch (NumberFormatException e) {
      throw new UploadRefusedException(400, "InvalidParameterValue", "'" + ZipEntries.printable(ctx.pathParam("n"))
          + "' is not a version number");
    }
    String note = param(ctx, "note").orElse("");
    LayerVersion v = versions.restore(Security.principal(ctx), ctx.ip(), layer, n,
        note.length() > MAX_NOTE ? note.substring(0, MAX_NOTE) : note);
    ctx.status(201).header("Location", "/api/layers/" + layer + "/versions").json(v.toJson());
  }

  private static int srid(String name) {
    try {
      return Crs.parse(name).srid();
    } catch (UnknownCrsException e) {
      throw new UploadRefusedException(400, "InvalidParameterValue", "crs='" + ZipEntries.printable(name)
          + "' is not a CRS name: give an EPSG code such as EPSG:32632");
    }
  }

  private static Optional<String> param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }
}
