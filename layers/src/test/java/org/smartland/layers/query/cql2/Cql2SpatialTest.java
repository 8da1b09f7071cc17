package org.smartland.layers.query.cql2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.smartland.layers.query.cql2.Cql2Fixtures.CRS84;
import static org.smartland.layers.query.cql2.Cql2Fixtures.EPSG_4326;
import static org.smartland.layers.query.cql2.Cql2Fixtures.JSON;
import static org.smartland.layers.query.cql2.Cql2Fixtures.TEXT;
import static org.smartland.layers.query.cql2.Cql2Fixtures.q;
import static org.smartland.layers.query.cql2.Cql2Fixtures.text;
import static org.smartland.layers.query.cql2.Cql2Fixtures.textError;
import static org.smartland.layers.query.cql2.Cql2Fixtures.wkt;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.Filter.SpatialOp;

/** Geometry literals: the filter CRS, axis order, SRID, BBOX and the checks on WKT and GeoJSON. */
class Cql2SpatialTest {
  private static Geometry literal(Filter f) {
    return ((Filter.Spatial) f).geometry();
  }

  @Test
  void crs84_literals_are_lon_lat_with_srid_4326() {
    Geometry g = literal(TEXT.parse("S_INTERSECTS(geom, POINT(9.1 45.4))", CRS84));
    assertEquals(4326, g.getSRID());
    assertEquals(9.1, g.getCoordinate().x);
    assertEquals(45.4, g.getCoordinate().y);
  }

  @Test
  void a_north_east_filter_crs_is_swapped_to_x_east() {
    Filter expected = TEXT.parse("S_INTERSECTS(geom, POLYGON((9 45, 9.5 45, 9.5 45.5, 9 45, 9 45)))", CRS84);
    Filter latLon = TEXT.parse("S_INTERSECTS(geom, POLYGON((45 9, 45 9.5, 45.5 9.5, 45 9, 45 9)))", EPSG_4326);
    assertEquals(expected, latLon);
    assertEquals(4326, literal(latLon).getSRID());
    assertEquals(expected, JSON.parse(q("{'op':'s_intersects','args':[{'property':'geom'},{'type':'Polygon',"
        + "'coordinates':[[[45,9],[45,9.5],[45.5,9.5],[45,9],[45,9]]]}]}"), EPSG_4326));
    assertEquals(TEXT.parse("S_INTERSECTS(geom, BBOX(9, 45, 9.5, 45.5))", CRS84),
        TEXT.parse("S_INTERSECTS(geom, BBOX(45, 9, 45.5, 9.5))", EPSG_4326), "a BBOX follows the axis order too");
    assertEquals(TEXT.parse("S_INTERSECTS(geom, BBOX(9, 45, 9.5, 45.5))", CRS84),
        JSON.parse(q("{'op':'s_intersects','args':[{'property':'geom'},{'bbox':[45,9,45.5,9.5]}]}"), EPSG_4326));
  }

  @Test
  void east_north_crss_keep_their_order_and_srid() {
    Crs utm = Crs.parse("http://www.opengis.net/def/crs/EPSG/0/32632");
    Geometry g = literal(TEXT.parse("S_INTERSECTS(geom, POINT(506000 5033000))", utm));
    assertEquals(32632, g.getSRID());
    assertEquals(506000, g.getCoordinate().x);
    Geometry legacy = literal(TEXT.parse("S_INTERSECTS(geom, POINT(9 45))", Crs.parse("EPSG:4326")));
    assertEquals(9, legacy.getCoordinate().x, "EPSG:4326 written the legacy way is lon/lat");
  }

  @Test
  void every_geometry_of_a_collection_carries_the_srid() {
    Geometry g = literal(text("S_INTERSECTS(geom, GEOMETRYCOLLECTION(POINT(1 2), GEOMETRYCOLLECTION(LINESTRING(0 0, 1 1)), "
        + "BBOX(0, 0, 1, 1)))"));
    assertEquals(wkt("GEOMETRYCOLLECTION (POINT (1 2), GEOMETRYCOLLECTION (LINESTRING (0 0, 1 1)), "
        + "POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0)))", 4326), g);
    for (int i = 0; i < g.getNumGeometries(); i++) {
      assertEquals(4326, g.getGeometryN(i).getSRID());
    }
  }

  @Test
  void a_geographic_bbox_may_cross_the_antimeridian() {
    Geometry g = literal(text("S_INTERSECTS(geom, BBOX(170, -10, -170, 10))"));
    assertEquals(wkt("MULTIPOLYGON (((170 -10, 170 10, 180 10, 180 -10, 170 -10)), "
        + "((-180 -10, -180 10, -170 10, -170 -10, -180 -10)))", 4326), g);
    assertTrue(assertMessage("S_INTERSECTS(geom, BBOX(10, 0, 5, 1))", Crs.parse("EPSG:32632"))
        .endsWith("the BBOX's west bound 10.0 is east of its east bound 5.0"));
    assertEquals("CQL2 text at 20: the BBOX's south bound 10.0 is north of its north bound 0.0",
        textError("S_INTERSECTS(geom, BBOX(0, 10, 1, 0))"));
  }

  @Test
  void the_property_may_come_second_and_within_and_contains_swap() {
    assertEquals(new Filter.Spatial(SpatialOp.CONTAINS, wkt("POINT (1 2)", 4326)), text("S_WITHIN(POINT(1 2), geom)"));
    assertEquals(new Filter.Spatial(SpatialOp.WITHIN, wkt("POINT (1 2)", 4326)), text("S_CONTAINS(POINT(1 2), geom)"));
    for (String symmetric : new String[] {"INTERSECTS", "DISJOINT", "TOUCHES", "CROSSES", "OVERLAPS", "EQUALS"}) {
      assertEquals(text("S_" + symmetric + "(geom, POINT(1 2))"), text("S_" + symmetric + "(POINT(1 2), geom)"));
    }
  }

  @Test
  void wkt_errors_name_the_position() {
    assertEquals("CQL2 text at 26: only 2D geometries are supported, not POINT Z",
        textError("S_INTERSECTS(geom, POINT Z (1 2 3))"));
    assertEquals("CQL2 text at 30: only 2D positions are supported, found a third coordinate",
        textError("S_INTERSECTS(geom, POINT(1 2 3))"));
    assertEquals("CQL2 text at 26: empty geometries (POINT EMPTY) are not supported",
        textError("S_INTERSECTS(geom, POINT EMPTY)"));
    assertEquals("CQL2 text at 20: a polygon ring must be closed: its last position repeats the first",
        textError("S_INTERSECTS(geom, POLYGON((0 0, 1 0, 1 1, 0 1)))"));
    assertEquals("CQL2 text at 20: a polygon ring needs at least four positions, found 3",
        textError("S_INTERSECTS(geom, POLYGON((0 0, 1 0, 0 0)))"));
    assertEquals("CQL2 text at 20: a line string needs at least two positions, found 1",
        textError("S_INTERSECTS(geom, LINESTRING(0 0))"));
    assertEquals("CQL2 text at 27: expected the second coordinate of the position but found ')'",
        textError("S_INTERSECTS(geom, POINT(1))"));
    assertEquals("CQL2 text at 20: a 3D BBOX (six numbers) is not supported; give minx, miny, maxx, maxy",
        textError("S_INTERSECTS(geom, BBOX(0, 0, 0, 1, 1, 1))"));
    assertEquals("CQL2 text at 39: expected a geometry (POINT, LINESTRING, ...) in the GEOMETRYCOLLECTION but found '1'",
        textError("S_INTERSECTS(geom, GEOMETRYCOLLECTION(1 2))"));
    assertEquals("CQL2 text at 1: S_INTERSECTS takes the geometry property and a geometry literal (WKT or BBOX), "
        + "not the string 'POINT(1 2)'", textError("S_INTERSECTS(geom, 'POINT(1 2)')"));
    assertEquals("CQL2 text at 1: S_INTERSECTS compares the geometry property with a geometry literal; comparing two "
        + "properties is not supported", textError("S_INTERSECTS(geom, other)"));
    assertEquals("CQL2 text at 1: S_INTERSECTS takes the geometry property and a geometry literal (WKT or BBOX), not "
        + "a geometry literal", textError("S_INTERSECTS(POINT(0 0), POINT(1 1))"));
    assertEquals("CQL2 text at 18: expected ',' between the two arguments of S_INTERSECTS but found ')'",
        textError("S_INTERSECTS(geom)"));
  }

  @Test
  void an_unknown_filter_crs_is_refused_when_a_literal_needs_it() {
    Crs unknown = Crs.parse("http://www.opengis.net/def/crs/EPSG/0/999999");
    assertEquals(Filter.eq("a", 1L), TEXT.parse("a = 1", unknown), "no geometry literal, no CRS lookup");
    assertEquals("CQL2 text at 26: the filter-crs http://www.opengis.net/def/crs/EPSG/0/999999 is not a known CRS",
        assertMessage("S_INTERSECTS(geom, POINT(1 2))", unknown));
  }

  private static String assertMessage(String cql, Crs crs) {
    return org.junit.jupiter.api.Assertions.assertThrows(Cql2Exception.class, () -> TEXT.parse(cql, crs)).getMessage();
  }
}
