package org.smartland.server.uploads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Writes ESRI shapefiles for the tests, following the 1998 technical description: the .shp, .shx and .dbf of features
 * given as WKT, outer rings clockwise and holes counter-clockwise; with {@link #withZ()} the Z variant of the type
 * (a Z and an M array after the points).
 */
final class TestShapefile {
  /** WGS 84 / UTM zone 32N as ESRI writes it in a .prj. */
  static final String PRJ_32632 = "PROJCS[\"WGS_1984_UTM_Zone_32N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
      + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
      + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
      + "PARAMETER[\"Central_Meridian\",9.0],PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],"
      + "UNIT[\"Meter\",1.0]]";
  static final String PRJ_4326 = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
      + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

  private record Field(String name, char type, int length, int decimals) {
  }

  private final int baseType;
  private boolean z;
  private final List<Field> fields = new ArrayList<>();
  private final List<Geometry> geometries = new ArrayList<>();
  private final List<Object[]> values = new ArrayList<>();

  /** @param baseType 1 Point, 3 PolyLine, 5 Polygon, 8 MultiPoint */
  TestShapefile(int baseType) {
    this.baseType = baseType;
  }

  TestShapefile withZ() {
    z = true;
    return this;
  }

  TestShapefile field(String name, char type, int length, int decimals) {
    fields.add(new Field(name, type, length, decimals));
    return this;
  }

  /** A feature; a null WKT is a Null shape. */
  TestShapefile add(String wkt, Object... row) {
    try {
      geometries.add(wkt == null ? null : new WKTReader().read(wkt));
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
    values.add(row);
    return this;
  }

  int type() {
    return baseType + (z ? 10 : 0);
  }

  byte[] shp() {
    List<byte[]> records = new ArrayList<>();
    for (Geometry g : geometries) {
      records.add(content(g));
    }
    int length = 100 + records.stream().mapToInt(r -> 8 + r.length).sum();
    ByteBuffer b = ByteBuffer.allocate(length);
    header(b, length);
    for (int i = 0; i < records.size(); i++) {
      b.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(records.get(i).length / 2);
      b.put(records.get(i));
    }
    return b.array();
  }

  byte[] shx() {
    int length = 100 + 8 * geometries.size();
    ByteBuffer b = ByteBuffer.allocate(length);
    header(b, length);
    int offset = 100;
    for (Geometry g : geometries) {
      int n = content(g).length;
      b.order(ByteOrder.BIG_ENDIAN).putInt(offset / 2).putInt(n / 2);
      offset += 8 + n;
    }
    return b.array();
  }

  byte[] dbf() {
    int recordLength = 1 + fields.stream().mapToInt(Field::length).sum();
    int headerLength = 32 + 32 * fields.size() + 1;
    ByteBuffer b = ByteBuffer.allocate(headerLength + recordLength * values.size() + 1).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 3).put((byte) 124).put((byte) 5).put((byte) 1).putInt(values.size()).putShort((short) headerLength)
        .putShort((short) recordLength).put(new byte[20]);
    for (Field f : fields) {
      byte[] name = new byte[11];
      byte[] n = f.name().getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(n, 0, name, 0, Math.min(10, n.length));
      b.put(name).put((byte) f.type()).put(new byte[4]).put((byte) f.length()).put((byte) f.decimals()).put(new byte[14]);
    }
    b.put((byte) 0x0d);
    for (Object[] row : values) {
      b.put((byte) ' ');
      for (int i = 0; i < fields.size(); i++) {
        Field f = fields.get(i);
        Object v = i < row.length ? row[i] : null;
        String s = v == null ? "" : v.toString();
        byte[] text = s.getBytes(StandardCharsets.UTF_8);
        byte[] cell = new byte[f.length()];
        java.util.Arrays.fill(cell, (byte) ' ');
        int len = Math.min(text.length, cell.length);
        if (f.type() == 'C' || f.type() == 'D' || f.type() == 'L') {
          System.arraycopy(text, 0, cell, 0, len);
        } else {
          System.arraycopy(text, 0, cell, cell.length - len, len);
        }
        b.put(cell);
      }
    }
    b.put((byte) 0x1a);
    return b.array();
  }

  /** The three files and the .prj (none when null) zipped under {@code base}. */
  byte[] zip(String base, String prj) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(base + ".shp", shp());
    entries.put(base + ".shx", shx());
    entries.put(base + ".dbf", dbf());
    if (prj != null) {
      entries.put(base + ".prj", prj.getBytes(StandardCharsets.US_ASCII));
    }
    return zip(entries);
  }

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private void header(ByteBuffer b, int length) {
    Envelope env = new Envelope();
    geometries.stream().filter(g -> g != null).forEach(g -> env.expandToInclude(g.getEnvelopeInternal()));
    b.order(ByteOrder.BIG_ENDIAN).putInt(9994).put(new byte[20]).putInt(length / 2);
    b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(type()).putDouble(env.getMinX()).putDouble(env.getMinY())
        .putDouble(env.getMaxX()).putDouble(env.getMaxY()).putDouble(0).putDouble(0).putDouble(0).putDouble(0);
  }

  private byte[] content(Geometry g) {
    if (g == null) {
      return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0).array();
    }
    List<Coordinate[]> parts = new ArrayList<>();
    if (baseType == 1) {
      Coordinate c = ((Point) g).getCoordinate();
      ByteBuffer b = ByteBuffer.allocate(z ? 36 : 20).order(ByteOrder.LITTLE_ENDIAN).putInt(type()).putDouble(c.x)
          .putDouble(c.y);
      if (z) {
        b.putDouble(7).putDouble(0);
      }
      return b.array();
    }
    if (baseType == 8) {
      parts.add(g.getCoordinates());
    } else {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        Geometry part = g.getGeometryN(i);
        if (part instanceof Polygon p) {
          parts.add(oriented(p.getExteriorRing().getCoordinates(), false));
          for (int h = 0; h < p.getNumInteriorRing(); h++) {
            parts.add(oriented(p.getInteriorRingN(h).getCoordinates(), true));
          }
        } else {
          parts.add(((LineString) part).getCoordinates());
        }
      }
    }
    int points = parts.stream().mapToInt(p -> p.length).sum();
    boolean multiPoint = baseType == 8;
    int size = 4 + 32 + (multiPoint ? 4 : 8 + 4 * parts.size()) + 16 * points + (z ? 2 * (16 + 8 * points) : 0);
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN).putInt(type());
    Envelope e = g.getEnvelopeInternal();
    b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
    if (multiPoint) {
      b.putInt(points);
    } else {
      b.putInt(parts.size()).putInt(points);
      int start = 0;
      for (Coordinate[] p : parts) {
        b.putInt(start);
        start += p.length;
      }
    }
    for (Coordinate[] p : parts) {
      for (Coordinate c : p) {
        b.putDouble(c.x).putDouble(c.y);
      }
    }
    if (z) {
      b.putDouble(0).putDouble(5);
      for (int i = 0; i < points; i++) {
        b.putDouble(5);
      }
      b.putDouble(0).putDouble(0);
      for (int i = 0; i < points; i++) {
        b.putDouble(0);
      }
    }
    return b.array();
  }

  private static Coordinate[] oriented(Coordinate[] ring, boolean ccw) {
    if (Orientation.isCCW(ring) != ccw) {
      Coordinate[] r = ring.clone();
      java.util.Collections.reverse(java.util.Arrays.asList(r));
      return r;
    }
    return ring;
  }
}
