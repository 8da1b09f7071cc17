package org.smartland.server.ogcapi;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.query.BoundingBox;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.InvalidQueryException;
import org.smartland.layers.query.SortKey;
import org.smartland.layers.query.TemporalFilter;
import org.smartland.layers.query.cql2.Cql2Exception;
import org.smartland.layers.query.cql2.Cql2JsonParser;
import org.smartland.layers.query.cql2.Cql2TextParser;
import org.smartland.layers.query.cql2.ParsedFilter;

/**
 * The query of an items request, read from its parameters and checked before the store sees it: unknown
 * parameters, unknown or non-queryable properties, CRSs not offered and malformed values are 400s that
 * name the parameter.
 *
 * @param storeQuery the store query without its page
 * @param offset     features to skip
 * @param limit      the page size
 * @param outputCrs  the CRS of the answer ({@code crs}, CRS84 by default)
 */
record ItemsQuery(FeatureQuery storeQuery, long offset, int limit, Crs outputCrs) {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 10_000;
  static final long MAX_OFFSET = 100_000_000L;
  static final List<String> PARAMETERS = List.of("f", "limit", "offset", "bbox", "bbox-crs", "datetime", "crs",
      "filter", "filter-lang", "filter-crs", "sortby", "properties");

  /** Reads the parameters of {@code GET …/items}. */
  static ItemsQuery read(Context ctx, Collection c, ApiCrs crs, Cql2TextParser text, Cql2JsonParser json) {
    Map<String, List<String>> params = ctx.queryParamMap();
    for (String name : params.keySet()) {
      if (!PARAMETERS.contains(name) && c.queryable(name).isEmpty()) {
        throw new BadRequestResponse("unknown query parameter '" + ApiCrs.abbreviate(name) + "'; the parameters are "
            + PARAMETERS + " and the queryables of " + c.id() + " (see its /queryables)");
      }
      if (params.get(name).size() > 1) {
        throw new BadRequestResponse("parameter " + name + " is given " + params.get(name).size() + " times");
      }
    }
    // a limit above the maximum is not an error: the maximum applies (OGC API - Features, permission 5)
    int limit = (int) Math.min(MAX_LIMIT, number(ctx, "limit", 1, Integer.MAX_VALUE, DEFAULT_LIMIT));
    long offset = number(ctx, "offset", 0, MAX_OFFSET, 0);
    Crs outputCrs = ctx.queryParam("crs") == null ? Crs.CRS84_LONLAT : crs.parse(ctx.queryParam("crs"), "crs");

    List<Filter> filters = new ArrayList<>();
    FeatureQuery q = FeatureQuery.all();
    String bbox = ctx.queryParam("bbox");
    if (bbox != null) {
      Crs bboxCrs = ctx.queryParam("bbox-crs") == null ? Crs.CRS84_LONLAT : crs.parse(ctx.queryParam("bbox-crs"), "bbox-crs");
      q = q.withBbox(bbox(bbox, bboxCrs, crs));
    } else if (ctx.queryParam("bbox-crs") != null) {
      throw new BadRequestResponse("parameter bbox-crs is given without bbox");
    }
    String datetime = ctx.queryParam("datetime");
    if (datetime != null) {
      String attribute = c.definition().timeAttribute().orElseThrow(() -> new BadRequestResponse(
          "parameter datetime: collection " + c.id() + " has no time property"));
      try {
        filters.add(TemporalFilter.of(datetime, c.definition().attribute(attribute).orElseThrow()));
      } catch (InvalidQueryException e) {
        throw new BadRequestResponse("parameter datetime: " + e.getMessage());
      }
    }
    for (String name : params.keySet()) {
      if (!PARAMETERS.contains(name)) {
        filters.add(Filter.eq(name, params.get(name).get(0)));
      }
    }
    String filter = ctx.queryParam("filter");
    if (filter != null) {
      filters.add(filter(ctx, c, crs, text, json, filter));
    } else if (ctx.queryParam("filter-lang") != null || ctx.queryParam("filter-crs") != null) {
      throw new BadRequestResponse("parameters filter-lang and filter-crs need a filter");
    }
    if (!filters.isEmpty()) {
      q = q.withFilter(filters.size() == 1 ? filters.get(0) : new Filter.And(filters));
    }
    String sortby = ctx.queryParam("sortby");
    if (sortby != null) {
      q = q.withSortBy(sortKeys(c, sortby));
    }
    String properties = ctx.queryParam("properties");
    if (properties != null) {
      q = q.withProperties(properties(c, properties));
    }
    return new ItemsQuery(q.withOutputSrid(outputCrs.srid()), offset, limit, outputCrs);
  }

  private static Filter filter(Context ctx, Collection c, ApiCrs crs, Cql2TextParser text, Cql2JsonParser json,
                               String filter) {
    String lang = ctx.queryParam("filter-lang") == null ? "cql2-text" : ctx.queryParam("filter-lang");
    Crs filterCrs = ctx.queryParam("filter-crs") == null ? Crs.CRS84_LONLAT : crs.parse(ctx.queryParam("filter-crs"), "filter-crs");
    ParsedFilter parsed;
    try {
      parsed = switch (lang) {
        case "cql2-text" -> text.parseWithNames(filter, filterCrs);
        case "cql2-json" -> json.parseWithNames(filter, filterCrs);
        default -> throw new BadRequestResponse("parameter filter-lang: '" + ApiCrs.abbreviate(lang)
            + "' is not supported; use cql2-text or cql2-json");
      };
    } catch (Cql2Exception e) {
      throw new BadRequestResponse("parameter filter: " + e.getMessage());
    }
    for (String p : parsed.properties()) {
      if (c.queryable(p).isEmpty()) {
        throw new BadRequestResponse("parameter filter: '" + ApiCrs.abbreviate(p) + "' is not a queryable of "
            + c.id() + " (see its /queryables)");
      }
    }
    for (String g : parsed.geometryProperties()) {
      if (!g.equals(Collection.GEOMETRY)) {
        throw new BadRequestResponse("parameter filter: the geometry of " + c.id() + " is '" + Collection.GEOMETRY
            + "', not '" + ApiCrs.abbreviate(g) + "'");
      }
    }
    return parsed.filter();
  }

  /** {@code name,-pupils,+opened}. */
  static List<SortKey> sortKeys(Collection c, String value) {
    List<SortKey> keys = new ArrayList<>();
    for (String item : value.split(",")) {
      String s = item.trim();
      boolean ascending = !s.startsWith("-");
      String name = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
      if (c.queryable(name).isEmpty()) {
        throw new BadRequestResponse("parameter sortby: '" + ApiCrs.abbreviate(name) + "' is not a queryable of " + c.id());
      }
      keys.add(new SortKey(name, ascending));
    }
    return keys;
  }

  static List<String> properties(Collection c, String value) {
    Set<String> names = new LinkedHashSet<>();
    for (String item : value.split(",")) {
      String name = item.trim();
      if (name.isEmpty()) {
        continue;
      }
      if (c.definition().attribute(name).isEmpty()) {
        throw new BadRequestResponse("parameter properties: '" + ApiCrs.abbreviate(name) + "' is not a property of "
            + c.id() + "; its properties are " + c.definition().attributes().stream().map(AttributeDefinition::name).toList());
      }
      names.add(name);
    }
    return List.copyOf(names);
  }

  /** {@code minx,miny,maxx,maxy} (or six numbers with heights), in the axis order of {@code bboxCrs}. */
  static BoundingBox bbox(String value, Crs bboxCrs, ApiCrs crs) {
    String[] parts = value.split(",");
    if (parts.length != 4 && parts.length != 6) {
      throw new BadRequestResponse("parameter bbox: four numbers (or six with heights), comma-separated");
    }
    double[] n = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        n[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new BadRequestResponse("parameter bbox: '" + ApiCrs.abbreviate(parts[i]) + "' is not a number");
      }
      if (!Double.isFinite(n[i])) {
        throw new BadRequestResponse("parameter bbox: numbers must be finite");
      }
    }
    int half = parts.length / 2;
    boolean northEast = crs.northEast(bboxCrs);
    try {
      return BoundingBox.ofCorners(n[0], n[1], n[half], n[half + 1], northEast, bboxCrs.srid());
    } catch (InvalidQueryException e) {
      boolean acrossAntimeridian = (northEast ? n[1] > n[half + 1] : n[0] > n[half]);
      throw new BadRequestResponse("parameter bbox: the lower corner must not exceed the upper one"
          + (acrossAntimeridian ? " (boxes across the antimeridian are not supported)" : ""));
    }
  }

  private static long number(Context ctx, String name, long min, long max, long defaultValue) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return defaultValue;
    }
    try {
      long n = Long.parseLong(v.trim());
      if (n < min || n > max) {
        throw new BadRequestResponse("parameter " + name + " must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("parameter " + name + " must be a whole number, not '" + ApiCrs.abbreviate(v) + "'");
    }
  }
}
