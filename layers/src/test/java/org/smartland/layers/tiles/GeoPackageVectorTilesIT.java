package org.smartland.layers.tiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;

class GeoPackageVectorTilesIT extends VectorTilesContractIT {
  @TempDir
  Path dir;

  @Override
  protected FeatureDatabase newDatabase() {
    return GeoPackageDatabase.create(dir.resolve("tiles.gpkg"), CRS);
  }

  @Override
  protected void dropDatabase(FeatureDatabase db) {
    db.close();
    try {
      Files.deleteIfExists(dir.resolve("tiles.gpkg"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
