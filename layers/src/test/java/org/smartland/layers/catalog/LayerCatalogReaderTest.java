package org.smartland.layers.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.layers.crs.Crs;

class LayerCatalogReaderTest {
  private static final String GOOD = """
      id: demo
      title: Demo
      crs: {native: EPSG:32632, offered: [EPSG:4326, CRS:84, EPSG:3857]}
      corridors:
        - {id: acqua, name_it: Acqua, name_en: Water, colour: "#1f78b4"}
      layers:
        - id: flood_hazard
          title: Flood hazard
          abstract: PGRA zones
          geometry: MultiPolygon
          corridor: acqua
          style: flood_by_class
          time: valid_from
          keywords: [flood, PGRA]
          provenance: {kind: stand-in, replaces: PGRA flood hazard maps, source: flood_hazard_pgra.gpkg}
          attributes:
            - {name: classe, type: string, title: Hazard class}
            - {name: area_ha, type: double, queryable: false}
            - {name: valid_from, type: date}
          source: {format: gpkg, file: standin/demo/flood.gpkg}
        - id: comuni
          geometry: MultiPolygon
          provenance: {kind: derived, method: ISTAT limits with residents, inputs: [comuni_boundaries.geojson]}
      """;

  @TempDir
  Path dir;

  @Test
  void a_territory_file_becomes_a_catalog() throws IOException {
    LayerCatalog c = LayerCatalogReader.read(write(GOOD));
    assertEquals("demo", c.territoryId());
    assertEquals(32632, c.nativeSrid());
    assertEquals(List.of(Crs.epsg(32632), Crs.epsg(4326), Crs.CRS84_LONLAT, Crs.epsg(3857)), c.offeredCrs());
    LayerDefinition flood = c.layer("flood_hazard").orElseThrow();
    assertEquals(GeometryType.MULTIPOLYGON, flood.geometryType());
    assertEquals(Optional.of("acqua"), flood.corridor());
    assertEquals(Optional.of("valid_from"), flood.timeAttribute());
    assertEquals(new AttributeDefinition("area_ha", AttributeType.DOUBLE, "area_ha", false), flood.attributes().get(1));
    assertEquals(new Provenance.StandIn("PGRA flood hazard maps", "flood_hazard_pgra.gpkg"), flood.provenance());
    assertTrue(flood.provenance().summary().startsWith("STAND-IN"));
    LayerDefinition comuni = c.layer("comuni").orElseThrow();
    assertEquals("comuni", comuni.title());
    assertEquals("comuni", comuni.defaultStyle());
    assertEquals(List.of("comuni_boundaries.geojson"), ((Provenance.Derived) comuni.provenance()).inputs());
  }

  @Test
  void errors_name_the_file_and_the_entry() throws IOException {
    assertError(GOOD.replace("type: double", "type: doble"), "layers[0].attributes[1]: unknown attribute type 'doble'");
    assertError(GOOD.replace("corridor: acqua", "corridor: energia"), "unknown corridor 'energia'");
    assertError(GOOD.replace("kind: derived", "kind: guessed"), "layers[1].provenance: kind must be real, derived or stand-in");
    assertError(GOOD.replace("native: EPSG:32632", "native: UTM32"), "crs.native: unknown or unsupported CRS 'UTM32'");
    assertError(GOOD.replace("- id: comuni\n", "- id: Comuni!\n"), "layers[1]: layer id 'Comuni!'");
    assertError(GOOD.replace("time: valid_from", "time: year"), "time attribute 'year' is not one of its attributes");
    assertError(GOOD.replace("colour: \"#1f78b4\"", "colour: blue"), "corridors[0]: corridor 'acqua' colour 'blue'");
    assertError(GOOD.replace("    geometry: MultiPolygon\n    provenance: {kind: derived", "    provenance: {kind: derived"),
        "layers[1].geometry: is missing");
    assertError("id: [unclosed", "cannot be read as YAML");
  }

  private void assertError(String yaml, String expected) throws IOException {
    Path file = write(yaml);
    CatalogException e = assertThrows(CatalogException.class, () -> LayerCatalogReader.read(file));
    assertTrue(e.getMessage().startsWith(file.getFileName().toString()) || e.getMessage().startsWith(file.toString()),
        e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  private Path write(String yaml) throws IOException {
    Path f = dir.resolve("territory.yaml");
    Files.writeString(f, yaml);
    return f;
  }
}
