package org.smartland.layers.query;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * The attribute and spatial filter AST shared by FES 2.0, CQL2 text and CQL2 JSON. Property names are plain
 * names that stores look up in the layer schema (unknown names are rejected, never evaluated); literals
 * travel to SQL as bound parameters only. Literal values are {@link String}, {@link Long}, {@link Double},
 * {@link Boolean}, {@link java.time.LocalDate} or {@link java.time.Instant}; stores coerce them to the
 * attribute's type. Spatial literals carry their SRID.
 */
public sealed interface Filter {

  /** Matches everything. */
  Filter INCLUDE = new Include();

  record Include() implements Filter {
  }

  record And(List<Filter> operands) implements Filter {
    public And {
      operands = List.copyOf(operands);
    }
  }

  record Or(List<Filter> operands) implements Filter {
    public Or {
      operands = List.copyOf(operands);
    }
  }

  record Not(Filter operand) implements Filter {
  }

  enum ComparisonOp { EQ, NE, LT, LE, GT, GE }

  record Compare(String property, ComparisonOp op, Object value) implements Filter {
    public Compare {
      Objects.requireNonNull(value, "comparison value");
    }
  }

  /** SQL-style pattern: {@code %} any run, {@code _} one character, {@code \} escapes. */
  record Like(String property, String pattern, boolean caseInsensitive) implements Filter {
  }

  record In(String property, List<Object> values) implements Filter {
    public In {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new InvalidQueryException("IN needs at least one value");
      }
    }
  }

  record Between(String property, Object low, Object high) implements Filter {
  }

  record IsNull(String property) implements Filter {
  }

  enum SpatialOp { INTERSECTS, DISJOINT, CONTAINS, WITHIN, TOUCHES, CROSSES, OVERLAPS, EQUALS }

  /** The layer geometry {@code op} the literal, e.g. geometry WITHIN literal. */
  record Spatial(SpatialOp op, Geometry geometry) implements Filter {
  }

  /** The layer geometry lies within {@code distance} of the literal, in the units of the layer's native CRS (metres for projected CRSs). */
  record DWithin(Geometry geometry, double distance) implements Filter {
  }

  /**
   * Features whose id is one of {@code ids}, kept verbatim as the client wrote them. Stores compare them
   * with their own ids; an id that cannot be one of theirs (not a number, for integer ids) matches nothing
   * and is never an error.
   */
  record ResourceIds(List<String> ids) implements Filter {
    public ResourceIds {
      ids = List.copyOf(ids);
      if (ids.isEmpty()) {
        throw new InvalidQueryException("a resource id filter needs at least one id");
      }
    }
  }

  static Filter and(Filter... operands) {
    return new And(List.of(operands));
  }

  static Filter or(Filter... operands) {
    return new Or(List.of(operands));
  }

  static Filter eq(String property, Object value) {
    return new Compare(property, ComparisonOp.EQ, value);
  }
}
