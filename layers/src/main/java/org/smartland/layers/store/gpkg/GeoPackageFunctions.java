package org.smartland.layers.store.gpkg;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleFunction;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.sqlite.Function;

/**
 * The spatial SQL functions a GeoPackage connection needs, written in Java with JTS: the envelope functions
 * the RTree triggers of the GeoPackage specification call ({@code ST_IsEmpty}, {@code ST_MinX} …), and the
 * predicates our filters use ({@code ST_Intersects(geom, literal)} …, {@code ST_DWithin}). The literal
 * (second argument) is usually the same for every row of a query, so its prepared form is cached.
 */
final class GeoPackageFunctions {
  private GeoPackageFunctions() {
  }

  static void register(Connection c) throws SQLException {
    envelope(c, "ST_MinX", Envelope::getMinX);
    envelope(c, "ST_MaxX", Envelope::getMaxX);
    envelope(c, "ST_MinY", Envelope::getMinY);
    envelope(c, "ST_MaxY", Envelope::getMaxY);
    Function.create(c, "ST_IsEmpty", new Function() {
      @Override
      protected void xFunc() throws SQLException {
        byte[] b = value_blob(0);
        if (b == null) {
          result();
        } else {
          result(GeoPackageGeometry.envelope(b) == null ? 1 : 0);
        }
      }
    }, Function.FLAG_DETERMINISTIC);
    predicate(c, "ST_Intersects", GeoPackageFunctions::intersects);
    predicate(c, "ST_Disjoint", decoded(PreparedGeometry::disjoint));
    predicate(c, "ST_Contains", decoded((lit, g) -> lit.within(g)));
    predicate(c, "ST_Within", decoded((lit, g) -> lit.contains(g)));
    predicate(c, "ST_Touches", decoded(PreparedGeometry::touches));
    predicate(c, "ST_Crosses", decoded(PreparedGeometry::crosses));
    predicate(c, "ST_Overlaps", decoded(PreparedGeometry::overlaps));
    predicate(c, "ST_Equals", decoded((lit, g) -> lit.getGeometry().equalsTopo(g)));
    Function.create(c, "ST_DWithin", new LiteralFunction() {
      @Override
      protected void xFunc() throws SQLException {
        byte[] b = value_blob(0);
        if (b == null) {
          result();
          return;
        }
        result(GeoPackageGeometry.decode(b).isWithinDistance(literal(value_blob(1)).getGeometry(), value_double(2)) ? 1 : 0);
      }
    }, Function.FLAG_DETERMINISTIC);
  }

  /**
   * Intersection decided from the envelope in the blob's header when it can be (a bbox query against a
   * rectangle: a feature whose envelope lies inside it intersects it; one whose envelope misses it does
   * not), and from the decoded geometry otherwise.
   */
  static boolean intersects(byte[] blob, PreparedGeometry literal, boolean rectangle) {
    Envelope e = GeoPackageGeometry.envelope(blob);
    if (e == null) {
      return false;
    }
    Envelope box = literal.getGeometry().getEnvelopeInternal();
    if (!box.intersects(e)) {
      return false;
    }
    if (rectangle && box.covers(e)) {
      return true;
    }
    return literal.intersects(GeoPackageGeometry.decode(blob));
  }

  private static void envelope(Connection c, String name, ToDoubleFunction<Envelope> part) throws SQLException {
    Function.create(c, name, new Function() {
      @Override
      protected void xFunc() throws SQLException {
        byte[] b = value_blob(0);
        Envelope e = b == null ? null : GeoPackageGeometry.envelope(b);
        if (e == null) {
          result();
        } else {
          result(part.applyAsDouble(e));
        }
      }
    }, Function.FLAG_DETERMINISTIC);
  }

  /** A test of a row's geometry blob against the prepared literal (and whether the literal is a rectangle). */
  private interface BlobTest {
    boolean test(byte[] row, PreparedGeometry literal, boolean literalIsRectangle);
  }

  /** A predicate asked of the prepared literal with the row's decoded geometry. */
  private static BlobTest decoded(BiPredicate<PreparedGeometry, Geometry> test) {
    return (row, literal, rectangle) -> test.test(literal, GeoPackageGeometry.decode(row));
  }

  /** {@code name(geom, literal)}, NULL when either is NULL. */
  private static void predicate(Connection c, String name, BlobTest test) throws SQLException {
    Function.create(c, name, new LiteralFunction() {
      @Override
      protected void xFunc() throws SQLException {
        byte[] b = value_blob(0);
        byte[] lit = value_blob(1);
        if (b == null || lit == null) {
          result();
          return;
        }
        PreparedGeometry prepared = literal(lit);
        result(test.test(b, prepared, rectangle) ? 1 : 0);
      }
    }, Function.FLAG_DETERMINISTIC);
  }

  /** A function whose second argument is a literal geometry, prepared once per distinct value. */
  private abstract static class LiteralFunction extends Function {
    /** Whether the current literal is an axis-aligned rectangle. */
    boolean rectangle;
    private byte[] lastBytes;
    private PreparedGeometry last;

    PreparedGeometry literal(byte[] bytes) {
      if (last == null || !Arrays.equals(bytes, lastBytes)) {
        last = PreparedGeometryFactory.prepare(GeoPackageGeometry.decode(bytes));
        rectangle = last.getGeometry().isRectangle();
        lastBytes = bytes;
      }
      return last;
    }
  }
}
