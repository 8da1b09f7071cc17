package org.smartland.server.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;
import org.smartland.server.App;
import org.smartland.server.FixtureTerritory;
import org.smartland.server.TerritoryLayers;
import org.smartland.server.TestClient;

class LayersApiIT {
  @TempDir
  static Path dir;
  static App app;
  static TestClient client;

  @BeforeAll
  static void start() {
    GeoPackageDatabase db = GeoPackageDatabase.create(dir.resolve("fixture.gpkg"), FixtureTerritory.CRS);
    FixtureTerritory.writeData(db);
    app = new App(new TerritoryLayers(FixtureTerritory.catalog(), db, FixtureTerritory.CRS), FixtureTerritory.styles()).start(0);
    client = new TestClient(app.port());
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void the_catalog_lists_every_layer_with_provenance_corridor_and_extent() {
    HttpResponse<String> r = client.get("/api/layers");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    JsonNode body = TestClient.json(r);
    assertEquals("fixture", body.at("/territory/id").asText());
    assertEquals(2, body.get("corridors").size());
    JsonNode comuni = body.at("/layers/0");
    assertEquals("comuni", comuni.get("id").asText());
    assertEquals("MultiPolygon", comuni.get("geometryType").asText());
    assertEquals("real", comuni.at("/provenance/kind").asText());
    assertEquals("CC-BY 4.0", comuni.at("/provenance/licence").asText());
    assertEquals(2, comuni.get("featureCount").asLong());
    assertEquals("[500000.0,5030000.0,510000.0,5035000.0]", comuni.at("/extent/bbox").toString());
    JsonNode wgs84 = comuni.at("/extentWgs84/bbox");
    assertEquals(9.0, wgs84.get(0).asDouble(), 0.01);
    assertEquals(45.42, wgs84.get(1).asDouble(), 0.02);
    assertTrue(comuni.get("corridor").isNull());
    assertEquals("EPSG:3003", comuni.at("/crs").get(4).asText());
    JsonNode schools = body.at("/layers/1");
    assertEquals("stand-in", schools.at("/provenance/kind").asText());
    assertTrue(schools.at("/provenance/summary").asText().startsWith("STAND-IN"));
    assertEquals("#33a02c", schools.at("/corridor/colour").asText());
    assertEquals(false, schools.at("/attributes/3/queryable").asBoolean());
  }

  @Test
  void one_layer_by_id_and_a_json_404_for_an_unknown_one() {
    JsonNode schools = TestClient.json(client.get("/api/layers/schools"));
    assertEquals(3, schools.get("featureCount").asLong());
    assertTrue(schools.at("/links/0/href").asText().endsWith("/api/layers/schools"));
    HttpResponse<String> missing = client.get("/api/layers/nope%3Cscript%3E");
    assertEquals(404, missing.statusCode());
    assertEquals("NotFound", TestClient.json(missing).get("code").asText());
    assertTrue(TestClient.json(missing).get("description").asText().contains("does not exist"));
  }

  @Test
  void unknown_routes_and_methods_answer_in_json() {
    HttpResponse<String> r = client.get("/no/such/thing");
    assertEquals(404, r.statusCode());
    assertEquals("NotFound", TestClient.json(r).get("code").asText());
  }

  @Test
  void every_response_carries_a_request_id_and_echoes_a_sane_one() {
    assertEquals("abc-123", client.get("/api/layers", "X-Request-Id", "abc-123").headers()
        .firstValue("X-Request-Id").orElseThrow());
    String made = client.get("/api/layers", "X-Request-Id", "bad id <x>").headers().firstValue("X-Request-Id").orElseThrow();
    assertTrue(made.matches("[0-9a-f-]{13}"), made);
  }

  @Test
  void health_is_ok_when_the_store_answers() {
    HttpResponse<String> r = client.get("/health");
    assertEquals(200, r.statusCode());
    JsonNode body = TestClient.json(r);
    assertEquals("ok", body.get("status").asText());
    assertEquals("gpkg", body.at("/stores/0/type").asText());
  }
}
