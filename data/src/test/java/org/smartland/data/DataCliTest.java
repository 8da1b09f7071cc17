package org.smartland.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.data.importer.FixtureTerritory;

class DataCliTest {
  @TempDir
  Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return DataCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void help_prints_the_usage() {
    assertEquals(0, run("--help"));
    assertTrue(out().startsWith("Usage:\n  data import --territory NAME"), out());
    assertEquals(0, run());
  }

  @Test
  void a_wrong_command_line_exits_2_with_a_hint() {
    assertEquals(2, run("import", "--out", "x.gpkg"));
    assertEquals("error: import needs --territory\nRun with --help for usage.\n", err());
    assertEquals(2, run("import", "--territory"));
    assertEquals(2, run("export"));
    assertEquals(2, run("import", "--territory", "x", "--verbose", "yes"));
  }

  @Test
  void imports_the_fixture_territory_printing_counts_per_layer() throws IOException {
    FixtureTerritory.write(dir);
    Path out = dir.resolve("fixture.gpkg");
    int code = run("import", "--territory", "fixture", "--territories", dir.resolve("territories").toString(),
        "--sources", dir.resolve("sources").toString(), "--out", out.toString());

    assertEquals(0, code, err());
    assertTrue(Files.isRegularFile(out));
    assertTrue(out().contains("Importing territory fixture (2 Comuni, 6 layers)"), out());
    assertTrue(out().matches("(?s).*\\n  roads +4 written  \\(read 4\\).*"), out());
    assertTrue(out().contains("Done: 6 layers, 13 features"), out());
  }

  @Test
  void a_bad_source_exits_1_naming_file_feature_and_problem_without_a_stack_trace() throws IOException {
    FixtureTerritory.write(dir);
    Files.writeString(dir.resolve("sources/real/comuni.geojson"), """
        {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "000001"},
         "geometry": {"type": "Polygon", "coordinates": [[[9.0, 45.0], [9.1, 45.0], [9.0, 45.0]]]}}]}
        """);
    int code = run("import", "--territory", "fixture", "--territories", dir.resolve("territories").toString(),
        "--sources", dir.resolve("sources").toString(), "--out", dir.resolve("f.gpkg").toString());

    assertEquals(1, code);
    assertEquals("import failed: real/comuni.geojson: feature code=000001 (#1): broken geometry: a polygon ring needs at"
        + " least 4 positions, not 3\n", err());
    assertFalse(err().contains("\tat "));
    assertFalse(Files.exists(dir.resolve("f.gpkg")));
  }

  @Test
  void a_missing_sources_directory_exits_1() throws IOException {
    FixtureTerritory.write(dir);
    assertEquals(1, run("import", "--territory", "fixture", "--territories", dir.resolve("territories").toString(),
        "--sources", dir.resolve("nowhere").toString(), "--out", dir.resolve("f.gpkg").toString()));
    assertTrue(err().contains("nowhere: sources directory does not exist"), err());
  }

  @Test
  void list_names_the_territories() throws IOException {
    FixtureTerritory.write(dir);
    assertEquals(0, run("list", "--territories", dir.resolve("territories").toString()));
    assertEquals("fixture\n", out());
  }
}
