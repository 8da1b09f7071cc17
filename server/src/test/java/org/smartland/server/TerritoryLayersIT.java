package org.smartland.server;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.StoreException;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;

class TerritoryLayersIT {
  @TempDir
  Path dir;

  @Test
  void a_store_missing_a_catalog_layer_is_refused_with_its_name() {
    try (GeoPackageDatabase db = GeoPackageDatabase.create(dir.resolve("partial.gpkg"), FixtureTerritory.CRS)) {
      db.createLayer(FeatureSchema.of(FixtureTerritory.catalog().layer("comuni").orElseThrow()));
      StoreException e = assertThrows(StoreException.class,
          () -> new TerritoryLayers(FixtureTerritory.catalog(), db, FixtureTerritory.CRS));
      assertTrue(e.getMessage().contains("no layer 'schools'"), e.getMessage());
      assertTrue(e.getMessage().contains("./smartland import"), e.getMessage());
    }
  }
}
