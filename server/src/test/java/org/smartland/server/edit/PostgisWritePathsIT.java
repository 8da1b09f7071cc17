package org.smartland.server.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.layers.store.postgis.PostgisDatabase;
import org.smartland.layers.store.postgis.TestPostgis;
import org.smartland.server.EditingTerritory;
import org.smartland.server.FixtureTerritory;
import org.smartland.server.TestClient;
import org.smartland.server.security.SecuritySettings;

/**
 * The three write paths — OGC API Part 4, WFS-T and uploads with restore — on a real PostGIS store: the same rules,
 * the same all-or-nothing writes and version restores as on the GeoPackage, ids kept and new ids not colliding.
 */
class PostgisWritePathsIT {
  private static final String UTM = "<http://www.opengis.net/def/crs/EPSG/0/32632>";
  @TempDir
  static Path dir;
  static PostgisDatabase db;
  static EditingTerritory.Server server;
  static TestClient http;

  @BeforeAll
  static void start() {
    db = TestPostgis.newDatabase("editing", FixtureTerritory.CRS);
    server = EditingTerritory.start(dir, SecuritySettings.defaults(), db);
    http = server.client();
  }

  @AfterAll
  static void stop() {
    server.app().stop();
    TestPostgis.drop(db);
  }

  private static String square(double x, double y) {
    return "{\"type\":\"Polygon\",\"coordinates\":[[[" + x + "," + y + "],[" + (x + 100) + "," + y + "],[" + (x + 100)
        + "," + (y + 100) + "],[" + x + "," + (y + 100) + "],[" + x + "," + y + "]]]}";
  }

  private static String feature(String name, double x, double y) {
    return "{\"type\":\"Feature\",\"properties\":{\"name\":\"" + name + "\",\"status\":\"planned\"},\"geometry\":"
        + square(x, y) + "}";
  }

  private static HttpResponse<String> send(String method, String path, String type, String body, String... headers) {
    List<String> h = new ArrayList<>(List.of(server.as("contractor")));
    h.addAll(List.of(headers));
    return http.request(method, path, type, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        h.toArray(String[]::new));
  }

  private static List<String> names() {
    List<String> out = new ArrayList<>();
    for (JsonNode f : TestClient.json(http.get("/ogc/collections/works/items?f=json&limit=1000")).get("features")) {
      out.add(f.get("id").asText() + ":" + f.get("properties").get("name").asText());
    }
    return out;
  }

  @Test
  void every_write_path_works_on_postgis() {
    HttpResponse<String> created = send("POST", "/ogc/collections/works/items", "application/geo+json",
        feature("Via Roma", 501000, 5031000), "Content-Crs", UTM);
    assertEquals(201, created.statusCode(), created.body());
    String item = java.net.URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
    String etag = http.get(item + "?f=json").headers().firstValue("ETag").orElseThrow();
    assertEquals(204, send("PUT", item, "application/geo+json", feature("Via Roma, lotto 1", 501000, 5031000),
        "Content-Crs", UTM, "If-Match", etag).statusCode());
    HttpResponse<String> stale = send("PUT", item, "application/geo+json", feature("Via Roma, stale", 501000, 5031000),
        "Content-Crs", UTM, "If-Match", etag);
    assertEquals(412, stale.statusCode(), "the second writer with the old tag: " + stale.body());

    String collection = "{\"type\":\"FeatureCollection\",\"features\":[" + feature("A", 502000, 5031000) + ","
        + feature("B", 502000, 5031000).replace("\"planned\"", "null") + "," + feature("C", 502200, 5031000) + "]}";
    List<String> before = names();
    HttpResponse<String> bad = send("POST", "/ogc/collections/works/items", "application/geo+json", collection,
        "Content-Crs", UTM);
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("feature 2"), bad.body());
    assertEquals(before, names(), "a bad feature in the middle writes nothing");

    String tx = "<wfs:Transaction service=\"WFS\" version=\"2.0.0\" xmlns:wfs=\"http://www.opengis.net/wfs/2.0\""
        + " xmlns:gml=\"http://www.opengis.net/gml/3.2\" xmlns:slt=\"https://smartland-twin.org/ns/editing\">"
        + "<wfs:Insert><slt:works><slt:name>Piazza</slt:name><slt:status>completed</slt:status><slt:geom>"
        + "<gml:Polygon srsName=\"urn:ogc:def:crs:EPSG::32632\"><gml:exterior><gml:LinearRing><gml:posList>"
        + "503000 5031000 503100 5031000 503100 5031100 503000 5031100 503000 5031000</gml:posList></gml:LinearRing>"
        + "</gml:exterior></gml:Polygon></slt:geom></slt:works></wfs:Insert></wfs:Transaction>";
    HttpResponse<String> wfs = send("POST", "/wfs", "application/xml", tx);
    assertEquals(200, wfs.statusCode(), wfs.body());
    assertTrue(wfs.body().contains("<wfs:totalInserted>1</wfs:totalInserted>"), wfs.body());
    List<String> beforeUpload = names();
    assertEquals(2, beforeUpload.size(), beforeUpload.toString());

    String upload = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
        + "\"urn:ogc:def:crs:EPSG::32632\"}},\"features\":[" + feature("Lotto 2", 504000, 5031000) + "]}";
    HttpResponse<String> up = send("POST", "/api/uploads?layer=works&filename=lotto2.geojson", "application/geo+json",
        upload);
    assertEquals(201, up.statusCode(), up.body());
    assertEquals(List.of("Lotto 2"), names().stream().map(n -> n.substring(n.indexOf(':') + 1)).toList());

    JsonNode versions = TestClient.json(http.get("/api/layers/works/versions", server.as("contractor")));
    int first = versions.get("versions").get(0).get("version").asInt();
    for (JsonNode v : versions.get("versions")) {
      first = Math.min(first, v.get("version").asInt());
    }
    HttpResponse<String> restored = send("POST", "/api/layers/works/versions/" + first + "/restore", null, null);
    assertEquals(201, restored.statusCode(), restored.body());
    assertEquals(beforeUpload, names(), "the content before the upload is back, with its ids");

    HttpResponse<String> after = send("POST", "/ogc/collections/works/items", "application/geo+json",
        feature("Dopo", 505000, 5031000), "Content-Crs", UTM);
    assertEquals(201, after.statusCode(), "new ids do not collide with the restored ones: " + after.body());
    assertEquals(3, names().size());
  }
}
