package org.smartland.server.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The analytics of the real Sud Ovest Milano territory as a new user meets them: the first start builds the
 * GeoPackage from the sources and starts the first analytics run in the background; then the indicators, the
 * ranking and the matrix are served, and the result layers are published by WMS, WFS and OGC API.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalyticsApiIT {
  @TempDir
  static Path dir;
  static App app;
  static TestClient client;

  @BeforeAll
  static void start() {
    app = RealTerritory.serve(dir, "auto");
    client = RealTerritory.analystClient(app);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.stop();
    }
  }

  static JsonNode waitFor(long run) throws InterruptedException {
    double last = -1;
    for (int i = 0; i < 1200; i++) {
      JsonNode r = TestClient.json(client.get("/api/analytics/runs/" + run));
      double p = r.get("progress").asDouble();
      assertTrue(p >= last, "progress never goes back: " + last + " then " + p);
      last = p;
      if (!r.get("status").asText().equals("queued") && !r.get("status").asText().equals("running")) {
        return r;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("run " + run + " did not finish in 5 minutes");
  }

  @Test
  @Order(1)
  void the_first_start_runs_the_analytics_in_the_background() throws InterruptedException {
    HttpResponse<String> early = client.get("/api/projects/ranking");
    assertTrue(early.statusCode() == 503 || early.statusCode() == 200, early.body());
    JsonNode run = waitFor(1);
    assertEquals("succeeded", run.get("status").asText(), run.toString());
    assertEquals(22, run.at("/summary/indicators").asInt());
    assertEquals(17, run.at("/summary/comuni").asInt());
    assertEquals(110, run.at("/summary/projects").asInt());
    assertEquals(12_193, run.at("/summary/inputs/population").asLong());
  }

  @Test
  @Order(2)
  void the_catalogue_lists_the_applicable_indicators_and_why_the_others_do_not_apply() {
    JsonNode body = TestClient.json(client.get("/api/indicators"));
    assertEquals(22, body.get("indicators").size());
    Set<String> corridors = new HashSet<>();
    body.get("indicators").forEach(i -> corridors.add(i.get("corridor").asText()));
    assertEquals(6, corridors.size());
    assertEquals("acq_landslide_area", body.at("/not_applicable/0/id").asText());
    assertEquals(1, body.at("/run/id").asLong());
  }

  @Test
  @Order(3)
  void an_indicator_has_a_value_per_comune_and_for_the_territory_with_its_classes() {
    JsonNode body = TestClient.json(client.get("/api/indicators/mob_res_stop_400m"));
    assertEquals("higher_is_better", body.get("direction").asText());
    assertEquals(17, body.get("comuni").size());
    double territory = body.at("/territory/value").asDouble();
    assertTrue(territory > 55 && territory < 70, "61.5 % of the residents live within 400 m of a stop: " + territory);
    List<double[]> valueAndClass = new ArrayList<>();
    body.get("comuni").forEach(c -> valueAndClass.add(new double[] {c.get("value").asDouble(), c.get("class").asInt()}));
    valueAndClass.sort((a, b) -> Double.compare(a[0], b[0]));
    for (int i = 1; i < valueAndClass.size(); i++) {
      assertTrue(valueAndClass.get(i)[1] >= valueAndClass.get(i - 1)[1], "classes follow the values");
    }
    assertTrue(body.get("classes").size() >= 3);
    assertEquals(404, client.get("/api/indicators/no_such_thing").statusCode());
    HttpResponse<String> landslides = client.get("/api/indicators/acq_landslide_area");
    assertEquals(404, landslides.statusCode());
    assertTrue(landslides.body().contains("does not apply"), landslides.body());
  }

  @Test
  @Order(4)
  void the_ranking_gives_every_project_a_rank_its_reasons_and_a_rank_interval() {
    JsonNode body = TestClient.json(client.get("/api/projects/ranking"));
    JsonNode projects = body.get("projects");
    assertEquals(110, projects.size());
    for (int i = 0; i < projects.size(); i++) {
      JsonNode p = projects.get(i);
      assertEquals(i + 1, p.get("rank").asInt());
      double sum = 0;
      for (JsonNode c : p.get("contributions")) {
        sum += c.asDouble();
      }
      assertEquals(p.get("score").asDouble(), sum, 1e-9, "the contributions add up to the score");
      assertTrue(p.at("/rank_interval/p05").asInt() <= p.at("/rank_interval/p95").asInt());
      double pTop = p.get("p_top").asDouble();
      assertTrue(pTop >= 0 && pTop <= 1);
    }
    assertEquals(1000, body.at("/sensitivity/draws").asInt());
    assertEquals(client.get("/api/projects/ranking").body(), client.get("/api/projects/ranking").body(),
        "same inputs, same ranking, same sensitivity");
  }

  @Test
  @Order(5)
  void weights_in_the_query_reorder_the_ranking() {
    JsonNode byDefault = TestClient.json(client.get("/api/projects/ranking"));
    JsonNode needOnly = TestClient.json(client.get(
        "/api/projects/ranking?need=1&beneficiaries=0&cost_effectiveness=0&risk_reduction=0&synergy=0&draws=50"));
    assertEquals(1.0, needOnly.at("/normalised_weights/need").asDouble(), 1e-12);
    double previous = Double.POSITIVE_INFINITY;
    for (JsonNode p : needOnly.get("projects")) {
      double need = p.at("/criteria/need").asDouble();
      assertTrue(need <= previous + 1e-12, "with need alone, the ranking follows need");
      previous = need;
    }
    assertNotEquals(byDefault.at("/projects/0/project_id").asText(), needOnly.at("/projects/0/project_id").asText());
    JsonNode topsis = TestClient.json(client.get("/api/projects/ranking?method=topsis&draws=50"));
    assertEquals("topsis", topsis.get("method").asText());
    JsonNode water = TestClient.json(client.get("/api/projects/ranking?corridor=acqua&draws=50"));
    water.get("projects").forEach(p -> assertEquals("acqua", p.get("corridor").asText()));
    assertEquals(16, water.get("projects").size());
  }

  @Test
  @Order(6)
  void bad_weights_and_options_get_a_400_that_names_them() {
    for (String[] c : new String[][] {
        {"need=-1", "need"}, {"need=0&beneficiaries=0&cost_effectiveness=0&risk_reduction=0&synergy=0", "zero"},
        {"charm=1", "charm"}, {"method=voodoo", "voodoo"}, {"draws=0", "draws"}, {"need=abc", "need"},
        {"spread=1.5", "spread"}, {"need=NaN", "need"}}) {
      HttpResponse<String> r = client.get("/api/projects/ranking?" + c[0]);
      assertEquals(400, r.statusCode(), c[0] + " → " + r.body());
      assertTrue(r.body().contains(c[1]), c[0] + " → " + r.body());
    }
  }

  @Test
  @Order(7)
  void the_matrix_counts_every_project_in_its_comuni_and_adds_up_to_the_portfolio_cost() {
    JsonNode m = TestClient.json(client.get("/api/projects/matrix"));
    assertEquals(6, m.get("corridors").size());
    assertTrue(m.at("/corridors/0/colour").asText().startsWith("#"));
    assertEquals(17, m.get("comuni").size());
    double cost = 0;
    int counted = 0;
    for (JsonNode c : m.get("cells")) {
      cost += c.get("total_cost_eur").asDouble();
      counted += c.get("projects").asInt();
    }
    double portfolio = 0;
    int memberships = 0;
    for (JsonNode f : TestClient.json(client.get("/ogc/collections/projects/items?limit=500")).get("features")) {
      portfolio += f.at("/properties/cost_eur").asDouble();
      memberships += f.at("/properties/comuni_istat").asText().split(";").length;
    }
    assertEquals(portfolio, cost, 0.01);
    assertEquals(memberships, counted);
  }

  @Test
  @Order(8)
  void the_result_layers_are_published_by_wms_wfs_and_ogc_api() throws IOException {
    String caps = client.get("/wms?SERVICE=WMS&REQUEST=GetCapabilities").body();
    assertTrue(caps.contains("<Name>indicator_mob_res_stop_400m</Name>"), "one style per indicator");
    HttpResponse<byte[]> map = client.getBytes("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=indicators"
        + "&STYLES=indicator_mob_res_stop_400m&CRS=EPSG:4326&BBOX=45.30,8.95,45.47,9.20&WIDTH=300&HEIGHT=200"
        + "&FORMAT=image/png&TRANSPARENT=TRUE");
    assertEquals(200, map.statusCode());
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(map.body()));
    Set<Integer> colours = new HashSet<>();
    for (int x = 0; x < img.getWidth(); x += 5) {
      for (int y = 0; y < img.getHeight(); y += 5) {
        if ((img.getRGB(x, y) >>> 24) > 0) {
          colours.add(img.getRGB(x, y) & 0xffffff);
        }
      }
    }
    assertTrue(colours.size() >= 3, "a choropleth of several classes: " + colours.size() + " colours");
    assertEquals(200, client.getBytes("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&LAYER=indicators"
        + "&STYLE=indicator_acq_res_flood_any&FORMAT=image/png").statusCode());
    JsonNode collection = TestClient.json(client.get("/ogc/collections/indicators?f=json"));
    assertEquals(4, collection.at("/extent/spatial/bbox/0").size(),
        "the extent is measured again once the first run has filled the layer created empty at startup");
    String wfsCaps = client.get("/wfs?SERVICE=WFS&REQUEST=GetCapabilities").body();
    String indicatorsType = wfsCaps.substring(wfsCaps.indexOf("<wfs:Name>slt:indicators</wfs:Name>"));
    assertTrue(indicatorsType.substring(0, indicatorsType.indexOf("</wfs:FeatureType>")).contains("WGS84BoundingBox"),
        indicatorsType);
    JsonNode items = TestClient.json(client.get("/ogc/collections/indicators/items?limit=50"));
    assertEquals(17, items.get("numberMatched").asInt());
    assertTrue(items.at("/features/0/properties/qol_school_10min").isNumber());
    JsonNode ranked = TestClient.json(client.get("/ogc/collections/project_priorities/items?limit=1&sortby=rank"));
    assertEquals(110, ranked.get("numberMatched").asInt());
    assertEquals(1, ranked.at("/features/0/properties/rank").asInt());
    String wfs = client.get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=indicators_territory"
        + "&OUTPUTFORMAT=application/json").body();
    assertEquals(1, TestClient.json(wfs).get("numberMatched").asInt());
  }

  @Test
  @Order(9)
  void a_new_run_replaces_the_results_and_a_second_request_meanwhile_is_refused() throws InterruptedException {
    HttpResponse<String> wrong = client.post("/api/analytics/runs", "{\"territory\": \"valmalenco\"}");
    assertEquals(404, wrong.statusCode());
    assertEquals(400, client.post("/api/analytics/runs", "{\"territory\": ").statusCode());
    HttpResponse<String> started = client.post("/api/analytics/runs", "");
    assertEquals(202, started.statusCode(), started.body());
    long id = TestClient.json(started).get("id").asLong();
    assertEquals(2, id);
    assertTrue(started.headers().firstValue("Location").orElseThrow().endsWith("/api/analytics/runs/2"));
    assertEquals(409, client.post("/api/analytics/runs", "").statusCode());
    assertEquals("succeeded", waitFor(id).get("status").asText());
    assertEquals(2, TestClient.json(client.get("/api/indicators/ter_built_share")).at("/run/id").asLong());
    assertEquals(2, TestClient.json(client.get("/ogc/collections/indicators/items?limit=1")).at(
        "/features/0/properties/run_id").asLong());
    assertEquals(404, client.get("/api/analytics/runs/99").statusCode());
    assertEquals(400, client.get("/api/analytics/runs/abc").statusCode());
  }
}
