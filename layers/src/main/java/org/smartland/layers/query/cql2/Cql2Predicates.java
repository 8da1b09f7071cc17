package org.smartland.layers.query.cql2;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.Filter.ComparisonOp;
import org.smartland.layers.query.Filter.SpatialOp;

/**
 * Builds the {@link Filter} of one CQL2 predicate from its operands, the same way for CQL2 text and CQL2 JSON,
 * so that both encodings give equal ASTs; and keeps, for one parse, the property names read and the number of
 * operators.
 *
 * <p>Comparisons, LIKE, BETWEEN, IN and IS NULL take one property and literals; with the literal first the
 * comparison is flipped ({@code 5 < a} is {@code a > 5}). {@code CASEI} must wrap both sides and works with
 * {@code =}, {@code <>}, {@code LIKE} and {@code IN}: equality becomes a case-insensitive LIKE of the literal
 * with its wildcards escaped. Spatial functions take the geometry property and one geometry literal in either
 * order ({@code S_WITHIN(literal, g)} is {@code S_CONTAINS(g, literal)}). Temporal functions are in
 * {@link Cql2Temporal}. Comparing two properties, or two literals, is refused.
 */
final class Cql2Predicates {
  /** Matches nothing: CQL2 {@code FALSE}. */
  static final Filter FALSE = new Filter.Not(Filter.INCLUDE);

  static final Map<String, SpatialOp> SPATIAL = Map.of("S_INTERSECTS", SpatialOp.INTERSECTS,
      "S_DISJOINT", SpatialOp.DISJOINT, "S_CONTAINS", SpatialOp.CONTAINS, "S_WITHIN", SpatialOp.WITHIN,
      "S_TOUCHES", SpatialOp.TOUCHES, "S_CROSSES", SpatialOp.CROSSES, "S_OVERLAPS", SpatialOp.OVERLAPS,
      "S_EQUALS", SpatialOp.EQUALS);
  static final Set<String> ARRAY = Set.of("A_EQUALS", "A_CONTAINS", "A_CONTAINEDBY", "A_OVERLAPS");
  static final Map<String, ComparisonOp> COMPARISONS = Map.of("=", ComparisonOp.EQ, "<>", ComparisonOp.NE,
      "<", ComparisonOp.LT, ">", ComparisonOp.GT, "<=", ComparisonOp.LE, ">=", ComparisonOp.GE);

  private final int maxOperators;
  private final Set<String> properties = new LinkedHashSet<>();
  private final Set<String> geometryProperties = new LinkedHashSet<>();
  private int operators;

  Cql2Predicates(int maxOperators) {
    this.maxOperators = maxOperators;
  }

  /** Counts {@code n} more operators (or IN list values) against the bound. */
  void count(int n) {
    operators += n;
    if (operators > maxOperators) {
      throw new Refusal("the filter holds more than " + maxOperators + " operators (IN list values included)");
    }
  }

  /** The filter with the names read while building it. */
  ParsedFilter result(Filter filter) {
    return new ParsedFilter(filter, properties, geometryProperties);
  }

  static Filter bool(boolean value) {
    return value ? Filter.INCLUDE : FALSE;
  }

  /** Whether a function name (upper case) is one of the predicate functions: spatial, temporal or array. */
  static boolean isPredicateFunction(String upperName) {
    return SPATIAL.containsKey(upperName) || Cql2Temporal.FUNCTIONS.contains(upperName) || ARRAY.contains(upperName);
  }

  /** The name of a property operand of an attribute predicate, recorded. */
  String attribute(Operand.Property p) {
    properties.add(p.name());
    return p.name();
  }

  Filter compare(ComparisonOp op, Operand left, Operand right) {
    String symbol = symbol(op);
    if (left instanceof Operand.CaseInsensitive || right instanceof Operand.CaseInsensitive) {
      return caseInsensitiveEquality(op, left, right);
    }
    if (left instanceof Operand.Property p && right instanceof Operand.Property q) {
      throw new Refusal("'" + symbol + "' compares a property with a literal; comparing two properties ('"
          + p.name() + "', '" + q.name() + "') is not supported");
    }
    if (left instanceof Operand.Property p) {
      return new Filter.Compare(attribute(p), op, scalar(right, symbol));
    }
    if (right instanceof Operand.Property p) {
      Object value = scalar(left, symbol);
      return new Filter.Compare(attribute(p), flip(op), value);
    }
    throw new Refusal("'" + symbol + "' needs a property on one side, not " + Operand.describe(left) + " and "
        + Operand.describe(right));
  }

  private Filter caseInsensitiveEquality(ComparisonOp op, Operand left, Operand right) {
    if (op != ComparisonOp.EQ && op != ComparisonOp.NE) {
      throw new Refusal("CASEI works with =, <>, LIKE and IN, not with '" + symbol(op) + "'");
    }
    Operand.Property p = caseInsensitiveProperty(left, right);
    boolean propertyLeft = left instanceof Operand.CaseInsensitive l && l.inner() instanceof Operand.Property;
    String text = caseInsensitiveString(propertyLeft ? right : left);
    Filter like = new Filter.Like(attribute(p), Cql2Literals.escapeLike(text), true);
    return op == ComparisonOp.EQ ? like : new Filter.Not(like);
  }

  Filter like(Operand value, Operand pattern) {
    if (value instanceof Operand.CaseInsensitive c && c.inner() instanceof Operand.Property p
        && pattern instanceof Operand.CaseInsensitive) {
      return new Filter.Like(attribute(p), Cql2Literals.pattern(caseInsensitiveString(pattern)), true);
    }
    if (value instanceof Operand.CaseInsensitive || pattern instanceof Operand.CaseInsensitive) {
      throw new Refusal("CASEI must wrap both the property and the pattern of LIKE, e.g. CASEI(name) LIKE CASEI('a%')");
    }
    if (!(value instanceof Operand.Property p)) {
      throw new Refusal("LIKE needs a property on its left, not " + Operand.describe(value));
    }
    if (!(pattern instanceof Operand.Value v && v.value() instanceof String s)) {
      throw new Refusal("LIKE needs a string pattern on its right, not " + Operand.describe(pattern));
    }
    return new Filter.Like(attribute(p), Cql2Literals.pattern(s), false);
  }

  Filter between(Operand value, Operand low, Operand high) {
    if (!(value instanceof Operand.Property p)) {
      throw new Refusal("BETWEEN needs a property on its left, not " + Operand.describe(value));
    }
    Object lo = bound(low);
    Object hi = bound(high);
    return new Filter.Between(attribute(p), lo, hi);
  }

  private static Object bound(Operand o) {
    if (o instanceof Operand.Value v && !(v.value() instanceof Boolean)) {
      return v.value();
    }
    throw new Refusal("the bounds of BETWEEN are numbers, strings, dates or timestamps, not " + Operand.describe(o));
  }

  Filter in(Operand value, List<Operand> list) {
    if (list.isEmpty()) {
      throw new Refusal("IN needs at least one value");
    }
    if (value instanceof Operand.CaseInsensitive c && c.inner() instanceof Operand.Property p) {
      String name = attribute(p);
      List<Filter> likes = new ArrayList<>();
      for (Operand o : list) {
        if (!(o instanceof Operand.CaseInsensitive)) {
          throw new Refusal("with CASEI(" + p.name() + ") IN, every value is CASEI of a string, not "
              + Operand.describe(o));
        }
        likes.add(new Filter.Like(name, Cql2Literals.escapeLike(caseInsensitiveString(o)), true));
      }
      return likes.size() == 1 ? likes.get(0) : new Filter.Or(likes);
    }
    if (!(value instanceof Operand.Property p)) {
      throw new Refusal("IN needs a property on its left, not " + Operand.describe(value));
    }
    List<Object> values = new ArrayList<>();
    for (Operand o : list) {
      values.add(scalar(o, "IN"));
    }
    return new Filter.In(attribute(p), values);
  }

  Filter isNull(Operand value) {
    if (value instanceof Operand.Property p) {
      return new Filter.IsNull(attribute(p));
    }
    throw new Refusal("IS NULL tests a property, not " + Operand.describe(value));
  }

  /** A spatial function, {@code function} one of the keys of {@link #SPATIAL}. */
  Filter spatial(String function, Operand a, Operand b) {
    SpatialOp op = SPATIAL.get(function);
    if (a instanceof Operand.Property p && b instanceof Operand.Shape s) {
      geometryProperties.add(p.name());
      return new Filter.Spatial(op, s.geometry());
    }
    if (a instanceof Operand.Shape s && b instanceof Operand.Property p) {
      geometryProperties.add(p.name());
      return new Filter.Spatial(converse(op), s.geometry());
    }
    if (a instanceof Operand.Property && b instanceof Operand.Property) {
      throw new Refusal(function + " compares the geometry property with a geometry literal; comparing two "
          + "properties is not supported");
    }
    Operand other = a instanceof Operand.Property || a instanceof Operand.Shape ? b : a;
    throw new Refusal(function + " takes the geometry property and a geometry literal (WKT or BBOX), not "
        + Operand.describe(other));
  }

  /** A temporal function, one of {@link Cql2Temporal#FUNCTIONS}. */
  Filter temporal(String function, Operand a, Operand b) {
    return Cql2Temporal.predicate(function, a, b, this);
  }

  private static Operand.Property caseInsensitiveProperty(Operand left, Operand right) {
    for (Operand o : List.of(left, right)) {
      if (o instanceof Operand.CaseInsensitive c && c.inner() instanceof Operand.Property p) {
        Operand other = o == left ? right : left;
        if (!(other instanceof Operand.CaseInsensitive oc && oc.inner() instanceof Operand.Value)) {
          throw new Refusal("CASEI must wrap both sides of the comparison, e.g. CASEI(name) = CASEI('x'); found "
              + Operand.describe(other));
        }
        return p;
      }
    }
    throw new Refusal("CASEI compares a property with a string, not " + Operand.describe(left) + " and "
        + Operand.describe(right));
  }

  private static String caseInsensitiveString(Operand o) {
    if (o instanceof Operand.CaseInsensitive c && c.inner() instanceof Operand.Value v
        && v.value() instanceof String s) {
      return s;
    }
    throw new Refusal("expected CASEI of a string, not " + Operand.describe(o));
  }

  /** A scalar literal that can be compared with a property. */
  private static Object scalar(Operand o, String where) {
    if (o instanceof Operand.Value v) {
      return v.value();
    }
    if (o instanceof Operand.Interval) {
      throw new Refusal("an INTERVAL only goes in temporal functions (T_INTERSECTS, T_DURING, ...), not in " + where);
    }
    if (o instanceof Operand.Shape) {
      throw new Refusal("a geometry literal only goes in spatial functions (S_INTERSECTS, ...), not in " + where);
    }
    throw new Refusal("expected a literal in " + where + ", not " + Operand.describe(o));
  }

  static ComparisonOp flip(ComparisonOp op) {
    return switch (op) {
      case LT -> ComparisonOp.GT;
      case LE -> ComparisonOp.GE;
      case GT -> ComparisonOp.LT;
      case GE -> ComparisonOp.LE;
      default -> op;
    };
  }

  private static SpatialOp converse(SpatialOp op) {
    return switch (op) {
      case WITHIN -> SpatialOp.CONTAINS;
      case CONTAINS -> SpatialOp.WITHIN;
      default -> op;
    };
  }

  static String symbol(ComparisonOp op) {
    return switch (op) {
      case EQ -> "=";
      case NE -> "<>";
      case LT -> "<";
      case GT -> ">";
      case LE -> "<=";
      case GE -> ">=";
    };
  }

  /** The upper-case form of a keyword or function name. */
  static String upper(String name) {
    return name.toUpperCase(Locale.ROOT);
  }

  /** Whether a literal value is a date or a timestamp. */
  static boolean isInstant(Object value) {
    return value instanceof LocalDate || value instanceof Instant;
  }
}
