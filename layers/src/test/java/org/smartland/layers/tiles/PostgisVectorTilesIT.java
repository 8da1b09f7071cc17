package org.smartland.layers.tiles;

import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.postgis.PostgisDatabase;
import org.smartland.layers.store.postgis.TestPostgis;

class PostgisVectorTilesIT extends VectorTilesContractIT {

  @Override
  protected FeatureDatabase newDatabase() {
    return TestPostgis.newDatabase("tiles", CRS);
  }

  @Override
  protected void dropDatabase(FeatureDatabase db) {
    TestPostgis.drop((PostgisDatabase) db);
  }
}
