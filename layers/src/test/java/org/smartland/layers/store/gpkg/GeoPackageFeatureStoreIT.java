package org.smartland.layers.store.gpkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureStoreContractIT;

class GeoPackageFeatureStoreIT extends FeatureStoreContractIT {
  @TempDir
  Path dir;

  @Override
  protected FeatureDatabase newDatabase() {
    return GeoPackageDatabase.create(dir.resolve("contract.gpkg"), CRS);
  }

  @Override
  protected void dropDatabase(FeatureDatabase db) {
    db.close();
    try {
      Files.deleteIfExists(dir.resolve("contract.gpkg"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
