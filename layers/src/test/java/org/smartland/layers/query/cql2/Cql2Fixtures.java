package org.smartland.layers.query.cql2;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.Filter.ComparisonOp;

/** Parsers and AST shorthands shared by the CQL2 tests. */
final class Cql2Fixtures {
  static final CrsTransforms CRS = new CrsTransforms();
  static final Cql2TextParser TEXT = new Cql2TextParser(CRS);
  static final Cql2JsonParser JSON = new Cql2JsonParser(CRS);
  static final Crs CRS84 = Crs.parse("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
  static final Crs EPSG_4326 = Crs.parse("http://www.opengis.net/def/crs/EPSG/0/4326");

  private Cql2Fixtures() {
  }

  static Filter text(String cql) {
    return TEXT.parse(cql, CRS84);
  }

  static Filter json(String cql) {
    return JSON.parse(cql, CRS84);
  }

  static String textError(String cql) {
    return assertThrows(Cql2Exception.class, () -> text(cql)).getMessage();
  }

  static String jsonError(String cql) {
    return assertThrows(Cql2Exception.class, () -> json(cql)).getMessage();
  }

  static Filter cmp(String property, ComparisonOp op, Object value) {
    return new Filter.Compare(property, op, value);
  }

  static Filter not(Filter f) {
    return new Filter.Not(f);
  }

  static LocalDate date(String s) {
    return LocalDate.parse(s);
  }

  static Instant ts(String s) {
    return Instant.parse(s);
  }

  static Geometry wkt(String wkt, int srid) {
    try {
      Geometry g = new WKTReader().read(wkt);
      g.setSRID(srid);
      return g;
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** JSON with single quotes for readability: every ' becomes ". */
  static String q(String json) {
    return json.replace('\'', '"');
  }
}
