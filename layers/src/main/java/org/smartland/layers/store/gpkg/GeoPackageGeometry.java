package org.smartland.layers.store.gpkg;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The GeoPackage binary geometry: a header ({@code GP}, version, flags, SRS id, envelope) followed by
 * standard WKB. We write little-endian 2D geometries with an XY envelope (none for points); we read every
 * envelope kind and either byte order.
 */
public final class GeoPackageGeometry {
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private GeoPackageGeometry() {
  }

  public static byte[] encode(Geometry g, int srid) {
    byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g);
    boolean empty = g.isEmpty();
    boolean withEnvelope = !empty && !(g instanceof org.locationtech.jts.geom.Point);
    ByteBuffer b = ByteBuffer.allocate(8 + (withEnvelope ? 32 : 0) + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'G').put((byte) 'P').put((byte) 0);
    int flags = 1 | (withEnvelope ? 1 << 1 : 0) | (empty ? 1 << 4 : 0);
    b.put((byte) flags).putInt(srid);
    if (withEnvelope) {
      Envelope e = g.getEnvelopeInternal();
      b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
    }
    b.put(wkb);
    return b.array();
  }

  public static Geometry decode(byte[] bytes) {
    if (bytes.length < 8 || bytes[0] != 'G' || bytes[1] != 'P') {
      throw new IllegalArgumentException("not a GeoPackage geometry");
    }
    int flags = bytes[3];
    ByteOrder order = (flags & 1) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    int srid = ByteBuffer.wrap(bytes, 4, 4).order(order).getInt();
    int envelopeKind = (flags >> 1) & 7;
    int envelopeBytes = switch (envelopeKind) {
      case 0 -> 0;
      case 1 -> 32;
      case 2, 3 -> 48;
      case 4 -> 64;
      default -> throw new IllegalArgumentException("invalid GeoPackage envelope indicator " + envelopeKind);
    };
    int offset = 8 + envelopeBytes;
    byte[] wkb = new byte[bytes.length - offset];
    System.arraycopy(bytes, offset, wkb, 0, wkb.length);
    try {
      Geometry g = new WKBReader(FACTORY).read(wkb);
      g.setSRID(srid);
      return g;
    } catch (ParseException e) {
      throw new IllegalArgumentException("broken WKB in a GeoPackage geometry: " + e.getMessage(), e);
    }
  }

  /** The envelope from the header when there is one, else from the geometry; null for an empty one. */
  public static Envelope envelope(byte[] bytes) {
    int flags = bytes[3];
    if ((flags & (1 << 4)) != 0) {
      return null;
    }
    int envelopeKind = (flags >> 1) & 7;
    if (envelopeKind > 0) {
      ByteBuffer b = ByteBuffer.wrap(bytes, 8, 32).order((flags & 1) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
      double minX = b.getDouble();
      double maxX = b.getDouble();
      double minY = b.getDouble();
      double maxY = b.getDouble();
      return new Envelope(minX, maxX, minY, maxY);
    }
    Geometry g = decode(bytes);
    return g.isEmpty() ? null : g.getEnvelopeInternal();
  }
}
