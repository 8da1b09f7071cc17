package org.smartland.layers.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smartland.layers.crs.Crs;

class LayerCatalogTest {
  private static final Corridor WATER = new Corridor("acqua", "Acqua", "Water", "#1f78b4");
  private static final LayerCatalog CATALOG = new LayerCatalog("demo", "Demo", "", 32632, List.of(Crs.epsg(4326)),
      List.of(WATER), List.of(layer("comuni", null), layer("flood_hazard", "acqua"), layer("schools", null)));

  @Test
  void layers_added_come_after_the_catalog_own_and_ids_stay_unique() {
    LayerCatalog more = CATALOG.withLayers(List.of(layer("scenario_7_assets_hit", "acqua")));
    assertEquals(List.of("comuni", "flood_hazard", "schools", "scenario_7_assets_hit"), ids(more));
    assertEquals(List.of("comuni", "flood_hazard", "schools"), ids(CATALOG), "the original is unchanged");
    assertThrows(IllegalArgumentException.class, () -> CATALOG.withLayers(List.of(layer("schools", null))));
  }

  @Test
  void a_copy_without_some_layers_keeps_the_others_in_order_and_everything_else() {
    LayerCatalog fewer = CATALOG.without(List.of("flood_hazard", "not_there"));
    assertEquals(List.of("comuni", "schools"), ids(fewer));
    assertEquals(Optional.empty(), fewer.layer("flood_hazard"));
    assertEquals(List.of(WATER), List.copyOf(fewer.corridors()));
    assertEquals("demo", fewer.territoryId());
    assertEquals(32632, fewer.nativeSrid());
    assertEquals(CATALOG.offeredCrs(), fewer.offeredCrs());
    assertEquals(List.of("comuni", "flood_hazard", "schools"), ids(CATALOG), "the original is unchanged");
    assertEquals(ids(CATALOG), ids(CATALOG.without(List.of())));
  }

  private static List<String> ids(LayerCatalog c) {
    return c.layers().stream().map(LayerDefinition::id).toList();
  }

  private static LayerDefinition layer(String id, String corridor) {
    return new LayerDefinition(id, null, null, List.of(), new Provenance.Derived("a test", List.of()),
        GeometryType.POINT, 32632, List.of(), null, Optional.empty(), Optional.ofNullable(corridor));
  }
}
