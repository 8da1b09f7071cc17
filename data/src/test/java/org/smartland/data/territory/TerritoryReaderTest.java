package org.smartland.data.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoryReaderTest {
  static final String OUTLINE = """
        - id: territory
          geometry: MultiPolygon
          provenance: {kind: derived, method: union}
          attributes: [{name: residents, type: integer}]
          source: {derive: territory_outline, inputs: {comuni: comuni}}
      """;

  @Test
  void reads_comuni_import_settings_and_sources() {
    TerritoryConfig t = TestTerritories.parse(TestTerritories.MINIMAL + OUTLINE);

    assertEquals("test", t.id());
    assertEquals(List.of(new ComuneRef("000001", "Uno"), new ComuneRef("000002", "Due")), t.comuni());
    assertEquals("comuni", t.boundaryLayer());
    assertEquals(500.0, t.clipBufferMetres());
    LayerSource comuni = t.source("comuni").orElseThrow();
    assertEquals("geojson", comuni.read().orElseThrow().format());
    assertEquals(ClipMode.NONE, comuni.clip());
    assertEquals(List.of("pop"), comuni.field("residents").orElseThrow().from());
    assertEquals("comuni_statistics", comuni.derive().orElseThrow().method());
    LayerSource outline = t.source("territory").orElseThrow();
    assertTrue(outline.read().isEmpty());
    assertEquals("comuni", outline.derive().orElseThrow().inputs().get("comuni"));
  }

  @Test
  void a_derivation_input_must_name_an_earlier_layer() {
    String yaml = TestTerritories.MINIMAL.replace("derive: comuni_statistics",
        "derive: comuni_statistics\n      inputs: {comuni: territory}") + OUTLINE;
    ConfigException e = assertThrows(ConfigException.class, () -> TestTerritories.parse(yaml));
    assertEquals("test/territory.yaml: layers[0].source: derivation input comuni names layer 'territory', which is not"
        + " a layer listed before this one", e.getMessage());
  }

  @Test
  void layers_before_the_boundary_cannot_be_clipped() {
    String yaml = TestTerritories.MINIMAL.replace("clip: none", "clip: cut");
    ConfigException e = assertThrows(ConfigException.class, () -> TestTerritories.parse(yaml));
    assertTrue(e.getMessage().startsWith("test/territory.yaml: layers[0].source: cannot clip before the boundary layer"),
        e.getMessage());
  }

  @Test
  void an_istat_code_that_lost_its_leading_zero_is_refused() {
    String yaml = TestTerritories.MINIMAL.replace("istat: \"000002\"", "istat: 15093");
    ConfigException e = assertThrows(ConfigException.class, () -> TestTerritories.parse(yaml));
    assertEquals("test/territory.yaml: comuni[1]: ISTAT code '15093' must be six digits (quote it in YAML)", e.getMessage());
  }

  @Test
  void a_field_without_a_source_property_is_refused_with_its_path() {
    String yaml = TestTerritories.MINIMAL.replace("residents: pop}", "residents: {lenient: true}}");
    ConfigException e = assertThrows(ConfigException.class, () -> TestTerritories.parse(yaml));
    assertEquals("test/territory.yaml: layers[0].source.fields.residents: give exactly one of from, value and computed",
        e.getMessage());
  }

  @Test
  void an_unknown_clip_mode_is_refused() {
    String yaml = TestTerritories.MINIMAL.replace("clip: none", "clip: sometimes");
    ConfigException e = assertThrows(ConfigException.class, () -> TestTerritories.parse(yaml));
    assertEquals("test/territory.yaml: layers[0].source.clip: clip must be intersects, cut or none, not 'sometimes'",
        e.getMessage());
  }

  @Test
  void catalog_errors_come_through_with_their_place() {
    String yaml = TestTerritories.MINIMAL.replace("type: integer", "type: integr");
    ConfigException e = assertThrows(ConfigException.class, () -> TestTerritories.parse(yaml));
    assertTrue(e.getMessage().contains("layers[0].attributes[2]"), e.getMessage());
  }
}
