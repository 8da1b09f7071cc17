package org.smartland.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.smartland.layers.catalog.GeometryType;

class GeometryRepairTest {
  private static Geometry wkt(String s) throws ParseException {
    return new WKTReader().read(s);
  }

  @Test
  void a_valid_polygon_passes_unchanged() throws ParseException {
    Geometry g = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    GeometryRepair.Result r = GeometryRepair.valid(g, GeometryType.MULTIPOLYGON);
    assertTrue(r.repaired().isEmpty());
    assertEquals(g, r.geometry().orElseThrow());
  }

  @Test
  void a_bow_tie_is_repaired_into_its_two_triangles_and_the_reason_is_kept() throws ParseException {
    GeometryRepair.Result r = GeometryRepair.valid(wkt("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))"), GeometryType.MULTIPOLYGON);

    assertEquals("Self-intersection at 5 5", r.repaired().orElseThrow());
    Geometry fixed = r.geometry().orElseThrow();
    assertTrue(fixed.equalsTopo(wkt("MULTIPOLYGON (((0 0, 5 5, 0 10, 0 0)), ((10 0, 5 5, 10 10, 10 0)))")), fixed.toText());
    assertTrue(fixed.isValid());
  }

  @Test
  void a_polygon_collapsed_to_a_line_cannot_be_repaired_into_a_polygon() throws ParseException {
    GeometryRepair.Result r = GeometryRepair.valid(wkt("POLYGON ((0 0, 1 1, 0 0, 0 0))"), GeometryType.MULTIPOLYGON);
    assertTrue(r.geometry().isEmpty());
    assertTrue(r.problem().startsWith("invalid geometry (Too few distinct points in geometry component"), r.problem());
    assertTrue(r.problem().endsWith("cannot be repaired into a MultiPolygon"), r.problem());
  }

  @Test
  void a_geometry_of_another_kind_does_not_fit() throws ParseException {
    GeometryRepair.Result r = GeometryRepair.valid(wkt("POINT (1 2)"), GeometryType.MULTIPOLYGON);
    assertEquals("a Point does not fit a layer of MultiPolygons", r.problem());
  }

  @Test
  void degenerate_parts_of_a_line_are_dropped() throws ParseException {
    GeometryRepair.Result r = GeometryRepair.valid(wkt("MULTILINESTRING ((0 0, 5 0), (3 3, 3 3))"), GeometryType.MULTILINESTRING);
    assertTrue(r.repaired().isPresent());
    assertEquals(5.0, r.geometry().orElseThrow().getLength());
  }
}
