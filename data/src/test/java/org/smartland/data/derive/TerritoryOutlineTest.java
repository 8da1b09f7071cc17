package org.smartland.data.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import org.smartland.data.source.SourceFeature;

class TerritoryOutlineTest {
  @Test
  void the_outline_is_the_union_of_the_comuni_with_their_totals() throws Exception {
    List<String> warnings = new ArrayList<>();
    List<SourceFeature> out = new TerritoryOutline().derive(DeriveFixtures.context(List.of(),
        Map.of("comuni", DeriveFixtures.comuni(100L, 50L)), "{}", warnings));

    assertEquals(1, out.size());
    SourceFeature t = out.get(0);
    assertTrue(t.geometry().equalsTopo(new WKTReader().read("POLYGON ((0 0, 4000 0, 4000 1500, 0 1500, 0 0))")),
        t.geometry().toText());
    assertEquals("test", t.get("territory_id"));
    assertEquals("Test Land", t.get("name"));
    assertEquals(2L, t.get("comuni"));
    assertEquals(150L, t.get("residents"));
    assertEquals(6.0, t.get("area_km2"));
  }

  @Test
  void residents_are_unknown_when_a_comune_lacks_them() {
    List<SourceFeature> out = new TerritoryOutline().derive(DeriveFixtures.context(List.of(),
        Map.of("comuni", DeriveFixtures.comuni(100L, null)), "{}", new ArrayList<>()));
    assertEquals(null, out.get(0).get("residents"));
  }
}
