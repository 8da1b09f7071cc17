package org.smartland.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigReaderTest {
  @TempDir
  Path dir;

  @Test
  void defaults_serve_the_default_territory_from_an_embedded_geopackage() {
    ServerConfig c = ServerConfigReader.read(Map.of(), Map.of());
    assertEquals(8080, c.port());
    assertEquals("sud-ovest-milano", c.territory());
    assertEquals("gpkg", c.store());
    assertEquals(Path.of("var/sud-ovest-milano.gpkg"), c.gpkgFile());
    assertEquals(Path.of("../shared/data"), c.sourcesDir());
  }

  @Test
  void flags_beat_environment_which_beats_the_file() throws IOException {
    Path file = dir.resolve("config.yml");
    Files.writeString(file, "port: 9000\nterritory: valmalenco\nstore: postgis\njdbc: jdbc:postgresql://db/twin\n");
    ServerConfig c = ServerConfigReader.read(Map.of("config", file.toString(), "port", "9100"),
        Map.of("SMARTLAND_PORT", "9050", "SMARTLAND_TERRITORY", "other"));
    assertEquals(9100, c.port());
    assertEquals("other", c.territory());
    assertEquals("postgis", c.store());
    assertEquals(Optional.of("jdbc:postgresql://db/twin"), c.jdbcUrl());
    assertEquals("other", c.postgisSchema());
  }

  @Test
  void mistakes_are_named() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerConfigReader.read(Map.of("port", "http"), Map.of()))
        .getMessage().contains("port must be a number"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerConfigReader.read(Map.of("store", "postgis"), Map.of()))
        .getMessage().contains("needs --jdbc"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerConfigReader.read(Map.of("colour", "red"), Map.of()))
        .getMessage().contains("unknown option --colour"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ServerConfigReader.read(Map.of("store", "oracle"), Map.of()))
        .getMessage().contains("gpkg or postgis"));
  }

  @Test
  void command_line_flags_take_both_spellings() {
    assertEquals(Map.of("port", "1", "store", "gpkg"), Main.flags(List.of("--port", "1", "--store=gpkg")));
    assertThrows(IllegalArgumentException.class, () -> Main.flags(List.of("--port")));
    assertThrows(IllegalArgumentException.class, () -> Main.flags(List.of("serve")));
  }
}
