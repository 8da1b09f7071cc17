package org.smartland.layers.store.gpkg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

class GeoPackageGeometryTest {

  @Test
  void polygons_round_trip_with_header_srid_and_envelope() throws Exception {
    Geometry g = new WKTReader().read("MULTIPOLYGON (((500000 5030000, 501000 5030000, 501000 5031000, 500000 5030000)))");
    byte[] blob = GeoPackageGeometry.encode(g, 32632);
    assertArrayEquals(new byte[] {'G', 'P', 0, 0b11}, new byte[] {blob[0], blob[1], blob[2], blob[3]});
    assertEquals(32632, ByteBuffer.wrap(blob, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
    Geometry back = GeoPackageGeometry.decode(blob);
    assertEquals(g, back);
    assertEquals(32632, back.getSRID());
    assertEquals(new Envelope(500000, 501000, 5030000, 5031000), GeoPackageGeometry.envelope(blob));
  }

  @Test
  void points_carry_no_envelope_but_still_report_one() throws Exception {
    byte[] blob = GeoPackageGeometry.encode(new WKTReader().read("POINT (1 2)"), 4326);
    assertEquals(8 + 21, blob.length);
    assertEquals(new Envelope(1, 1, 2, 2), GeoPackageGeometry.envelope(blob));
  }

  @Test
  void empty_geometries_are_flagged_and_have_no_envelope() throws Exception {
    byte[] blob = GeoPackageGeometry.encode(new WKTReader().read("POLYGON EMPTY"), 4326);
    assertEquals(0b10001, blob[3]);
    assertNull(GeoPackageGeometry.envelope(blob));
  }

  @Test
  void big_endian_blobs_written_by_other_software_are_read() throws Exception {
    Geometry g = new WKTReader().read("LINESTRING (0 0, 3 4)");
    byte[] wkb = new WKBWriter(2, ByteOrderValues.BIG_ENDIAN).write(g);
    ByteBuffer b = ByteBuffer.allocate(8 + 32 + wkb.length).order(ByteOrder.BIG_ENDIAN);
    b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0b10).putInt(3003);
    b.putDouble(0).putDouble(3).putDouble(0).putDouble(4).put(wkb);
    Geometry back = GeoPackageGeometry.decode(b.array());
    assertEquals(g, back);
    assertEquals(3003, back.getSRID());
    assertEquals(new Envelope(0, 3, 0, 4), GeoPackageGeometry.envelope(b.array()));
  }

  @Test
  void a_blob_without_the_magic_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> GeoPackageGeometry.decode(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}));
  }
}
