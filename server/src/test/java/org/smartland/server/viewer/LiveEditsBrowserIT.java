package org.smartland.server.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.server.App;
import org.smartland.server.TestClient;

/**
 * Edits made elsewhere while the viewer is open appear on its map without reloading the page, within a look at
 * the catalog (every few seconds): a proposal approved through the API is drawn in the proposals layer, and a
 * contractor's write to its project's works layer (through the write path WFS-T and OGC API - Features use) is drawn
 * and counted in the layer tree.
 */
class LiveEditsBrowserIT {
  private static ViewerBrowser browser;

  @BeforeAll
  static void start() {
    browser = new ViewerBrowser(1280, 800);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  /** Opens the viewer on a Comune with one layer on, and marks the page to tell a reload. */
  private static void openOn(double[] at, String layer) {
    browser.open(String.format(Locale.ROOT, "/#lang=en&t=layers&l=%s&c=%.6f,%.6f&z=16", layer, at[0], at[1]));
    browser.waitForMap();
    browser.js("window.smartlandNotReloaded = true;");
  }

  private static long revision(String layer) {
    return ((Number) browser.js("return window.smartland.catalog.layers.find(l => l.id === arguments[0]).revision;",
        layer)).longValue();
  }

  @Test
  void an_approval_made_elsewhere_appears_on_the_open_map_without_reloading() {
    double[] at = ViewerBrowser.pointInside("Gaggiano");
    openOn(at, "proposals");
    BufferedImage before = browser.settledMap("live-proposal-before.png");
    long revisionBefore = revision("proposals");

    HttpResponse<String> made = ViewerBrowser.client("citizen").post("/api/proposals", String.format(Locale.ROOT,
        "{\"kind\": \"need\", \"corridor\": \"acqua\", \"title\": \"Flooded underpass %d\", \"description\": \"The"
        + " underpass floods after every storm.\", \"submitterType\": \"citizen\", \"geometry\": {\"type\": \"Point\","
        + " \"coordinates\": [%.6f, %.6f]}}", System.nanoTime(), at[0], at[1]));
    assertEquals(201, made.statusCode(), made.body());
    long id = TestClient.json(made).get("id").asLong();
    HttpResponse<String> approved = ViewerBrowser.client("moderator").post("/api/proposals/" + id + "/moderation",
        "{\"decision\": \"approve\"}");
    assertEquals(200, approved.statusCode(), approved.body());

    int[] px = browser.pixelOf(at[0], at[1]);
    browser.waitUntil(d -> ViewerBrowser.changedPixels(before, browser.screenshot(browser.find("#map"),
        "live-proposal-after.png"), px[0], px[1], 12) > 15, "the approved proposal drawn where it was proposed");
    assertTrue(revision("proposals") > revisionBefore, "the viewer saw the layer's revision grow");
    assertEquals(Boolean.TRUE, browser.js("return window.smartlandNotReloaded === true;"), "without reloading");
    browser.assertNoErrors();
  }

  @Test
  void a_contractors_edit_in_qgis_appears_on_the_open_map_and_in_the_layer_tree_without_reloading() throws Exception {
    double[] at = ViewerBrowser.pointInside("Binasco");
    openOn(at, "works_som_p036");
    BufferedImage before = browser.settledMap("live-works-before.png");
    String countBefore = browser.find("#panel-layers [data-layer='works_som_p036'] .count").getText();
    JsonNode listed = TestClient.json(new TestClient(ViewerBrowser.server().port()).get("/api/layers/works_som_p036"));
    long features = listed.get("featureCount").asLong();

    // a section of the cycle link across the view, east to west, added in QGIS 3.22 over WFS-T by the contractor of
    // SOM-P036 with its API key (a Basic authentication whose password is the key): the acceptance test
    App app = ViewerBrowser.server();
    GeometryFactory gf = new GeometryFactory();
    LineString wgs84 = gf.createLineString(new Coordinate[] {new Coordinate(at[0] - 0.004, at[1] - 0.0005),
        new Coordinate(at[0] + 0.004, at[1] + 0.0005)});
    Geometry utm = new CrsTransforms().transform(wgs84, 4326, 32632);
    ProcessBuilder qgis = new ProcessBuilder("/usr/bin/python3", "src/test/clients/qgis_wfst_check.py",
        "http://127.0.0.1:" + app.port() + "/ows", ViewerBrowser.keyOf("contractor"), "slt:works_som_p036",
        "Binasco centre", utm.toText()).redirectErrorStream(true);
    qgis.environment().put("QT_QPA_PLATFORM", "offscreen");
    qgis.environment().put("NAME_FIELD", "section");
    qgis.environment().put("WFST_ATTRIBUTES", "{\"status\": \"in_progress\", \"surface\": \"asphalt\"}");
    Process run = qgis.start();
    String output = new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, run.waitFor(), output);
    JsonNode result = TestClient.json(output.lines().filter(l -> l.startsWith("RESULT ")).reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no result from QGIS: " + output)).substring("RESULT ".length()));
    assertEquals(true, result.path("committed").asBoolean(), "QGIS committed the new section: " + result);
    assertEquals(true, result.path("update_committed").asBoolean(), "and then its status: " + result);

    int[] px = browser.pixelOf(at[0], at[1]);
    browser.waitUntil(d -> ViewerBrowser.changedPixels(before, browser.screenshot(browser.find("#map"),
        "live-works-after.png"), px[0], px[1], 40) > 40, "the new section drawn on the map");
    String expected = String.format(Locale.ENGLISH, "%,d", features + 1);
    browser.waitUntil(d -> expected.equals(browser.find("#panel-layers [data-layer='works_som_p036'] .count")
        .getText()), "the layer tree counts it (" + countBefore + " before)");
    assertEquals(Boolean.TRUE, browser.js("return window.smartlandNotReloaded === true;"), "without reloading");
    browser.assertNoErrors();
  }
}
