package org.smartland.server.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.smartland.layers.store.postgis.LocalPostgresCluster;
import org.smartland.layers.store.postgis.PostgisDatabase;
import org.smartland.server.App;
import org.smartland.server.FixtureTerritory;
import org.smartland.server.TerritoryLayers;
import org.smartland.server.TestClient;

/** PostGIS goes away under a running server and comes back: health follows without a restart. */
class HealthIT {

  @Test
  void health_turns_503_while_postgis_is_down_and_200_when_it_returns() throws InterruptedException {
    try (LocalPostgresCluster cluster = LocalPostgresCluster.start()) {
      PostgisDatabase db = PostgisDatabase.open(cluster.jdbcUrl(), null, null, "fixture", FixtureTerritory.CRS);
      FixtureTerritory.writeData(db);
      App app = new App(new TerritoryLayers(FixtureTerritory.catalog(), db, FixtureTerritory.CRS), FixtureTerritory.styles()).start(0);
      try {
        TestClient client = new TestClient(app.port());
        assertEquals(200, client.get("/health").statusCode());
        assertEquals(200, client.get("/api/layers").statusCode());

        cluster.pause();
        HttpResponse<String> down = client.get("/health");
        assertEquals(503, down.statusCode());
        JsonNode body = TestClient.json(down);
        assertEquals("unavailable", body.get("status").asText());
        assertEquals(false, body.at("/stores/0/available").asBoolean());

        cluster.resume();
        int status = 0;
        for (int i = 0; i < 40 && status != 200; i++) {
          status = client.get("/health").statusCode();
          if (status != 200) {
            Thread.sleep(250);
          }
        }
        assertEquals(200, status);
      } finally {
        app.stop();
      }
    }
  }
}
