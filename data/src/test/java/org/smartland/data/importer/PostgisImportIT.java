package org.smartland.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.data.territory.Territories;
import org.smartland.data.territory.TerritoryConfig;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.catalog.LayerCatalogReader;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;
import org.smartland.layers.store.postgis.PostgisDatabase;
import org.smartland.layers.store.postgis.TestPostgis;

/**
 * Both real territories loaded into PostGIS have, layer by layer, the counts of their GeoPackage; a failed
 * PostGIS import leaves the published schema as it was.
 */
class PostgisImportIT {
  private static final CrsTransforms CRS = new CrsTransforms();
  @TempDir
  Path dir;

  @Test
  void postgis_and_geopackage_hold_the_same_counts_per_layer() {
    Path sources = Path.of(System.getProperty("smartland.sources", "../../shared/data"));
    Territories territories = Territories.in(Path.of("territories"));
    for (String name : List.of("sud-ovest-milano", "valmalenco")) {
      String schema = "it_" + name.replace('-', '_');
      TerritoryConfig territory = territories.load(name);
      Path gpkg = dir.resolve(name + ".gpkg");
      new TerritoryImport(CRS, new PrintingImportListener(System.out)).run(territory, sources, new GeoPackageTarget(gpkg, CRS));
      new TerritoryImport(CRS, new PrintingImportListener(System.out)).run(territory, sources,
          new PostgisTarget(TestPostgis.jdbcUrl(), schema, CRS));
      LayerCatalog catalog = LayerCatalogReader.read(Path.of("territories", name, "territory.yaml"));
      try (GeoPackageDatabase g = GeoPackageDatabase.open(gpkg, CRS);
           PostgisDatabase p = PostgisDatabase.open(TestPostgis.jdbcUrl(), null, null, schema, CRS)) {
        Map<String, Long> inGpkg = counts(g, catalog);
        Map<String, Long> inPostgis = counts(p, catalog);
        System.out.println(name + " layer counts (GeoPackage = PostGIS): " + inGpkg);
        assertEquals(inGpkg, inPostgis, name);
        assertEquals(catalog.layers().size(), inGpkg.size());
        for (var source : territory.sources()) {
          boolean filledByServices = source.read().isEmpty() && source.derive().isEmpty();
          assertEquals(filledByServices, inGpkg.get(source.layer()) == 0, "every layer read or derived has features,"
              + " the layers the services fill start empty: " + inGpkg);
        }
      } finally {
        TestPostgis.drop(PostgisDatabase.open(TestPostgis.jdbcUrl(), null, null, schema, CRS));
      }
    }
  }

  @Test
  void a_failed_import_leaves_the_published_schema_untouched() {
    String schema = "it_rollback";
    PostgisTarget target = new PostgisTarget(TestPostgis.jdbcUrl(), schema, CRS);
    FeatureSchema layer = new FeatureSchema("marks", GeometryType.POINT, 32632,
        List.of(AttributeDefinition.of("label", AttributeType.STRING)));
    try (StagedBuild first = target.stage()) {
      first.database().createLayer(layer).insertAll(java.util.stream.Stream.of(
          org.smartland.layers.store.Feature.of(new org.locationtech.jts.geom.GeometryFactory()
              .createPoint(new org.locationtech.jts.geom.Coordinate(500000, 5030000)), Map.of("label", "v1"))));
      first.publish();
    }
    try (StagedBuild second = target.stage()) {
      second.database().createLayer(layer);
      // the pipeline fails here: the build is closed without being published
    }
    Path sources = dir.resolve("no-sources-here");
    TerritoryConfig territory = Territories.in(Path.of("territories")).load("valmalenco");
    assertThrows(RuntimeException.class, () -> new TerritoryImport(CRS, new PrintingImportListener(System.out))
        .run(territory, sources, target));
    try (PostgisDatabase p = PostgisDatabase.open(TestPostgis.jdbcUrl(), null, null, schema, CRS)) {
      assertEquals(List.of("marks"), p.layerNames());
      assertEquals(1, p.layer(layer).count(FeatureQuery.all()));
    } finally {
      TestPostgis.drop(PostgisDatabase.open(TestPostgis.jdbcUrl(), null, null, schema, CRS));
    }
  }

  private static Map<String, Long> counts(FeatureDatabase db, LayerCatalog catalog) {
    Map<String, Long> out = new TreeMap<>();
    for (LayerDefinition l : catalog.layers()) {
      out.put(l.id(), db.layer(FeatureSchema.of(l)).count(FeatureQuery.all()));
    }
    return out;
  }
}
