package org.smartland.server.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;
import org.smartland.server.App;
import org.smartland.server.FixtureTerritory;
import org.smartland.server.TerritoryLayers;
import org.smartland.server.TestClient;

/**
 * WFS 2.0 and OGC API - Features with GDAL ({@code ogrinfo WFS:/OAPIF:}, {@code ogr2ogr} with a bbox and
 * forced paging) and OWSLib, as
 * installed from Debian by {@code ./smartland test}, against a started server on the fixture territory plus
 * a grid of schools, so that there are pages to walk.
 */
class RealClientsFeaturesIT {
  @TempDir
  static Path dir;
  static App app;
  static String ows;

  @BeforeAll
  static void start() {
    GeoPackageDatabase db = GeoPackageDatabase.create(dir.resolve("fixture.gpkg"), FixtureTerritory.CRS);
    FixtureTerritory.writeData(db);
    addGridSchools(db);
    app = new App(new TerritoryLayers(FixtureTerritory.catalog(), db, FixtureTerritory.CRS), FixtureTerritory.styles())
        .start(0);
    ows = "http://127.0.0.1:" + app.port() + "/ows";
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void ogrinfo_lists_the_feature_types_with_their_counts() throws Exception {
    ClientRun r = ClientRun.of(List.of("ogrinfo", "-ro", "-so", "-al", "WFS:" + ows + "?SERVICE=WFS&VERSION=2.0.0"));
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().contains("Layer name: slt:comuni"), r.output());
    assertTrue(r.output().contains("Layer name: slt:schools"), r.output());
    assertTrue(r.output().contains("Feature Count: " + (3 + GRID_SCHOOLS)), r.output());
    assertTrue(r.output().contains("opened: Date"), "xs:date read as a date: " + r.output());
  }

  @Test
  void ogr2ogr_pages_a_bbox_to_exactly_number_matched_without_overlap() throws Exception {
    Path out = dir.resolve("schools-west.geojson");
    ClientRun r = ClientRun.of(List.of("ogr2ogr", "-f", "GeoJSON", out.toString(), "WFS:" + ows + "?SERVICE=WFS&VERSION=2.0.0",
        "slt:schools", "-spat", "500000", "5030000", "505000", "5035000",
        "--config", "OGR_WFS_PAGING_ALLOWED", "ON", "--config", "OGR_WFS_PAGE_SIZE", "37",
        "--config", "CPL_DEBUG", "ON"));
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().contains("STARTINDEX=37") || r.output().contains("startIndex=\"37\""),
        "GDAL paged: " + r.output());
    String hits = http(ows + "?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&RESULTTYPE=hits"
        + "&BBOX=500000,5030000,505000,5035000,urn:ogc:def:crs:EPSG::32632");
    long matched = Long.parseLong(hits.replaceAll("(?s).*numberMatched=\"(\\d+)\".*", "$1"));
    var features = TestClient.json(Files.readString(out)).get("features");
    Set<String> ids = new HashSet<>();
    features.forEach(f -> ids.add(f.at("/properties/gml_id").asText()));
    assertEquals(matched, features.size(), "features GDAL got = numberMatched");
    assertEquals(features.size(), ids.size(), "no feature twice across pages");
    assertEquals(1 + 13 * 13, matched, "school A and the 13 x 13 grid points west of x = 505 km");
  }

  @Test
  void owslib_pages_filters_and_gets_by_id_over_wfs() throws Exception {
    ClientRun r = ClientRun.of(List.of("/usr/bin/python3", "src/test/clients/owslib_wfs_check.py", ows, "slt:schools",
        "500000,5030000,505000,5035000", "40"));
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().contains("OWSLib WFS checks passed"), r.output());
  }

  @Test
  void ogrinfo_lists_the_ogc_api_collections_with_their_counts() throws Exception {
    String oapif = ows.replace("/ows", "/ogc");
    ClientRun r = ClientRun.of(List.of("ogrinfo", "-ro", "-so", "-al", "OAPIF:" + oapif));
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().contains("Layer name: schools"), r.output());
    assertTrue(r.output().contains("Feature Count: " + (3 + GRID_SCHOOLS)), r.output());
    assertTrue(r.output().contains("Geometry: Point"), r.output());
  }

  @Test
  void ogr2ogr_pages_an_ogc_api_bbox_to_exactly_number_matched() throws Exception {
    String oapif = ows.replace("/ows", "/ogc");
    Path out = dir.resolve("schools-oapif.geojson");
    ClientRun r = ClientRun.of(List.of("ogr2ogr", "-f", "GeoJSON", out.toString(), "OAPIF:" + oapif, "schools",
        "-spat", "9.0", "45.0", "9.06", "46.0", "-oo", "PAGE_SIZE=37", "--config", "CPL_DEBUG", "ON"));
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().contains("offset=37"), "GDAL followed next links: " + r.output());
    var features = TestClient.json(Files.readString(out)).get("features");
    String count = http(oapif + "/collections/schools/items?limit=1&bbox=9.0,45.0,9.06,46.0");
    long matched = TestClient.json(count).get("numberMatched").asLong();
    Set<String> ids = new HashSet<>();
    features.forEach(f -> ids.add(f.at("/properties/name").asText()));
    assertTrue(matched > 37, "more than one page: " + matched);
    assertEquals(matched, features.size(), "features GDAL got = numberMatched");
    assertEquals(features.size(), ids.size(), "no feature twice across pages");
  }

  /** 25 x 13 extra schools every 400 m, so that clients have pages to walk. */
  static final int GRID_SCHOOLS = 25 * 13;

  private static void addGridSchools(GeoPackageDatabase db) {
    FeatureStore schools = db.layer(FeatureSchema.of(FixtureTerritory.catalog().layer("schools").orElseThrow()));
    List<FeatureChange> inserts = new ArrayList<>();
    GeometryFactory gf = new GeometryFactory();
    for (int i = 0; i < 25; i++) {
      for (int j = 0; j < 13; j++) {
        inserts.add(new FeatureChange.Insert(Feature.of(gf.createPoint(new Coordinate(500100 + 400 * i, 5030100 + 400 * j)),
            Map.of("name", "Grid " + i + "/" + j, "pupils", (long) (i * 13 + j), "opened", "2015-09-01"))));
      }
    }
    schools.write(inserts);
  }

  private static String http(String url) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }
}
