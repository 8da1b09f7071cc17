package org.smartland.data.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.smartland.data.derive.DeriveFixtures.box;
import static org.smartland.data.derive.DeriveFixtures.feature;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartland.data.source.SourceFeature;

class ComuniStatisticsTest {
  final List<String> warnings = new ArrayList<>();

  private List<SourceFeature> derive(SourceFeature... own) {
    return new ComuniStatistics().derive(DeriveFixtures.context(List.of(own), Map.of(), "{}", warnings));
  }

  @Test
  void keeps_the_territory_comuni_in_its_order_with_area_and_density() {
    List<SourceFeature> out = derive(
        feature("due", box(2000, 0, 1000, 1000), "istat_code", "000002", "name", "Due", "residents", 250L),
        feature("other", box(9000, 0, 10, 10), "istat_code", "000009", "name", "Altro", "residents", 1L),
        feature("uno", box(0, 0, 2000, 1500), "istat_code", "000001", "name", "Uno di Sopra", "residents", 300L));

    assertEquals(List.of("000001", "000002"), out.stream().map(f -> f.get("istat_code")).toList());
    assertEquals(3.0, out.get(0).get("area_km2"));
    assertEquals(100.0, out.get(0).get("density_per_km2"));
    assertEquals(250.0, out.get(1).get("density_per_km2"));
    assertEquals(List.of("1 features of Comuni outside the territory left out",
        "Comune 000001 is called 'Uno di Sopra' in the source and 'Uno' in the territory file"), warnings);
  }

  @Test
  void a_comune_of_the_territory_missing_from_the_source_fails() {
    DerivationException e = assertThrows(DerivationException.class,
        () -> derive(feature("uno", box(0, 0, 10, 10), "istat_code", "000001", "name", "Uno", "residents", 3L)));
    assertEquals("layer 'out': Comune 000002 (Due) of the territory is not in the source", e.getMessage());
  }
}
