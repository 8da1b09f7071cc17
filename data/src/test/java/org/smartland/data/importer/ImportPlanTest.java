package org.smartland.data.importer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.smartland.data.derive.Derivations;
import org.smartland.data.territory.ConfigException;
import org.smartland.data.territory.Territories;
import org.smartland.data.territory.TestTerritories;

class ImportPlanTest {
  @Test
  void the_shipped_territories_fill_every_attribute_with_known_formats_and_derivations() {
    Territories shipped = Territories.in(Path.of("territories"));
    for (String name : shipped.names()) {
      assertDoesNotThrow(() -> ImportPlan.checkConfiguration(shipped.load(name), Derivations.standard()), name);
    }
  }

  @Test
  void an_attribute_filled_by_nothing_is_named() {
    String yaml = TestTerritories.MINIMAL.replace("- {name: density_per_km2, type: double}",
        "- {name: density_per_km2, type: double}\n      - {name: mayor, type: string}");
    ConfigException e = assertThrows(ConfigException.class,
        () -> ImportPlan.checkConfiguration(TestTerritories.parse(yaml), Derivations.standard()));
    assertEquals("test/territory.yaml: layers[0].source: attribute 'mayor' of layer 'comuni' is filled by no field"
        + " and no derivation", e.getMessage());
  }

  @Test
  void an_unknown_derivation_lists_the_known_ones() {
    String yaml = TestTerritories.MINIMAL.replace("derive: comuni_statistics", "derive: comuni_stats");
    ConfigException e = assertThrows(ConfigException.class,
        () -> ImportPlan.checkConfiguration(TestTerritories.parse(yaml), Derivations.standard()));
    assertTrue(e.getMessage().startsWith("test/territory.yaml: layers[0].source.derive: unknown derivation 'comuni_stats'"
        + " (derivations: [building_profile, comuni_statistics"), e.getMessage());
  }

  @Test
  void an_unknown_format_lists_the_known_ones() {
    String yaml = TestTerritories.MINIMAL.replace("format: geojson", "format: shapefile");
    ConfigException e = assertThrows(ConfigException.class,
        () -> ImportPlan.checkConfiguration(TestTerritories.parse(yaml), Derivations.standard()));
    assertEquals("test/territory.yaml: layers[0].source.format: unknown format 'shapefile' (formats: [csv, geojson,"
        + " gpkg, osm])", e.getMessage());
  }
}
