package org.smartland.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerCatalogReader;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;
import org.smartland.layers.style.StyleLibrary;

/** The test territory of {@code territories/fixture}: its catalog, and its data written into any store. */
public final class FixtureTerritory {
  public static final Path TERRITORIES = Path.of("src/test/resources/territories");
  public static final CrsTransforms CRS = new CrsTransforms();

  private FixtureTerritory() {
  }

  public static LayerCatalog catalog() {
    return LayerCatalogReader.read(TERRITORIES.resolve("fixture/territory.yaml"));
  }

  public static StyleLibrary styles() {
    return StyleLibrary.forTerritory(TERRITORIES, "fixture");
  }

  /** A server on a free port over a new GeoPackage of the fixture at {@code gpkg}. */
  public static App startServer(Path gpkg) {
    GeoPackageDatabase db = GeoPackageDatabase.create(gpkg, CRS);
    writeData(db);
    return new App(new TerritoryLayers(catalog(), db, CRS), styles()).start(0);
  }

  /** Writes two Comuni and three schools. */
  public static void writeData(FeatureDatabase db) {
    LayerCatalog catalog = catalog();
    FeatureStore comuni = db.createLayer(FeatureSchema.of(catalog.layer("comuni").orElseThrow()));
    comuni.write(List.of(
        insert("POLYGON ((500000 5030000, 505000 5030000, 505000 5035000, 500000 5035000, 500000 5030000))",
            Map.of("istat_code", "015093", "name", "Corsico", "pop_res_2021", 34000L)),
        insert("POLYGON ((505000 5030000, 510000 5030000, 510000 5035000, 505000 5035000, 505000 5030000))",
            Map.of("istat_code", "015032", "name", "Buccinasco", "pop_res_2021", 27000L))));
    FeatureStore schools = db.createLayer(FeatureSchema.of(catalog.layer("schools").orElseThrow()));
    schools.write(List.of(
        insert("POINT (501000 5031000)", Map.of("name", "Scuola A", "pupils", 300L, "opened", "2001-09-01")),
        insert("POINT (506000 5032000)", Map.of("name", "Scuola B", "pupils", 250L, "opened", "2010-09-01")),
        insert("POINT (509000 5034000)", Map.of("name", "Scuola C", "pupils", 120L, "opened", "2020-09-01"))));
  }

  private static FeatureChange insert(String wkt, Map<String, Object> props) {
    try {
      return new FeatureChange.Insert(Feature.of(new WKTReader().read(wkt), props));
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
