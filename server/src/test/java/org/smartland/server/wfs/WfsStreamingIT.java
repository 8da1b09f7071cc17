package org.smartland.server.wfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;
import org.smartland.server.App;
import org.smartland.server.FixtureTerritory;
import org.smartland.server.TerritoryLayers;

/**
 * A 200,000-feature layer served in one GetFeature: the answer is streamed (chunked, no Content-Length), and
 * read back feature by feature it has every feature once.
 */
class WfsStreamingIT {
  static final int FEATURES = 200_000;
  @TempDir
  static Path dir;
  static App app;
  static String base;

  @BeforeAll
  static void start() {
    GeoPackageDatabase db = GeoPackageDatabase.create(dir.resolve("big.gpkg"), FixtureTerritory.CRS);
    FixtureTerritory.writeData(db);
    FeatureStore schools = db.layer(FeatureSchema.of(FixtureTerritory.catalog().layer("schools").orElseThrow()));
    GeometryFactory gf = new GeometryFactory();
    schools.insertAll(LongStream.range(0, FEATURES - 3).mapToObj(i -> Feature.of(
        gf.createPoint(new Coordinate(500000 + (i % 1000) * 10.0, 5030000 + (i / 1000) * 10.0)),
        Map.of("name", "School " + i, "pupils", i))));
    app = new App(new TerritoryLayers(FixtureTerritory.catalog(), db, FixtureTerritory.CRS), FixtureTerritory.styles())
        .start(0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void a_200000_feature_answer_streams() throws Exception {
    HttpResponse<InputStream> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
            + "/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=slt:schools&COUNT=" + FEATURES
            + "&OUTPUTFORMAT=application/json")).build(), HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Length").isEmpty(), "streamed, not buffered");
    long features = 0;
    long matched = -1;
    try (InputStream in = r.body(); JsonParser p = new JsonFactory().createParser(in)) {
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME && p.getParsingContext().getParent().inRoot()
            && p.currentName().equals("numberMatched")) {
          p.nextToken();
          matched = p.getLongValue();
        }
        if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("type")
            && p.getParsingContext().getParent().inArray()) {
          p.nextToken();
          if (p.getText().equals("Feature")) {
            features++;
          }
        }
      }
    }
    assertEquals(FEATURES, matched);
    assertEquals(FEATURES, features);
  }
}
