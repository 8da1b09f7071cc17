package org.smartland.server.ogcapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.server.App;
import org.smartland.server.FixtureTerritory;
import org.smartland.server.TestClient;

/**
 * OGC API - Features (Parts 1, 2, 3) against a started server on the fixture territory: the abstract test
 * assertions of core, geojson, html, oas30, crs, filter and queryables, as requests and their answers.
 * Schools: A (lon ≈ 9.013, lat ≈ 45.42, 300 pupils, opened 2001), B (506000 5032000, 250, 2010), C (509000
 * 5034000, 120, 2020), in EPSG:32632.
 */
class OgcApiFeaturesIT {
  @TempDir
  static Path dir;
  static App app;
  static TestClient client;
  static String base;

  @BeforeAll
  static void start() {
    app = FixtureTerritory.startServer(dir.resolve("fixture.gpkg"));
    client = new TestClient(app.port());
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  // --- Part 1 core, oas30, html

  @Test
  void landing_page_links_what_clients_follow() {
    JsonNode landing = ok("/ogc");
    assertEquals(base + "/ogc/api", href(landing, "service-desc"));
    assertEquals("application/vnd.oai.openapi+json;version=3.0", link(landing, "service-desc").get("type").asText());
    assertTrue(href(landing, "service-doc").startsWith(base + "/ogc/api"));
    assertEquals(base + "/ogc/conformance", href(landing, "conformance"));
    assertEquals(base + "/ogc/collections", href(landing, "data"));
  }

  @Test
  void conformance_lists_the_classes() {
    List<String> classes = new ArrayList<>();
    ok("/ogc/conformance").get("conformsTo").forEach(c -> classes.add(c.asText()));
    for (String c : List.of("ogcapi-features-1/1.0/conf/core", "ogcapi-features-1/1.0/conf/geojson",
        "ogcapi-features-1/1.0/conf/oas30", "ogcapi-features-1/1.0/conf/html", "ogcapi-features-2/1.0/conf/crs",
        "ogcapi-features-3/1.0/conf/filter", "ogcapi-features-3/1.0/conf/features-filter",
        "ogcapi-features-3/1.0/conf/queryables", "cql2/1.0/conf/cql2-text", "cql2/1.0/conf/cql2-json",
        "cql2/1.0/conf/basic-cql2")) {
      assertTrue(classes.contains("http://www.opengis.net/spec/" + c), c + " in " + classes);
    }
  }

  @Test
  void the_openapi_document_describes_the_real_routes() {
    HttpResponse<String> r = client.get("/ogc/api");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/vnd.oai.openapi+json"));
    JsonNode doc = TestClient.json(r);
    assertEquals("3.0.3", doc.get("openapi").asText());
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body(), null, options);
    assertEquals(List.of(), parsed.getMessages(), "a valid OpenAPI 3.0 document");
    assertEquals(doc.get("paths").size(), parsed.getOpenAPI().getPaths().size());
    JsonNode items = doc.at("/paths/~1collections~1{collectionId}~1items/get");
    assertEquals("getFeatures", items.get("operationId").asText());
    boolean limit = false;
    for (JsonNode p : items.get("parameters")) {
      if (p.get("name").asText().equals("limit")) {
        limit = p.at("/schema/maximum").asInt() == 10_000;
      }
    }
    assertTrue(limit, "limit with its maximum");
    for (JsonNode path : List.of(doc.get("paths"))) {
      path.fieldNames().forEachRemaining(p -> {
        String concrete = "/ogc" + p.replace("{collectionId}", "schools").replace("{featureId}", "1")
            .replace("{tileMatrixSetId}", "WebMercatorQuad").replace("{tileMatrix}", "0").replace("{tileRow}", "0")
            .replace("{tileCol}", "0");
        assertEquals(200, client.get(concrete).statusCode(), concrete + " answers");
      });
    }
  }

  @Test
  void html_by_f_or_by_accept() {
    HttpResponse<String> page = client.get("/ogc/collections/schools/items?f=html");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertTrue(page.body().contains("<svg") && page.body().contains("Scuola A"), "a map and the attributes");
    HttpResponse<String> browser = client.get("/ogc/collections", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    assertTrue(browser.body().startsWith("<!DOCTYPE html>"));
    assertTrue(client.get("/ogc?f=html").body().contains("/ogc/collections?f=html"));
  }

  // --- collections

  @Test
  void collections_describe_extent_crs_and_provenance() {
    JsonNode all = ok("/ogc/collections");
    assertEquals(2, all.get("collections").size());
    JsonNode schools = ok("/ogc/collections/schools");
    assertEquals("schools", schools.get("id").asText());
    assertEquals("feature", schools.get("itemType").asText());
    assertEquals("http://www.opengis.net/def/crs/OGC/1.3/CRS84", schools.get("crs").get(0).asText());
    assertTrue(schools.get("crs").toString().contains("http://www.opengis.net/def/crs/EPSG/0/3857"));
    assertEquals("http://www.opengis.net/def/crs/EPSG/0/32632", schools.get("storageCrs").asText());
    assertEquals(9.0, schools.at("/extent/spatial/bbox/0/0").asDouble(), 0.1);
    assertEquals("2001-09-01", schools.at("/extent/temporal/interval/0/0").asText());
    assertTrue(schools.get("description").asText().contains("STAND-IN"));
    assertEquals(404, client.get("/ogc/collections/nope").statusCode());
  }

  // --- items

  @Test
  void items_are_geojson_in_crs84_with_counts() {
    HttpResponse<String> r = client.get("/ogc/collections/schools/items");
    assertEquals(200, r.statusCode());
    assertEquals("application/geo+json", r.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("<http://www.opengis.net/def/crs/OGC/1.3/CRS84>", r.headers().firstValue("Content-Crs").orElseThrow());
    JsonNode fc = TestClient.json(r);
    assertEquals(3, fc.get("numberMatched").asInt());
    assertEquals(3, fc.get("numberReturned").asInt());
    JsonNode a = fc.at("/features/0");
    assertEquals(1, a.get("id").asInt());
    assertEquals(9.0, a.at("/geometry/coordinates/0").asDouble(), 0.1, "longitude first");
    assertEquals(45.4, a.at("/geometry/coordinates/1").asDouble(), 0.1);
    assertEquals("2001-09-01", a.at("/properties/opened").asText());
  }

  @Test
  void next_links_walk_every_feature_exactly_once_keeping_the_query() {
    List<Integer> ids = new ArrayList<>();
    String url = "/ogc/collections/schools/items?limit=1&sortby=-pupils";
    int pages = 0;
    while (url != null) {
      JsonNode page = ok(url);
      page.get("features").forEach(f -> ids.add(f.get("id").asInt()));
      String next = href(page, "next");
      if (next != null) {
        assertTrue(next.contains("sortby=-pupils"), next);
      }
      url = next == null ? null : next.substring(base.length());
      pages++;
    }
    assertEquals(List.of(1, 2, 3), ids);
    assertEquals(3, pages);
    JsonNode last = ok("/ogc/collections/schools/items?limit=1&offset=2");
    assertTrue(href(last, "prev").contains("offset=1"));
  }

  @Test
  void bbox_in_crs84_and_in_lat_lon_4326() {
    assertEquals(List.of(2, 3), ids("/ogc/collections/schools/items?bbox=9.06,45.41,9.13,45.48"));
    assertEquals(List.of(2, 3), ids("/ogc/collections/schools/items?bbox=45.41,9.06,45.48,9.13&bbox-crs="
        + enc("http://www.opengis.net/def/crs/EPSG/0/4326")));
    assertEquals(List.of(1), ids("/ogc/collections/schools/items?bbox=500000,5030000,505000,5035000&bbox-crs="
        + enc("http://www.opengis.net/def/crs/EPSG/0/32632")));
  }

  @Test
  void crs_sets_coordinates_and_axis_order_and_the_content_crs_header() {
    HttpResponse<String> latLon = client.get("/ogc/collections/schools/items/1?crs=" + enc("http://www.opengis.net/def/crs/EPSG/0/4326"));
    assertEquals("<http://www.opengis.net/def/crs/EPSG/0/4326>", latLon.headers().firstValue("Content-Crs").orElseThrow());
    JsonNode f = TestClient.json(latLon);
    assertEquals(45.4, f.at("/geometry/coordinates/0").asDouble(), 0.1, "EPSG:4326 by URI: latitude first");
    JsonNode utm = ok("/ogc/collections/schools/items/1?crs=" + enc("http://www.opengis.net/def/crs/EPSG/0/32632"));
    assertEquals(501000, utm.at("/geometry/coordinates/0").asDouble(), 1e-6);
    assertEquals(5031000, utm.at("/geometry/coordinates/1").asDouble(), 1e-6);
    assertError(client.get("/ogc/collections/schools/items?crs=" + enc("http://www.opengis.net/def/crs/EPSG/0/2056")), 400, "crs");
  }

  @Test
  void datetime_property_equality_sortby_and_properties() {
    assertEquals(List.of(2, 3), ids("/ogc/collections/schools/items?datetime=2005-01-01/.."));
    assertEquals(List.of(2), ids("/ogc/collections/schools/items?name=" + enc("Scuola B")));
    assertEquals(List.of(3, 2, 1), ids("/ogc/collections/schools/items?sortby=%2Bpupils"));
    JsonNode only = ok("/ogc/collections/schools/items?properties=name&limit=1");
    assertEquals(List.of("name"), fieldNames(only.at("/features/0/properties")));
    assertError(client.get("/ogc/collections/comuni/items?datetime=2020"), 400, "datetime");
  }

  // --- Part 3: CQL2 and queryables

  @Test
  void cql2_text_and_json_filter_the_same() {
    assertEquals(List.of(1, 2), ids("/ogc/collections/schools/items?filter=" + enc("pupils > 200")));
    assertEquals(List.of(1, 2), ids("/ogc/collections/schools/items?filter-lang=cql2-json&filter="
        + enc("{\"op\":\">\",\"args\":[{\"property\":\"pupils\"},200]}")));
    assertEquals(List.of(2), ids("/ogc/collections/schools/items?filter=" + enc("name LIKE '%B' AND opened > DATE('2005-01-01')")));
    assertEquals(List.of(1, 3), ids("/ogc/collections/schools/items?filter=" + enc("pupils < 200 OR opened < DATE('2005-01-01')")));
    assertEquals(List.of(2), ids("/ogc/collections/comuni/items?filter=" + enc("S_INTERSECTS(geom, POINT(9.10 45.46))")));
    assertEquals(List.of(2, 3), ids("/ogc/collections/schools/items?filter=" + enc("S_WITHIN(geom, BBOX(9.06, 45.41, 9.13, 45.48))")));
    assertEquals(List.of(), ids("/ogc/collections/schools/items?filter=" + enc("name = 'x'' OR ''1''=''1'")));
  }

  @Test
  void queryables_are_a_json_schema_of_the_queryable_properties() {
    HttpResponse<String> r = client.get("/ogc/collections/schools/queryables");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/schema+json"));
    JsonNode q = TestClient.json(r);
    assertEquals("https://json-schema.org/draft/2020-12/schema", q.get("$schema").asText());
    assertEquals("date", q.at("/properties/opened/format").asText());
    assertEquals("integer", q.at("/properties/pupils/type").asText());
    assertEquals("geometry-point", q.at("/properties/geom/format").asText());
    assertTrue(q.at("/properties/notes").isMissingNode(), "not queryable, not listed");
  }

  // --- errors

  @Test
  void bad_requests_are_400_with_a_json_body_naming_the_parameter() {
    assertError(client.get("/ogc/collections/schools/items?foo=1"), 400, "foo");
    assertError(client.get("/ogc/collections/schools/items?limit=0"), 400, "limit");
    assertError(client.get("/ogc/collections/schools/items?bbox=1,2,3"), 400, "bbox");
    assertError(client.get("/ogc/collections/schools/items?filter=" + enc("pupils >")), 400, "filter");
    assertError(client.get("/ogc/collections/schools/items?filter=" + enc("notes = 'x'")), 400, "filter");
    assertError(client.get("/ogc/collections/schools/items?filter=" + enc("secret = 'x'")), 400, "filter");
    assertError(client.get("/ogc/collections/schools/items?filter=" + enc("pupils > 'many'")), 400, "filter");
    assertError(client.get("/ogc/collections/schools/items?filter-lang=sql&filter=1"), 400, "filter-lang");
    assertError(client.get("/ogc/collections/schools/items?sortby=notes"), 400, "sortby");
    assertError(client.get("/ogc/collections/schools/items?f=xml"), 400, "f");
    assertError(client.get("/ogc/collections/schools/items/99"), 404, null);
    assertError(client.get("/ogc/conformance?x=1"), 400, "x");
    String deep = "NOT ".repeat(1500) + "pupils > 1";
    assertError(client.get("/ogc/collections/schools/items?filter=" + enc(deep)), 400, "filter");
    JsonNode capped = ok("/ogc/collections/schools/items?limit=999999999");
    assertEquals(3, capped.get("numberReturned").asInt(), "a limit above the maximum is capped, not refused");
  }

  // --- helpers

  static void assertError(HttpResponse<String> r, int status, String parameter) {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode e = TestClient.json(r);
    assertFalse(e.get("code").asText().isEmpty());
    if (parameter != null) {
      assertTrue(e.get("description").asText().contains(parameter), e.get("description").asText());
    }
  }

  static JsonNode ok(String path) {
    HttpResponse<String> r = client.get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return TestClient.json(r);
  }

  static List<Integer> ids(String path) {
    List<Integer> out = new ArrayList<>();
    ok(path).get("features").forEach(f -> out.add(f.get("id").asInt()));
    return out;
  }

  static JsonNode link(JsonNode doc, String rel) {
    for (JsonNode l : doc.get("links")) {
      if (l.get("rel").asText().equals(rel)) {
        return l;
      }
    }
    return null;
  }

  static String href(JsonNode doc, String rel) {
    JsonNode l = link(doc, rel);
    return l == null ? null : l.get("href").asText();
  }

  static List<String> fieldNames(JsonNode o) {
    List<String> out = new ArrayList<>();
    o.fieldNames().forEachRemaining(out::add);
    return out;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
