package org.smartland.layers.query.cql2;

import java.time.Instant;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;

/**
 * One argument of a CQL2 predicate as either encoding wrote it, before {@link Cql2Predicates} turns the
 * predicate into the {@link org.smartland.layers.query.Filter} AST.
 */
sealed interface Operand {

  /** A property, by its plain name. */
  record Property(String name) implements Operand {
  }

  /** A scalar literal: String, Long, Double, Boolean, LocalDate or Instant. */
  record Value(Object value) implements Operand {
  }

  /** {@code CASEI(x)} of a property or a string literal. */
  record CaseInsensitive(Operand inner) implements Operand {
  }

  /** {@code INTERVAL(start, end)} of LocalDate or Instant bounds; null is an open end ({@code '..'}). */
  record Interval(Object start, Object end) implements Operand {
  }

  /** A geometry literal (WKT, GeoJSON or BBOX), x = east, with the SRID of the filter CRS. */
  record Shape(Geometry geometry) implements Operand {
  }

  /** How an error message names the operand. */
  static String describe(Operand o) {
    if (o instanceof Property p) {
      return "the property '" + p.name() + "'";
    } else if (o instanceof CaseInsensitive c) {
      return "CASEI(" + describe(c.inner()) + ")";
    } else if (o instanceof Interval) {
      return "an INTERVAL";
    } else if (o instanceof Shape) {
      return "a geometry literal";
    }
    Object v = ((Value) o).value();
    if (v instanceof String s) {
      return "the string '" + Cql2Literals.abbreviate(s) + "'";
    } else if (v instanceof Boolean b) {
      return b ? "TRUE" : "FALSE";
    } else if (v instanceof LocalDate d) {
      return "DATE('" + d + "')";
    } else if (v instanceof Instant i) {
      return "TIMESTAMP('" + i + "')";
    }
    return "the number " + v;
  }
}
