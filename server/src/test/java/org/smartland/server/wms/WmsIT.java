package org.smartland.server.wms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;
import org.smartland.server.App;
import org.smartland.server.FixtureTerritory;
import org.smartland.server.TerritoryLayers;
import org.smartland.server.TestClient;
import org.smartland.server.ogc.OgcSchemas;

/**
 * WMS 1.3.0 against a started server on the fixture territory: Corsico (red) fills x 500–505 km,
 * Buccinasco (green) x 505–510 km, y 5030–5035 km in EPSG:32632; blue school squares at known points.
 */
class WmsIT {
  private static final String NATIVE_BBOX = "500000,5030000,510000,5035000";
  @TempDir
  static Path dir;
  static App app;
  static HttpClient http = HttpClient.newHttpClient();
  static String base;

  @BeforeAll
  static void start() {
    GeoPackageDatabase db = GeoPackageDatabase.create(dir.resolve("fixture.gpkg"), FixtureTerritory.CRS);
    FixtureTerritory.writeData(db);
    TerritoryLayers territory = new TerritoryLayers(FixtureTerritory.catalog(), db, FixtureTerritory.CRS);
    app = new App(territory, FixtureTerritory.styles()).start(0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void capabilities_validate_against_the_official_schema() {
    HttpResponse<byte[]> r = get("/ows?SERVICE=WMS&REQUEST=GetCapabilities");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/xml"));
    List<String> errors = OgcSchemas.errors(r.body(), "http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd");
    assertEquals(List.of(), errors);
  }

  @Test
  void capabilities_group_layers_by_corridor_with_bounding_boxes_in_each_crs_axis_order() {
    String xml = text(get("/wms?service=WMS&request=GetCapabilities&version=1.1.1"));
    assertTrue(xml.contains("version=\"1.3.0\""));
    assertTrue(xml.contains("<Name>qualita_vita</Name>"), "corridor group");
    assertTrue(xml.contains("<Name>base</Name>"), "base group");
    assertTrue(xml.contains("<Name>schools</Name>"));
    assertTrue(xml.contains("STAND-IN"), "provenance in the abstract");
    assertTrue(xml.contains("<MaxWidth>4096</MaxWidth>"));
    assertTrue(xml.contains("REQUEST=GetLegendGraphic"));
    assertTrue(xml.contains("xlink:href=\"" + base + "/wms\""), "operation URLs carry no query string");
    int i = xml.indexOf("<BoundingBox CRS=\"EPSG:4326\"");
    String box = xml.substring(i, xml.indexOf("/>", i));
    double minx = Double.parseDouble(box.replaceAll(".*minx=\"([-0-9.]+)\".*", "$1"));
    double miny = Double.parseDouble(box.replaceAll(".*miny=\"([-0-9.]+)\".*", "$1"));
    assertEquals(45.4, minx, 0.1, "EPSG:4326 bounding boxes are lat/lon in WMS 1.3.0");
    assertEquals(9.0, miny, 0.1);
    int j = xml.indexOf("<BoundingBox CRS=\"CRS:84\"");
    String crs84 = xml.substring(j, xml.indexOf("/>", j));
    assertEquals(9.0, Double.parseDouble(crs84.replaceAll(".*minx=\"([-0-9.]+)\".*", "$1")), 0.1);
  }

  @Test
  void capabilities_need_the_service_parameter() {
    HttpResponse<byte[]> r = get("/ows?REQUEST=GetCapabilities");
    assertEquals(400, r.statusCode());
    assertTrue(text(r).contains("MissingParameterValue"));
  }

  @Test
  void getmap_draws_features_where_they_are_in_the_native_crs() throws IOException {
    BufferedImage img = map("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=comuni,schools&STYLES=&CRS=EPSG:32632"
        + "&BBOX=" + NATIVE_BBOX + "&WIDTH=200&HEIGHT=100&FORMAT=image/png");
    assertColour(0xff0000, img, 50, 50);
    assertColour(0x00ff00, img, 180, 80);
    assertColour(0x0000ff, img, 120, 60);
    assertColour(0x0000ff, img, 180, 20);
  }

  @Test
  void getmap_in_epsg_4326_takes_lat_lon_and_in_1_1_1_lon_lat() throws IOException {
    Envelope e = FixtureTerritory.CRS.transform(new Envelope(500000, 510000, 5030000, 5035000), 32632, 4326);
    String latLon = e.getMinY() + "," + e.getMinX() + "," + e.getMaxY() + "," + e.getMaxX();
    BufferedImage v13 = map("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=comuni&STYLES=&CRS=EPSG:4326"
        + "&BBOX=" + latLon + "&WIDTH=200&HEIGHT=100&FORMAT=image/png");
    assertColour(0xff0000, v13, 40, 50);
    assertColour(0x00ff00, v13, 160, 50);
    String lonLat = e.getMinX() + "," + e.getMinY() + "," + e.getMaxX() + "," + e.getMaxY();
    BufferedImage v11 = map("/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=comuni&STYLES=&SRS=EPSG:4326"
        + "&BBOX=" + lonLat + "&WIDTH=200&HEIGHT=100&FORMAT=image/png");
    assertColour(0xff0000, v11, 40, 50);
    BufferedImage crs84 = map("/wms?REQUEST=GetMap&LAYERS=comuni&STYLES=&CRS=CRS:84"
        + "&BBOX=" + lonLat + "&WIDTH=200&HEIGHT=100&FORMAT=image/png");
    assertColour(0x00ff00, crs84, 160, 50);
  }

  @Test
  void getmap_in_web_mercator_and_exponent_notation() throws IOException {
    Envelope e = FixtureTerritory.CRS.transform(new Envelope(500000, 510000, 5030000, 5035000), 32632, 3857);
    String bbox = String.format(java.util.Locale.ROOT, "%e,%e,%e,%e", e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    BufferedImage img = map("/ows?SERVICE=WMS&REQUEST=GetMap&LAYERS=comuni&STYLES=&CRS=EPSG:3857"
        + "&BBOX=" + bbox + "&WIDTH=200&HEIGHT=100&FORMAT=image/png");
    assertColour(0xff0000, img, 40, 50);
    assertColour(0x00ff00, img, 160, 50);
  }

  @Test
  void transparent_png_has_alpha_where_nothing_is_drawn_and_jpeg_is_opaque() throws IOException {
    String wide = "490000,5020000,520000,5045000";
    BufferedImage t = map("/wms?REQUEST=GetMap&LAYERS=comuni&STYLES=&CRS=EPSG:32632&BBOX=" + wide
        + "&WIDTH=300&HEIGHT=250&FORMAT=image/png&TRANSPARENT=TRUE");
    assertEquals(0, t.getRGB(5, 5) >>> 24, "transparent corner");
    assertEquals(0xff, t.getRGB(150, 125) >>> 24, "opaque inside the Comuni");
    HttpResponse<byte[]> jpeg = get("/wms?REQUEST=GetMap&LAYERS=comuni&STYLES=&CRS=EPSG:32632&BBOX=" + wide
        + "&WIDTH=300&HEIGHT=250&FORMAT=image/jpeg&BGCOLOR=0x000000");
    assertEquals("image/jpeg", jpeg.headers().firstValue("Content-Type").orElseThrow());
    BufferedImage j = ImageIO.read(new ByteArrayInputStream(jpeg.body()));
    assertTrue((j.getRGB(5, 5) & 0xffffff) < 0x101010, "black background");
  }

  @Test
  void a_group_name_draws_its_layers() throws IOException {
    BufferedImage img = map("/wms?REQUEST=GetMap&LAYERS=qualita_vita&STYLES=&CRS=EPSG:32632&BBOX=" + NATIVE_BBOX
        + "&WIDTH=200&HEIGHT=100&FORMAT=image/png&TRANSPARENT=TRUE");
    assertColour(0x0000ff, img, 120, 60);
    assertEquals(0, img.getRGB(50, 50) >>> 24, "comuni are not in the group");
  }

  @Test
  void time_selects_the_features_of_that_time_and_capabilities_list_the_times() throws IOException {
    String schools = "/wms?REQUEST=GetMap&LAYERS=schools&STYLES=&CRS=EPSG:32632&BBOX=" + NATIVE_BBOX
        + "&WIDTH=200&HEIGHT=100&FORMAT=image/png&TRANSPARENT=TRUE";
    BufferedImage all = map(schools);
    assertColour(0x0000ff, all, 20, 80);
    assertColour(0x0000ff, all, 120, 60);
    BufferedImage in2010 = map(schools + "&TIME=2010");
    assertEquals(0, in2010.getRGB(20, 80) >>> 24, "Scuola A opened in 2001");
    assertColour(0x0000ff, in2010, 120, 60);
    BufferedImage range = map(schools + "&TIME=2000/2010");
    assertColour(0x0000ff, range, 20, 80);
    assertEquals(0, range.getRGB(180, 20) >>> 24, "Scuola C opened in 2020");
    String xml = text(get("/wms?SERVICE=WMS&REQUEST=GetCapabilities"));
    assertTrue(xml.contains("<Dimension name=\"time\" units=\"ISO8601\" default=\"2001-09-01/2020-09-01\" nearestValue=\"0\">"
        + "2001-09-01,2010-09-01,2020-09-01</Dimension>"), xml);
  }

  @Test
  void parameter_names_are_case_insensitive() throws IOException {
    BufferedImage img = map("/wms?request=GetMap&layers=comuni&styles=&crs=EPSG:32632&bbox=" + NATIVE_BBOX
        + "&width=200&height=100&format=image/png");
    assertColour(0xff0000, img, 50, 50);
  }

  @Test
  void bad_requests_get_the_right_exception_codes() {
    String ok = "/wms?REQUEST=GetMap&LAYERS=comuni&STYLES=&CRS=EPSG:32632&BBOX=" + NATIVE_BBOX
        + "&WIDTH=200&HEIGHT=100&FORMAT=image/png";
    assertException("LayerNotDefined", ok.replace("LAYERS=comuni", "LAYERS=nope"));
    assertException("StyleNotDefined", ok.replace("STYLES=", "STYLES=nope"));
    assertException("InvalidCRS", ok.replace("EPSG:32632", "EPSG:2056"));
    assertException("InvalidCRS", ok.replace("EPSG:32632", "EPSG:banana"));
    assertException("InvalidParameterValue", ok.replace(NATIVE_BBOX, "1,2,3"));
    assertException("InvalidParameterValue", ok.replace(NATIVE_BBOX, "510000,5030000,500000,5035000"));
    assertException("InvalidParameterValue", ok.replace("WIDTH=200", "WIDTH=99999"));
    assertException("InvalidParameterValue", ok.replace("WIDTH=200", "WIDTH=-5"));
    assertException("InvalidFormat", ok.replace("image/png", "image/gif"));
    assertException("MissingParameterValue", ok.replace("&CRS=EPSG:32632", ""));
    assertException("OperationNotSupported", "/wms?SERVICE=WMS&REQUEST=DescribeLayer");
    assertException("InvalidDimensionValue", ok.replace("LAYERS=comuni", "LAYERS=schools") + "&TIME=yesterday");
  }

  @Test
  void echoed_values_are_escaped() {
    HttpResponse<byte[]> r = get("/wms?REQUEST=GetMap&LAYERS=" + enc("<script>alert(1)</script>")
        + "&STYLES=&CRS=EPSG:32632&BBOX=" + NATIVE_BBOX + "&WIDTH=20&HEIGHT=20&FORMAT=image/png");
    String body = text(r);
    assertFalse(body.contains("<script>"), body);
    assertTrue(body.contains("&lt;script>") || body.contains("&lt;script&gt;"), body);
    assertEquals(List.of(), OgcSchemas.errors(r.body(), "http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd"));
  }

  @Test
  void inimage_and_blank_exceptions_are_images() throws IOException {
    String bad = "/wms?REQUEST=GetMap&LAYERS=nope&STYLES=&CRS=EPSG:32632&BBOX=" + NATIVE_BBOX
        + "&WIDTH=200&HEIGHT=100&FORMAT=image/png&TRANSPARENT=TRUE&EXCEPTIONS=";
    BufferedImage inimage = map(bad + "INIMAGE");
    assertEquals(200, inimage.getWidth());
    boolean hasText = false;
    for (int x = 0; x < 200 && !hasText; x++) {
      for (int y = 0; y < 30 && !hasText; y++) {
        hasText = (inimage.getRGB(x, y) >>> 24) != 0;
      }
    }
    assertTrue(hasText, "the message is drawn");
    BufferedImage blank = map(bad + "application/vnd.ogc.se_blank");
    assertEquals(0, blank.getRGB(100, 50) >>> 24);
  }

  @Test
  void feature_info_answers_in_the_format_asked_for() {
    String gfi = "/wms?REQUEST=GetFeatureInfo&LAYERS=comuni,schools&QUERY_LAYERS=comuni,schools&STYLES=&CRS=EPSG:32632"
        + "&BBOX=" + NATIVE_BBOX + "&WIDTH=200&HEIGHT=100&I=120&J=60&FEATURE_COUNT=5&INFO_FORMAT=";
    HttpResponse<byte[]> json = get(gfi + "application/json");
    assertEquals("application/json", json.headers().firstValue("Content-Type").orElseThrow());
    JsonNode fc = TestClient.json(text(json));
    assertEquals(2, fc.get("features").size());
    assertEquals("Buccinasco", fc.at("/features/0/properties/name").asText());
    assertEquals("Scuola B", fc.at("/features/1/properties/name").asText());
    assertEquals(9.0, fc.at("/features/1/geometry/coordinates/0").asDouble(), 0.2, "GeoJSON is lon/lat");
    assertEquals("application/geo+json", get(gfi + "application/geo+json").headers().firstValue("Content-Type").orElseThrow());
    String plain = text(get(gfi + "text/plain"));
    assertTrue(plain.contains("name = Scuola B"), plain);
    String html = text(get(gfi + "text/html"));
    assertTrue(html.contains("<td>Buccinasco</td>"), html);
    String gml = text(get(gfi + "application/vnd.ogc.gml"));
    assertTrue(gml.contains("srsName=\"EPSG:32632\"") && gml.contains("506000"), gml);
    assertTrue(text(get(gfi + "text/xml")).contains("gml:featureMember"));
  }

  @Test
  void feature_info_respects_feature_count_and_bad_points_and_formats() {
    String gfi = "/wms?REQUEST=GetFeatureInfo&LAYERS=comuni&QUERY_LAYERS=comuni&STYLES=&CRS=EPSG:32632"
        + "&BBOX=" + NATIVE_BBOX + "&WIDTH=200&HEIGHT=100&INFO_FORMAT=application/json";
    JsonNode one = TestClient.json(text(get(gfi + "&I=100&J=50")));
    assertEquals(1, one.get("features").size(), "FEATURE_COUNT defaults to 1");
    assertException("InvalidPoint", gfi + "&I=200&J=50");
    assertException("InvalidFormat", gfi.replace("application/json", "image/png") + "&I=1&J=1");
    assertException("LayerNotDefined", gfi.replace("QUERY_LAYERS=comuni", "QUERY_LAYERS=schools") + "&I=1&J=1");
    assertException("MissingParameterValue", gfi + "&J=1");
  }

  @Test
  void legend_graphic_has_a_swatch_per_rule() throws IOException {
    HttpResponse<byte[]> r = get("/wms?SERVICE=WMS&REQUEST=GetLegendGraphic&LAYER=comuni&FORMAT=image/png");
    assertEquals("image/png", r.headers().firstValue("Content-Type").orElseThrow());
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.body()));
    assertTrue(contains(img, 0xff0000) && contains(img, 0x00ff00), "both rules' colours");
    BufferedImage rule = ImageIO.read(new ByteArrayInputStream(
        get("/wms?REQUEST=GetLegendGraphic&LAYER=comuni&STYLE=comuni&RULE=other&FORMAT=image/png").body()));
    assertTrue(contains(rule, 0x00ff00) && !contains(rule, 0xff0000), "only the asked rule");
    assertException("LayerNotDefined", "/wms?REQUEST=GetLegendGraphic&LAYER=nope&FORMAT=image/png");
    assertException("StyleNotDefined", "/wms?REQUEST=GetLegendGraphic&LAYER=comuni&STYLE=nope&FORMAT=image/png");
    assertException("InvalidFormat", "/wms?REQUEST=GetLegendGraphic&LAYER=comuni&FORMAT=text/html");
  }

  private static boolean contains(BufferedImage img, int rgb) {
    for (int x = 0; x < img.getWidth(); x++) {
      for (int y = 0; y < img.getHeight(); y++) {
        if ((img.getRGB(x, y) & 0xffffff) == rgb && (img.getRGB(x, y) >>> 24) == 0xff) {
          return true;
        }
      }
    }
    return false;
  }

  private static void assertException(String code, String path) {
    HttpResponse<byte[]> r = get(path);
    String body = text(r);
    assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + body);
    assertTrue(body.contains("code=\"" + code + "\""), "expected " + code + " for " + path + " but got " + body);
  }

  private static void assertColour(int rgb, BufferedImage img, int x, int y) {
    assertEquals(Integer.toHexString(rgb), Integer.toHexString(img.getRGB(x, y) & 0xffffff), "pixel " + x + "," + y);
  }

  private static BufferedImage map(String path) throws IOException {
    HttpResponse<byte[]> r = get(path);
    assertEquals(200, r.statusCode(), () -> text(r));
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("image/"), () -> text(r));
    return ImageIO.read(new ByteArrayInputStream(r.body()));
  }

  static HttpResponse<byte[]> get(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
