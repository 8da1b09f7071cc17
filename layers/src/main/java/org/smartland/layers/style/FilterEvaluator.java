package org.smartland.layers.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.Filter;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureIds;

/**
 * Evaluates the {@link Filter} AST against features in memory, for style rules.
 *
 * <p>Method: {@link #compile} turns a filter into a predicate once (literals coerced to every type up front,
 * LIKE patterns compiled to regular expressions, spatial literals prepared), so that testing a feature
 * parses nothing. Comparisons use the type of the feature's value: numbers numerically, text as text, dates
 * and instants in time, booleans as booleans.
 *
 * <p>Degenerate cases follow SQL's three-valued logic: a comparison with a null value, with a property the
 * feature does not have, or between values that do not compare (text literal against a number) is
 * <em>unknown</em>; {@code NOT unknown} is unknown; a feature matches only when the filter is true. So a
 * rule naming an unknown property never matches and never throws (the server checks styles against layer
 * schemas at startup, see {@link StyleCheck}). Spatial operators test the feature's geometry against the
 * literal, reprojected to the geometry's SRID when both carry one; {@code DWITHIN} distances are in the
 * units of the feature geometry's CRS. A feature without a geometry is unknown for spatial operators. A
 * resource id filter matches features whose id is one of its ids, read as integers like the stores do; a
 * feature without an id matches none.
 *
 * <p>Thread-safe; compiled predicates are too.
 */
public final class FilterEvaluator {
  private static final class Shared {
    static final FilterEvaluator INSTANCE = new FilterEvaluator(new CrsTransforms());
  }

  private final CrsTransforms crs;

  public FilterEvaluator(CrsTransforms crs) {
    this.crs = crs;
  }

  /** Whether the feature matches the filter (a shortcut that compiles the filter on every call). */
  public static boolean matches(Filter filter, Feature feature) {
    return Shared.INSTANCE.compile(filter).test(feature);
  }

  /** The filter as a reusable predicate. */
  public Predicate<Feature> compile(Filter filter) {
    Node root = node(filter);
    return feature -> root.eval(feature) == Truth.TRUE;
  }

  enum Truth {
    TRUE, FALSE, UNKNOWN;

    static Truth of(boolean b) {
      return b ? TRUE : FALSE;
    }

    Truth not() {
      return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }
  }

  private interface Node {
    Truth eval(Feature f);
  }

  private Node node(Filter filter) {
    if (filter instanceof Filter.Include) {
      return f -> Truth.TRUE;
    } else if (filter instanceof Filter.And and) {
      Node[] parts = nodes(and.operands());
      return f -> {
        Truth out = Truth.TRUE;
        for (Node n : parts) {
          Truth t = n.eval(f);
          if (t == Truth.FALSE) {
            return Truth.FALSE;
          }
          if (t == Truth.UNKNOWN) {
            out = Truth.UNKNOWN;
          }
        }
        return out;
      };
    } else if (filter instanceof Filter.Or or) {
      Node[] parts = nodes(or.operands());
      return f -> {
        Truth out = Truth.FALSE;
        for (Node n : parts) {
          Truth t = n.eval(f);
          if (t == Truth.TRUE) {
            return Truth.TRUE;
          }
          if (t == Truth.UNKNOWN) {
            out = Truth.UNKNOWN;
          }
        }
        return out;
      };
    } else if (filter instanceof Filter.Not not) {
      Node inner = node(not.operand());
      return f -> inner.eval(f).not();
    } else if (filter instanceof Filter.Compare c) {
      return compare(c);
    } else if (filter instanceof Filter.Like like) {
      Pattern p = likePattern(like.pattern(), like.caseInsensitive());
      String property = like.property();
      return f -> {
        Object v = f.properties().get(property);
        return v == null ? Truth.UNKNOWN : Truth.of(p.matcher(Literal.asText(v)).matches());
      };
    } else if (filter instanceof Filter.In in) {
      List<Literal> values = in.values().stream().map(Literal::new).toList();
      String property = in.property();
      return f -> {
        Object v = f.properties().get(property);
        if (v == null) {
          return Truth.UNKNOWN;
        }
        Truth out = Truth.FALSE;
        for (Literal l : values) {
          int c = l.compareWith(v);
          if (c == 0) {
            return Truth.TRUE;
          }
          if (c == Literal.INCOMPARABLE) {
            out = Truth.UNKNOWN;
          }
        }
        return out;
      };
    } else if (filter instanceof Filter.Between b) {
      Literal low = new Literal(b.low());
      Literal high = new Literal(b.high());
      String property = b.property();
      return f -> {
        Object v = f.properties().get(property);
        if (v == null) {
          return Truth.UNKNOWN;
        }
        int lo = low.compareWith(v);
        int hi = high.compareWith(v);
        if (lo == Literal.INCOMPARABLE || hi == Literal.INCOMPARABLE) {
          return Truth.UNKNOWN;
        }
        return Truth.of(lo >= 0 && hi <= 0);
      };
    } else if (filter instanceof Filter.IsNull n) {
      String property = n.property();
      return f -> f.properties().containsKey(property) ? Truth.of(f.properties().get(property) == null) : Truth.UNKNOWN;
    } else if (filter instanceof Filter.Spatial s) {
      SpatialLiteral literal = new SpatialLiteral(s.geometry(), crs);
      Filter.SpatialOp op = s.op();
      return f -> f.geometry().map(g -> Truth.of(literal.test(op, g))).orElse(Truth.UNKNOWN);
    } else if (filter instanceof Filter.DWithin d) {
      SpatialLiteral literal = new SpatialLiteral(d.geometry(), crs);
      double distance = d.distance();
      return f -> f.geometry().map(g -> Truth.of(literal.within(g, distance))).orElse(Truth.UNKNOWN);
    } else if (filter instanceof Filter.ResourceIds r) {
      Set<String> ids = r.ids().stream().map(FilterEvaluator::normalId).collect(Collectors.toUnmodifiableSet());
      return f -> Truth.of(f.id().map(id -> ids.contains(normalId(id))).orElse(false));
    }
    throw new IllegalArgumentException("unsupported filter " + filter.getClass().getSimpleName());
  }

  /** An id as the stores read it: {@code " 012"} and {@code "12"} are the same integer id. */
  private static String normalId(String id) {
    return FeatureIds.parse(id).map(String::valueOf).orElse(id);
  }

  private Node[] nodes(List<Filter> filters) {
    List<Node> out = new ArrayList<>();
    for (Filter f : filters) {
      out.add(node(f));
    }
    return out.toArray(new Node[0]);
  }

  private static Node compare(Filter.Compare c) {
    Literal literal = new Literal(c.value());
    String property = c.property();
    Filter.ComparisonOp op = c.op();
    boolean equality = op == Filter.ComparisonOp.EQ || op == Filter.ComparisonOp.NE;
    return f -> {
      Object v = f.properties().get(property);
      if (v == null) {
        return Truth.UNKNOWN;
      }
      int cmp = equality ? literal.equalTo(v) : literal.compareWith(v);
      if (cmp == Literal.INCOMPARABLE) {
        return Truth.UNKNOWN;
      }
      return Truth.of(switch (op) {
        case EQ -> cmp == 0;
        case NE -> cmp != 0;
        case LT -> cmp < 0;
        case LE -> cmp <= 0;
        case GT -> cmp > 0;
        case GE -> cmp >= 0;
      });
    };
  }

  /** The SQL pattern ({@code %}, {@code _}, {@code \} escapes) as an anchored regular expression. */
  static Pattern likePattern(String sql, boolean caseInsensitive) {
    StringBuilder re = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < sql.length(); i++) {
      char ch = sql.charAt(i);
      if (ch == '\\' && i + 1 < sql.length()) {
        literal.append(sql.charAt(++i));
      } else if (ch == '%' || ch == '_') {
        if (literal.length() > 0) {
          re.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        re.append(ch == '%' ? ".*" : ".");
      } else {
        literal.append(ch);
      }
    }
    if (literal.length() > 0) {
      re.append(Pattern.quote(literal.toString()));
    }
    int flags = Pattern.DOTALL | (caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    return Pattern.compile(re.toString(), flags);
  }

  /** A spatial literal prepared once per SRID it is tested in. */
  private static final class SpatialLiteral {
    private record Prepared(int srid, Geometry geometry, PreparedGeometry prepared) {
    }

    private final Geometry literal;
    private final CrsTransforms crs;
    private volatile Prepared last;

    SpatialLiteral(Geometry literal, CrsTransforms crs) {
      this.literal = literal;
      this.crs = crs;
    }

    boolean test(Filter.SpatialOp op, Geometry g) {
      Prepared p = in(g.getSRID());
      return switch (op) {
        case INTERSECTS -> p.prepared().intersects(g);
        case DISJOINT -> p.prepared().disjoint(g);
        case CONTAINS -> p.prepared().within(g);
        case WITHIN -> p.prepared().contains(g);
        case TOUCHES -> p.prepared().touches(g);
        case CROSSES -> g.crosses(p.geometry());
        case OVERLAPS -> p.prepared().overlaps(g);
        case EQUALS -> g.equalsTopo(p.geometry());
      };
    }

    boolean within(Geometry g, double distance) {
      return g.isWithinDistance(in(g.getSRID()).geometry(), distance);
    }

    private Prepared in(int srid) {
      Prepared p = last;
      if (p != null && p.srid() == srid) {
        return p;
      }
      Geometry g = srid == 0 || literal.getSRID() == 0 || srid == literal.getSRID() ? literal
          : crs.transform(literal, literal.getSRID(), srid);
      p = new Prepared(srid, g, PreparedGeometryFactory.prepare(g));
      last = p;
      return p;
    }
  }
}
