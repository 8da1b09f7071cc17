package org.smartland.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import org.smartland.data.source.SourceFeature;

class DeduplicatorTest {
  private static SourceFeature f(String id, String wkt, String typology, Long hazard) throws Exception {
    Map<String, Object> p = new HashMap<>();
    p.put("fids", id);
    p.put("typology", typology);
    p.put("hazard", hazard);
    return new SourceFeature(id, new WKTReader().read(wkt), p);
  }

  @Test
  void identical_geometries_merge_whatever_their_ring_start_and_text_values_are_joined() throws Exception {
    List<SourceFeature> out = Deduplicator.byGeometry(List.of(
        f("1", "POLYGON ((0 0, 1 0, 1 1, 0 0))", "Colamento rapido", 2L),
        f("2", "POLYGON ((1 0, 20 0, 1 1, 1 0))", "Colamento rapido", 2L),
        f("57", "POLYGON ((1 0, 1 1, 0 0, 1 0))", "Scivolamento", null),
        f("90", "POLYGON ((0 0, 1 0, 1 1, 0 0))", "Colamento rapido", 3L)));

    assertEquals(2, out.size());
    SourceFeature merged = out.get(0);
    assertEquals("1", merged.id());
    assertEquals("1;57;90", merged.get("fids"));
    assertEquals("Colamento rapido;Scivolamento", merged.get("typology"));
    assertEquals(2L, merged.get("hazard"));
    assertEquals("2", out.get(1).get("fids"));
  }
}
