package org.smartland.server.wfs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartland.layers.query.Filter;
import org.smartland.server.ogc.OgcException;

/**
 * WFS resource ids ({@code schools.12}): the type name, a dot, the store's feature id. A filter carries them
 * as the client wrote them; before it reaches a store they are narrowed to that store's own ids.
 */
final class ResourceIds {
  /** Matches nothing: the filter of a type none of the ids names. */
  static final Filter NONE = new Filter.Not(Filter.INCLUDE);

  private ResourceIds() {
  }

  /** {@code schools.12}. */
  static String of(FeatureType type, String localId) {
    return type.name() + "." + localId;
  }

  /** The store's id in a resource id: what follows the last dot. */
  static String localId(String rid) {
    return rid.substring(rid.lastIndexOf('.') + 1);
  }

  /** The feature types the ids name, in order of first mention; ids without a known type are refused. */
  static List<FeatureType> typesOf(List<String> rids, WfsCatalog catalog, String locator) {
    Set<FeatureType> types = new LinkedHashSet<>();
    for (String rid : rids) {
      int dot = rid.lastIndexOf('.');
      FeatureType t = dot <= 0 ? null : catalog.find(rid.substring(0, dot), Map.of()).orElse(null);
      if (t == null) {
        throw OgcException.invalid(locator, "resource id '" + rid + "' does not name a feature type; ids look like "
            + "'" + catalog.exampleName() + ".1'");
      }
      types.add(t);
    }
    return new ArrayList<>(types);
  }

  /** The filter with every {@link Filter.ResourceIds} reduced to the ids of {@code type}, without the prefix. */
  static Filter localize(Filter f, FeatureType type, boolean onlyType) {
    if (f instanceof Filter.ResourceIds r) {
      List<String> local = new ArrayList<>();
      for (String rid : r.ids()) {
        int dot = rid.lastIndexOf('.');
        if (dot > 0) {
          String prefix = rid.substring(0, dot);
          int colon = prefix.indexOf(':');
          if ((colon < 0 ? prefix : prefix.substring(colon + 1)).equals(type.name())) {
            local.add(rid.substring(dot + 1));
          }
        } else if (onlyType) {
          local.add(rid);
        }
      }
      return local.isEmpty() ? NONE : new Filter.ResourceIds(local);
    }
    if (f instanceof Filter.And a) {
      return new Filter.And(a.operands().stream().map(o -> localize(o, type, onlyType)).toList());
    }
    if (f instanceof Filter.Or o) {
      return new Filter.Or(o.operands().stream().map(x -> localize(x, type, onlyType)).toList());
    }
    if (f instanceof Filter.Not n) {
      return new Filter.Not(localize(n.operand(), type, onlyType));
    }
    return f;
  }

  /** Every resource id in a filter, for finding the types of a query that names none. */
  static List<String> collect(Filter f) {
    List<String> out = new ArrayList<>();
    collect(f, out);
    return out;
  }

  private static void collect(Filter f, List<String> out) {
    if (f instanceof Filter.ResourceIds r) {
      out.addAll(r.ids());
    } else if (f instanceof Filter.And a) {
      a.operands().forEach(o -> collect(o, out));
    } else if (f instanceof Filter.Or o) {
      o.operands().forEach(x -> collect(x, out));
    } else if (f instanceof Filter.Not n) {
      collect(n.operand(), out);
    }
  }
}
