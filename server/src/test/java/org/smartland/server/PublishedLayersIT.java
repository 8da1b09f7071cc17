package org.smartland.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.catalog.Provenance;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.StoreException;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;

/**
 * Layers published and withdrawn while the server runs, as scenario runs do with their results: every service
 * serves a published layer at once, and answers for a withdrawn one as for a layer that never was. The map is the
 * fixture's, {@code 500000,5030000,510000,5035000} in EPSG:32632 drawn 200×100: pixel (x, y) is at
 * {@code 500000 + 50 x, 5035000 - 50 y}. The new layers draw with the fixture's {@code schools} style: 12-pixel
 * blue squares.
 */
class PublishedLayersIT {
  private static final String MAP = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&STYLES=&CRS=EPSG:32632"
      + "&BBOX=500000,5030000,510000,5035000&WIDTH=200&HEIGHT=100&FORMAT=image/png&LAYERS=";
  private static final String TILE = "/tiles/WebMercatorQuad/10/366/537";
  private static final int BLUE = 0x0000ff;
  private static final int WHITE = 0xffffff;
  private static final GeometryFactory GF = new GeometryFactory();

  @TempDir
  static Path dir;
  static GeoPackageDatabase db;
  static TerritoryLayers territory;
  static App app;
  static TestClient client;

  @BeforeAll
  static void start() {
    db = GeoPackageDatabase.create(dir.resolve("fixture.gpkg"), FixtureTerritory.CRS);
    FixtureTerritory.writeData(db);
    territory = new TerritoryLayers(FixtureTerritory.catalog(), db, FixtureTerritory.CRS);
    app = new App(territory, FixtureTerritory.styles()).start(0);
    client = new TestClient(app.port());
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void a_published_layer_is_served_by_every_service_until_it_is_withdrawn() throws IOException {
    String id = "scenario_7_assets_hit";
    LayerDefinition def = scenarioLayer(id, "schools");
    assertWmsException("LayerNotDefined", MAP + id);
    assertWmsException("LayerNotDefined", MAP + "mobilita");
    write(def, List.of("Ponte A", 502000, 5033000), List.of("Pozzo B", 507000, 5031000),
        List.of("Cabina C", 508000, 5033500));

    territory.publish(List.of(def));

    // WMS: in its corridor's group, drawn where its features are, identified and explained by a legend
    String wms = client.get("/wms?SERVICE=WMS&REQUEST=GetCapabilities").body();
    int group = wms.indexOf("<Name>mobilita</Name>");
    int layer = wms.indexOf("<Name>" + id + "</Name>");
    assertTrue(group > 0 && layer > group && layer < wms.indexOf("<Name>qualita_vita</Name>"), "in its group: " + wms);
    for (String layers : List.of(id, "mobilita")) {
      BufferedImage img = map(MAP + layers);
      assertColour(BLUE, img, 40, 40);
      assertColour(BLUE, img, 140, 80);
      assertColour(BLUE, img, 160, 30);
      assertColour(WHITE, img, 100, 10);
    }
    JsonNode info = TestClient.json(client.get(featureInfo(id, 40, 40)));
    assertEquals("Ponte A", info.at("/features/0/properties/name").asText(), info.toString());
    HttpResponse<byte[]> legend = client.getBytes("/wms?REQUEST=GetLegendGraphic&LAYER=" + id + "&FORMAT=image/png");
    assertEquals(200, legend.statusCode());
    assertTrue(contains(ImageIO.read(new ByteArrayInputStream(legend.body())), BLUE), "the style's swatch");
    assertColour(0xff0000, map(MAP + "comuni"), 50, 50);

    // WFS
    assertTrue(client.get("/wfs?SERVICE=WFS&REQUEST=GetCapabilities").body()
        .contains("<wfs:Name>slt:" + id + "</wfs:Name>"));
    HttpResponse<String> schema = client.get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAMES=slt:"
        + id);
    assertEquals(200, schema.statusCode(), schema.body());
    assertTrue(schema.body().contains("name=\"damage_eur\""), schema.body());
    JsonNode wfs = TestClient.json(client.get(getFeature(id) + "&OUTPUTFORMAT=application/json"));
    assertEquals(List.of("Ponte A", "Pozzo B", "Cabina C"), names(wfs));

    // OGC API Features and Tiles
    assertTrue(collectionIds().contains(id));
    assertTrue(client.get("/ogc/collections?f=html").body().contains("/collections/" + id + "/items?f=html"));
    JsonNode items = TestClient.json(client.get("/ogc/collections/" + id + "/items"));
    assertEquals(3, items.get("numberMatched").asInt());
    assertEquals(List.of("Ponte A", "Pozzo B", "Cabina C"), names(items));
    assertTrue(TestClient.json(client.get("/ogc/collections/" + id + "/queryables")).at("/properties/damage_eur")
        .isObject());
    assertEquals(3, tileLayer("/ogc/collections/" + id + TILE, id).getGeometries().size());
    assertEquals(3, tileLayer("/ogc" + TILE, id).getGeometries().size(), "in the dataset tile too");

    // REST
    JsonNode listed = layer(TestClient.json(client.get("/api/layers")), id);
    assertEquals(3, listed.get("featureCount").asLong());
    assertEquals("mobilita", listed.at("/corridor/id").asText(), listed.toString());
    assertEquals(200, client.get("/api/layers/" + id).statusCode());

    territory.withdraw(List.of(id));

    JtsMvt dataset = decode(client.getBytes("/ogc" + TILE).body());
    assertEquals(3, dataset.getLayer("schools").getGeometries().size());
    assertEquals(null, dataset.getLayer(id), "the cached dataset tile holding it is not served");
    db.dropLayer(id);

    String wmsAfter = client.get("/wms?SERVICE=WMS&REQUEST=GetCapabilities").body();
    assertFalse(wmsAfter.contains(id), wmsAfter);
    assertFalse(wmsAfter.contains("<Name>mobilita</Name>"), "the corridor has no layer left");
    assertWmsException("LayerNotDefined", MAP + id);
    assertWmsException("LayerNotDefined", MAP + "mobilita");
    assertWmsException("LayerNotDefined", featureInfo(id, 40, 40));
    assertWmsException("LayerNotDefined", "/wms?REQUEST=GetLegendGraphic&LAYER=" + id + "&FORMAT=image/png");
    assertColour(0xff0000, map(MAP + "comuni"), 50, 50);

    assertFalse(client.get("/wfs?SERVICE=WFS&REQUEST=GetCapabilities").body().contains(id));
    assertWfsException(getFeature(id), "TYPENAMES");
    assertWfsException("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAMES=slt:" + id, "TYPENAMES");

    assertFalse(collectionIds().contains(id));
    assertFalse(client.get("/ogc/collections?f=html").body().contains(id));
    for (String path : List.of("", "/items", "/items/1", "/queryables", TILE, "/tiles/WebMercatorQuad")) {
      HttpResponse<String> r = client.get("/ogc/collections/" + id + path);
      assertEquals(404, r.statusCode(), path + ": " + r.body());
      assertEquals("NotFound", TestClient.json(r).get("code").asText());
    }

    assertFalse(client.get("/api/layers").body().contains(id));
    assertEquals(404, client.get("/api/layers/" + id).statusCode());
  }

  @Test
  void a_layer_published_again_under_the_same_id_serves_its_new_data() throws IOException {
    String id = "scenario_8_assets_hit";
    LayerDefinition def = scenarioLayer(id, "schools");
    write(def, List.of("Old", 502000, 5033000));
    territory.publish(List.of(def));
    assertColour(BLUE, map(MAP + id), 40, 40);
    assertEquals(1, tileLayer("/ogc/collections/" + id + TILE, id).getGeometries().size());

    territory.withdraw(List.of(id));
    db.dropLayer(id);
    write(def, List.of("New 1", 507000, 5031000), List.of("New 2", 508000, 5033500));
    territory.publish(List.of(def));

    BufferedImage img = map(MAP + id);
    assertColour(WHITE, img, 40, 40);
    assertColour(BLUE, img, 140, 80);
    assertEquals(2, tileLayer("/ogc/collections/" + id + TILE, id).getGeometries().size(), "no stale cached tile");
    assertEquals(List.of("New 1", "New 2"), names(TestClient.json(client.get("/ogc/collections/" + id + "/items"))));
    assertEquals(2, layer(TestClient.json(client.get("/api/layers")), id).get("featureCount").asLong());
    territory.withdraw(List.of(id));
    db.dropLayer(id);
  }

  @Test
  void a_published_layer_is_measured_again_after_a_write_and_a_withdrawn_one_is_not() {
    String id = "scenario_11_assets_hit";
    LayerDefinition def = scenarioLayer(id, "schools");
    write(def, List.of("Ponte A", 502000, 5033000));
    territory.publish(List.of(def));
    assertEquals(1, territory.summary(id).featureCount());

    db.layer(FeatureSchema.of(def)).write(List.of(new FeatureChange.Insert(Feature.of(
        GF.createPoint(new Coordinate(507000, 5031000)), Map.of("name", "Pozzo B")))));
    assertEquals(2, territory.summary(id).featureCount());
    assertEquals(2, layer(TestClient.json(client.get("/api/layers")), id).get("featureCount").asLong());
    assertEquals(2, TestClient.json(client.get("/ogc/collections/" + id + "/items")).get("numberMatched").asInt());

    territory.withdraw(List.of(id));
    db.layer(FeatureSchema.of(def)).write(List.of(new FeatureChange.Insert(Feature.of(
        GF.createPoint(new Coordinate(508000, 5033500)), Map.of("name", "Cabina C")))));
    assertEquals(null, territory.summary(id), "a write to a withdrawn layer's table does not bring it back");
    assertTrue(territory.store(id).isEmpty());
    assertEquals(404, client.get("/api/layers/" + id).statusCode());
    db.dropLayer(id);
  }

  @Test
  void a_layer_whose_style_is_missing_is_left_out_of_wms_only() {
    String id = "scenario_9_unstyled";
    LayerDefinition def = scenarioLayer(id, "no_such_style");
    write(def, List.of("Ponte A", 502000, 5033000));

    territory.publish(List.of(def));

    assertWmsException("LayerNotDefined", MAP + id);
    assertWmsException("LayerNotDefined", MAP + "mobilita");
    assertFalse(client.get("/wms?SERVICE=WMS&REQUEST=GetCapabilities").body().contains(id));
    assertTrue(client.get("/wfs?SERVICE=WFS&REQUEST=GetCapabilities").body().contains("slt:" + id));
    assertTrue(collectionIds().contains(id));
    assertEquals(200, client.get("/api/layers/" + id).statusCode());
    territory.withdraw(List.of(id));
    db.dropLayer(id);
  }

  @Test
  void publishing_a_layer_whose_table_is_missing_or_whose_id_is_taken_changes_nothing() throws IOException {
    LayerDefinition ready = scenarioLayer("scenario_10_ready", "schools");
    write(ready, List.of("Ponte A", 502000, 5033000));
    LayerDefinition missing = scenarioLayer("scenario_10_missing", "schools");
    AtomicInteger changes = new AtomicInteger();
    territory.onLayersChanged(changes::incrementAndGet);
    List<String> before = ids();

    StoreException e = assertThrows(StoreException.class, () -> territory.publish(List.of(ready, missing)));
    assertTrue(e.getMessage().contains("scenario_10_missing"), e.getMessage());
    IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
        () -> territory.publish(List.of(ready, scenarioLayer("schools", "schools"))));
    assertTrue(taken.getMessage().contains("'schools'"), taken.getMessage());

    assertEquals(0, changes.get());
    assertEquals(before, ids());
    assertTrue(territory.store("scenario_10_ready").isEmpty());
    assertEquals(null, territory.summary("scenario_10_ready"));
    assertEquals(3, territory.summary("schools").featureCount());
    assertWmsException("LayerNotDefined", MAP + "scenario_10_ready");
    assertEquals(404, client.get("/ogc/collections/scenario_10_ready").statusCode());
    assertFalse(client.get("/api/layers").body().contains("scenario_10"));

    territory.publish(List.of(ready));
    assertEquals(1, changes.get());
    assertColour(BLUE, map(MAP + "scenario_10_ready"), 40, 40);
    territory.withdraw(List.of("scenario_10_ready", "never_published"));
    assertEquals(2, changes.get());
    db.dropLayer("scenario_10_ready");
  }

  @Test
  void a_layer_whose_style_is_missing_at_startup_still_stops_the_startup() {
    LayerDefinition unstyled = scenarioLayer("scenario_12_unstyled", "no_such_style");
    try (GeoPackageDatabase own = GeoPackageDatabase.create(dir.resolve("startup.gpkg"), FixtureTerritory.CRS)) {
      FixtureTerritory.writeData(own);
      own.createLayer(FeatureSchema.of(unstyled));
      TerritoryLayers withIt = new TerritoryLayers(FixtureTerritory.catalog().withLayers(List.of(unstyled)), own,
          FixtureTerritory.CRS);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new App(withIt, FixtureTerritory.styles()));
      assertEquals("WMS styles do not fit territory 'fixture': layer 'scenario_12_unstyled' names style"
          + " 'no_such_style', which no style file defines", e.getMessage());
    }
  }

  /** A point layer of scenario results in the Mobility corridor, built as the analytics build theirs. */
  private static LayerDefinition scenarioLayer(String id, String style) {
    return new LayerDefinition(id, "Assets hit (" + id + ")", "The assets a scenario's flood reaches.",
        List.of("scenario"), new Provenance.Derived("A scenario run over the territory's layers.", List.of("schools")),
        GeometryType.POINT, 32632, List.of(new AttributeDefinition("name", AttributeType.STRING, "Name", true),
            new AttributeDefinition("damage_eur", AttributeType.DOUBLE, "Damage (€)", true)),
        style, Optional.empty(), Optional.of("mobilita"));
  }

  /** Creates the layer's table with one feature per {@code [name, x, y]}. */
  @SafeVarargs
  private static void write(LayerDefinition def, List<Object>... features) {
    List<FeatureChange> inserts = new ArrayList<>();
    for (List<Object> f : features) {
      inserts.add(new FeatureChange.Insert(Feature.of(GF.createPoint(new Coordinate((int) f.get(1), (int) f.get(2))),
          Map.of("name", f.get(0), "damage_eur", 1000.0))));
    }
    db.createLayer(FeatureSchema.of(def)).write(inserts);
  }

  private static List<String> ids() {
    return territory.catalog().layers().stream().map(LayerDefinition::id).toList();
  }

  private static String featureInfo(String layer, int i, int j) {
    return MAP.replace("GetMap", "GetFeatureInfo") + layer + "&QUERY_LAYERS=" + layer + "&I=" + i + "&J=" + j
        + "&INFO_FORMAT=application/json";
  }

  private static String getFeature(String type) {
    return "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:" + type;
  }

  private static List<String> collectionIds() {
    List<String> out = new ArrayList<>();
    TestClient.json(client.get("/ogc/collections")).get("collections").forEach(c -> out.add(c.get("id").asText()));
    return out;
  }

  private static JsonNode layer(JsonNode layers, String id) {
    for (JsonNode l : layers.get("layers")) {
      if (l.get("id").asText().equals(id)) {
        return l;
      }
    }
    throw new AssertionError("no layer " + id + " in " + layers);
  }

  private static List<String> names(JsonNode featureCollection) {
    List<String> out = new ArrayList<>();
    featureCollection.get("features").forEach(f -> out.add(f.at("/properties/name").asText()));
    return out;
  }

  private static BufferedImage map(String path) throws IOException {
    HttpResponse<byte[]> r = client.getBytes(path);
    assertEquals(200, r.statusCode(), () -> new String(r.body()));
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("image/png"), () -> new String(r.body()));
    return ImageIO.read(new ByteArrayInputStream(r.body()));
  }

  private static JtsLayer tileLayer(String path, String layer) throws IOException {
    HttpResponse<byte[]> r = client.getBytes(path);
    assertEquals(200, r.statusCode(), () -> path + ": " + new String(r.body()));
    JtsLayer l = decode(r.body()).getLayer(layer);
    assertTrue(l != null, "no layer " + layer + " in the tile " + path);
    return l;
  }

  private static JtsMvt decode(byte[] mvt) throws IOException {
    return MvtReader.loadMvt(new ByteArrayInputStream(mvt), GF, new TagKeyValueMapConverter(),
        MvtReader.RING_CLASSIFIER_V2_1);
  }

  private static void assertWmsException(String code, String path) {
    HttpResponse<String> r = client.get(path);
    assertEquals(400, r.statusCode(), path + ": " + r.body());
    assertTrue(r.body().contains("code=\"" + code + "\""), "expected " + code + " for " + path + " but got " + r.body());
  }

  private static void assertWfsException(String path, String locator) {
    HttpResponse<String> r = client.get(path);
    assertEquals(400, r.statusCode(), path + ": " + r.body());
    assertTrue(r.body().contains("exceptionCode=\"InvalidParameterValue\""), r.body());
    assertTrue(r.body().contains("locator=\"" + locator + "\""), r.body());
  }

  private static void assertColour(int rgb, BufferedImage img, int x, int y) {
    assertEquals(Integer.toHexString(rgb), Integer.toHexString(img.getRGB(x, y) & 0xffffff), "pixel " + x + "," + y);
  }

  private static boolean contains(BufferedImage img, int rgb) {
    for (int x = 0; x < img.getWidth(); x++) {
      for (int y = 0; y < img.getHeight(); y++) {
        if ((img.getRGB(x, y) & 0xffffff) == rgb) {
          return true;
        }
      }
    }
    return false;
  }
}
