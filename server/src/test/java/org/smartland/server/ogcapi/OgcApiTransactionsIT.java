package org.smartland.server.ogcapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.smartland.server.EditingTerritory;
import org.smartland.server.FixtureTerritory;
import org.smartland.server.TestClient;

/**
 * OGC API - Features Part 4 (create, replace, update, delete) with optimistic locking, and private collections, on
 * the editing territory: {@code works} (MultiPolygons, written by the contractors of FIX-1 and admins; name and status
 * required), {@code schools} (public, read-only), {@code households} (private: analysts, moderators, admins).
 * Geometries are 100 m squares placed at native (EPSG:32632) coordinates inside the Comuni.
 */
class OgcApiTransactionsIT {
  static final String WORKS = "/ogc/collections/works/items";
  static final String UTM = "http://www.opengis.net/def/crs/EPSG/0/32632";
  static final List<String> DENIED = List.of("citizen", "analyst", "moderator", "other");
  static final GeometryFactory GEOMETRIES = new GeometryFactory();

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

  // --- rights

  @Test
  void each_role_may_or_may_not_create_works() {
    long before = count();
    String body = feature(square(501000, 5031000), "\"name\": \"Kerb\", \"status\": \"planned\"");
    HttpResponse<String> anonymous = post(body);
    assertEquals(401, anonymous.statusCode(), anonymous.body());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").contains("Bearer"));
    assertEquals("Unauthorized", TestClient.json(anonymous).get("code").asText());
    for (String user : DENIED) {
      HttpResponse<String> r = post(body, server.as(user));
      assertEquals(403, r.statusCode(), user + ": " + r.body());
      assertTrue(TestClient.json(r).get("description").asText().contains(user), r.body());
    }
    assertEquals(before, count(), "a refused write writes nothing");
    for (String user : List.of("contractor", "admin")) {
      HttpResponse<String> r = post(body, server.as(user));
      assertEquals(201, r.statusCode(), user + ": " + r.body());
    }
    assertEquals(before + 2, count());
  }

  @Test
  void each_role_may_or_may_not_replace_update_and_delete() {
    String id = create(square(502000, 5031000), "\"name\": \"Bench\", \"status\": \"planned\"");
    String replacement = feature(square(502000, 5031200), "\"name\": \"Bench\", \"status\": \"started\"");
    String patch = "{\"properties\": {\"status\": \"done\"}}";
    for (String[] who : anonymousAndDenied()) {
      int expected = who.length == 0 ? 401 : 403;
      assertEquals(expected, put(id, replacement, who).statusCode());
      assertEquals(expected, patch(id, patch, who).statusCode());
      assertEquals(expected, http.delete(WORKS + "/" + id, who).statusCode());
    }
    assertEquals("planned", item(id).at("/properties/status").asText(), "nothing changed");
    assertEquals(204, put(id, replacement, server.as("contractor")).statusCode());
    assertEquals("started", item(id).at("/properties/status").asText());
    assertEquals(204, patch(id, patch, server.as("admin")).statusCode());
    assertEquals("done", item(id).at("/properties/status").asText());
    assertEquals(204, patch(id, "{\"properties\": {\"name\": \"Long bench\"}}", server.as("contractor")).statusCode());
    String other = create(square(502500, 5031000), "\"name\": \"Gate\", \"status\": \"planned\"");
    long before = count();
    assertEquals(204, http.delete(WORKS + "/" + id, server.as("contractor")).statusCode());
    assertEquals(204, http.delete(WORKS + "/" + other, server.as("admin")).statusCode());
    assertEquals(before - 2, count());
    assertEquals(404, http.get(WORKS + "/" + id).statusCode());
    assertEquals(404, http.delete(WORKS + "/" + id, server.as("admin")).statusCode(), "already gone");
  }

  @Test
  void a_read_only_layer_refuses_writes_and_an_unknown_collection_is_404() {
    String body = feature(point(506000, 5032000), "\"name\": \"New school\"");
    HttpResponse<String> r = http.request("POST", "/ogc/collections/schools/items", "application/geo+json",
        bytes(body), server.as("admin"));
    assertEquals(403, r.statusCode(), r.body());
    assertTrue(TestClient.json(r).get("description").asText().contains("read-only"), r.body());
    assertEquals(403, putAt("/ogc/collections/schools/items/1", body, server.as("admin")).statusCode());
    assertEquals(403, http.delete("/ogc/collections/schools/items/1", server.as("admin")).statusCode());
    assertEquals(3, TestClient.json(http.get("/ogc/collections/schools/items")).get("numberMatched").asInt());
    assertEquals(404, http.request("POST", "/ogc/collections/nope/items", "application/geo+json", bytes(body),
        server.as("admin")).statusCode());
    assertEquals(404, http.delete("/ogc/collections/nope/items/1", server.as("admin")).statusCode());
  }

  // --- create

  @Test
  void a_created_feature_is_readable_at_once_and_counted() {
    long before = count();
    HttpResponse<String> r = post(feature(square(503000, 5031000),
        "\"name\": \"Crossing\", \"status\": \"planned\", \"cost\": 1250.5, \"done_on\": \"2024-05-02\""),
        server.as("contractor"));
    assertEquals(201, r.statusCode(), r.body());
    String location = r.headers().firstValue("Location").orElseThrow();
    assertTrue(location.startsWith("http://127.0.0.1:" + server.port() + WORKS + "/"), location);
    JsonNode body = TestClient.json(r);
    assertEquals(1, body.get("ids").size());
    String id = body.get("ids").get(0).asText();
    assertTrue(location.endsWith("/" + id));
    assertEquals(before + 1, count());
    HttpResponse<String> read = http.get(URI.create(location).getPath());
    assertEquals(200, read.statusCode());
    JsonNode f = TestClient.json(read);
    assertEquals("Crossing", f.at("/properties/name").asText());
    assertEquals(1250.5, f.at("/properties/cost").asDouble());
    assertEquals("2024-05-02", f.at("/properties/done_on").asText());
    assertEquals("MultiPolygon", f.at("/geometry/type").asText(), "a Polygon is stored in the MultiPolygon layer");
    assertEquals(r.headers().firstValue("ETag").orElseThrow(), read.headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void a_feature_collection_is_written_all_together_with_every_id() {
    long before = count();
    HttpResponse<String> r = post(collection(
        feature(square(504000, 5031000), "\"name\": \"A\", \"status\": \"planned\""),
        feature(square(504200, 5031000), "\"name\": \"B\", \"status\": \"planned\""),
        feature(square(504400, 5031000), "\"name\": \"C\", \"status\": \"planned\"")), server.as("contractor"));
    assertEquals(201, r.statusCode(), r.body());
    JsonNode ids = TestClient.json(r).get("ids");
    assertEquals(3, ids.size());
    assertEquals(before + 3, count());
    List<String> names = new ArrayList<>();
    for (JsonNode id : ids) {
      names.add(item(id.asText()).at("/properties/name").asText());
    }
    assertEquals(List.of("A", "B", "C"), names);
    assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith("/" + ids.get(0).asText()));
  }

  @Test
  void a_bad_feature_in_the_middle_of_a_collection_writes_nothing_and_is_named() {
    long before = count();
    HttpResponse<String> missing = post(collection(
        feature(square(505000, 5031000), "\"name\": \"A\", \"status\": \"planned\""),
        feature(square(505200, 5031000), "\"name\": \"B\""),
        feature(square(505400, 5031000), "\"name\": \"C\", \"status\": \"planned\"")), server.as("contractor"));
    assertEquals(400, missing.statusCode(), missing.body());
    String description = TestClient.json(missing).get("description").asText();
    assertTrue(description.contains("feature 2 [status]: is required"), description);
    assertFalse(description.contains("feature 1") || description.contains("feature 3"), description);
    String open = "{\"type\": \"Polygon\", \"coordinates\": [[[9.0, 45.4], [9.001, 45.4], [9.001, 45.401], [9.0, 45.4005]]]}";
    HttpResponse<String> malformed = post(collection(
        feature(square(505000, 5031000), "\"name\": \"A\", \"status\": \"planned\""),
        feature(open, "\"name\": \"B\", \"status\": \"planned\"")), server.as("contractor"));
    assertEquals(400, malformed.statusCode());
    assertTrue(TestClient.json(malformed).get("description").asText()
        .contains("feature 2 [geometry]: coordinates[0]: a ring is closed"), malformed.body());
    HttpResponse<String> outside = post(collection(
        feature(square(505000, 5031000), "\"name\": \"A\", \"status\": \"planned\""),
        feature(square(600000, 5031000), "\"name\": \"Far\", \"status\": \"planned\"")), server.as("contractor"));
    assertEquals(400, outside.statusCode());
    assertTrue(TestClient.json(outside).get("description").asText().contains("feature 2 [geometry]: lies outside"),
        outside.body());
    assertEquals(before, count(), "nothing was written");
  }

  @Test
  void bad_bodies_are_400_415_naming_the_problem() {
    String[] as = server.as("contractor");
    assertBad(http.request("POST", WORKS, "application/geo+json", bytes("{\"type\": \"Feature\", "), as), 400,
        "not valid JSON");
    assertBad(http.request("POST", WORKS, "application/geo+json", bytes("[1, 2]"), as), 400, "GeoJSON Feature");
    assertBad(http.request("POST", WORKS, "application/geo+json", bytes(square(505000, 5032000)), as), 400,
        "not a 'Polygon'");
    assertBad(http.request("POST", WORKS, "application/geo+json", bytes(feature(square(505000, 5032000),
        "\"name\": \"A\", \"status\": \"planned\", \"colour\": \"red\"")), as), 400, "[colour]: is not an attribute");
    assertBad(http.request("POST", WORKS, "application/geo+json", bytes(feature(square(505000, 5032000),
        "\"name\": {\"it\": \"A\"}, \"status\": \"planned\"")), as), 400, "[name]: is an object");
    assertBad(http.request("POST", WORKS, "application/geo+json", bytes(feature(square(505000, 5032000),
        "\"name\": \"A\", \"status\": \"planned\", \"cost\": \"cheap\"")), as), 400, "[cost]");
    assertBad(http.request("POST", WORKS, "application/geo+json", bytes(feature(point(505000, 5032000),
        "\"name\": \"A\", \"status\": \"planned\"")), as), 400, "a Point does not fit");
    assertBad(http.request("POST", WORKS, "application/geo+json", bytes(feature("null",
        "\"name\": \"A\", \"status\": \"planned\"")), as), 400, "has no geometry");
    assertBad(http.request("POST", WORKS, "application/geo+json", bytes("{\"type\": \"Feature\", \"name\": \"A\","
        + " \"name\": \"B\"}"), as), 400, "Duplicate field");
    HttpResponse<String> text = http.request("POST", WORKS, "text/plain", bytes("hello"), as);
    assertBad(text, 415, "application/geo+json");
    assertEquals("application/geo+json, application/json", text.headers().firstValue("Accept-Post").orElseThrow());
    assertBad(http.request("POST", WORKS, null, bytes(feature(square(505000, 5032000), "")), as), 400,
        "no Content-Type");
    assertBad(http.request("POST", WORKS, "application/geo+json", new byte[0], as), 400, "empty");
    String id = create(square(505000, 5032000), "\"name\": \"Lamp\", \"status\": \"planned\"");
    HttpResponse<String> geoPatch = http.request("PATCH", WORKS + "/" + id, "application/geo+json",
        bytes("{\"properties\": {}}"), as);
    assertBad(geoPatch, 415, "application/merge-patch+json");
    assertEquals("application/merge-patch+json, application/json",
        geoPatch.headers().firstValue("Accept-Patch").orElseThrow());
    assertBad(put(id, collection(feature(square(505000, 5032000), "\"name\": \"A\", \"status\": \"b\"")), as), 400,
        "PUT replaces one feature");
    assertBad(post(feature(square(505000, 5032000), "\"name\": \"A\", \"status\": \"b\""), as, "Content-Crs",
        "<http://www.opengis.net/def/crs/EPSG/0/2056>"), 400, "header Content-Crs");
  }

  // --- replace and update

  @Test
  void put_replaces_the_whole_feature_and_left_out_properties_become_null() {
    String id = create(square(506000, 5031000), "\"name\": \"Ramp\", \"status\": \"planned\", \"cost\": 10");
    HttpResponse<String> r = put(id, feature(square(506000, 5031500), "\"name\": \"Ramp\", \"status\": \"started\""),
        server.as("contractor"));
    assertEquals(204, r.statusCode(), r.body());
    JsonNode f = item(id);
    assertEquals("started", f.at("/properties/status").asText());
    assertTrue(f.at("/properties/cost").isNull(), f.toString());
    assertEquals(r.headers().firstValue("ETag").orElseThrow(), http.get(WORKS + "/" + id).headers()
        .firstValue("ETag").orElseThrow(), "the reply carries the new tag");
    assertBad(put(id, "{\"type\": \"Feature\", \"id\": 99999, \"geometry\": " + square(506000, 5031000)
        + ", \"properties\": {\"name\": \"R\", \"status\": \"s\"}}", server.as("contractor")), 400, "[id]");
    assertEquals(404, put("99999", feature(square(506000, 5031000), "\"name\": \"R\", \"status\": \"s\""),
        server.as("contractor")).statusCode());
  }

  @Test
  void patch_merges_properties_a_null_clears_one_and_a_geometry_replaces_it() {
    String id = create(square(507000, 5031000), "\"name\": \"Sign\", \"status\": \"planned\", \"cost\": 99.5");
    JsonNode before = item(id);
    HttpResponse<String> r = patch(id, "{\"properties\": {\"cost\": null, \"status\": \"done\"}}",
        server.as("contractor"));
    assertEquals(204, r.statusCode(), r.body());
    JsonNode after = item(id);
    assertEquals("Sign", after.at("/properties/name").asText(), "not named, not changed");
    assertEquals("done", after.at("/properties/status").asText());
    assertTrue(after.at("/properties/cost").isNull());
    assertEquals(before.get("geometry"), after.get("geometry"));
    assertEquals(204, http.request("PATCH", WORKS + "/" + id, "application/json", bytes("{\"geometry\": "
        + square(507000, 5031500) + "}"), server.as("contractor")).statusCode());
    assertNotEquals(before.get("geometry"), item(id).get("geometry"));
    assertEquals("done", item(id).at("/properties/status").asText());
    assertBad(patch(id, "{\"properties\": {\"status\": null}}", server.as("contractor")), 400, "[status]: is required");
    assertBad(patch(id, "{\"geometry\": null}", server.as("contractor")), 400, "[geometry]: cannot be removed");
    assertBad(patch(id, "{\"id\": 1}", server.as("contractor")), 400, "ids do not change");
    assertBad(patch(id, "{\"properties\": {\"height\": 3}}", server.as("contractor")), 400, "[height]");
    assertBad(patch(id, "\"done\"", server.as("contractor")), 400, "JSON object");
    assertEquals(404, patch("99999", "{\"properties\": {\"status\": \"x\"}}", server.as("contractor")).statusCode());
  }

  // --- optimistic locking

  @Test
  void the_second_writer_with_a_stale_etag_gets_412_and_the_first_writers_value_stays() {
    String id = create(square(508000, 5031000), "\"name\": \"Pole\", \"status\": \"planned\"");
    String tagA = etag(http.get(WORKS + "/" + id));
    String tagB = etag(http.get(WORKS + "/" + id, server.as("admin")));
    assertEquals(tagA, tagB, "the same feature has the same tag for everyone");
    HttpResponse<String> first = put(id, feature(square(508000, 5031000), "\"name\": \"Pole\", \"status\": \"A\""),
        server.as("contractor"), "If-Match", tagA);
    assertEquals(204, first.statusCode(), first.body());
    String newTag = etag(first);
    assertNotEquals(tagA, newTag);
    HttpResponse<String> second = put(id, feature(square(508000, 5031000), "\"name\": \"Pole\", \"status\": \"B\""),
        server.as("admin"), "If-Match", tagB);
    assertEquals(412, second.statusCode(), second.body());
    assertEquals("PreconditionFailed", TestClient.json(second).get("code").asText());
    assertEquals("A", item(id).at("/properties/status").asText(), "the first writer's value");
    assertEquals(412, patch(id, "{\"properties\": {\"status\": \"B\"}}", server.as("admin"), "If-Match", tagB)
        .statusCode());
    assertEquals(412, http.delete(WORKS + "/" + id, concat(server.as("admin"), "If-Match", tagB)).statusCode());
    assertEquals(412, patch(id, "{}", server.as("admin"), "If-Match", "W/" + newTag).statusCode(),
        "a weak tag never matches");
    HttpResponse<String> third = patch(id, "{\"properties\": {\"status\": \"C\"}}", server.as("admin"), "If-Match",
        newTag);
    assertEquals(204, third.statusCode());
    assertEquals("C", item(id).at("/properties/status").asText());
    assertEquals(204, http.delete(WORKS + "/" + id, concat(server.as("admin"), "If-Match", etag(third)))
        .statusCode());
    assertEquals(412, put(id, feature(square(508000, 5031000), "\"name\": \"P\", \"status\": \"D\""),
        server.as("admin"), "If-Match", newTag).statusCode(), "If-Match on a feature that is gone");
  }

  @Test
  void of_concurrent_writers_with_the_same_etag_exactly_one_succeeds() throws Exception {
    String id = create(square(509000, 5031000), "\"name\": \"Tree\", \"status\": \"planned\"");
    String tag = etag(http.get(WORKS + "/" + id));
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        String status = "writer " + i;
        Callable<Integer> write = () -> patch(id, "{\"properties\": {\"status\": \"" + status + "\"}}",
            server.as(status.endsWith("0") || status.endsWith("2") ? "admin" : "contractor"), "If-Match", tag)
            .statusCode();
        answers.add(pool.submit(write));
      }
      List<Integer> codes = new ArrayList<>();
      for (Future<Integer> a : answers) {
        codes.add(a.get());
      }
      assertEquals(1, codes.stream().filter(c -> c == 204).count(), codes.toString());
      assertEquals(5, codes.stream().filter(c -> c == 412).count(), codes.toString());
    } finally {
      pool.shutdownNow();
    }
    assertTrue(item(id).at("/properties/status").asText().startsWith("writer "));
  }

  @Test
  void get_carries_the_same_etag_in_every_format_and_if_none_match_gives_304() {
    String id = create(square(503000, 5033000), "\"name\": \"Kiosk\", \"status\": \"planned\"");
    HttpResponse<String> json = http.get(WORKS + "/" + id);
    String tag = etag(json);
    assertTrue(tag.matches("\"[0-9a-f]+\""), tag);
    assertEquals(tag, etag(http.get(WORKS + "/" + id + "?f=html")));
    assertEquals(tag, etag(http.get(WORKS + "/" + id + "?crs=" + UTM)));
    HttpResponse<String> notModified = http.get(WORKS + "/" + id, "If-None-Match", tag);
    assertEquals(304, notModified.statusCode());
    assertEquals(tag, etag(notModified));
    assertEquals(304, http.get(WORKS + "/" + id + "?f=html", "If-None-Match", "W/" + tag).statusCode());
    assertEquals(200, http.get(WORKS + "/" + id, "If-None-Match", "\"other\"").statusCode());
    HttpResponse<String> head = http.request("HEAD", WORKS + "/" + id, null, null);
    assertEquals(200, head.statusCode());
    assertEquals(tag, etag(head), "HEAD answers as GET does, without the body");
    assertEquals(404, http.request("HEAD", WORKS + "/99999", null, null).statusCode());
    patch(id, "{\"properties\": {\"status\": \"done\"}}", server.as("contractor"));
    assertEquals(200, http.get(WORKS + "/" + id, "If-None-Match", tag).statusCode(), "changed since");
  }

  // --- CRS

  @Test
  void content_crs_in_utm_lat_lon_or_crs84_stores_the_same_geometry() {
    double x = 504000;
    double y = 5033500;
    String utm = create(squareIn(x, y, Axes.UTM), "\"name\": \"UTM\", \"status\": \"planned\"", "Content-Crs", "<" + UTM + ">");
    String crs84 = create(square(x, y), "\"name\": \"CRS84\", \"status\": \"planned\"");
    String latLon = create(squareIn(x, y, Axes.LAT_LON), "\"name\": \"LatLon\", \"status\": \"planned\"", "Content-Crs",
        "<http://www.opengis.net/def/crs/EPSG/0/4326>");
    double[] expected = {x, y, x + 100, y, x + 100, y + 100, x, y + 100, x, y};
    for (String id : List.of(utm, crs84, latLon)) {
      HttpResponse<String> r = http.get(WORKS + "/" + id + "?crs=" + UTM);
      assertEquals("<" + UTM + ">", r.headers().firstValue("Content-Crs").orElseThrow());
      JsonNode ring = TestClient.json(r).at("/geometry/coordinates/0/0");
      assertEquals(5, ring.size(), ring.toString());
      for (int i = 0; i < 5; i++) {
        assertEquals(expected[2 * i], ring.get(i).get(0).asDouble(), 0.001, id + " x " + i);
        assertEquals(expected[2 * i + 1], ring.get(i).get(1).asDouble(), 0.001, id + " y " + i);
      }
    }
  }

  // --- private collections

  @Test
  void a_private_collection_is_401_to_the_anonymous_403_to_citizens_and_open_to_analysts() {
    for (String path : List.of("", "/items", "/items/1", "/queryables", "/schema", "/tiles",
        "/tiles/WebMercatorQuad", "/tiles/WebMercatorQuad/0/0/0")) {
      String p = "/ogc/collections/households" + path;
      HttpResponse<String> anonymous = http.get(p);
      assertEquals(401, anonymous.statusCode(), p);
      assertTrue(anonymous.headers().firstValue("WWW-Authenticate").isPresent(), p);
      assertEquals("Unauthorized", TestClient.json(anonymous).get("code").asText(), p);
      assertEquals(403, http.get(p, server.as("citizen")).statusCode(), p);
      assertEquals(403, http.get(p, server.as("contractor")).statusCode(), p);
      int ok = http.get(p, server.as("analyst")).statusCode();
      assertTrue(ok == 200 || ok == 204, p + " " + ok);
    }
    assertEquals(401, http.request("HEAD", "/ogc/collections/households/items", null, null).statusCode(),
        "HEAD is checked as GET is");
    HttpResponse<String> items = http.get("/ogc/collections/households/items", server.as("analyst"));
    assertEquals(2, TestClient.json(items).get("numberMatched").asInt());
    assertTrue(items.headers().firstValue("Cache-Control").orElse("").contains("private"));
    assertEquals(200, http.get("/ogc/collections/households/items", server.as("moderator")).statusCode());
  }

  @Test
  void a_private_collection_is_absent_from_the_lists_of_those_who_may_not_read_it() {
    assertFalse(collectionIds(http.get("/ogc/collections")).contains("households"));
    assertFalse(collectionIds(http.get("/ogc/collections", server.as("citizen"))).contains("households"));
    assertTrue(collectionIds(http.get("/ogc/collections")).contains("works"));
    assertTrue(collectionIds(http.get("/ogc/collections", server.as("analyst"))).contains("households"));
    assertFalse(http.get("/ogc/collections?f=html").body().contains("households"));
    assertTrue(http.get("/ogc/collections?f=html", server.as("analyst")).body().contains("households"));
    for (String path : List.of("/ogc/tiles/WebMercatorQuad", "/ogc/tiles/WebMercatorQuad?f=tilejson",
        "/ogc/tiles/WebMercatorQuad?f=html")) {
      assertFalse(http.get(path).body().contains("households"), path);
      assertTrue(http.get(path, server.as("analyst")).body().contains("households"), path);
    }
    assertFalse(http.get("/ogc/api").body().contains("households"), "not even as an example");
  }

  @Test
  void dataset_tiles_carry_a_private_layer_only_to_those_who_may_read_it() {
    String tile = "/ogc/tiles/WebMercatorQuad/0/0/0";
    HttpResponse<byte[]> analyst = tile(tile, server.as("analyst"));
    assertEquals(200, analyst.statusCode());
    assertTrue(contains(analyst.body(), "households"), "the analyst's tile has the private layer");
    assertTrue(analyst.headers().firstValue("Cache-Control").orElse("").startsWith("private"));
    HttpResponse<byte[]> anonymous = tile(tile);
    assertEquals(200, anonymous.statusCode());
    assertFalse(contains(anonymous.body(), "households"), "computed after the analyst's, still without it");
    assertTrue(contains(anonymous.body(), "schools"));
    assertTrue(anonymous.headers().firstValue("Cache-Control").orElse("").startsWith("public"));
    assertFalse(contains(tile(tile, server.as("citizen")).body(), "households"));
    assertNotEquals(analyst.headers().firstValue("ETag"), anonymous.headers().firstValue("ETag"));
  }

  // --- discovery

  @Test
  void options_lists_the_methods_the_asker_may_use() {
    HttpResponse<String> anonymous = http.request("OPTIONS", WORKS, null, null);
    assertEquals(200, anonymous.statusCode());
    assertEquals("GET, HEAD, OPTIONS", anonymous.headers().firstValue("Allow").orElseThrow());
    HttpResponse<String> contractor = http.request("OPTIONS", WORKS, null, null, server.as("contractor"));
    assertEquals("GET, HEAD, OPTIONS, POST", contractor.headers().firstValue("Allow").orElseThrow());
    assertEquals("application/geo+json, application/json", contractor.headers().firstValue("Accept-Post").orElseThrow());
    String id = create(square(507000, 5033000), "\"name\": \"Bin\", \"status\": \"planned\"");
    HttpResponse<String> item = http.request("OPTIONS", WORKS + "/" + id, null, null, server.as("admin"));
    assertEquals("GET, HEAD, OPTIONS, PUT, PATCH, DELETE", item.headers().firstValue("Allow").orElseThrow());
    assertTrue(item.headers().firstValue("Accept-Patch").orElseThrow().contains("application/merge-patch+json"));
    assertEquals("GET, HEAD, OPTIONS", http.request("OPTIONS", WORKS + "/" + id, null, null, server.as("other"))
        .headers().firstValue("Allow").orElseThrow());
    assertEquals(401, http.request("OPTIONS", "/ogc/collections/households/items", null, null).statusCode());
  }

  @Test
  void conformance_openapi_and_collections_declare_the_writes() {
    List<String> classes = new ArrayList<>();
    TestClient.json(http.get("/ogc/conformance")).get("conformsTo").forEach(c -> classes.add(c.asText()));
    for (String c : List.of("create-replace-delete", "update", "features", "optimistic-locking-etags")) {
      assertTrue(classes.contains("http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/" + c), c);
    }
    HttpResponse<String> api = http.get("/ogc/api");
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    assertEquals(List.of(), new OpenAPIV3Parser().readContents(api.body(), null, options).getMessages());
    JsonNode doc = TestClient.json(api);
    JsonNode items = doc.at("/paths/~1collections~1{collectionId}~1items");
    assertTrue(items.at("/post/responses/201/headers").has("Location"));
    assertTrue(items.at("/post/requestBody/content").has("application/geo+json"));
    JsonNode item = doc.at("/paths/~1collections~1{collectionId}~1items~1{featureId}");
    for (String method : List.of("put", "patch", "delete")) {
      for (String status : List.of("204", "401", "403", "404", "412")) {
        assertTrue(item.at("/" + method + "/responses").has(status), method + " " + status);
      }
    }
    assertTrue(item.at("/patch/requestBody/content").has("application/merge-patch+json"));
    assertTrue(item.at("/get/responses/200/headers").has("ETag"));
    assertTrue(item.has("options"));
    assertTrue(TestClient.json(http.get("/ogc/collections/works")).get("writable").asBoolean());
    assertFalse(TestClient.json(http.get("/ogc/collections/schools")).get("writable").asBoolean());
    JsonNode schema = TestClient.json(http.get("/ogc/collections/works/schema"));
    assertEquals("[\"name\",\"status\"]", schema.get("required").toString());
    assertEquals("primary-geometry", schema.at("/properties/geom/x-ogc-role").asText());
    assertEquals("number", schema.at("/properties/cost/type").asText());
    assertFalse(schema.get("additionalProperties").asBoolean());
  }

  // --- helpers

  static long count() {
    return TestClient.json(http.get(WORKS + "?limit=1")).get("numberMatched").asLong();
  }

  static JsonNode item(String id) {
    HttpResponse<String> r = http.get(WORKS + "/" + id);
    assertEquals(200, r.statusCode(), r.body());
    return TestClient.json(r);
  }

  static String create(String geometry, String properties, String... headers) {
    HttpResponse<String> r = post(feature(geometry, properties), concat(server.as("admin"), headers));
    assertEquals(201, r.statusCode(), r.body());
    return TestClient.json(r).get("ids").get(0).asText();
  }

  static HttpResponse<String> post(String body, String[] as, String... more) {
    return http.request("POST", WORKS, "application/geo+json", bytes(body), concat(as, more));
  }

  static HttpResponse<String> post(String body) {
    return http.request("POST", WORKS, "application/geo+json", bytes(body));
  }

  static HttpResponse<String> put(String id, String body, String[] as, String... more) {
    return http.request("PUT", WORKS + "/" + id, "application/geo+json", bytes(body), concat(as, more));
  }

  static HttpResponse<String> putAt(String path, String body, String[] as) {
    return http.request("PUT", path, "application/geo+json", bytes(body), as);
  }

  static HttpResponse<String> patch(String id, String body, String[] as, String... more) {
    return http.request("PATCH", WORKS + "/" + id, "application/merge-patch+json", bytes(body), concat(as, more));
  }

  static String feature(String geometry, String properties) {
    return "{\"type\": \"Feature\", \"geometry\": " + geometry + ", \"properties\": {" + properties + "}}";
  }

  static String collection(String... features) {
    return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(", ", features) + "]}";
  }

  /** How a test writes coordinates: native easting/northing, CRS84 lon/lat, or lat/lon (EPSG:4326 by URI). */
  enum Axes { UTM, CRS84, LAT_LON }

  /** A 100 m square with its south-west corner at native (x, y), as a GeoJSON Polygon in CRS84. */
  static String square(double x, double y) {
    return squareIn(x, y, Axes.CRS84);
  }

  static String squareIn(double x, double y, Axes axes) {
    Coordinate[] ring = {new Coordinate(x, y), new Coordinate(x + 100, y), new Coordinate(x + 100, y + 100),
        new Coordinate(x, y + 100), new Coordinate(x, y)};
    Geometry g = GEOMETRIES.createPolygon(ring);
    if (axes != Axes.UTM) {
      g = FixtureTerritory.CRS.transform(g, 32632, 4326);
    }
    StringBuilder sb = new StringBuilder("{\"type\": \"Polygon\", \"coordinates\": [[");
    Coordinate[] cs = g.getCoordinates();
    for (int i = 0; i < cs.length; i++) {
      double first = axes == Axes.LAT_LON ? cs[i].y : cs[i].x;
      double second = axes == Axes.LAT_LON ? cs[i].x : cs[i].y;
      sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "[%.10f, %.10f]", first, second));
    }
    return sb.append("]]}").toString();
  }

  static String point(double x, double y) {
    Geometry g = FixtureTerritory.CRS.transform(GEOMETRIES.createPoint(new Coordinate(x, y)), 32632, 4326);
    return String.format(Locale.ROOT, "{\"type\": \"Point\", \"coordinates\": [%.10f, %.10f]}",
        g.getCoordinate().x, g.getCoordinate().y);
  }

  static String etag(HttpResponse<String> r) {
    return r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + r.statusCode()));
  }

  static void assertBad(HttpResponse<String> r, int status, String words) {
    assertEquals(status, r.statusCode(), r.body());
    String description = TestClient.json(r).get("description").asText();
    assertTrue(description.contains(words), "'" + words + "' in: " + description);
  }

  static List<String> collectionIds(HttpResponse<String> r) {
    List<String> ids = new ArrayList<>();
    TestClient.json(r).get("collections").forEach(c -> ids.add(c.get("id").asText()));
    return ids;
  }

  static HttpResponse<byte[]> tile(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    try {
      return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the tile names a layer: MVT layer names are plain UTF-8 strings in the message. */
  static boolean contains(byte[] tile, String text) {
    return new String(tile, StandardCharsets.ISO_8859_1).contains(text);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String[] concat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static List<String[]> anonymousAndDenied() {
    List<String[]> out = new ArrayList<>();
    out.add(new String[0]);
    DENIED.forEach(u -> out.add(server.as(u)));
    return out;
  }
}
