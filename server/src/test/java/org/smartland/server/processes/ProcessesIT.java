package org.smartland.server.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.server.App;
import org.smartland.server.RealTerritory;
import org.smartland.server.TestClient;

/**
 * The scenarios of the real Sud Ovest Milano territory through OGC API - Processes, as a client meets them: the
 * processes and their descriptions, an asynchronous flood whose progress grows and whose result layers are then
 * served by WMS, WFS, OGC API and tiles; synchronous retrofits that give the same figures twice; the comparison of
 * two runs; bad requests answered with the right status naming the problem; and dismissal removing the layers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcessesIT {
  @TempDir
  static Path dir;
  static App app;
  static TestClient client;
  static long flood;

  @BeforeAll
  static void start() {
    app = RealTerritory.serve(dir, "manual");
    client = RealTerritory.analystClient(app);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.stop();
    }
  }

  static JsonNode json(HttpResponse<String> r) {
    return TestClient.json(r);
  }

  @Test
  @Order(1)
  void the_landing_page_conformance_and_openapi_announce_the_processes() {
    JsonNode landing = json(client.get("/ogc"));
    List<String> rels = new ArrayList<>();
    landing.get("links").forEach(l -> rels.add(l.get("rel").asText()));
    assertTrue(rels.contains("http://www.opengis.net/def/rel/ogc/1.0/processes"), rels.toString());
    assertTrue(rels.contains("http://www.opengis.net/def/rel/ogc/1.0/job-list"), rels.toString());
    String conformance = client.get("/ogc/conformance").body();
    assertTrue(conformance.contains("http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/core"));
    assertTrue(conformance.contains("http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/dismiss"));
    JsonNode api = json(client.get("/ogc/api"));
    assertTrue(api.at("/paths/~1processes~1{processId}~1execution/post/requestBody").isObject());
    assertTrue(api.at("/paths/~1jobs~1{jobId}/delete").isObject());
    assertTrue(api.at("/paths/~1jobs~1{jobId}/get").isObject());
  }

  @Test
  @Order(2)
  void the_three_processes_are_described_with_typed_inputs_and_outputs() {
    JsonNode list = json(client.get("/ogc/processes"));
    List<String> ids = new ArrayList<>();
    list.get("processes").forEach(p -> ids.add(p.get("id").asText()));
    assertEquals(List.of("flood", "retrofit", "accessibility"), ids);
    JsonNode flood = json(client.get("/ogc/processes/flood"));
    assertEquals(List.of("P3", "P2", "P1"), List.of(flood.at("/inputs/hazard_scenario/schema/enum/0").asText(),
        flood.at("/inputs/hazard_scenario/schema/enum/1").asText(), flood.at("/inputs/hazard_scenario/schema/enum/2")
            .asText()));
    assertEquals("object", flood.at("/outputs/summary/schema/type").asText());
    assertTrue(json(client.get("/ogc/processes/accessibility")).at("/inputs/add_stops/schema/format").asText()
        .contains("geojson"));
    assertTrue(json(client.get("/ogc/processes/retrofit")).at("/inputs/target_class/schema/enum").size() >= 8);
  }

  @Test
  @Order(3)
  void an_async_flood_reports_growing_progress_and_ends_with_results() throws InterruptedException {
    HttpResponse<String> r = client.post("/ogc/processes/flood/execution", "{\"inputs\": {\"hazard_scenario\": \"P2\"}}",
        "Prefer", "respond-async");
    assertEquals(201, r.statusCode(), r.body());
    assertEquals("respond-async", r.headers().firstValue("Preference-Applied").orElse(""));
    String location = r.headers().firstValue("Location").orElseThrow();
    flood = Long.parseLong(json(r).get("jobID").asText());
    assertTrue(location.endsWith("/ogc/jobs/" + flood), location);
    List<Integer> seen = new ArrayList<>();
    JsonNode status = null;
    for (int i = 0; i < 2400; i++) {
      status = json(client.get("/ogc/jobs/" + flood));
      int p = status.get("progress").asInt();
      assertTrue(seen.isEmpty() || p >= seen.get(seen.size() - 1), "progress never goes back: " + seen + " then " + p);
      if (seen.isEmpty() || p != seen.get(seen.size() - 1)) {
        seen.add(p);
      }
      if (!List.of("accepted", "running").contains(status.get("status").asText())) {
        break;
      }
      Thread.sleep(100);
    }
    assertEquals("successful", status.get("status").asText(), status.toString());
    assertTrue(seen.stream().filter(p -> p > 0 && p < 100).distinct().count() >= 3, "progress grows: " + seen);
    assertTrue(status.get("data_read").has("flood_hazard"));
    assertTrue(status.at("/seconds/total").asDouble() > 0);
    assertEquals(5, status.get("layers").size());
    JsonNode results = json(client.get("/ogc/jobs/" + flood + "/results"));
    JsonNode summary = results.get("summary");
    assertEquals("P2", summary.get("hazard_scenario").asText());
    assertTrue(summary.get("residents_hit").asDouble() > 0);
    assertTrue(summary.get("residents_hit").asDouble() <= summary.get("residents").asDouble());
    assertTrue(summary.get("road_segments_cut").asInt() > 0);
    assertEquals(17, results.get("by_comune").size());
    assertTrue(results.get("indicator_deltas").size() >= 5);
    results.get("indicator_deltas").forEach(d -> assertTrue(d.at("/territory/delta").asDouble() <= 1e-9,
        d.get("id") + ": a flood brings no one closer"));
  }

  @Test
  @Order(4)
  void the_flood_layers_are_served_by_wms_wfs_ogc_api_and_tiles() throws IOException {
    String prefix = "scenario_" + flood + "_";
    String caps = client.get("/wms?SERVICE=WMS&REQUEST=GetCapabilities").body();
    for (String name : List.of("flooded_area", "buildings_hit", "services_hit", "roads_cut", "access_change")) {
      assertTrue(caps.contains("<Name>" + prefix + name + "</Name>"), name);
    }
    HttpResponse<byte[]> map = client.getBytes("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=" + prefix
        + "flooded_area," + prefix + "roads_cut&STYLES=&CRS=EPSG:4326&BBOX=45.30,8.95,45.47,9.20&WIDTH=400"
        + "&HEIGHT=300&FORMAT=image/png&TRANSPARENT=TRUE");
    assertEquals(200, map.statusCode());
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(map.body()));
    int drawn = 0;
    for (int x = 0; x < img.getWidth(); x += 2) {
      for (int y = 0; y < img.getHeight(); y += 2) {
        drawn += (img.getRGB(x, y) >>> 24) > 0 ? 1 : 0;
      }
    }
    assertTrue(drawn > 100, "the flooded area and the cut roads are drawn: " + drawn + " pixels");
    JsonNode collection = json(client.get("/ogc/collections/" + prefix + "roads_cut?f=json"));
    assertTrue(collection.get("description").asText().contains("Scenario run " + flood), collection.toString());
    JsonNode items = json(client.get("/ogc/collections/" + prefix + "services_hit/items?limit=5"));
    assertTrue(items.get("numberMatched").asInt() > 0);
    String wfs = client.get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:" + prefix
        + "buildings_hit&RESULTTYPE=hits").body();
    assertTrue(wfs.contains("numberMatched=\"") && !wfs.contains("numberMatched=\"0\""), wfs);
    HttpResponse<byte[]> tile = client.getBytes("/ogc/collections/" + prefix
        + "roads_cut/tiles/WebMercatorQuad/10/366/538");
    assertEquals(200, tile.statusCode(), "a vector tile over Rozzano and Basiglio, where the Lambro floods");
    assertTrue(tile.body().length > 100);
    assertEquals(200, client.getBytes("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&LAYER=" + prefix
        + "services_hit&FORMAT=image/png").statusCode());
  }

  @Test
  @Order(5)
  void a_sync_retrofit_gives_the_same_figures_twice_and_two_runs_compare() {
    String body = "{\"inputs\": {\"energy_classes\": [\"F\", \"G\"], \"target_class\": \"B\", \"pv\": \"rooftop\"}}";
    HttpResponse<String> a = client.post("/ogc/processes/retrofit/execution", body);
    HttpResponse<String> b = client.post("/ogc/processes/retrofit/execution", body);
    assertEquals(200, a.statusCode(), a.body());
    assertEquals(200, b.statusCode(), b.body());
    ObjectNode ra = (ObjectNode) json(a);
    ObjectNode rb = (ObjectNode) json(b);
    assertTrue(ra.at("/summary/buildings").asInt() > 0);
    assertTrue(ra.at("/summary/kwh_saved").asDouble() > 0);
    assertTrue(ra.at("/summary/payback_years").asDouble() > 0);
    ra.remove("layers");
    rb.remove("layers");
    assertEquals(ra, rb, "the same inputs give the same results");
    long ida = jobOf(a);
    long idb = jobOf(b);
    JsonNode cmp = json(client.get("/api/scenarios/compare?a=" + ida + "&b=" + idb));
    assertTrue(cmp.get("same_data").asBoolean());
    assertEquals(0, cmp.at("/summary/kwh_saved/delta").asDouble(), 1e-9);
    assertTrue(cmp.get("indicators").size() >= 3);
    HttpResponse<String> mixed = client.get("/api/scenarios/compare?a=" + ida + "&b=" + flood);
    assertEquals(400, mixed.statusCode());
    assertTrue(mixed.body().contains("same process"), mixed.body());
  }

  static long jobOf(HttpResponse<String> r) {
    String link = r.headers().firstValue("Link").orElseThrow();
    return Long.parseLong(link.replaceAll(".*/jobs/(\\d+)>.*", "$1"));
  }

  @Test
  @Order(6)
  void bad_requests_get_the_right_status_and_name_the_problem() {
    HttpResponse<String> r = client.post("/ogc/processes/flood/execution", "{\"inputs\": {\"hazard_scenario\": \"P9\"}}");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("hazard_scenario"), r.body());
    r = client.post("/ogc/processes/accessibility/execution", "{\"inputs\": {\"add_stops\": {\"type\": \"Point\","
        + " \"coordinates\": [12.5, 41.9]}}}");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("add_stops") && r.body().contains("outside the territory"), r.body());
    r = client.post("/ogc/processes/retrofit/execution", "{\"inputs\": ");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("not JSON"), r.body());
    r = client.post("/ogc/processes/retrofit/execution", "{\"inputs\": {\"target_class\": \"B\", \"colour\": 1}}");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("colour"), r.body());
    r = client.post("/ogc/processes/tsunami/execution", "{\"inputs\": {}}");
    assertEquals(404, r.statusCode());
    assertTrue(json(r).get("type").asText().endsWith("no-such-process"));
    r = client.get("/ogc/jobs/99999");
    assertEquals(404, r.statusCode());
    assertTrue(json(r).get("type").asText().endsWith("no-such-job"));
    assertEquals(404, client.get("/ogc/jobs/abc/results").statusCode());
    assertEquals(400, client.get("/api/scenarios/compare?a=1").statusCode());
    assertEquals(400, client.post("/api/scenarios", "{\"inputs\": {}}").statusCode());
    TestClient anonymous = new TestClient(app.port());
    TestClient citizen = anonymous.withHeaders("X-API-Key", RealTerritory.users(app).get("citizen"));
    String p2 = "{\"inputs\": {\"hazard_scenario\": \"P2\"}}";
    assertEquals(401, anonymous.post("/ogc/processes/flood/execution", p2).statusCode(), "scenarios need a sign-in");
    assertEquals(403, citizen.post("/ogc/processes/flood/execution", p2).statusCode(), "and the analyst role");
    assertEquals(403, citizen.post("/api/scenarios", "{\"process\": \"flood\", \"inputs\": {}}").statusCode());
    assertEquals(401, anonymous.delete("/ogc/jobs/1").statusCode());
    assertEquals(200, anonymous.get("/ogc/processes").statusCode(), "describing them stays public");
  }

  @Test
  @Order(7)
  void the_viewer_submits_and_dismissing_a_run_removes_its_layers() throws InterruptedException {
    HttpResponse<String> r = client.post("/api/scenarios", "{\"process\": \"flood\", \"inputs\": {\"hazard_scenario\":"
        + " \"P3\"}}");
    assertEquals(201, r.statusCode(), r.body());
    long id = Long.parseLong(json(r).get("jobID").asText());
    JsonNode status = json(client.get("/api/scenarios/" + id));
    for (int i = 0; i < 2400 && List.of("accepted", "running").contains(status.get("status").asText()); i++) {
      Thread.sleep(100);
      status = json(client.get("/api/scenarios/" + id));
    }
    assertEquals("successful", status.get("status").asText(), status.toString());
    String layer = "scenario_" + id + "_roads_cut";
    assertEquals(200, client.get("/ogc/collections/" + layer).statusCode());
    HttpResponse<String> dismissed = client.delete("/ogc/jobs/" + id);
    assertEquals(200, dismissed.statusCode(), dismissed.body());
    assertEquals("dismissed", json(dismissed).get("status").asText());
    assertEquals(404, client.get("/ogc/collections/" + layer).statusCode());
    assertTrue(client.get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=" + layer + "&STYLES=&CRS=EPSG:4326"
        + "&BBOX=45.30,8.95,45.47,9.20&WIDTH=40&HEIGHT=30&FORMAT=image/png").body().contains("LayerNotDefined"));
    assertFalse(client.get("/wms?SERVICE=WMS&REQUEST=GetCapabilities").body().contains(layer));
    assertEquals(404, client.delete("/ogc/jobs/" + id).statusCode(), "a dismissed job is gone");
    assertEquals(404, client.get("/ogc/jobs/" + id + "/results").statusCode());
    assertTrue(client.get("/ogc/jobs").body().contains("\"jobID\":\"" + flood + "\""), "the other runs remain");
  }
}
