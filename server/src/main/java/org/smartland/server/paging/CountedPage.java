package org.smartland.server.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;
import org.smartland.layers.store.FeatureStore;

/**
 * One page of a query and the number of features the whole query matches. The page is read first: when it
 * comes back short, the count follows from it and no {@code count(*)} is run (most bbox pages of a map are
 * short); only a full page, or an empty one past the start, costs the count. Pages up to
 * {@link #PREFETCH_MAX} features are held to be written; larger ones are read again, streaming, after the
 * count, so that memory stays bounded whatever the page size.
 *
 * @param matched  the features the query matches
 * @param held     the page's features when read ahead, else null (streamed by {@link #features})
 * @param page     the store query of the page
 * @param returned the features in the page
 */
public record CountedPage(long matched, List<Feature> held, FeatureQuery page, long returned) {
  /** The largest page held in memory; larger pages stream. */
  public static final int PREFETCH_MAX = 1_000;

  /**
   * @param base   the query without its page
   * @param offset features to skip
   * @param limit  the page size
   */
  public static CountedPage fetch(FeatureStore store, FeatureQuery base, long offset, int limit) {
    FeatureQuery page = base.withPage(offset, limit);
    if (limit == 0) {
      return new CountedPage(store.count(base), List.of(), page, 0);
    }
    int ahead = Math.min(limit, PREFETCH_MAX);
    List<Feature> held = new ArrayList<>(Math.min(ahead, 64));
    boolean more;
    try (Stream<Feature> s = store.query(page)) {
      var it = s.iterator();
      while (held.size() < ahead && it.hasNext()) {
        held.add(it.next());
      }
      more = it.hasNext();
    }
    if (!more && held.size() < limit && (!held.isEmpty() || offset == 0)) {
      return new CountedPage(offset + held.size(), held, page, held.size());
    }
    long matched = store.count(base);
    long returned = Math.max(0, Math.min(limit, matched - offset));
    if (held.size() == limit || !more && held.size() == returned) {
      return new CountedPage(matched, held, page, held.size());
    }
    return new CountedPage(matched, null, page, returned);
  }

  /** The page's features; the caller closes the stream. */
  public Stream<Feature> features(FeatureStore store) {
    return held != null ? held.stream() : store.query(page);
  }
}
