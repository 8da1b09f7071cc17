package org.smartland.data.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smartland.data.derive.DeriveFixtures.box;
import static org.smartland.data.derive.DeriveFixtures.feature;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartland.data.source.SourceFeature;

class PopulationByBuildingTest {
  final List<String> warnings = new ArrayList<>();

  private static SourceFeature building(long id, String use, double floorArea, String comune) {
    return feature("way/" + id, box(id * 20, 100, 10, 10), "osm_id", id, "use", use, "floor_area_m2", floorArea,
        "comune_istat", comune);
  }

  @Test
  void ten_residents_are_shared_by_floor_area_and_sum_exactly() {
    InputLayer buildings = new InputLayer(DeriveFixtures.layer("buildings", "osm_id", "use", "floor_area_m2", "comune_istat"),
        List.of(building(1, "residential", 100, "000001"), building(2, "residential", 200, "000001"),
            building(3, "ancillary", 50, "000001"), building(4, "residential", 300, "000001"),
            building(5, "residential", 80, null)));

    List<SourceFeature> out = new PopulationByBuilding().derive(DeriveFixtures.context(List.of(),
        Map.of("buildings", buildings, "comuni", DeriveFixtures.comuni(10L, 5L)), "{}", warnings));

    assertEquals(3, out.size());
    assertEquals(List.of(2L, 3L, 5L), out.stream().map(f -> f.get("residents")).toList());
    assertEquals(List.of(1.667, 3.333, 5.0), out.stream().map(f -> f.get("residents_exact")).toList());
    assertEquals(List.of(1L, 2L, 4L), out.stream().map(f -> f.get("osm_id")).toList());
    assertEquals("000001", out.get(0).get("comune_istat"));
    assertEquals(100.0, out.get(0).get("floor_area_m2"));
    assertEquals(List.of("1 residential buildings outside the territory's Comuni are left out",
        "Comune 000002 has 5 residents but no residential floor area: not disaggregated"), warnings);
  }
}
