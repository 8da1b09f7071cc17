package org.smartland.server.ogcapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;
import org.smartland.server.App;
import org.smartland.server.FixtureTerritory;
import org.smartland.server.TerritoryLayers;
import org.smartland.server.TestClient;

/**
 * OGC API - Tiles with MVT against a started server on the fixture territory. The WebMercatorQuad tile
 * 10/366/537 covers the whole fixture (lon 8.79–9.14, lat 45.34–45.58).
 */
class OgcApiTilesIT {
  static final String TILE = "/10/366/537";
  @TempDir
  static Path dir;
  static App app;
  static TestClient client;
  static String base;
  static final HttpClient HTTP = HttpClient.newHttpClient();

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

  @Test
  void a_collection_tile_holds_its_features_with_attributes() throws Exception {
    HttpResponse<byte[]> r = get("/ogc/collections/schools/tiles/WebMercatorQuad" + TILE, Map.of());
    assertEquals(200, r.statusCode());
    assertEquals("application/vnd.mapbox-vector-tile", r.headers().firstValue("Content-Type").orElseThrow());
    JtsMvt mvt = decode(r.body());
    JtsLayer schools = mvt.getLayer("schools");
    assertEquals(3, schools.getGeometries().size());
    Geometry any = schools.getGeometries().iterator().next();
    @SuppressWarnings("unchecked")
    Map<String, Object> attrs = (Map<String, Object>) any.getUserData();
    assertTrue(attrs.containsKey("name"), "the style's and name attributes below zoom 14: " + attrs);
  }

  @Test
  void the_dataset_tile_has_one_layer_per_collection() throws Exception {
    JtsMvt mvt = decode(get("/ogc/tiles/WebMercatorQuad" + TILE, Map.of()).body());
    assertEquals(2, mvt.getLayer("comuni").getGeometries().size());
    assertEquals(3, mvt.getLayer("schools").getGeometries().size());
  }

  @Test
  void gzip_etag_304_and_204() throws Exception {
    HttpResponse<byte[]> zipped = get("/ogc/tiles/WebMercatorQuad" + TILE, Map.of("Accept-Encoding", "gzip"));
    assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElseThrow());
    byte[] plain = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
    assertEquals(2, decode(plain).getLayer("comuni").getGeometries().size());
    String etag = zipped.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.startsWith("\""), "a strong ETag");
    HttpResponse<byte[]> identity = get("/ogc/tiles/WebMercatorQuad" + TILE, Map.of());
    assertNotEquals(etag, identity.headers().firstValue("ETag").orElseThrow(), "another coding, another ETag");
    assertEquals(304, get("/ogc/tiles/WebMercatorQuad" + TILE, Map.of("Accept-Encoding", "gzip", "If-None-Match", etag))
        .statusCode());
    assertEquals(204, get("/ogc/tiles/WebMercatorQuad/10/0/0", Map.of()).statusCode(), "empty tile");
    assertEquals(404, get("/ogc/tiles/WebMercatorQuad/3/8/0", Map.of()).statusCode(), "outside the matrix");
    assertEquals(400, get("/ogc/tiles/WebMercatorQuad/a/0/0", Map.of()).statusCode());
    assertEquals(404, get("/ogc/tiles/NoSuchSet/0/0/0", Map.of()).statusCode());
  }

  @Test
  void world_crs84_quad_tiles_too() throws Exception {
    // zoom 8 in WorldCRS84Quad: 0.703125° tiles; column of lon 9.0 = (9 + 180) / 0.703125 = 268, row of lat 45.45 = (90 - 45.45) / 0.703125 = 63
    JtsMvt mvt = decode(get("/ogc/collections/comuni/tiles/WorldCRS84Quad/8/63/268", Map.of()).body());
    assertTrue(mvt.getLayer("comuni").getGeometries().size() >= 1);
  }

  @Test
  void metadata_tilejson_and_tile_matrix_sets() {
    JsonNode sets = TestClient.json(client.get("/ogc/collections/roads_missing/tiles"));
    assertEquals("NotFound", sets.get("code").asText());
    JsonNode tilesets = TestClient.json(client.get("/ogc/collections/comuni/tiles"));
    assertEquals(2, tilesets.get("tilesets").size());
    JsonNode ts = TestClient.json(client.get("/ogc/collections/comuni/tiles/WebMercatorQuad"));
    assertEquals("vector", ts.get("dataType").asText());
    assertEquals("http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad", ts.get("tileMatrixSetURI").asText());
    assertTrue(ts.get("tileMatrixSetLimits").size() > 5);
    assertEquals("comuni", ts.at("/layers/0/id").asText());
    JsonNode tj = TestClient.json(client.get("/ogc/collections/comuni/tiles/WebMercatorQuad?f=tilejson"));
    assertEquals("3.0.0", tj.get("tilejson").asText());
    assertEquals(base + "/ogc/collections/comuni/tiles/WebMercatorQuad/{z}/{y}/{x}", tj.at("/tiles/0").asText());
    assertEquals("comuni", tj.at("/vector_layers/0/id").asText());
    JsonNode tms = TestClient.json(client.get("/ogc/tileMatrixSets/WebMercatorQuad"));
    assertEquals(559082264.0287178, tms.at("/tileMatrices/0/scaleDenominator").asDouble(), 1e-3);
    assertEquals(2, TestClient.json(client.get("/ogc/tileMatrixSets")).get("tileMatrixSets").size());
  }

  @Test
  void the_tileset_as_html_is_a_map_page_with_openlayers_from_this_server() {
    HttpResponse<String> page = client.get("/ogc/collections/comuni/tiles/WebMercatorQuad?f=html");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    String html = page.body();
    String ol = "/webjars/ol/" + TileMapPage.OL_VERSION;
    assertTrue(html.contains("data-tiles=\"" + base + "/ogc/collections/comuni/tiles/WebMercatorQuad/{z}/{y}/{x}\""), html);
    assertTrue(html.contains("data-layer=\"comuni\""), "the layer list");
    assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), "no inline event handlers");
    for (String asset : List.of(ol + "/dist/ol.js", ol + "/ol.css")) {
      assertTrue(html.contains(base + asset), asset);
      assertEquals(200, client.get(asset).statusCode(), asset + " is served");
    }
    assertTrue(client.get("/ogc/tiles/WebMercatorQuad", "Accept", "text/html,*/*;q=0.8").body()
        .contains("data-layer=\"schools\""), "browsers get the map of the dataset tileset");
    assertTrue(TestClient.json(client.get("/ogc/tiles/WebMercatorQuad")).get("links").toString()
        .contains(base + "/ogc/tiles/WebMercatorQuad?f=html"), "the JSON links to its map");
    assertEquals(400, client.get("/ogc/collections/comuni/tiles/WorldCRS84Quad?f=html").statusCode());
    assertEquals(400, client.get("/ogc/collections/comuni/tiles/WebMercatorQuad?f=png").statusCode());
  }

  @Test
  void a_write_to_a_layer_invalidates_its_cached_tiles() throws Exception {
    GeoPackageDatabase db = GeoPackageDatabase.create(dir.resolve("written.gpkg"), FixtureTerritory.CRS);
    FixtureTerritory.writeData(db);
    App own = new App(new TerritoryLayers(FixtureTerritory.catalog(), db, FixtureTerritory.CRS),
        FixtureTerritory.styles()).start(0);
    try {
      String url = "http://127.0.0.1:" + own.port() + "/ogc/collections/schools/tiles/WebMercatorQuad" + TILE;
      HttpResponse<byte[]> before = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(3, decode(before.body()).getLayer("schools").getGeometries().size());
      db.layer(FeatureSchema.of(FixtureTerritory.catalog().layer("schools").orElseThrow())).write(List.of(
          new FeatureChange.Insert(Feature.of(new GeometryFactory().createPoint(new Coordinate(503000, 5033000)),
              Map.of("name", "Scuola D")))));
      HttpResponse<byte[]> after = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(4, decode(after.body()).getLayer("schools").getGeometries().size(), "the cached tile was dropped");
      assertNotEquals(before.headers().firstValue("ETag").orElseThrow(), after.headers().firstValue("ETag").orElseThrow());
    } finally {
      own.stop();
    }
  }

  private static JtsMvt decode(byte[] mvt) throws IOException {
    return MvtReader.loadMvt(new ByteArrayInputStream(mvt), new GeometryFactory(), new TagKeyValueMapConverter(),
        MvtReader.RING_CLASSIFIER_V2_1);
  }

  private static HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    headers.forEach(b::header);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
