package org.smartland.layers.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared indicator catalogue against both real territories, and its validation errors. */
class IndicatorCatalogReaderTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final List<String> CORRIDORS = List.of("mobilita", "acqua", "energia", "territorio_rigenerazione",
      "qualita_vita", "digitalizzazione");

  static Path territories() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path t = dir.resolve("data").resolve("territories");
      if (Files.isRegularFile(t.resolve("_indicators.yaml"))) {
        return t;
      }
    }
    throw new IllegalStateException("data/territories/_indicators.yaml not found above " + Path.of("").toAbsolutePath());
  }

  static IndicatorCatalog of(String territory) {
    LayerCatalog c = LayerCatalogReader.read(territories().resolve(territory).resolve("territory.yaml"));
    return IndicatorCatalogReader.read(territories().resolve("_indicators.yaml"), c);
  }

  @Test
  void sud_ovest_milano_has_at_least_three_indicators_per_corridor_but_digitalisation() {
    IndicatorCatalog som = of("sud-ovest-milano");
    for (String corridor : CORRIDORS) {
      int n = som.ofCorridor(corridor).size();
      assertTrue(corridor.equals("digitalizzazione") ? n == 2 : n >= 3, corridor + ": " + n);
    }
    assertEquals(Map.of("acq_landslide_area", List.of("landslides.area_m2")), som.notApplicable(),
        "no landslide map for Sud Ovest Milano");
    IndicatorDefinition stops = som.indicator("mob_res_stop_400m").orElseThrow();
    assertEquals(IndicatorDefinition.Direction.HIGHER_IS_BETTER, stops.direction());
    assertEquals("%", stops.unit());
    assertTrue(stops.method().contains("road network"));
  }

  @Test
  void valmalenco_gets_landslides_and_no_bus_stops() {
    IndicatorCatalog vm = of("valmalenco");
    assertTrue(vm.indicator("acq_landslide_area").isPresent());
    assertEquals(List.of("transit_stops"), vm.notApplicable().get("mob_res_stop_400m"));
    assertTrue(vm.ofCorridor("mobilita").size() >= 3);
  }

  @Test
  void errors_name_the_file_and_the_entry() throws Exception {
    LayerCatalog som = LayerCatalogReader.read(territories().resolve("sud-ovest-milano").resolve("territory.yaml"));
    String one = "{id: a, corridor: acqua, name_it: A, name_en: A, unit: '%', direction: higher_is_worse,"
        + " definition: d, method: m, requires: [comuni]}";
    assertEquals("x.yaml: indicators[0].corridor: 'mobility' is not a corridor of sud-ovest-milano",
        error("indicators: [" + one.replace("acqua", "mobility") + "]", som));
    assertEquals("x.yaml: indicators[1].id: indicator 'a' is defined twice", error("indicators: [" + one + ", " + one + "]", som));
    assertTrue(error("indicators: [" + one.replace("higher_is_worse", "up") + "]", som)
        .startsWith("x.yaml: indicators[0]: direction must be higher_is_better or higher_is_worse"));
    assertTrue(error("indicators: [" + one.replace("[comuni]", "['comuni; drop']") + "]", som)
        .contains("requirement 'comuni; drop' must be 'layer' or 'layer.attribute'"));
    assertEquals("x.yaml: indicators[0].method: is missing", error("indicators: [" + one.replace(" method: m,", "") + "]", som));
    assertEquals(List.of("comuni.nope", "nolayer"), IndicatorCatalogReader.fromTree(tree("indicators: ["
        + one.replace("[comuni]", "[comuni.residents, comuni.nope, nolayer]") + "]"), "x.yaml", som).notApplicable().get("a"));
  }

  private static String error(String yaml, LayerCatalog c) throws Exception {
    JsonNode t = tree(yaml);
    return assertThrows(CatalogException.class, () -> IndicatorCatalogReader.fromTree(t, "x.yaml", c)).getMessage();
  }

  private static JsonNode tree(String yaml) throws Exception {
    return YAML.readTree(yaml);
  }
}
