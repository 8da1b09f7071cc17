package org.smartland.layers.store.postgis;

import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureStoreContractIT;

class PostgisFeatureStoreIT extends FeatureStoreContractIT {

  @Override
  protected FeatureDatabase newDatabase() {
    return TestPostgis.newDatabase("contract", CRS);
  }

  @Override
  protected void dropDatabase(FeatureDatabase db) {
    TestPostgis.drop((PostgisDatabase) db);
  }
}
