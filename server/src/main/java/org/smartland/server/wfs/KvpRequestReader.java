package org.smartland.server.wfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.query.BoundingBox;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.SortKey;
import org.smartland.server.ogc.KvpParams;
import org.smartland.server.ogc.OgcException;

/** Reads GetFeature, GetPropertyValue and DescribeFeatureType KVP requests into the request model. */
final class KvpRequestReader {
  private final WfsCatalog catalog;
  private final WfsFilters filters;
  private final SrsNames srsNames;
  private final WfsLimits limits;

  KvpRequestReader(WfsCatalog catalog, WfsFilters filters, SrsNames srsNames, WfsLimits limits) {
    this.catalog = catalog;
    this.filters = filters;
    this.srsNames = srsNames;
    this.limits = limits;
  }

  /** The feature types of a DescribeFeatureType request; all of them when none is named. */
  List<FeatureType> describedTypes(KvpParams p) {
    Map<String, String> ns = KvpLists.namespaces(p.get("NAMESPACES").orElse(""));
    Optional<String> names = p.get("TYPENAMES").or(() -> p.get("TYPENAME"));
    if (names.isEmpty()) {
      return List.copyOf(catalog.types());
    }
    String locator = p.get("TYPENAMES").isPresent() ? "TYPENAMES" : "TYPENAME";
    List<FeatureType> out = new ArrayList<>();
    for (String n : KvpLists.items(names.get().replace("(", "").replace(")", ""))) {
      FeatureType t = catalog.resolve(n, ns, locator);
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  GetFeatureRequest getFeature(KvpParams p, String version, boolean propertyValue) {
    Map<String, String> ns = KvpLists.namespaces(p.get("NAMESPACES").orElse(""));
    OutputFormat format = p.get("OUTPUTFORMAT").map(f -> OutputFormat.parse(f, version, "OUTPUTFORMAT"))
        .orElse(OutputFormat.defaultFor(version));
    Optional<Crs> srsName = p.get("SRSNAME").map(s -> srsNames.offered(s, "SRSNAME"));
    long startIndex = p.get("STARTINDEX").isPresent() ? wholeNumber(p, "STARTINDEX", limits.maxStartIndex()) : 0;
    String countName = p.get("COUNT").isPresent() ? "COUNT" : "MAXFEATURES";
    OptionalInt count = p.get(countName).isPresent()
        ? OptionalInt.of((int) wholeNumber(p, countName, limits.maxCount())) : OptionalInt.empty();
    boolean hits = resultTypeHits(p);
    String valueReference = propertyValue ? p.require("VALUEREFERENCE") : null;

    Optional<String> storedQuery = p.get("STOREDQUERY_ID");
    if (storedQuery.isPresent()) {
      if (!StoredQueries.GET_FEATURE_BY_ID.equals(storedQuery.get())) {
        throw OgcException.invalid("STOREDQUERY_ID", "stored query '" + PropertyNames.abbreviate(storedQuery.get())
            + "' is not offered; see ListStoredQueries");
      }
      String id = p.require("ID");
      FeatureType type = ResourceIds.typesOf(List.of(id), catalog, "ID").get(0);
      TypeQuery q = new TypeQuery(type, new Filter.ResourceIds(List.of(ResourceIds.localId(id))), Optional.empty(), List.of(),
          Optional.empty(), srsName);
      return new GetFeatureRequest(version, List.of(q), 0, OptionalInt.empty(), false, format,
          valueReference, !propertyValue);
    }

    String typeParam = p.get("TYPENAMES").isPresent() ? "TYPENAMES" : "TYPENAME";
    String idParam = p.get("RESOURCEID").isPresent() ? "RESOURCEID" : "FEATUREID";
    Optional<String> filterValue = p.get("FILTER");
    Optional<String> bboxValue = p.get("BBOX");
    Optional<String> ridValue = p.get(idParam);
    int selections = (filterValue.isPresent() ? 1 : 0) + (bboxValue.isPresent() ? 1 : 0) + (ridValue.isPresent() ? 1 : 0);
    if (selections > 1) {
      throw OgcException.invalid(filterValue.isPresent() ? "FILTER" : "BBOX",
          "FILTER, BBOX and " + idParam + " exclude each other; send one of them");
    }
    List<String> rids = ridValue.map(KvpLists::items).orElse(List.of());

    List<List<FeatureType>> groups = new ArrayList<>();
    if (p.get(typeParam).isPresent()) {
      for (List<String> g : KvpLists.groups(p.get(typeParam).get(), typeParam)) {
        List<FeatureType> types = new ArrayList<>();
        for (String n : g) {
          types.add(catalog.resolve(n, ns, typeParam));
        }
        groups.add(types);
      }
    } else if (!rids.isEmpty()) {
      ResourceIds.typesOf(rids, catalog, idParam).forEach(t -> groups.add(List.of(t)));
    } else {
      throw OgcException.missing("TYPENAMES");
    }
    int queryCount = groups.stream().mapToInt(List::size).sum();
    if (queryCount == 0) {
      throw OgcException.missing(typeParam);
    }
    if (queryCount > limits.maxQueries()) {
      throw OgcException.invalid(typeParam, "at most " + limits.maxQueries() + " feature types per request");
    }

    Crs defaultCrs = srsName.orElse(catalog.defaultCrs());
    List<String> filterTexts = filterValue.map(KvpLists::filters).orElse(List.of());
    if (filterTexts.size() > 1 && filterTexts.size() != groups.size()) {
      throw OgcException.invalid("FILTER", "FILTER has " + filterTexts.size() + " filters for " + groups.size()
          + " queries; send one, or one per query in parentheses");
    }
    List<Filter> parsedFilters = new ArrayList<>();
    for (String f : filterTexts) {
      parsedFilters.add(filters.parse(f, defaultCrs, "FILTER"));
    }
    Optional<BoundingBox> bbox = bboxValue.map(b -> srsNames.bbox(b, defaultCrs));
    List<List<String>> propertyGroups = p.get("PROPERTYNAME").map(v -> KvpLists.groups(v, "PROPERTYNAME")).orElse(List.of());
    if (propertyGroups.size() > 1 && propertyGroups.size() != groups.size()) {
      throw OgcException.invalid("PROPERTYNAME", "PROPERTYNAME has " + propertyGroups.size() + " lists for "
          + groups.size() + " queries");
    }
    List<String> sortBy = p.get("SORTBY").map(KvpLists::items).orElse(List.of());

    List<TypeQuery> queries = new ArrayList<>();
    boolean single = queryCount == 1;
    for (int g = 0; g < groups.size(); g++) {
      Filter filter = parsedFilters.isEmpty() ? Filter.INCLUDE : parsedFilters.get(parsedFilters.size() == 1 ? 0 : g);
      if (!rids.isEmpty()) {
        filter = new Filter.ResourceIds(rids);
      }
      for (FeatureType t : groups.get(g)) {
        PropertyNames.checkFilter(t, filter, "FILTER");
        Optional<List<String>> props = propertyGroups.isEmpty() ? Optional.empty()
            : Optional.of(checkProperties(t, propertyGroups.get(propertyGroups.size() == 1 ? 0 : g)));
        queries.add(new TypeQuery(t, ResourceIds.localize(filter, t, single), bbox, sortKeys(t, sortBy, version),
            props, srsName));
      }
    }
    if (valueReference != null) {
      PropertyNames.check(queries.get(0).type(), valueReference, true, "VALUEREFERENCE");
    }
    return new GetFeatureRequest(version, queries, startIndex, count, hits, format, valueReference, false);
  }

  private static List<String> checkProperties(FeatureType t, List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      String checked = PropertyNames.check(t, n, true, "PROPERTYNAME");
      if (!out.contains(checked)) {
        out.add(checked);
      }
    }
    return out;
  }

  /** {@code name ASC,height DESC} (2.0) or {@code name A,height D} (1.1). */
  static List<SortKey> sortKeys(FeatureType t, List<String> items, String version) {
    List<SortKey> keys = new ArrayList<>();
    for (String item : items) {
      String[] parts = item.trim().split("\\s+");
      if (parts.length > 2) {
        throw OgcException.invalid("SORTBY", "SORTBY items are 'property [ASC|DESC]', not '"
            + PropertyNames.abbreviate(item) + "'");
      }
      String property = PropertyNames.checkQueryable(t, parts[0], "SORTBY");
      boolean ascending = true;
      if (parts.length == 2) {
        String dir = parts[1].toUpperCase(Locale.ROOT);
        if (dir.equals("DESC") || dir.equals("D")) {
          ascending = false;
        } else if (!dir.equals("ASC") && !dir.equals("A")) {
          throw OgcException.invalid("SORTBY", "sort order must be ASC or DESC, not '" + PropertyNames.abbreviate(parts[1]) + "'");
        }
      }
      keys.add(new SortKey(property, ascending));
    }
    return keys;
  }

  private static boolean resultTypeHits(KvpParams p) {
    String rt = p.get("RESULTTYPE").orElse("results");
    if (rt.equalsIgnoreCase("hits")) {
      return true;
    }
    if (rt.equalsIgnoreCase("results")) {
      return false;
    }
    throw OgcException.invalid("RESULTTYPE", "RESULTTYPE must be results or hits, not '" + PropertyNames.abbreviate(rt) + "'");
  }

  private static long wholeNumber(KvpParams p, String name, long max) {
    String v = p.require(name);
    long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw OgcException.invalid(name, name + " must be a whole number, not '" + PropertyNames.abbreviate(v) + "'");
    }
    if (n < 0 || n > max) {
      throw OgcException.invalid(name, name + " must be between 0 and " + max + ", not " + n);
    }
    return n;
  }
}
