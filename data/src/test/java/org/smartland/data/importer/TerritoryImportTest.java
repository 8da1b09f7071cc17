package org.smartland.data.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.data.source.SourceException;
import org.smartland.data.territory.Territories;
import org.smartland.data.territory.TerritoryConfig;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;

class TerritoryImportTest {
  static final CrsTransforms CRS = new CrsTransforms();
  @TempDir
  Path dir;
  TerritoryConfig territory;
  Path sources;
  Path target;

  @BeforeEach
  void fixture() throws IOException {
    FixtureTerritory.write(dir);
    territory = Territories.in(dir.resolve("territories")).load("fixture");
    sources = dir.resolve("sources");
    target = dir.resolve("out/fixture.gpkg");
  }

  private ImportReport run() {
    return new TerritoryImport(CRS, ImportListener.SILENT).run(territory, sources, new GeoPackageTarget(target, CRS));
  }

  private List<Feature> features(String layer) {
    try (GeoPackageDatabase db = GeoPackageDatabase.open(target, CRS);
         Stream<Feature> s = db.layer(FeatureSchema.of(territory.catalog().layer(layer).orElseThrow())).query(FeatureQuery.all())) {
      return s.toList();
    }
  }

  @Test
  void builds_every_layer_into_the_geopackage() {
    ImportReport report = run();

    assertEquals(List.of(2L, 1L, 4L, 3L, 2L, 1L), report.layers().stream().map(LayerReport::written).toList());
    try (GeoPackageDatabase db = GeoPackageDatabase.open(target, CRS)) {
      assertEquals(List.of("buildings", "comuni", "population", "roads", "schools", "territory"), db.layerNames());
    }
    List<Feature> roads = features("roads");
    assertEquals(2L, roads.get(0).properties().get("to_node"));
    assertEquals(2L, roads.get(1).properties().get("from_node"));
    assertEquals(32632, roads.get(0).geometry().orElseThrow().getSRID());
    List<Feature> buildings = features("buildings");
    assertEquals("residential", buildings.get(0).properties().get("use"));
    assertEquals("1946-1960", buildings.get(0).properties().get("construction_period"));
    assertEquals("000002", buildings.get(1).properties().get("comune_istat"));
    assertEquals("public", buildings.get(2).properties().get("use"));
    // Uno's only residential building takes its 120 residents, Due's its 30
    assertEquals(List.of(120L, 30L), features("population").stream().map(f -> f.properties().get("residents")).toList());
    assertEquals(150L, features("territory").get(0).properties().get("residents"));
    assertEquals(1, report.layer("schools").orElseThrow().outside());
    assertEquals(List.of("000001", "000002"), features("comuni").stream().map(f -> f.properties().get("istat_code")).toList());
  }

  @Test
  void importing_again_gives_the_same_database() throws IOException {
    run();
    List<Feature> first = features("buildings");
    run();
    assertEquals(first, features("buildings"));
    assertEquals(List.of("fixture.gpkg"), listing(target.getParent()));
  }

  @Test
  void a_failed_import_leaves_the_previous_geopackage_untouched_and_no_temporary_file() throws IOException {
    run();
    byte[] before = Files.readAllBytes(target);
    Files.writeString(sources.resolve("real/schools.csv"), "CODE,LON,LAT,PUPILS\nS1,9.0062,45.0062,many\n");

    SourceException e = assertThrows(SourceException.class, this::run);

    assertEquals("real/schools.csv: feature CODE=S1 (line 2): attribute 'pupils' (from 'PUPILS'): 'many' is not a"
        + " valid integer", e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(target));
    assertEquals(List.of("fixture.gpkg"), listing(target.getParent()));
  }

  @Test
  void a_missing_source_file_is_named_before_anything_is_built() throws IOException {
    Files.delete(sources.resolve("osm/fixture.osm.pbf"));
    SourceException e = assertThrows(SourceException.class, this::run);
    assertTrue(e.getMessage().startsWith("osm/fixture.osm.pbf: source file not found (looked for "), e.getMessage());
    assertTrue(e.getMessage().endsWith("needed by layer 'roads')"), e.getMessage());
    assertTrue(Files.notExists(target.getParent()) || listing(target.getParent()).isEmpty());
  }

  private static List<String> listing(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
