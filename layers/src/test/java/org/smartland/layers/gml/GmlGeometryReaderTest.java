package org.smartland.layers.gml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.crs.AxisOrder;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.xml.XmlCursor;
import org.smartland.layers.xml.XmlInputException;

class GmlGeometryReaderTest {
  private static final CrsTransforms CRS = new CrsTransforms();
  private static final String GML32 = "xmlns:gml=\"http://www.opengis.net/gml/3.2\"";
  private static final String GML311 = "xmlns:gml=\"http://www.opengis.net/gml\"";
  private static final GmlGeometryReader READER = new GmlGeometryReader(CRS, 1000);

  /** Reads the geometry in {@code <r ns>gml<after/></r>} and checks the cursor was left on its end. */
  private static Geometry read(GmlGeometryReader reader, String ns, String gml, Crs defaultCrs) {
    XmlCursor c = XmlCursor.open("<r " + ns + ">" + gml + "<after/></r>", "geom");
    c.toRoot();
    c.nextChild();
    Geometry g = reader.read(c, defaultCrs);
    assertTrue(c.nextChild());
    assertEquals("after", c.name(), "the cursor is left on the geometry's end element");
    return g;
  }

  private static Geometry read(String gml) {
    return read(READER, GML32, gml, null);
  }

  private static String error(String gml) {
    return assertThrows(XmlInputException.class, () -> read(READER, GML32, gml, null)).getMessage();
  }

  private static void assertGeometry(String expectedWkt, int srid, Geometry actual) {
    Geometry expected = GmlGeometryWriterTest.wkt(expectedWkt);
    assertTrue(expected.equalsExact(actual), () -> "expected " + expected + " but was " + actual);
    assertEquals(srid, actual.getSRID());
  }

  @Test
  void every_type_round_trips_through_the_writer_in_both_versions_and_axis_orders() {
    List<String> wkts = List.of("POINT (9.19 45.46)", "LINESTRING (9 45, 9.5 45.25, 10 46)",
        "POLYGON ((9 45, 10 45, 10 46, 9 45), (9.5 45.1, 9.6 45.2, 9.6 45.1, 9.5 45.1))",
        "MULTIPOINT ((9 45), (10 46))", "MULTILINESTRING ((9 45, 10 46), (11 47, 12 48))",
        "MULTIPOLYGON (((9 45, 10 45, 10 46, 9 45)), ((11 45, 12 45, 12 46, 11 45)))",
        "GEOMETRYCOLLECTION (POINT (9 45), LINESTRING (9 45, 10 46), MULTIPOINT ((1 2)))");
    List<String> names = List.of("EPSG:4326", "urn:ogc:def:crs:EPSG::4326", "http://www.opengis.net/def/crs/EPSG/0/4326",
        "CRS:84", "http://www.opengis.net/gml/srs/epsg.xml#4326");
    for (GmlVersion version : GmlVersion.values()) {
      String ns = "xmlns:gml=\"" + version.namespace() + "\"";
      for (String name : names) {
        boolean swap = CRS.axisOrder(Crs.parse(name)) == AxisOrder.NORTH_EAST;
        for (String wkt : wkts) {
          Geometry g = GmlGeometryWriterTest.wkt(wkt);
          String gml = GmlGeometryWriterTest.gml(version, 8, g, name, swap, "g");
          Geometry back = read(READER, ns, gml, null);
          assertTrue(g.equalsExact(back), () -> version + " " + name + ": " + gml + " read as " + back);
          assertEquals(4326, back.getSRID());
          assertEquals(4326, back.getGeometryN(0).getSRID(), "members carry the SRID too");
        }
      }
    }
  }

  @Test
  void the_urn_of_a_lat_lon_crs_is_swapped_and_a_projected_one_is_not() {
    assertGeometry("POINT (9.19 45.46)", 4326, read(
        "<gml:Point srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>45.46 9.19</gml:pos></gml:Point>"));
    assertGeometry("POINT (9.19 45.46)", 4326, read(
        "<gml:Point srsName=\"EPSG:4326\"><gml:pos>9.19 45.46</gml:pos></gml:Point>"));
    assertGeometry("POINT (506000 5033000)", 32632, read(
        "<gml:Point srsName=\"urn:ogc:def:crs:EPSG::32632\"><gml:pos>506000 5033000</gml:pos></gml:Point>"));
  }

  @Test
  void an_envelope_is_the_polygon_of_its_box() {
    assertGeometry("POLYGON ((9.1 45.4, 9.1 45.5, 9.2 45.5, 9.2 45.4, 9.1 45.4))", 4326, read(
        "<gml:Envelope srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:lowerCorner>45.4 9.1</gml:lowerCorner>"
            + "<gml:upperCorner>45.5 9.2</gml:upperCorner></gml:Envelope>"));
    assertGeometry("POINT (1 2)", 32632, read("<gml:Envelope srsName=\"EPSG:32632\"><gml:lowerCorner>1 2"
        + "</gml:lowerCorner><gml:upperCorner>1 2</gml:upperCorner></gml:Envelope>"));
    assertTrue(error("<gml:Envelope srsName=\"EPSG:32632\"><gml:lowerCorner>5 5</gml:lowerCorner>"
        + "<gml:upperCorner>1 1</gml:upperCorner></gml:Envelope>").contains("lower corner"));
  }

  @Test
  void the_crs_comes_from_the_element_else_the_enclosing_geometry_else_the_default() {
    assertGeometry("MULTIPOINT ((9 45), (10 46))", 4326, read(
        "<gml:MultiPoint srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pointMember><gml:Point><gml:pos>45 9</gml:pos>"
            + "</gml:Point></gml:pointMember><gml:pointMember><gml:Point srsName=\"EPSG:4326\"><gml:pos>10 46"
            + "</gml:pos></gml:Point></gml:pointMember></gml:MultiPoint>"));
    assertGeometry("POINT (9 45)", 4326, read(READER, GML32, "<gml:Point><gml:pos>45 9</gml:pos></gml:Point>",
        Crs.parse("urn:ogc:def:crs:EPSG::4326")));
    assertTrue(error("<gml:Point><gml:pos>45 9</gml:pos></gml:Point>").contains("Point needs an srsName"));
    assertTrue(error("<gml:MultiPoint srsName=\"EPSG:4326\"><gml:pointMember><gml:Point srsName=\"EPSG:32632\">"
        + "<gml:pos>1 2</gml:pos></gml:Point></gml:pointMember></gml:MultiPoint>").contains("must share"));
  }

  @Test
  void gml_3_1_and_2_forms_coordinates_and_boundaries_are_read() {
    assertGeometry("POLYGON ((0 0, 10 0, 10 10, 0 0), (1 1, 2 1, 2 2, 1 1))", 32632, read(READER, GML311,
        "<gml:Polygon srsName=\"EPSG:32632\"><gml:outerBoundaryIs><gml:LinearRing><gml:coordinates>0,0 10,0 10,10 0,0"
            + "</gml:coordinates></gml:LinearRing></gml:outerBoundaryIs><gml:innerBoundaryIs><gml:LinearRing>"
            + "<gml:coordinates decimal=\",\" cs=\";\" ts=\"|\">1,0;1|2;1,0|2,0;2,0|1;1</gml:coordinates>"
            + "</gml:LinearRing></gml:innerBoundaryIs></gml:Polygon>", null));
    assertGeometry("LINESTRING (1 2, 3 4)", 32632, read("<gml:LineString srsName=\"EPSG:32632\"><gml:pos>1 2</gml:pos>"
        + "<gml:pos>3 4</gml:pos></gml:LineString>"));
    assertGeometry("MULTILINESTRING ((1 2, 3 4))", 32632, read(READER, GML311, "<gml:MultiLineString srsName=\"EPSG:32632\">"
        + "<gml:lineStringMember><gml:LineString><gml:coordinates>1,2 3,4</gml:coordinates></gml:LineString>"
        + "</gml:lineStringMember></gml:MultiLineString>", null));
    assertGeometry("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))", 32632, read(READER, GML311,
        "<gml:MultiPolygon srsName=\"EPSG:32632\"><gml:polygonMember><gml:Polygon><gml:exterior><gml:LinearRing>"
            + "<gml:posList>0 0 1 0 1 1 0 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>"
            + "</gml:polygonMember><gml:polygonMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>"
            + "5 5 6 5 6 6 5 5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:polygonMember>"
            + "</gml:MultiPolygon>", null));
    assertGeometry("MULTIPOINT ((1 2), (3 4))", 32632, read("<gml:MultiPoint srsName=\"EPSG:32632\"><gml:pointMembers>"
        + "<gml:Point><gml:pos>1 2</gml:pos></gml:Point><gml:Point><gml:pos>3 4</gml:pos></gml:Point>"
        + "</gml:pointMembers></gml:MultiPoint>"));
    assertGeometry("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))", 32632, read("<gml:MultiSurface srsName=\"EPSG:32632\">"
        + "<gml:surfaceMembers><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension=\"2\">"
        + "0 0 1 0 1 1 0 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMembers>"
        + "</gml:MultiSurface>"));
    assertGeometry("LINEARRING (0 0, 1 0, 1 1, 0 0)", 32632, read("<gml:LinearRing srsName=\"EPSG:32632\">"
        + "<gml:posList>0 0 1 0 1 1 0 0</gml:posList></gml:LinearRing>"));
    assertGeometry("POINT (1 2)", 32632, read(READER, "", "<Point srsName=\"EPSG:32632\"><name>x</name>"
        + "<pos>1 2</pos></Point>", null));
  }

  @Test
  void malformed_geometries_are_clear_errors() {
    String p = "<gml:LineString srsName=\"EPSG:32632\"><gml:posList>";
    String e = "</gml:posList></gml:LineString>";
    assertTrue(error(p + "1 2 3" + e).contains("odd number of values (3)"));
    assertTrue(error(p + "1 2 x 4" + e).contains("'x' in posList is not a number"));
    assertTrue(error(p + "1 2 NaN 4" + e).contains("'NaN' in posList is not a number"));
    assertTrue(error(p + "1 2" + e).contains("at least 2 positions"));
    assertTrue(error("<gml:LineString srsName=\"EPSG:32632\"><gml:posList srsDimension=\"3\">1 2 3 4 5 6" + e)
        .contains("srsDimension 3 is not supported"));
    String ring = "<gml:Polygon srsName=\"EPSG:32632\"><gml:exterior><gml:LinearRing><gml:posList>";
    String ringEnd = "</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>";
    assertTrue(error(ring + "0 0 1 0 1 1 0 1" + ringEnd).contains("LinearRing is not closed"));
    assertTrue(error(ring + "0 0 1 0 0 0" + ringEnd).contains("LinearRing needs at least 4 positions, found 3"));
    assertTrue(error("<gml:Point srsName=\"EPSG:999999\"><gml:pos>1 2</gml:pos></gml:Point>")
        .contains("unknown CRS 'EPSG:999999'"));
    assertTrue(error("<gml:Point srsName=\"urn:ogc:def:crs:EPSG::999999\"><gml:pos>1 2</gml:pos></gml:Point>")
        .contains("unknown CRS"));
    assertTrue(error("<gml:Point srsName=\"EPSG:foo\"><gml:pos>1 2</gml:pos></gml:Point>").contains("unknown CRS 'EPSG:foo'"));
    assertTrue(error("<gml:Point srsName=\"EPSG:32632\"><gml:pos>1 2 3</gml:pos></gml:Point>")
        .contains("pos must hold 2 numbers"));
    assertTrue(error("<gml:Curve srsName=\"EPSG:32632\"/>").contains("unsupported geometry 'Curve'"));
    assertTrue(error("<gml:Point srsName=\"EPSG:32632\"><gml:coord><gml:X>1</gml:X></gml:coord></gml:Point>")
        .contains("unknown element 'coord' in Point"));
    assertTrue(error("<gml:MultiPoint srsName=\"EPSG:32632\"><gml:pointMember xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
        + "xlink:href=\"#p1\"/></gml:MultiPoint>").contains("xlink:href"));
    assertTrue(error("<gml:MultiSurface srsName=\"EPSG:32632\"><gml:surfaceMember><gml:Point><gml:pos>1 2</gml:pos>"
        + "</gml:Point></gml:surfaceMember></gml:MultiSurface>").contains("expected a Polygon"));
    assertTrue(assertThrows(XmlInputException.class, () -> read(READER, "xmlns:x=\"urn:x\"",
        "<x:Point srsName=\"EPSG:32632\"/>", null)).getMessage().contains("is not a GML geometry"));
    assertTrue(error("<gml:Point srsName=\"EPSG:32632\"><gml:pos>1 2</gml:pos>\n<gml:pos>1 2</gml:pos></gml:Point>")
        .startsWith("geom:2: Point holds exactly one position"));
  }

  @Test
  void vertices_are_bounded_per_geometry() {
    GmlGeometryReader small = new GmlGeometryReader(CRS, 4);
    String four = "<gml:LineString srsName=\"EPSG:32632\"><gml:posList>0 0 1 1 2 2 3 3</gml:posList></gml:LineString>";
    assertEquals(4, read(small, GML32, four, null).getNumPoints());
    String five = "<gml:LineString srsName=\"EPSG:32632\"><gml:posList>0 0 1 1 2 2 3 3 4 4</gml:posList></gml:LineString>";
    assertTrue(assertThrows(XmlInputException.class, () -> read(small, GML32, five, null)).getMessage()
        .contains("more than 4 vertices"));
    String manyPoints = "<gml:MultiPoint srsName=\"EPSG:32632\">"
        + "<gml:pointMember><gml:Point><gml:pos>1 2</gml:pos></gml:Point></gml:pointMember>".repeat(5)
        + "</gml:MultiPoint>";
    assertTrue(assertThrows(XmlInputException.class, () -> read(small, GML32, manyPoints, null)).getMessage()
        .contains("more than 4 vertices"));
    String huge = "<gml:LineString srsName=\"EPSG:32632\"><gml:posList>" + "1 2 ".repeat(100_000)
        + "</gml:posList></gml:LineString>";
    assertFalse(assertThrows(XmlInputException.class, () -> read(READER, GML32, huge, null)).getMessage().isEmpty());
  }
}
