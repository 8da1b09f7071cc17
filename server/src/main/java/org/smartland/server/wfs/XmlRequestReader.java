package org.smartland.server.wfs;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.SortKey;
import org.smartland.layers.query.fes.FesFilterReader;
import org.smartland.layers.xml.XmlCursor;
import org.smartland.layers.xml.XmlInputException;
import org.smartland.server.ogc.OgcException;

/**
 * Reads WFS requests POSTed as XML (2.0.0, and 1.1.0 GetFeature; Transactions of 2.0.0, 1.1.0 and 1.0.0), with DTDs
 * and external entities off. Type names are resolved through the prefixes in scope, so {@code ns1:schools} works when
 * ns1 is bound to our namespace.
 */
final class XmlRequestReader {
  private final WfsCatalog catalog;
  private final WfsFilters filters;
  private final SrsNames srsNames;
  private final WfsLimits limits;
  private final TransactionReader transactions;

  XmlRequestReader(WfsCatalog catalog, WfsFilters filters, SrsNames srsNames, WfsLimits limits,
                   TransactionGeometries geometries) {
    this.catalog = catalog;
    this.filters = filters;
    this.srsNames = srsNames;
    this.limits = limits;
    this.transactions = new TransactionReader(catalog, filters, srsNames, limits, geometries);
  }

  PostRequest read(InputStream body) {
    try {
      XmlCursor c = XmlCursor.open(body, "request body");
      c.toRoot();
      String op = c.name();
      Optional<String> version = c.attribute("version");
      return switch (op) {
        case "GetCapabilities" -> new PostRequest(op, version, Optional.empty(), List.of(), List.of(), acceptVersions(c),
            Optional.empty());
        case "DescribeFeatureType" -> new PostRequest(op, version, Optional.empty(), typeNames(c), List.of(), List.of(),
            Optional.empty());
        case "GetFeature", "GetPropertyValue" -> {
          String v = WfsVersions.of(version, op.equals("GetFeature"));
          yield new PostRequest(op, version, Optional.of(getFeature(c, v, op.equals("GetPropertyValue"))), List.of(),
              List.of(), List.of(), Optional.empty());
        }
        case "ListStoredQueries" -> new PostRequest(op, version, Optional.empty(), List.of(), List.of(), List.of(),
            Optional.empty());
        case "DescribeStoredQueries" -> new PostRequest(op, version, Optional.empty(), List.of(), storedQueryIds(c),
            List.of(), Optional.empty());
        case "Transaction" -> {
          TransactionRequest t = transactions.read(c);
          yield new PostRequest(op, Optional.of(t.version()), Optional.empty(), List.of(), List.of(), List.of(),
              Optional.of(t));
        }
        default -> throw OgcException.badRequest(OgcException.OPERATION_NOT_SUPPORTED, op,
            "operation '" + PropertyNames.abbreviate(op) + "' is not supported");
      };
    } catch (XmlInputException e) {
      throw OgcException.badRequest(WfsService.OPERATION_PARSING_FAILED, null,
          "the request body is not a valid WFS request: " + e.getMessage());
    }
  }

  private static List<String> acceptVersions(XmlCursor c) {
    List<String> out = new ArrayList<>();
    while (c.nextChild()) {
      if (c.name().equals("AcceptVersions")) {
        while (c.nextChild()) {
          out.add(c.text());
        }
      } else {
        c.skip();
      }
    }
    return out;
  }

  private List<FeatureType> typeNames(XmlCursor c) {
    List<FeatureType> out = new ArrayList<>();
    while (c.nextChild()) {
      if (c.name().equals("TypeName")) {
        String name = c.text();
        out.add(resolve(c, name, "TypeName"));
      } else {
        c.skip();
      }
    }
    return out;
  }

  private static List<String> storedQueryIds(XmlCursor c) {
    List<String> out = new ArrayList<>();
    while (c.nextChild()) {
      if (c.name().equals("StoredQueryId")) {
        out.add(c.text());
      } else {
        c.skip();
      }
    }
    return out;
  }

  private GetFeatureRequest getFeature(XmlCursor c, String version, boolean propertyValue) {
    OutputFormat format = c.attribute("outputFormat").map(f -> OutputFormat.parse(f, version, "outputFormat"))
        .orElse(OutputFormat.defaultFor(version));
    long startIndex = number(c.attribute("startIndex"), "startIndex", limits.maxStartIndex()).orElse(0L);
    Optional<Long> count = number(c.attribute("count").or(() -> c.attribute("maxFeatures")), "count", limits.maxCount());
    String resultType = c.attribute("resultType").orElse("results");
    if (!resultType.equals("results") && !resultType.equals("hits")) {
      throw OgcException.invalid("resultType", "resultType must be results or hits");
    }
    String valueReference = propertyValue
        ? c.attribute("valueReference").orElseThrow(() -> OgcException.missing("valueReference")) : null;
    List<TypeQuery> queries = new ArrayList<>();
    boolean bareFeature = false;
    while (c.nextChild()) {
      switch (c.name()) {
        case "Query" -> queries.addAll(query(c));
        case "StoredQuery" -> {
          queries.add(storedQuery(c));
          bareFeature = !propertyValue;
        }
        default -> throw OgcException.invalid(c.name(), "unexpected element '" + c.name() + "' in GetFeature");
      }
      if (queries.size() > limits.maxQueries()) {
        throw OgcException.invalid("Query", "at most " + limits.maxQueries() + " queries per request");
      }
    }
    if (queries.isEmpty()) {
      throw OgcException.missing("Query");
    }
    if (bareFeature && queries.size() > 1) {
      bareFeature = false;
    }
    if (valueReference != null) {
      PropertyNames.check(queries.get(0).type(), valueReference, true, "valueReference");
    }
    return new GetFeatureRequest(version, queries, startIndex,
        count.map(n -> OptionalInt.of(n.intValue())).orElse(OptionalInt.empty()), resultType.equals("hits"), format,
        valueReference, bareFeature);
  }

  private List<TypeQuery> query(XmlCursor c) {
    String names = c.attribute("typeNames").or(() -> c.attribute("typeName"))
        .orElseThrow(() -> OgcException.missing("typeNames"));
    List<FeatureType> types = new ArrayList<>();
    for (String n : names.trim().split("[\\s,]+")) {
      types.add(resolve(c, n, "typeNames"));
    }
    Optional<Crs> srsName = c.attribute("srsName").map(s -> srsNames.offered(s, "srsName"));
    Crs defaultCrs = srsName.orElse(catalog.defaultCrs());
    Filter filter = Filter.INCLUDE;
    List<String> sortNames = new ArrayList<>();
    List<Boolean> sortAscending = new ArrayList<>();
    List<String> properties = new ArrayList<>();
    while (c.nextChild()) {
      switch (c.name()) {
        case "Filter" -> filter = filters.read(c, defaultCrs);
        case "SortBy" -> {
          for (SortKey k : FesFilterReader.sortBy(c)) {
            sortNames.add(k.property());
            sortAscending.add(k.ascending());
          }
        }
        case "PropertyName" -> properties.add(c.text());
        default -> throw OgcException.invalid(c.name(), "unexpected element '" + c.name() + "' in Query");
      }
    }
    List<TypeQuery> out = new ArrayList<>();
    for (FeatureType t : types) {
      PropertyNames.checkFilter(t, filter, "Filter");
      List<SortKey> keys = new ArrayList<>();
      for (int i = 0; i < sortNames.size(); i++) {
        keys.add(new SortKey(PropertyNames.checkQueryable(t, sortNames.get(i), "SortBy"), sortAscending.get(i)));
      }
      Optional<List<String>> props = properties.isEmpty() ? Optional.empty()
          : Optional.of(properties.stream().map(p -> PropertyNames.check(t, p, true, "PropertyName")).distinct().toList());
      out.add(new TypeQuery(t, ResourceIds.localize(filter, t, types.size() == 1), Optional.empty(), keys, props, srsName));
    }
    return out;
  }

  private TypeQuery storedQuery(XmlCursor c) {
    String id = c.attribute("id").orElseThrow(() -> OgcException.missing("id"));
    if (!id.equals(StoredQueries.GET_FEATURE_BY_ID)) {
      throw OgcException.invalid("id", "stored query '" + PropertyNames.abbreviate(id) + "' is not offered");
    }
    String rid = null;
    while (c.nextChild()) {
      if (c.name().equals("Parameter") && c.attribute("name").filter("ID"::equalsIgnoreCase).isPresent()) {
        rid = c.text();
      } else {
        c.skip();
      }
    }
    if (rid == null) {
      throw OgcException.missing("ID");
    }
    FeatureType t = ResourceIds.typesOf(List.of(rid), catalog, "ID").get(0);
    return new TypeQuery(t, new Filter.ResourceIds(List.of(ResourceIds.localId(rid))), Optional.empty(), List.of(),
        Optional.empty(), Optional.empty());
  }

  private FeatureType resolve(XmlCursor c, String qualified, String locator) {
    return resolve(catalog, c, qualified, locator);
  }

  /** The type a name in the XML at the cursor stands for, its prefix resolved through the namespaces in scope. */
  static FeatureType resolve(WfsCatalog catalog, XmlCursor c, String qualified, String locator) {
    int colon = qualified.indexOf(':');
    Map<String, String> ns = Map.of();
    if (colon > 0) {
      String prefix = qualified.substring(0, colon);
      String uri = c.namespaceUri(prefix);
      if (uri != null) {
        ns = Map.of(prefix, uri);
      }
    }
    return catalog.resolve(qualified, ns, locator);
  }

  private static Optional<Long> number(Optional<String> value, String name, long max) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      long n = Long.parseLong(value.get().trim());
      if (n < 0 || n > max) {
        throw OgcException.invalid(name, name + " must be between 0 and " + max + ", not " + n);
      }
      return Optional.of(n);
    } catch (NumberFormatException e) {
      throw OgcException.invalid(name, name + " must be a whole number");
    }
  }
}
