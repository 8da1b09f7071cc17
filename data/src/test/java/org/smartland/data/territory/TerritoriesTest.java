package org.smartland.data.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartland.layers.catalog.LayerDefinition;

/** The territory files shipped in data/territories (the tests run in the data module directory). */
class TerritoriesTest {
  static final Territories SHIPPED = Territories.in(Path.of("territories"));

  @Test
  void both_shipped_territories_are_listed() {
    assertEquals(List.of("sud-ovest-milano", "valmalenco"), SHIPPED.names());
  }

  @Test
  void sud_ovest_milano_has_its_17_comuni_six_corridors_and_the_layers_of_the_twin() {
    TerritoryConfig t = SHIPPED.load("sud-ovest-milano");
    assertEquals(17, t.comuni().size());
    assertEquals(6, t.catalog().corridors().size());
    assertEquals(List.of("comuni", "territory", "roads", "transit_stops", "rail_stations", "cycleways", "waterways",
        "flood_hazard", "arpa_stations", "buildings", "population", "energy_certificates", "public_buildings_energy",
        "schools", "health_structures", "pharmacies", "green_areas", "projects", "works_som_p036", "works_som_p047",
        "works_som_p019", "proposals"),
        t.catalog().layers().stream().map(LayerDefinition::id).toList());
  }

  @Test
  void valmalenco_has_landslides_and_no_urban_transit_stops() {
    TerritoryConfig t = SHIPPED.load("valmalenco");
    assertEquals(9, t.comuni().size());
    assertTrue(t.catalog().layer("landslides").isPresent());
    assertTrue(t.catalog().layer("transit_stops").isEmpty());
  }

  @Test
  void every_layer_built_from_stand_in_sources_says_so_in_its_provenance() {
    for (String name : SHIPPED.names()) {
      TerritoryConfig t = SHIPPED.load(name);
      for (LayerSource s : t.sources()) {
        boolean standIn = s.read().map(r -> r.file().startsWith("standin/")).orElse(false);
        String summary = t.catalog().layer(s.layer()).orElseThrow().provenance().summary();
        if (standIn) {
          assertTrue(summary.contains("STAND-IN"), name + " " + s.layer() + ": " + summary);
        }
      }
    }
  }

  @Test
  void an_unknown_territory_names_the_known_ones() {
    ConfigException e = assertThrows(ConfigException.class, () -> SHIPPED.load("milano"));
    assertEquals("no territory 'milano' in territories (known: sud-ovest-milano, valmalenco)", e.getMessage());
  }
}
