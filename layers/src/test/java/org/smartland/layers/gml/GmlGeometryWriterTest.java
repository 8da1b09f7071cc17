package org.smartland.layers.gml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GmlGeometryWriterTest {
  /** The geometry's GML, written inside a wrapper that binds {@code gml}, the wrapper left out. */
  static String gml(GmlVersion version, int decimals, Geometry g, String srsName, boolean swap, String id) {
    return write(version, w -> new GmlGeometryWriter(version, decimals).geometry(w, g, srsName, swap, id));
  }

  interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  static String write(GmlVersion version, Body body) {
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      w.writeStartElement("r");
      w.writeNamespace("gml", version.namespace());
      w.writeCharacters("");
      body.write(w);
      w.writeEndElement();
      w.close();
      String s = out.toString();
      return s.substring(s.indexOf('>') + 1, s.length() - "</r>".length());
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  static Geometry wkt(String wkt) {
    try {
      return new WKTReader().read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void a_gml_3_2_point_has_an_id_an_srs_name_and_a_2d_pos() {
    assertEquals("<gml:Point gml:id=\"schools.12.geom\" srsName=\"urn:ogc:def:crs:EPSG::32632\">"
            + "<gml:pos srsDimension=\"2\">506000.12 5033000</gml:pos></gml:Point>",
        gml(GmlVersion.GML_3_2, 2, wkt("POINT (506000.123 5033000.001)"), "urn:ogc:def:crs:EPSG::32632", false,
            "schools.12.geom"));
  }

  @Test
  void swapped_axes_write_y_first_in_every_ring() {
    assertEquals("<gml:Polygon gml:id=\"p\" srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:exterior><gml:LinearRing>"
            + "<gml:posList srsDimension=\"2\">45 9 45 10 46 10 45 9</gml:posList></gml:LinearRing></gml:exterior>"
            + "<gml:interior><gml:LinearRing><gml:posList srsDimension=\"2\">45.1 9.5 45.2 9.6 45.1 9.6 45.1 9.5"
            + "</gml:posList></gml:LinearRing></gml:interior></gml:Polygon>",
        gml(GmlVersion.GML_3_2, 6, wkt("POLYGON ((9 45, 10 45, 10 46, 9 45), (9.5 45.1, 9.6 45.2, 9.6 45.1, 9.5 45.1))"),
            "urn:ogc:def:crs:EPSG::4326", true, "p"));
  }

  @Test
  void collections_become_multi_curves_surfaces_and_geometries_with_member_ids() {
    assertEquals("<gml:MultiCurve gml:id=\"g\"><gml:curveMember><gml:LineString gml:id=\"g.1\">"
            + "<gml:posList srsDimension=\"2\">0 0 1 1</gml:posList></gml:LineString></gml:curveMember>"
            + "</gml:MultiCurve>",
        gml(GmlVersion.GML_3_2, 3, wkt("MULTILINESTRING ((0 0, 1 1))"), null, false, "g"));
    String surfaces = gml(GmlVersion.GML_3_2, 3, wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))"),
        "EPSG:32632", false, "z");
    assertTrue(surfaces.startsWith("<gml:MultiSurface gml:id=\"z\" srsName=\"EPSG:32632\"><gml:surfaceMember>"
        + "<gml:Polygon gml:id=\"z.1\"><gml:exterior>"), surfaces);
    assertTrue(surfaces.contains("<gml:Polygon gml:id=\"z.2\">"), surfaces);
    String points = gml(GmlVersion.GML_3_2, 3, wkt("MULTIPOINT ((1 2), (3 4))"), null, false, "m");
    assertTrue(points.contains("<gml:pointMember><gml:Point gml:id=\"m.2\"><gml:pos srsDimension=\"2\">3 4</gml:pos>"),
        points);
    String mixed = gml(GmlVersion.GML_3_2, 3, wkt("GEOMETRYCOLLECTION (POINT (1 2), MULTIPOINT ((3 4)))"), null,
        false, "c");
    assertTrue(mixed.startsWith("<gml:MultiGeometry gml:id=\"c\"><gml:geometryMember><gml:Point gml:id=\"c.1\">"),
        mixed);
    assertTrue(mixed.contains("<gml:MultiPoint gml:id=\"c.2\"><gml:pointMember><gml:Point gml:id=\"c.2.1\">"), mixed);
  }

  @Test
  void gml_3_1_1_writes_ids_only_when_given() {
    String noId = gml(GmlVersion.GML_3_1_1, 1, wkt("MULTIPOINT ((1 2))"), "EPSG:4326", false, null);
    assertEquals("<gml:MultiPoint srsName=\"EPSG:4326\"><gml:pointMember><gml:Point><gml:pos srsDimension=\"2\">"
        + "1 2</gml:pos></gml:Point></gml:pointMember></gml:MultiPoint>", noId);
    assertTrue(gml(GmlVersion.GML_3_1_1, 1, wkt("POINT (1 2)"), null, false, "a").contains("gml:id=\"a\""));
    assertFalse(noId.contains("xmlns"), "the caller binds the prefix");
  }

  @Test
  void empty_members_are_left_out_and_empty_or_anonymous_3_2_geometries_refused() {
    assertEquals("<gml:MultiGeometry gml:id=\"e\"><gml:geometryMember><gml:Point gml:id=\"e.2\">"
            + "<gml:pos srsDimension=\"2\">1 1</gml:pos></gml:Point></gml:geometryMember></gml:MultiGeometry>",
        gml(GmlVersion.GML_3_2, 0, wkt("GEOMETRYCOLLECTION (POINT EMPTY, POINT (1 1))"), null, false, "e"));
    assertThrows(IllegalArgumentException.class, () -> gml(GmlVersion.GML_3_2, 0, wkt("POINT EMPTY"), null, false, "x"));
    assertThrows(IllegalArgumentException.class, () -> gml(GmlVersion.GML_3_2, 0, wkt("POINT (1 1)"), null, false, null));
    assertThrows(IllegalArgumentException.class, () -> new GmlGeometryWriter(GmlVersion.GML_3_2, 16));
  }

  @Test
  void an_envelope_has_lower_and_upper_corners_in_the_asked_axis_order() {
    String env = write(GmlVersion.GML_3_2, w -> new GmlGeometryWriter(GmlVersion.GML_3_2, 4)
        .envelope(w, new Envelope(9.1, 9.25, 45.4, 45.5), "urn:ogc:def:crs:EPSG::4326", true));
    assertEquals("<gml:Envelope srsName=\"urn:ogc:def:crs:EPSG::4326\">"
        + "<gml:lowerCorner srsDimension=\"2\">45.4 9.1</gml:lowerCorner>"
        + "<gml:upperCorner srsDimension=\"2\">45.5 9.25</gml:upperCorner></gml:Envelope>", env);
    assertFalse(env.contains("gml:id"));
  }
}
