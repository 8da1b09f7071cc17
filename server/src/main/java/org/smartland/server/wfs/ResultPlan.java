package org.smartland.server.wfs;

import java.util.ArrayList;
import java.util.List;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.InvalidQueryException;
import org.smartland.server.ogc.OgcException;
import org.smartland.server.paging.CountedPage;
import org.smartland.layers.store.Feature;
import java.util.stream.Stream;

/**
 * What a GetFeature returns, settled before the first byte is written: the features matched over all
 * queries, the page (STARTINDEX/COUNT applied across the queries in order) as one store query per type,
 * and the number the page returns. The stores sort by the request's keys then by id, so pages neither
 * repeat nor lose features.
 *
 * @param matched  numberMatched
 * @param returned numberReturned
 * @param slices   the store queries of the page, in order
 */
record ResultPlan(long matched, long returned, List<Slice> slices) {

  /** One type's share of the page; its features already read when {@code held} is not null. */
  record Slice(TypeQuery query, FeatureQuery storeQuery, List<Feature> held) {
    /** The slice's features; the caller closes the stream. */
    Stream<Feature> features() {
      return held != null ? held.stream() : query.type().store().query(storeQuery);
    }
  }

  static ResultPlan of(GetFeatureRequest r, int countDefault) {
    if (!r.hits() && r.queries().size() == 1) {
      return onePage(r, r.queries().get(0), r.count().orElse(countDefault));
    }
    long remaining = r.hits() ? 0 : r.count().orElse(countDefault);
    long skip = r.startIndex();
    long matched = 0;
    long returned = 0;
    List<Slice> slices = new ArrayList<>();
    for (TypeQuery q : r.queries()) {
      FeatureQuery base = storeQuery(q, r.valueReference());
      long n;
      try {
        n = q.type().store().count(base);
      } catch (InvalidQueryException e) {
        throw invalid(q, e);
      }
      matched += n;
      long skipHere = Math.min(skip, n);
      skip -= skipHere;
      long take = Math.min(remaining, n - skipHere);
      if (take > 0) {
        slices.add(new Slice(q, base.withPage(skipHere, (int) take), null));
        remaining -= take;
        returned += take;
      }
    }
    return new ResultPlan(matched, returned, slices);
  }

  /** A single query's page, read first so that a short page needs no separate count ({@link CountedPage}). */
  private static ResultPlan onePage(GetFeatureRequest r, TypeQuery q, int limit) {
    FeatureQuery base = storeQuery(q, r.valueReference());
    CountedPage page;
    try {
      page = CountedPage.fetch(q.type().store(), base, r.startIndex(), limit);
    } catch (InvalidQueryException e) {
      throw invalid(q, e);
    }
    List<Slice> slices = page.returned() == 0 ? List.of() : List.of(new Slice(q, page.page(), page.held()));
    return new ResultPlan(page.matched(), page.returned(), slices);
  }

  /** A literal the attribute's type cannot take (e.g. 'abc' for an integer): the filter is at fault. */
  private static OgcException invalid(TypeQuery q, InvalidQueryException e) {
    return OgcException.invalid(q.bbox().isPresent() ? "BBOX" : "FILTER", e.getMessage());
  }

  /** The store query of a WFS query: filter, bbox, sort keys, properties and output CRS; no page yet. */
  static FeatureQuery storeQuery(TypeQuery q, String valueReference) {
    FeatureQuery fq = FeatureQuery.all().withFilter(q.filter()).withSortBy(q.sortBy());
    if (q.bbox().isPresent()) {
      fq = fq.withBbox(q.bbox().get());
    }
    List<String> wanted = q.propertyNames().orElse(null);
    if (valueReference != null) {
      String name = PropertyNames.check(q.type(), valueReference, true, "VALUEREFERENCE");
      wanted = List.of(name);
      if (!name.equals(PropertyNames.GEOMETRY)) {
        fq = fq.withFilter(Filter.and(fq.filter(), new Filter.Not(new Filter.IsNull(name))));
      }
    }
    if (wanted != null) {
      fq = fq.withProperties(wanted.stream().filter(n -> !n.equals(PropertyNames.GEOMETRY)).toList());
      if (!wanted.contains(PropertyNames.GEOMETRY)) {
        fq = fq.withoutGeometry();
      }
    }
    int srid = q.srsName().map(c -> c.srid()).orElse(q.type().store().schema().srid());
    return fq.withOutputSrid(srid);
  }
}
