package org.smartland.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.gpkg.GeoPackageDatabase;

class GeoPackageTargetTest {
  static final CrsTransforms CRS = new CrsTransforms();
  @TempDir
  Path dir;

  @Test
  void the_build_happens_in_a_hidden_file_and_publishing_renames_it_over_the_target() throws IOException {
    Path target = dir.resolve("t.gpkg");
    Files.writeString(target, "the previous file");
    GeoPackageTarget t = new GeoPackageTarget(target, CRS);
    try (StagedBuild build = t.stage()) {
      build.database().createLayer(new FeatureSchema("a", GeometryType.POINT, 32632, List.of()));
      assertEquals("the previous file", Files.readString(target));
      assertEquals(2, files().size());
      build.publish();
    }
    assertEquals(List.of("t.gpkg"), files());
    try (GeoPackageDatabase db = GeoPackageDatabase.open(target, CRS)) {
      assertEquals(List.of("a"), db.layerNames());
    }
  }

  @Test
  void a_build_closed_without_publishing_is_deleted_and_the_target_kept() throws IOException {
    Path target = dir.resolve("t.gpkg");
    Files.writeString(target, "the previous file");
    try (StagedBuild build = new GeoPackageTarget(target, CRS).stage()) {
      build.database().createLayer(new FeatureSchema("a", GeometryType.POINT, 32632, List.of()));
    }
    assertEquals("the previous file", Files.readString(target));
    assertEquals(List.of("t.gpkg"), files());
  }

  @Test
  void the_target_directory_is_created_when_missing() {
    Path target = dir.resolve("var/deep/t.gpkg");
    try (StagedBuild build = new GeoPackageTarget(target, CRS).stage()) {
      build.publish();
    }
    assertTrue(Files.isRegularFile(target));
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
