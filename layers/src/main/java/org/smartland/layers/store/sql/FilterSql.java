package org.smartland.layers.store.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.InvalidQueryException;
import org.smartland.layers.store.FeatureIds;
import org.smartland.layers.store.FeatureSchema;

/**
 * Translates a {@link Filter} into a SQL predicate for one layer. Property names are looked up in the
 * schema and written as quoted column names from the schema itself; every literal becomes a bound
 * parameter, coerced to the attribute's type. Spatial literals are reprojected to the layer's CRS and
 * paired with an index-friendly envelope predicate.
 */
public final class FilterSql {
  /** Deepest nesting of AND/OR/NOT accepted, so that a hostile filter cannot exhaust the stack. */
  public static final int MAX_DEPTH = 50;
  /** Most distinct ids one resource id filter may list, well within every database's parameter limit. */
  public static final int MAX_RESOURCE_IDS = 1000;

  private final FeatureSchema schema;
  private final SqlDialect dialect;
  private final CrsTransforms crs;

  public FilterSql(FeatureSchema schema, SqlDialect dialect, CrsTransforms crs) {
    this.schema = schema;
    this.dialect = dialect;
    this.crs = crs;
  }

  public SqlFragment toSql(Filter filter) {
    return write(filter, 0);
  }

  private SqlFragment write(Filter f, int depth) {
    if (depth > MAX_DEPTH) {
      throw new InvalidQueryException("filter nests deeper than " + MAX_DEPTH + " levels");
    }
    if (f instanceof Filter.Include) {
      return SqlFragment.TRUE;
    } else if (f instanceof Filter.And a) {
      return join(a.operands(), " AND ", depth);
    } else if (f instanceof Filter.Or o) {
      return join(o.operands(), " OR ", depth);
    } else if (f instanceof Filter.Not n) {
      SqlFragment inner = write(n.operand(), depth + 1);
      return new SqlFragment("NOT (" + inner.sql() + ")", inner.params());
    } else if (f instanceof Filter.Compare c) {
      return compare(c);
    } else if (f instanceof Filter.Like l) {
      return like(l);
    } else if (f instanceof Filter.In in) {
      AttributeDefinition a = attribute(in.property());
      List<Object> values = new ArrayList<>();
      for (Object v : in.values()) {
        values.add(literal(a, v));
      }
      return new SqlFragment(column(a) + " IN (" + "?,".repeat(values.size() - 1) + "?)", values);
    } else if (f instanceof Filter.Between b) {
      AttributeDefinition a = attribute(b.property());
      return SqlFragment.of(column(a) + " BETWEEN ? AND ?", literal(a, b.low()), literal(a, b.high()));
    } else if (f instanceof Filter.IsNull n) {
      return SqlFragment.of(column(attribute(n.property())) + " IS NULL");
    } else if (f instanceof Filter.Spatial s) {
      return spatial(s.op().name(), s.geometry(), List.of(), 0);
    } else if (f instanceof Filter.DWithin d) {
      if (!(d.distance() >= 0) || Double.isInfinite(d.distance())) {
        throw new InvalidQueryException("DWITHIN distance must be a finite, non-negative number");
      }
      return spatial("DWITHIN", d.geometry(), List.of(d.distance()), d.distance());
    } else if (f instanceof Filter.ResourceIds r) {
      return resourceIds(r);
    }
    throw new InvalidQueryException("unsupported filter " + f.getClass().getSimpleName());
  }

  private SqlFragment join(List<Filter> operands, String op, int depth) {
    if (operands.isEmpty()) {
      return op.equals(" AND ") ? SqlFragment.TRUE : SqlFragment.of("1=0");
    }
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    for (Filter o : operands) {
      SqlFragment s = write(o, depth + 1);
      parts.add("(" + s.sql() + ")");
      params.addAll(s.params());
    }
    return new SqlFragment(String.join(op, parts), params);
  }

  /** {@code fid IN (?, …)} over the ids that are integers; ids that are not match nothing. */
  private static SqlFragment resourceIds(Filter.ResourceIds r) {
    Set<Long> fids = new LinkedHashSet<>();
    for (String id : r.ids()) {
      FeatureIds.parse(id).ifPresent(fids::add);
    }
    if (fids.size() > MAX_RESOURCE_IDS) {
      throw new InvalidQueryException("at most " + MAX_RESOURCE_IDS + " resource ids per filter");
    }
    if (fids.isEmpty()) {
      return SqlFragment.of("1=0");
    }
    return new SqlFragment("fid IN (" + "?,".repeat(fids.size() - 1) + "?)", new ArrayList<>(fids));
  }

  private SqlFragment compare(Filter.Compare c) {
    AttributeDefinition a = attribute(c.property());
    String op = switch (c.op()) {
      case EQ -> "=";
      case NE -> "<>";
      case LT -> "<";
      case LE -> "<=";
      case GT -> ">";
      case GE -> ">=";
    };
    return SqlFragment.of(column(a) + " " + op + " ?", literal(a, c.value()));
  }

  private SqlFragment like(Filter.Like l) {
    AttributeDefinition a = attribute(l.property());
    String col = "CAST(" + column(a) + " AS TEXT)";
    if (l.caseInsensitive()) {
      return SqlFragment.of("lower(" + col + ") LIKE ? ESCAPE '\\'", l.pattern().toLowerCase(Locale.ROOT));
    }
    return SqlFragment.of(col + " LIKE ? ESCAPE '\\'", l.pattern());
  }

  private SqlFragment spatial(String op, Geometry literal, List<Object> extra, double expandBy) {
    Geometry g = literal.getSRID() == 0 ? literal : crs.transform(literal, literal.getSRID(), schema.srid());
    String fn = switch (op) {
      case "INTERSECTS" -> "ST_Intersects";
      case "DISJOINT" -> "ST_Disjoint";
      case "CONTAINS" -> "ST_Contains";
      case "WITHIN" -> "ST_Within";
      case "TOUCHES" -> "ST_Touches";
      case "CROSSES" -> "ST_Crosses";
      case "OVERLAPS" -> "ST_Overlaps";
      case "EQUALS" -> "ST_Equals";
      case "DWITHIN" -> "ST_DWithin";
      default -> throw new InvalidQueryException("unsupported spatial operator " + op);
    };
    List<Object> params = new ArrayList<>();
    params.add(dialect.geometryValue(g, schema.srid()));
    params.addAll(extra);
    String call = fn + "(geom, " + dialect.geometryParameter(schema.srid()) + (extra.isEmpty() ? "" : ", ?") + ")";
    SqlFragment exact = new SqlFragment(call, params);
    if (op.equals("DISJOINT")) {
      return exact;
    }
    Envelope env = new Envelope(g.getEnvelopeInternal());
    env.expandBy(expandBy);
    return dialect.envelopeIntersects(schema, env).and(exact);
  }

  private AttributeDefinition attribute(String property) {
    return schema.attribute(property).orElseThrow(() -> new InvalidQueryException(
        "unknown property '" + property + "' in layer '" + schema.name() + "'"));
  }

  private static String column(AttributeDefinition a) {
    return "\"" + a.name() + "\"";
  }

  private static Object literal(AttributeDefinition a, Object value) {
    try {
      return ValueCoercion.to(a.type(), value);
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException("property '" + a.name() + "': " + e.getMessage());
    }
  }
}
