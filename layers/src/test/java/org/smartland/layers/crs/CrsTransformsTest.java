package org.smartland.layers.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class CrsTransformsTest {
  private static final CrsTransforms CRS = new CrsTransforms();
  private static final GeometryFactory GF = new GeometryFactory();

  @Test
  void axis_order_comes_from_the_epsg_definition_of_each_crs() {
    assertEquals(AxisOrder.NORTH_EAST, CRS.axisOrder(Crs.epsg(4326).withEpsgAxisOrder()));
    assertEquals(AxisOrder.NORTH_EAST, CRS.axisOrder(Crs.epsg(6706).withEpsgAxisOrder()));
    assertEquals(AxisOrder.NORTH_EAST, CRS.axisOrder(Crs.epsg(4258).withEpsgAxisOrder()));
    assertEquals(AxisOrder.EAST_NORTH, CRS.axisOrder(Crs.epsg(3857).withEpsgAxisOrder()));
    assertEquals(AxisOrder.EAST_NORTH, CRS.axisOrder(Crs.epsg(32632).withEpsgAxisOrder()));
    assertEquals(AxisOrder.EAST_NORTH, CRS.axisOrder(Crs.epsg(3003).withEpsgAxisOrder()));
    assertEquals(AxisOrder.NORTH_EAST, CRS.axisOrder(Crs.epsg(6707).withEpsgAxisOrder()), "RDN2008 / TM32 is northing first");
    assertEquals(AxisOrder.EAST_NORTH, CRS.axisOrder(Crs.epsg(7791).withEpsgAxisOrder()));
    assertEquals(AxisOrder.EAST_NORTH, CRS.axisOrder(Crs.epsg(4326)));
    assertEquals(AxisOrder.EAST_NORTH, CRS.axisOrder(Crs.CRS84_LONLAT));
  }

  @Test
  void milan_cathedral_lands_where_gdal_puts_it() {
    // Expected values from gdaltransform (PROJ) on this machine.
    Geometry duomo = GF.createPoint(new Coordinate(9.19199, 45.46416));
    Coordinate utm = CRS.transform(duomo, 4326, 32632).getCoordinate();
    assertEquals(515_009.08, utm.x, 0.05);
    assertEquals(5_034_532.72, utm.y, 0.05);
    Coordinate mercator = CRS.transform(duomo, 4326, 3857).getCoordinate();
    assertEquals(1_023_247.65, mercator.x, 0.05);
    assertEquals(5_694_892.38, mercator.y, 0.05);
    Coordinate back = CRS.transform(CRS.transform(duomo, 4326, 3003), 3003, 4326).getCoordinate();
    assertEquals(9.19199, back.x, 1e-6);
    assertEquals(45.46416, back.y, 1e-6);
    Coordinate rdn = CRS.transform(duomo, 4326, 6707).getCoordinate();
    assertEquals(utm.x, rdn.x, 1.0);
    assertEquals(utm.y, rdn.y, 1.0);
  }

  @Test
  void envelopes_cover_every_point_of_the_reprojected_edges() {
    Envelope lonLat = CRS.transform(new Envelope(400_000, 600_000, 5_000_000, 5_200_000), 32632, 4326);
    lonLat.expandBy(1e-6);
    for (int i = 0; i <= 40; i++) {
      double t = i / 40.0;
      for (Coordinate c : new Coordinate[] {new Coordinate(400_000 + t * 200_000, 5_000_000),
          new Coordinate(400_000 + t * 200_000, 5_200_000), new Coordinate(400_000, 5_000_000 + t * 200_000),
          new Coordinate(600_000, 5_000_000 + t * 200_000)}) {
        Coordinate p = CRS.transform(GF.createPoint(c), 32632, 4326).getCoordinate();
        assertTrue(lonLat.covers(p), p + " outside " + lonLat);
      }
    }
  }

  @Test
  void unknown_codes_are_reported() {
    assertFalse(CRS.isKnown(999_999));
    assertTrue(CRS.isKnown(32632));
    assertTrue(CRS.isGeographic(4326));
    assertFalse(CRS.isGeographic(32632));
    assertThrows(UnknownCrsException.class, () -> CRS.transform(GF.createPoint(new Coordinate(0, 0)), 4326, 999_999));
  }
}
