package org.smartland.server.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.server.EditingTerritory;
import org.smartland.server.TestClient;

/**
 * The acceptance test of WFS-T: a contractor edits the {@code works} layer in QGIS 3.22 (headless, as installed from
 * Debian) with an API key stored as a Basic auth config. The feature QGIS commits is then served by WFS GetFeature and
 * drawn by WMS GetMap; the same edit with the key of a contractor of another project fails to commit. Skipped only
 * where QGIS is not installed at all.
 */
class QgisEditingIT {
  /** A square of 1 km in EPSG:32632, the layer's default CRS, inside the editing territory. */
  static final String SQUARE = "POLYGON ((502000 5032000, 503000 5032000, 503000 5033000, 502000 5033000, 502000 5032000))";
  /** About 800 x 650 m in WGS 84 lon/lat, x 504.1–504.9 km and y 5033.2–5033.8 km in EPSG:32632. */
  static final String LONLAT_SQUARE = "POLYGON ((9.052 45.452, 9.062 45.452, 9.062 45.458, 9.052 45.458, 9.052 45.452))";
  /** A square of 1 km further west, edited over WFS 1.1.0. */
  static final String WEST_SQUARE = "POLYGON ((500500 5031000, 501500 5031000, 501500 5032000, 500500 5032000, 500500 5031000))";
  /** A square of 1 km further east, for the refused edit. */
  static final String EAST_SQUARE = "POLYGON ((507000 5032000, 508000 5032000, 508000 5033000, 507000 5033000, 507000 5032000))";

  @TempDir
  static Path dir;
  static EditingTerritory.Server server;
  static TestClient http;
  static String ows;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(qgisInstalled(), "QGIS (python3-qgis) is not installed on this machine");
    server = EditingTerritory.start(dir);
    http = server.client();
    ows = "http://127.0.0.1:" + server.port() + "/ows";
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.app().stop();
    }
  }

  @Test
  void a_contractor_adds_a_polygon_in_qgis_and_wfs_and_wms_serve_it() throws Exception {
    JsonNode r = qgis(server.key("contractor"), "Cycle lane QGIS", SQUARE, "2.0.0", "");
    assertTrue(r.path("valid").asBoolean(), r.toString());
    assertTrue(r.path("can_add").asBoolean(), "QGIS sees the layer as editable: " + r);
    assertEquals("EPSG:32632", r.path("crs").asText(), r.toString());
    assertTrue(r.path("added").asBoolean(), r.toString());
    assertTrue(r.path("committed").asBoolean(), "QGIS committed the new feature: " + r);
    assertEquals(1, r.path("found_after_commit").asInt(), "QGIS reads back what it wrote: " + r);
    assertTrue(r.path("update_committed").asBoolean(), "QGIS committed an attribute change: " + r);

    String gml = getFeature("Cycle lane QGIS");
    assertTrue(gml.contains("numberMatched=\"1\""), gml);
    assertTrue(gml.contains("<slt:status>done</slt:status>"), "the update QGIS sent: " + gml);
    assertTrue(gml.contains("<slt:cost>1234.5</slt:cost>"), gml);
    assertTrue(gml.contains("502000 5032000"), "the polygon where QGIS drew it: " + gml);

    BufferedImage map = map();
    assertEquals(0xff0000, map.getRGB(50, 50) & 0xffffff, "WMS draws the new work red at once");
    assertEquals(0xffffff, map.getRGB(150, 50) & 0xffffff, "and nothing further east");
  }

  @Test
  void a_contractor_of_another_project_cannot_commit() throws Exception {
    JsonNode r = qgis(server.key("other"), "Not my project", EAST_SQUARE, "2.0.0", "");
    assertTrue(r.path("valid").asBoolean(), r.toString());
    assertTrue(r.path("added").asBoolean(), "QGIS adds the feature to its edit buffer: " + r);
    assertFalse(r.path("committed").asBoolean(), "but the server refuses the commit: " + r);
    assertTrue(r.path("commit_errors").toString().contains("not added"), r.toString());
    assertTrue(getFeature("Not my project").contains("numberMatched=\"0\""));
    assertEquals(0xffffff, map().getRGB(150, 50) & 0xffffff, "nothing drawn");
  }

  /**
   * A layer loaded in WGS 84: QGIS 3.22 then sends GML 2 lon/lat coordinates under a lat/lon URN srsName, which the
   * server must read as x/y (a swapped polygon would lie near the equator and be refused).
   */
  @Test
  void a_polygon_drawn_in_wgs84_lands_where_it_was_drawn() throws Exception {
    JsonNode r = qgis(server.key("contractor"), "Cycle lane WGS 84", LONLAT_SQUARE, "2.0.0", "EPSG:4326");
    assertEquals("EPSG:4326", r.path("crs").asText(), r.toString());
    assertTrue(r.path("committed").asBoolean(), r.toString());
    String gml = getFeature("Cycle lane WGS 84");
    assertTrue(gml.contains("numberMatched=\"1\""), gml);
    assertEquals(0xff0000, map().getRGB(89, 30) & 0xffffff, "drawn at x 504.5 km, y 5033.5 km");
  }

  /** QGIS asked for WFS 1.1.0 reads each type's Operations and sends 1.1.0 Transactions with GML 3. */
  @Test
  void qgis_edits_over_wfs_1_1_0_too() throws Exception {
    JsonNode r = qgis(server.key("contractor"), "Cycle lane 1.1", WEST_SQUARE, "1.1.0", "");
    assertTrue(r.path("can_add").asBoolean(), "QGIS sees the layer as editable in 1.1.0: " + r);
    assertTrue(r.path("committed").asBoolean(), r.toString());
    assertTrue(r.path("update_committed").asBoolean(), r.toString());
    String gml = getFeature("Cycle lane 1.1");
    assertTrue(gml.contains("<slt:status>done</slt:status>"), gml);
    assertEquals(0xff0000, map().getRGB(20, 70) & 0xffffff, "drawn at x 501 km, y 5031.5 km");
  }

  private static JsonNode qgis(String key, String name, String wkt, String version, String srsName) throws Exception {
    List<String> command = new ArrayList<>(List.of("env", "QT_QPA_PLATFORM=offscreen", "/usr/bin/python3",
        "src/test/clients/qgis_wfst_check.py", ows, key, "slt:works", name, wkt, version, srsName));
    ClientRun run = ClientRun.of(command);
    assertEquals(0, run.exit(), run.output());
    String line = run.output().lines().filter(l -> l.startsWith("RESULT ")).reduce((a, b) -> b).orElse(null);
    assertTrue(line != null, "the script printed its result: " + run.output());
    return TestClient.json(line.substring("RESULT ".length()));
  }

  private static String getFeature(String name) {
    String filter = "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\"><fes:PropertyIsEqualTo>"
        + "<fes:ValueReference>name</fes:ValueReference><fes:Literal>" + name + "</fes:Literal></fes:PropertyIsEqualTo>"
        + "</fes:Filter>";
    HttpResponse<String> r = http.get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:works&FILTER="
        + URLEncoder.encode(filter, StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  /** The works layer over the territory, 50 m a pixel: x 500–510 km, y 5030–5035 km. */
  private static BufferedImage map() throws Exception {
    HttpResponse<byte[]> r = http.getBytes("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=works&STYLES="
        + "&CRS=EPSG:32632&BBOX=500000,5030000,510000,5035000&WIDTH=200&HEIGHT=100&FORMAT=image/png");
    assertEquals(200, r.statusCode());
    return ImageIO.read(new ByteArrayInputStream(r.body()));
  }

  private static boolean qgisInstalled() throws Exception {
    if (!java.nio.file.Files.isExecutable(Path.of("/usr/bin/python3"))) {
      return false;
    }
    return ClientRun.of(List.of("env", "QT_QPA_PLATFORM=offscreen", "/usr/bin/python3", "-c", "import qgis.core"))
        .exit() == 0;
  }
}
