package org.smartland.layers.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CrsTest {

  @Test
  void every_usual_spelling_parses_with_the_axis_order_its_form_implies() {
    assertEquals(new Crs(4326, false, false), Crs.parse("EPSG:4326"));
    assertEquals(new Crs(4326, false, false), Crs.parse("epsg:4326"));
    assertEquals(new Crs(4326, false, false), Crs.parse("http://www.opengis.net/gml/srs/epsg.xml#4326"));
    assertEquals(new Crs(4326, false, true), Crs.parse("urn:ogc:def:crs:EPSG::4326"));
    assertEquals(new Crs(4326, false, true), Crs.parse("urn:x-ogc:def:crs:EPSG:6.11:4326"));
    assertEquals(new Crs(32632, false, true), Crs.parse("http://www.opengis.net/def/crs/EPSG/0/32632"));
    assertEquals(Crs.CRS84_LONLAT, Crs.parse("CRS:84"));
    assertEquals(Crs.CRS84_LONLAT, Crs.parse("http://www.opengis.net/def/crs/OGC/1.3/CRS84"));
    assertEquals(Crs.CRS84_LONLAT, Crs.parse("urn:ogc:def:crs:OGC:1.3:CRS84"));
  }

  @Test
  void names_render_back_in_each_form() {
    Crs utm = Crs.epsg(32632);
    assertEquals("EPSG:32632", utm.code());
    assertEquals("urn:ogc:def:crs:EPSG::32632", utm.urn());
    assertEquals("http://www.opengis.net/def/crs/EPSG/0/32632", utm.uri());
    assertEquals("CRS:84", Crs.CRS84_LONLAT.code());
  }

  @Test
  void garbage_is_an_unknown_crs() {
    assertThrows(UnknownCrsException.class, () -> Crs.parse("EPSG:"));
    assertThrows(UnknownCrsException.class, () -> Crs.parse("EPSG:4326; DROP TABLE x"));
    assertThrows(UnknownCrsException.class, () -> Crs.parse("WGS84"));
    assertThrows(UnknownCrsException.class, () -> Crs.parse(null));
  }
}
