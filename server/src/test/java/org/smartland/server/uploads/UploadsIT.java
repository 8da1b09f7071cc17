package org.smartland.server.uploads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartland.server.uploads.UploadFiles.square;
import static org.smartland.server.uploads.UploadFiles.work;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;
import org.smartland.server.App;
import org.smartland.server.EditingTerritory;
import org.smartland.server.FixtureTerritory;
import org.smartland.server.TerritoryLayers;
import org.smartland.server.TestClient;
import org.smartland.server.security.AuditEntry;
import org.smartland.server.security.AuditLog;
import org.smartland.server.security.LayerAccess;
import org.smartland.server.security.Principal;
import org.smartland.server.security.Role;
import org.smartland.server.security.Security;
import org.smartland.server.security.SecuritySettings;

/**
 * Contractors' uploads against a started server over the editing territory: who may upload and restore, each format
 * accepted and visible at once in OGC API, WFS and WMS, every problem of a bad file reported by feature with nothing
 * written, versions and restores (across a restart), and hostile files refused.
 */
class UploadsIT {
  static final String GEOJSON = "application/geo+json";
  static final String GPKG = "application/geopackage+sqlite3";
  static final String ZIP = "application/zip";

  @TempDir
  static Path dir;
  static EditingTerritory.Server server;
  static TestClient http;

  @BeforeAll
  static void start() {
    server = EditingTerritory.start(dir);
    http = server.client();
  }

  @AfterAll
  static void stop() {
    server.app().stop();
  }

  static HttpResponse<String> upload(String user, String contentType, byte[] body, String query) {
    String[] auth = user == null ? new String[0] : server.as(user);
    return http.request("POST", "/api/uploads?layer=works" + (query.isEmpty() ? "" : "&" + query), contentType, body,
        auth);
  }

  static JsonNode accepted(HttpResponse<String> r) {
    assertEquals(201, r.statusCode(), r.body());
    JsonNode report = TestClient.json(r);
    assertEquals("accepted", report.get("status").asText());
    return report;
  }

  /** The works as OGC API items: the whole response's features, for comparing states. */
  static JsonNode items() {
    return items(http);
  }

  static JsonNode items(TestClient client) {
    HttpResponse<String> r = client.get("/ogc/collections/works/items?f=json&limit=1000");
    assertEquals(200, r.statusCode(), r.body());
    return TestClient.json(r).get("features");
  }

  /** Each item's id with its values (geometry aside). */
  static Map<String, String> idsAndValues() {
    return idsAndValues(http);
  }

  static Map<String, String> idsAndValues(TestClient client) {
    Map<String, String> out = new LinkedHashMap<>();
    items(client).forEach(f -> out.put(f.get("id").asText(), f.get("properties").toString()));
    return out;
  }

  static List<UploadFiles.Work> two() {
    return List.of(
        work(square(501000, 5031000, 2000), "Rotatoria Nord", "done", 125000.5, "2024-03-01"),
        work(square(506000, 5032000, 500), "Pista ciclabile", "in progress", null, null));
  }

  @Test
  void only_the_layers_writers_may_upload() {
    byte[] file = UploadFiles.geojson(two());
    JsonNode before = items();
    HttpResponse<String> anonymous = upload(null, GEOJSON, file, "");
    assertEquals(401, anonymous.statusCode(), anonymous.body());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").isPresent());
    for (String user : List.of("citizen", "analyst", "moderator", "other")) {
      HttpResponse<String> r = upload(user, GEOJSON, file, "");
      assertEquals(403, r.statusCode(), user + ": " + r.body());
      assertTrue(r.body().contains("writing to layer 'works'"), r.body());
    }
    assertEquals(before, items(), "nothing written by the refused");
    HttpResponse<String> readOnly = http.request("POST", "/api/uploads?layer=schools", GEOJSON, file, server.as("admin"));
    assertEquals(403, readOnly.statusCode(), readOnly.body());
    assertEquals(404, http.request("POST", "/api/uploads?layer=nope", GEOJSON, file, server.as("admin")).statusCode());
    accepted(upload("contractor", GEOJSON, file, ""));
    accepted(upload("admin", GEOJSON, file, ""));
    List<AuditEntry> denied = server.app().security().audit().find(new AuditLog.Query(Optional.of("other"),
        Optional.of("upload"), Optional.of("works"), Optional.of("denied"), Optional.empty(), Optional.empty(), 10,
        Long.MAX_VALUE));
    assertFalse(denied.isEmpty(), "the refusal is audited");
  }

  @Test
  void only_the_layers_writers_may_restore_and_read_versions_and_reports() {
    String id = accepted(upload("contractor", GEOJSON, UploadFiles.geojson(two()), "")).get("uploadId").asText();
    int version = lastVersion();
    String restore = "/api/layers/works/versions/" + version + "/restore";
    assertEquals(401, http.post(restore, "").statusCode());
    assertEquals(401, http.get("/api/layers/works/versions").statusCode());
    assertEquals(401, http.get("/api/uploads/" + id).statusCode());
    for (String user : List.of("citizen", "analyst", "moderator", "other")) {
      assertEquals(403, http.post(restore, "", server.as(user)).statusCode(), user);
      assertEquals(403, http.get("/api/layers/works/versions", server.as(user)).statusCode(), user);
      assertEquals(403, http.get("/api/uploads/" + id, server.as(user)).statusCode(), user);
      assertEquals(403, http.get("/api/uploads?layer=works", server.as(user)).statusCode(), user);
    }
    assertEquals(201, http.post(restore, "", server.as("contractor")).statusCode());
    assertEquals(201, http.post(restore, "", server.as("admin")).statusCode());
    assertEquals(200, http.get("/api/uploads/" + id, server.as("admin")).statusCode());
    assertEquals(404, http.post("/api/layers/works/versions/9999/restore", "", server.as("admin")).statusCode());
    assertEquals(400, http.post("/api/layers/works/versions/x/restore", "", server.as("admin")).statusCode());
    assertEquals(404, http.get("/api/uploads/00000000-0000-0000-0000-000000000000", server.as("admin")).statusCode());
    assertEquals(404, http.get("/api/uploads/..%2F..%2Fsecurity.db", server.as("admin")).statusCode());
  }

  @Test
  void a_geojson_upload_is_served_at_once_by_ogc_api_wfs_and_wms() throws IOException {
    accepted(upload("contractor", GEOJSON, UploadFiles.geojson(List.of(work(square(508000, 5034000, 100), "elsewhere",
        "done", 1, null))), ""));
    assertEquals("ffffff", Integer.toHexString(map().getRGB(20, 30) & 0xffffff), "nothing drawn there yet");
    List<UploadFiles.Work> works = List.of(
        work(square(501000, 5031000, 2000), "Rotatoria Nord", "done", 125000.5, "2024-03-01"),
        work(square(506000, 5032000, 500), "Pista ciclabile", "in progress", 9, null));
    JsonNode report = accepted(upload("contractor", GEOJSON, UploadFiles.geojson(works), "note=handover%20of%20March"));
    assertEquals(2, report.get("features").asInt());
    assertEquals(2, report.get("written").asInt());
    assertEquals("handover of March", report.get("note").asText());
    JsonNode items = items();
    assertEquals(2, items.size());
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    items.forEach(f -> byName.put(f.get("properties").get("name").asText(), f.get("properties")));
    assertEquals(125000.5, byName.get("Rotatoria Nord").get("cost").asDouble());
    assertEquals("2024-03-01", byName.get("Rotatoria Nord").get("done_on").asText());
    assertEquals(9.0, byName.get("Pista ciclabile").get("cost").asDouble(), "an integer is a fine double");
    assertEquals("MultiPolygon", items.get(0).get("geometry").get("type").asText());
    HttpResponse<String> wfs = http.get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:works"
        + "&OUTPUTFORMAT=application/json");
    assertEquals(200, wfs.statusCode(), wfs.body());
    assertEquals(2, TestClient.json(wfs).get("features").size());
    BufferedImage after = map();
    assertEquals("ff0000", Integer.toHexString(after.getRGB(20, 30) & 0xffffff), "the uploaded square is drawn");
    assertEquals("ffffff", Integer.toHexString(after.getRGB(80, 45) & 0xffffff), "and nothing where nothing was sent");
  }

  /** The works drawn over the territory: 100 m a pixel, (x, y) = (500000 + 100 i, 5035000 - 100 j). */
  static BufferedImage map() throws IOException {
    HttpResponse<byte[]> r = http.getBytes("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=works&STYLES="
        + "&CRS=EPSG:32632&BBOX=500000,5030000,510000,5035000&WIDTH=100&HEIGHT=50&FORMAT=image/png");
    assertEquals(200, r.statusCode());
    return ImageIO.read(new ByteArrayInputStream(r.body()));
  }

  @Test
  void a_geojson_with_a_legacy_crs_member_is_reprojected() {
    List<UploadFiles.Work> works = List.of(work(square(503000, 5033000, 100), "Piazza", "done", 1, "2024-01-02"));
    accepted(upload("contractor", "application/json", UploadFiles.geojson(works, "urn:ogc:def:crs:EPSG::3003", 3003), ""));
    JsonNode f = items().get(0);
    assertEquals("Piazza", f.get("properties").get("name").asText());
    JsonNode native32632 = TestClient.json(http.get("/ogc/collections/works/items?f=json&crs="
        + "http://www.opengis.net/def/crs/EPSG/0/32632")).get("features").get(0).get("geometry");
    double x = native32632.get("coordinates").get(0).get(0).get(0).get(0).asDouble();
    double y = native32632.get("coordinates").get(0).get(0).get(0).get(1).asDouble();
    assertTrue(Math.abs(x - 503000) < 1 && Math.abs(y - 5033000) < 1 || Math.abs(x - 503100) < 1, x + " " + y);
  }

  @Test
  void a_geopackage_upload_with_its_own_key_and_geometry_names_is_accepted() {
    List<UploadFiles.Work> works = List.of(
        work(square(502000, 5031000, 300), "Scuola", "done", 40000.0, "2023-09-01"),
        work(square(504000, 5031000, 300), "Parco", "planned", null, null),
        work(square(505000, 5033000, 300), "Marciapiede", "done", 1200.0, "2024-02-29"));
    JsonNode report = accepted(upload("contractor", GPKG, UploadFiles.geopackage(dir, works, 3003), "filename=consegna.gpkg"));
    assertEquals("GeoPackage", report.get("file").get("format").asText());
    assertEquals("consegna.gpkg", report.get("file").get("name").asText());
    Map<String, String> values = idsAndValues();
    assertEquals(3, values.size());
    assertTrue(values.values().stream().anyMatch(v -> v.contains("\"Marciapiede\"") && v.contains("2024-02-29")), values.toString());
    HttpResponse<String> hits = http.get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:works"
        + "&RESULTTYPE=hits");
    assertTrue(hits.body().contains("numberMatched=\"3\""), hits.body());
  }

  @Test
  void a_zipped_shapefile_upload_is_accepted_and_drawn() throws IOException {
    List<UploadFiles.Work> works = List.of(
        work("POLYGON ((507000 5031000, 509000 5031000, 509000 5033000, 507000 5033000, 507000 5031000),"
            + " (507500 5031500, 507500 5032500, 508500 5032500, 508500 5031500, 507500 5031500))", "Anello", "done",
            77.25, "2024-05-31"));
    JsonNode report = accepted(upload("contractor", ZIP, UploadFiles.shapefile(works, TestShapefile.PRJ_32632), ""));
    assertEquals("zipped shapefile", report.get("file").get("format").asText());
    JsonNode f = items().get(0).get("properties");
    assertEquals("Anello", f.get("name").asText());
    assertEquals(77.25, f.get("cost").asDouble());
    assertEquals("2024-05-31", f.get("done_on").asText());
    BufferedImage img = map();
    assertEquals("ff0000", Integer.toHexString(img.getRGB(72, 30) & 0xffffff), "the ring is drawn");
    assertEquals("ffffff", Integer.toHexString(img.getRGB(80, 30) & 0xffffff), "the hole is a hole");
  }

  @Test
  void a_multipart_form_upload_is_accepted() {
    String boundary = "----smartland" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nfrom the form\r\n--"
        + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\\\lavori\\\\marzo.geojson\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(UploadFiles.geojson(two()));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    JsonNode report = accepted(upload("contractor", "multipart/form-data; boundary=" + boundary, body.toByteArray(), ""));
    assertEquals("from the form", report.get("note").asText());
    assertEquals("marzo.geojson", report.get("file").get("name").asText());
    assertEquals("GeoJSON", report.get("file").get("format").asText());
    assertEquals(2, items().size());
  }

  @Test
  void a_bad_file_reports_every_problem_by_feature_and_writes_nothing() {
    accepted(upload("contractor", GEOJSON, UploadFiles.geojson(two()), ""));
    JsonNode before = items();
    List<UploadFiles.Work> works = new ArrayList<>();
    works.add(work(square(501000, 5031000, 100), "ok", "done", 1.5, "2024-01-01"));
    works.add(work(square(502000, 5031000, 100), "bad cost", "done", "a lot", "2024-01-01"));
    works.add(work(square(503000, 5031000, 100), "no status", null, 3, null));
    works.add(work("POINT (504000 5031000)", "a point", "done", 4, null));
    works.add(work("POLYGON ((505000 5031000, 505100 5031100, 505100 5031000, 505000 5031100, 505000 5031000))",
        "bow tie", "done", 5, null));
    works.add(work(square(600000, 5031000, 100), "far away", "done", 6, null));
    Map<String, Object> extra = new LinkedHashMap<>(work(square(506000, 5031000, 100), "colourful", "done", 7, null)
        .properties());
    extra.put("colour", "red");
    works.add(new UploadFiles.Work(square(506000, 5031000, 100), "W-7", extra));
    works.add(work(square(507000, 5031000, 100), "bad date", "done", 8, "31/12/2024"));
    HttpResponse<String> r = upload("contractor", GEOJSON, UploadFiles.geojson(works), "filename=bad.geojson");
    assertEquals(422, r.statusCode(), r.body());
    JsonNode report = TestClient.json(r);
    assertEquals("rejected", report.get("status").asText());
    assertEquals("works", report.get("layer").asText());
    assertEquals("bad.geojson", report.get("file").get("name").asText());
    assertEquals(8, report.get("features").asInt());
    Map<String, String> problems = new LinkedHashMap<>();
    report.get("problems").forEach(p -> problems.put(p.get("feature").asInt() + ":" + p.get("field").asText(),
        p.get("message").asText()));
    assertEquals(Set.of("2:cost", "3:status", "4:geometry", "5:geometry", "6:geometry", "7:colour", "8:done_on"),
        problems.keySet(), problems.toString());
    assertTrue(problems.get("2:cost").contains("'a lot' is not a valid double"), problems.toString());
    assertEquals("is required", problems.get("3:status"));
    assertTrue(problems.get("4:geometry").contains("a Point does not fit"), problems.toString());
    assertTrue(problems.get("5:geometry").contains("is not valid"), problems.toString());
    assertTrue(problems.get("6:geometry").contains("outside the territory"), problems.toString());
    assertTrue(problems.get("7:colour").contains("not an attribute of layer 'works'"), problems.toString());
    assertTrue(problems.get("8:done_on").contains("not a valid date"), problems.toString());
    report.get("problems").forEach(p -> {
      if (p.get("feature").asInt() == 7) {
        assertEquals("W-7", p.get("sourceId").asText(), "the file's own id names the feature");
      }
    });
    assertEquals(7, report.get("problemCount").asInt());
    assertEquals("nothing was written to layer 'works': 7 problems in the file's 8 features",
        report.get("description").asText());
    assertEquals(before, items(), "nothing written: one bad feature keeps every good one out too");
    JsonNode kept = TestClient.json(http.get("/api/uploads/" + report.get("uploadId").asText(), server.as("contractor")));
    assertEquals(report.get("problems"), kept.get("problems"), "the report is kept");
    JsonNode list = TestClient.json(http.get("/api/uploads?layer=works", server.as("contractor")));
    assertTrue(list.get("uploads").findValuesAsText("uploadId").contains(report.get("uploadId").asText()));
    assertFalse(list.get("uploads").get(0).has("problems"), "the list gives summaries");
    List<AuditEntry> rejected = server.app().security().audit().find(new AuditLog.Query(Optional.of("contractor"),
        Optional.of("upload"), Optional.of("works"), Optional.of("rejected"), Optional.empty(), Optional.empty(), 10,
        Long.MAX_VALUE));
    assertTrue(rejected.stream().anyMatch(e -> e.detail().contains(report.get("uploadId").asText())));
  }

  @Test
  void bad_crs_and_columnar_problems_are_reported_once_for_the_file() {
    JsonNode before = items();
    HttpResponse<String> badCrs = upload("contractor", GEOJSON, UploadFiles.geojson(two(), "EPSG:nonsense", 32632), "");
    assertEquals(422, badCrs.statusCode(), badCrs.body());
    assertTrue(TestClient.json(badCrs).get("problems").get(0).get("message").asText().startsWith("CRS not recognised"),
        badCrs.body());
    HttpResponse<String> unknownPrj = upload("contractor", ZIP, UploadFiles.shapefile(
        List.of(work(square(501000, 5031000, 100), "a", "done", 1, null)),
        "PROJCS[\"Lambert_Conformal_Conic_Somewhere\",GEOGCS[\"GCS_Unknown\"]]"), "");
    assertEquals(422, unknownPrj.statusCode(), unknownPrj.body());
    JsonNode p = TestClient.json(unknownPrj).get("problems").get(0);
    assertEquals("crs", p.get("field").asText());
    assertTrue(p.get("message").asText().contains("Lambert_Conformal_Conic_Somewhere"), p.toString());
    accepted(upload("contractor", ZIP, UploadFiles.shapefile(List.of(work(square(501000, 5031000, 100), "a", "done",
        1, null)), "PROJCS[\"Lambert_Conformal_Conic_Somewhere\"]"), "crs=EPSG:32632"));
    before = items();
    byte[] noStatus = new TestShapefile(5).field("NAME", 'C', 10, 0).field("COLOUR", 'C', 10, 0)
        .add(square(501000, 5031000, 100), "a", "red").add(square(502000, 5031000, 100), "b", "blue")
        .zip("works", null);
    JsonNode report = TestClient.json(upload("contractor", ZIP, noStatus, ""));
    Map<String, String> problems = new LinkedHashMap<>();
    report.get("problems").forEach(x -> problems.put(x.get("feature").asInt() + ":" + x.get("field").asText(),
        x.get("message").asText()));
    assertEquals(Set.of("0:crs", "0:COLOUR", "0:status"), problems.keySet(), problems.toString());
    assertTrue(problems.get("0:crs").startsWith("no CRS"), problems.toString());
    assertEquals(before, items());
  }

  @Test
  void versions_record_uploads_edits_and_restores() throws Exception {
    JsonNode v1 = accepted(upload("contractor", GEOJSON, UploadFiles.geojson(two()), "note=first"));
    Map<String, String> atV1 = idsAndValues();
    List<UploadFiles.Work> three = List.of(
        work(square(501000, 5031000, 100), "uno", "done", 1, null),
        work(square(502000, 5031000, 100), "due", "done", 2, null),
        work(square(503000, 5031000, 100), "tre", "done", 3, null));
    JsonNode v2 = accepted(upload("admin", GPKG, UploadFiles.geopackage(dir, three, 32632), ""));
    assertEquals(v1.get("version").asInt() + 1, v2.get("version").asInt());
    assertEquals(3, idsAndValues().size());
    Principal contractor = new Principal("contractor", Set.of(Role.CONTRACTOR), Set.of("FIX-1"), "api-key");
    String anId = idsAndValues().keySet().iterator().next();
    server.app().edits().apply(contractor, "127.0.0.1", "works", List.of(
        new FeatureChange.Insert(Feature.of(new WKTReader().read(square(508000, 5034000, 50)),
            Map.of("name", "edited", "status", "done"))),
        new FeatureChange.Update(anId, Map.of("name", "renamed"), Optional.empty())), Map.of(), "ogcapi");
    Map<String, String> edited = idsAndValues();
    JsonNode listed = TestClient.json(http.get("/api/layers/works/versions", server.as("contractor")));
    assertTrue(listed.get("changedSinceLastVersion").asBoolean());
    int v1n = v1.get("version").asInt();
    HttpResponse<String> restore = http.post("/api/layers/works/versions/" + v1n + "/restore?note=back", "",
        server.as("contractor"));
    assertEquals(201, restore.statusCode(), restore.body());
    JsonNode restored = TestClient.json(restore);
    assertEquals("restore", restored.get("kind").asText());
    assertEquals(v1n, restored.get("restoredFrom").asInt());
    assertEquals(atV1, idsAndValues(), "the layer equals version " + v1n + ": ids and values");
    JsonNode versions = TestClient.json(http.get("/api/layers/works/versions", server.as("contractor"))).get("versions");
    JsonNode edits = versions.get(versions.size() - 2);
    assertEquals("edits", edits.get("kind").asText());
    assertEquals("edits since version " + v2.get("version").asInt(), edits.get("title").asText());
    assertEquals(4, edits.get("features").asInt());
    JsonNode upload1 = versions.get(v1n - 1);
    assertEquals("upload", upload1.get("kind").asText());
    assertEquals("upload of an unnamed GeoJSON", upload1.get("title").asText());
    assertEquals("first", upload1.get("note").asText());
    assertEquals("contractor", upload1.get("user").asText());
    assertEquals(v1.get("file").get("sha256").asText(), upload1.get("file").get("sha256").asText());
    assertEquals(64, upload1.get("file").get("sha256").asText().length());
    assertFalse(TestClient.json(http.get("/api/layers/works/versions", server.as("contractor")))
        .get("changedSinceLastVersion").asBoolean());
    HttpResponse<String> back = http.post("/api/layers/works/versions/" + edits.get("version").asInt() + "/restore", "",
        server.as("admin"));
    assertEquals(201, back.statusCode(), back.body());
    assertEquals(edited, idsAndValues(), "the edits were not lost");
    assertFalse(server.app().security().audit().find(new AuditLog.Query(Optional.of("admin"), Optional.of("restore"),
        Optional.of("works"), Optional.of("ok"), Optional.empty(), Optional.empty(), 10, Long.MAX_VALUE)).isEmpty());
  }

  @Test
  void the_uploaded_file_is_kept_under_a_name_the_server_chooses() throws Exception {
    byte[] file = UploadFiles.geojson(two());
    JsonNode report = accepted(upload("contractor", GEOJSON, file, "filename=..%2F..%2F..%2Fevil.geojson"));
    assertEquals("evil.geojson", report.get("file").get("name").asText());
    Path stored = dir.resolve("uploads/files/" + report.get("uploadId").asText() + ".geojson");
    assertTrue(Files.isRegularFile(stored));
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
    assertEquals(sha, report.get("file").get("sha256").asText());
    assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(stored))));
    try (Stream<Path> all = Files.walk(dir.getParent() == null ? dir : dir)) {
      assertTrue(all.noneMatch(p -> p.getFileName().toString().contains("evil")), "no file takes the client's name");
    }
    try (Stream<Path> tmp = Files.list(dir.resolve("uploads/tmp"))) {
      assertEquals(0, tmp.count(), "the temporary bodies are gone");
    }
  }

  @Test
  void hostile_and_wrong_uploads_are_refused_and_change_nothing() throws Exception {
    accepted(upload("contractor", GEOJSON, UploadFiles.geojson(two()), ""));
    JsonNode before = items();
    int versionsBefore = versionCount();
    assertRejected(upload("contractor", ZIP, ZipEntriesTest.bomb(200), ""), "zip bomb");
    TestShapefile shp = new TestShapefile(5).field("NAME", 'C', 10, 0).field("STATUS", 'C', 10, 0)
        .add(square(501000, 5031000, 100), "a", "done");
    Map<String, byte[]> climbing = new LinkedHashMap<>();
    climbing.put("../../evil.shp", shp.shp());
    climbing.put("../../evil.dbf", shp.dbf());
    climbing.put("../../evil.prj", TestShapefile.PRJ_32632.getBytes());
    assertRejected(upload("contractor", ZIP, TestShapefile.zip(climbing), ""), "leaves the archive");
    assertRejected(upload("contractor", ZIP, TestShapefile.zip(Map.of("/tmp/evil.shp", shp.shp())), ""),
        "leaves the archive");
    assertRejected(upload("contractor", ZIP, TestShapefile.zip(Map.of("inner.zip", shp.zip("w", null))), ""), "nested");
    assertRejected(upload("contractor", GPKG, "this is no database, only text".repeat(10).getBytes(), ""),
        "not an SQLite database");
    byte[] viewGpkg = new TestGeoPackage("base", "fid", "geom", 32632, "EPSG").column("name", "TEXT")
        .row(1, square(501000, 5031000, 100), "a")
        .sql("CREATE VIEW handover AS SELECT * FROM base")
        .sql("UPDATE gpkg_contents SET table_name = 'handover' WHERE table_name = 'base'")
        .sql("UPDATE gpkg_geometry_columns SET table_name = 'handover' WHERE table_name = 'base'")
        .bytes(dir);
    assertRejected(upload("contractor", GPKG, viewGpkg, ""), "is a view");
    assertRejected(upload("contractor", GEOJSON, "{\"type\":\"FeatureCollection\",\"features\":[".getBytes(), ""),
        "not valid JSON");
    assertRejected(upload("contractor", GEOJSON, ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
        + "\"properties\":" + "{\"a\":".repeat(500) + "1" + "}".repeat(500) + "}]}").getBytes(), ""), "nesting");
    assertRejected(upload("contractor", GEOJSON, ZipEntriesTest.bomb(1), ""), "send it as application/zip");
    HttpResponse<String> empty = upload("contractor", GEOJSON, new byte[0], "");
    assertEquals(400, empty.statusCode(), empty.body());
    assertTrue(empty.body().contains("empty"), empty.body());
    HttpResponse<String> wrongType = upload("contractor", "text/plain", "hello".getBytes(), "");
    assertEquals(415, wrongType.statusCode(), wrongType.body());
    assertEquals(415, upload("contractor", "image/png", new byte[] {1, 2, 3}, "").statusCode());
    assertEquals(400, upload("contractor", GEOJSON, UploadFiles.geojson(two()), "crs=nonsense").statusCode());
    assertEquals(400, http.request("POST", "/api/uploads", GEOJSON, UploadFiles.geojson(two()), server.as("contractor"))
        .statusCode());
    assertEquals(before, items(), "the layer is unchanged");
    assertEquals(versionsBefore, versionCount(), "no version was made");
    try (Stream<Path> all = Files.walk(dir)) {
      assertTrue(all.noneMatch(p -> p.getFileName().toString().startsWith("evil")), "no entry was extracted by name");
    }
  }

  @Test
  void a_geopackage_with_triggers_is_only_read() {
    byte[] gpkg = new TestGeoPackage("works", "fid", "geom", 32632, "EPSG").column("name", "TEXT").column("status", "TEXT")
        .row(1, square(501000, 5031000, 100), "a", "done")
        .sql("CREATE TABLE log (x TEXT)")
        .sql("CREATE TRIGGER sneaky AFTER INSERT ON works BEGIN INSERT INTO log VALUES ('x'); END")
        .bytes(dir);
    JsonNode report = accepted(upload("contractor", GPKG, gpkg, ""));
    assertEquals(1, report.get("written").asInt());
  }

  @Test
  void versions_and_restores_survive_a_restart() throws IOException {
    Path own = Files.createDirectories(dir.resolve("restart"));
    EditingTerritory.Server first = EditingTerritory.start(own);
    Map<String, String> keys = first.keys();
    Map<String, String> atV1;
    Map<String, String> atV2;
    try {
      TestClient c = first.client();
      accepted(c.request("POST", "/api/uploads?layer=works", GEOJSON, UploadFiles.geojson(two()), first.as("contractor")));
      atV1 = idsAndValues(c);
      accepted(c.request("POST", "/api/uploads?layer=works", ZIP, UploadFiles.shapefile(List.of(
          work(square(504000, 5034000, 100), "dopo", "done", 2, "2024-06-30")), TestShapefile.PRJ_32632),
          first.as("admin")));
      atV2 = idsAndValues(c);
    } finally {
      first.app().stop();
    }
    EditingTerritory.Server second = reopen(own, keys);
    try {
      TestClient c = second.client();
      assertEquals(atV2, idsAndValues(c), "the layer as it was");
      JsonNode listed = TestClient.json(c.get("/api/layers/works/versions", second.as("contractor")));
      assertEquals(2, listed.get("versions").size(), listed.toString());
      assertFalse(listed.get("changedSinceLastVersion").asBoolean());
      assertEquals(201, c.post("/api/layers/works/versions/1/restore", "", second.as("contractor")).statusCode());
      assertEquals(atV1, idsAndValues(c), "version 1 restored after the restart");
    } finally {
      second.app().stop();
    }
    EditingTerritory.Server third = reopen(own, keys);
    try {
      TestClient c = third.client();
      assertEquals(atV1, idsAndValues(c));
      JsonNode versions = TestClient.json(c.get("/api/layers/works/versions", third.as("admin"))).get("versions");
      assertEquals("restore of 1", versions.get(2).get("title").asText());
      assertEquals(201, c.post("/api/layers/works/versions/2/restore", "", third.as("admin")).statusCode());
      assertEquals(atV2, idsAndValues(c));
      assertEquals(2, TestClient.json(c.get("/api/uploads?layer=works", third.as("admin"))).get("uploads").size(),
          "both reports kept");
    } finally {
      third.app().stop();
    }
  }

  /** The server again over the files a stopped one left in {@code own}. */
  static EditingTerritory.Server reopen(Path own, Map<String, String> keys) {
    GeoPackageDatabase db = GeoPackageDatabase.open(own.resolve("editing.gpkg"), FixtureTerritory.CRS);
    Security security = Security.open(own.resolve("security.db"), LayerAccess.read(EditingTerritory.FILE),
        SecuritySettings.defaults());
    App app = new App(new TerritoryLayers(EditingTerritory.catalog(), db, FixtureTerritory.CRS), EditingTerritory.styles(),
        null, null, security, own.resolve("uploads")).start(0);
    return new EditingTerritory.Server(app, keys);
  }

  @Test
  void a_body_over_the_upload_limit_is_413_whether_declared_or_streamed() throws Exception {
    Path own = Files.createDirectories(dir.resolve("small"));
    EditingTerritory.Server small = EditingTerritory.start(own, new SecuritySettings(List.of("*"), 3000, 10L << 20,
        64 * 1024, Duration.ofHours(8)));
    try {
      List<UploadFiles.Work> many = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        many.add(work(square(501000 + 10 * i, 5031000, 5), "a rather long name for work number " + i, "done", i, null));
      }
      byte[] big = UploadFiles.geojson(many);
      assertTrue(big.length > 64 * 1024, "the file is over the limit: " + big.length);
      TestClient c = small.client();
      HttpResponse<String> declared = c.request("POST", "/api/uploads?layer=works", GEOJSON, big, small.as("contractor"));
      assertEquals(413, declared.statusCode(), declared.body());
      HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + small.port()
          + "/api/uploads?layer=works")).header("Content-Type", GEOJSON).header("Authorization", small.as("contractor")[1])
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
      HttpResponse<String> streamed = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
      assertEquals(413, streamed.statusCode(), streamed.body());
      assertTrue(streamed.body().contains("more than 65536 bytes"), streamed.body());
      assertEquals(0, items(c).size(), "nothing written");
      try (Stream<Path> tmp = Files.list(own.resolve("uploads/tmp"))) {
        assertEquals(0, tmp.count(), "the partial body is deleted");
      }
    } finally {
      small.app().stop();
    }
  }

  static void assertRejected(HttpResponse<String> r, String why) {
    assertEquals(422, r.statusCode(), r.body());
    JsonNode report = TestClient.json(r);
    assertEquals("rejected", report.get("status").asText());
    assertTrue(report.get("problems").get(0).get("message").asText().contains(why), r.body());
  }

  static int versionCount() {
    return TestClient.json(http.get("/api/layers/works/versions", server.as("admin"))).get("versions").size();
  }

  static int lastVersion() {
    JsonNode v = TestClient.json(http.get("/api/layers/works/versions", server.as("admin"))).get("versions");
    return v.get(v.size() - 1).get("version").asInt();
  }
}
