package org.smartland.server.wfs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.query.Filter;
import org.smartland.layers.store.Feature;
import org.smartland.layers.xml.XmlCursor;
import org.smartland.server.ogc.OgcException;

/**
 * Reads a {@code wfs:Transaction} (2.0.0; and 1.1.0 and 1.0.0, which QGIS 3.22 sends) at the cursor into a
 * {@link TransactionRequest}: Insert (features of our application schema, directly or in a FeatureCollection), Update
 * ({@code Property} with {@code ValueReference} or 1.x {@code Name}, and {@code Value}), Replace (2.0) and Delete, each
 * with the filters the WFS reads elsewhere. Every name is checked against the schema; geometries are read into the
 * layer's native CRS. One Transaction writes one feature type, at most {@link WfsLimits#maxTransactionFeatures}
 * features.
 */
final class TransactionReader {
  private final WfsCatalog catalog;
  private final WfsFilters filters;
  private final SrsNames srsNames;
  private final WfsLimits limits;
  private final GmlFeatureReader features;
  private final UpdateValues updateValues;

  TransactionReader(WfsCatalog catalog, WfsFilters filters, SrsNames srsNames, WfsLimits limits,
                    TransactionGeometries geometries) {
    this.catalog = catalog;
    this.filters = filters;
    this.srsNames = srsNames;
    this.limits = limits;
    this.features = new GmlFeatureReader(catalog, geometries);
    this.updateValues = new UpdateValues(catalog, geometries);
  }

  /** What one read gathers as it goes. */
  private final class State {
    final String version;
    final boolean xyOrder;
    final Set<FeatureType> types = new LinkedHashSet<>();
    int features;

    State(String version) {
      this.version = version;
      this.xyOrder = version.equals(TransactionRequest.V100);
    }

    FeatureType type(FeatureType t) {
      types.add(t);
      if (types.size() > 1) {
        throw OgcException.invalid("typeName", "a Transaction writes one feature type, all or nothing; this one names "
            + catalog.qualifiedNames(List.copyOf(types)) + ": send one Transaction per feature type");
      }
      return t;
    }

    void count(int more) {
      features += more;
      if (features > limits.maxTransactionFeatures()) {
        throw OgcException.invalid("Transaction", "a Transaction may write at most " + limits.maxTransactionFeatures()
            + " features; split it into several");
      }
    }
  }

  /** The Transaction whose root element is at the cursor. */
  TransactionRequest read(XmlCursor c) {
    State s = new State(version(c));
    if (c.attribute("lockId").isPresent()) {
      throw OgcException.invalid("lockId", "this WFS does not lock features: send the Transaction without lockId");
    }
    List<TransactionAction> actions = new ArrayList<>();
    while (c.nextChild()) {
      int n = actions.size() + 1;
      String kind = c.name();
      Optional<String> handle = c.attribute("handle");
      String label = TransactionAction.label(kind, handle, n);
      switch (kind) {
        case "Insert" -> actions.add(insert(c, s, handle, label));
        case "Update" -> actions.add(update(c, s, handle, label));
        case "Replace" -> {
          if (!s.version.equals(WfsVersions.V200)) {
            throw OgcException.invalid("Replace", "Replace is a WFS 2.0.0 action; this Transaction is version " + s.version);
          }
          actions.add(replace(c, s, handle, label));
        }
        case "Delete" -> actions.add(delete(c, s, handle, label));
        case "Native" -> {
          if (!c.attribute("safeToIgnore").map(String::trim).filter("true"::equals).isPresent()) {
            throw OgcException.invalid("Native", "vendor-specific Native actions are not supported");
          }
          c.skip();
        }
        default -> throw OgcException.invalid(PropertyNames.abbreviate(kind), "unexpected element '"
            + PropertyNames.abbreviate(kind) + "' in Transaction: its actions are Insert, Update, Replace and Delete");
      }
    }
    return new TransactionRequest(s.version, s.types.stream().findFirst(), actions);
  }

  /** 2.0.0 in the WFS 2.0 namespace; in the 1.x one, 1.0.0 or 1.1.0 as the version attribute says. */
  private static String version(XmlCursor c) {
    String ns = c.namespace();
    Optional<String> v = c.attribute("version").map(String::trim);
    if (ns.equals(FeatureCollectionWriter.WFS20)) {
      return WfsVersions.V200;
    }
    String version = v.orElse(ns.equals(FeatureCollectionWriter.WFS11) ? WfsVersions.V110 : WfsVersions.V200);
    return switch (version) {
      case "2.0.0", "2.0.2", "2.0" -> WfsVersions.V200;
      case "1.1.0" -> WfsVersions.V110;
      case "1.0.0" -> TransactionRequest.V100;
      default -> throw OgcException.invalid("version", "Transaction version '" + PropertyNames.abbreviate(version)
          + "' is not supported; use 2.0.0 (1.1.0 and 1.0.0 are read too)");
    };
  }

  private TransactionAction insert(XmlCursor c, State s, Optional<String> handle, String label) {
    checkInputFormat(c);
    Crs crs = srsName(c);
    List<Feature> out = new ArrayList<>();
    while (c.nextChild()) {
      if (c.name().equals("FeatureCollection") && !c.namespace().equals(catalog.namespace())) {
        Crs collectionCrs = c.attribute("srsName").map(n -> srsNames.offered(n, "srsName")).orElse(crs);
        while (c.nextChild()) {
          if (!List.of("member", "featureMember", "featureMembers").contains(c.name())) {
            c.skip();
            continue;
          }
          while (c.nextChild()) {
            out.add(feature(c, s, collectionCrs, label, out.size() + 1));
          }
        }
      } else {
        out.add(feature(c, s, crs, label, out.size() + 1));
      }
    }
    if (out.isEmpty()) {
      throw OgcException.invalid("Insert", label + " holds no feature");
    }
    return new TransactionAction.Insert(handle, out);
  }

  private Feature feature(XmlCursor c, State s, Crs crs, String label, int n) {
    s.count(1);
    String where = "feature " + n + " of " + label;
    FeatureType t = s.type(features.typeOf(c, where));
    Crs featureCrs = c.attribute("srsName").map(name -> srsNames.offered(name, "srsName")).orElse(crs);
    return features.read(c, t, featureCrs, s.xyOrder, where);
  }

  private TransactionAction update(XmlCursor c, State s, Optional<String> handle, String label) {
    checkInputFormat(c);
    FeatureType t = s.type(typeName(c));
    Crs crs = srsName(c);
    Map<String, Object> properties = new LinkedHashMap<>();
    Optional<Geometry> geometry = Optional.empty();
    Filter filter = Filter.INCLUDE;
    boolean filtered = false;
    while (c.nextChild()) {
      switch (c.name()) {
        case "Property" -> {
          Optional<Geometry> g = updateValues.property(c, t, crs, s.xyOrder, label, properties);
          if (g.isPresent()) {
            if (geometry.isPresent()) {
              throw OgcException.badRequest(WfsService.INVALID_VALUE, PropertyNames.GEOMETRY, label + " sets "
                  + PropertyNames.GEOMETRY + " twice");
            }
            geometry = g;
          }
        }
        case "Filter" -> {
          if (filtered) {
            throw OgcException.invalid("Filter", label + " has more than one Filter");
          }
          filtered = true;
          filter = filter(c, t, crs);
        }
        default -> throw OgcException.invalid(PropertyNames.abbreviate(c.name()), "unexpected element '"
            + PropertyNames.abbreviate(c.name()) + "' in " + label + ": it holds Property elements and a Filter");
      }
    }
    if (properties.isEmpty() && geometry.isEmpty()) {
      throw OgcException.missing("Property");
    }
    return new TransactionAction.Update(handle, properties, geometry, filter);
  }

  private TransactionAction replace(XmlCursor c, State s, Optional<String> handle, String label) {
    checkInputFormat(c);
    Crs crs = srsName(c);
    Feature feature = null;
    FeatureType type = null;
    Filter filter = null;
    while (c.nextChild()) {
      if (c.name().equals("Filter") && feature != null) {
        filter = filter(c, type, crs);
      } else if (feature == null) {
        s.count(1);
        type = s.type(features.typeOf(c, label));
        feature = features.read(c, type, crs, s.xyOrder, label);
      } else {
        throw OgcException.invalid(PropertyNames.abbreviate(c.name()), label + " holds one feature and then a Filter");
      }
    }
    if (feature == null) {
      throw OgcException.invalid("Replace", label + " holds no feature");
    }
    if (filter == null) {
      throw OgcException.missing("Filter");
    }
    return new TransactionAction.Replace(handle, feature, filter);
  }

  private TransactionAction delete(XmlCursor c, State s, Optional<String> handle, String label) {
    FeatureType t = s.type(typeName(c));
    Crs crs = srsName(c);
    Filter filter = null;
    while (c.nextChild()) {
      if (c.name().equals("Filter") && filter == null) {
        filter = filter(c, t, crs);
      } else {
        throw OgcException.invalid(PropertyNames.abbreviate(c.name()), label + " holds one Filter");
      }
    }
    if (filter == null) {
      throw OgcException.missing("Filter");
    }
    return new TransactionAction.Delete(handle, filter);
  }

  /**
   * The Filter at the cursor, its property names checked and its resource ids narrowed to the type's own; an id of
   * another type is refused rather than silently matching nothing.
   */
  private Filter filter(XmlCursor c, FeatureType t, Crs crs) {
    Filter f = filters.read(c, crs);
    PropertyNames.checkFilter(t, f, "Filter");
    for (String rid : ResourceIds.collect(f)) {
      int dot = rid.lastIndexOf('.');
      if (dot > 0) {
        String prefix = rid.substring(0, dot);
        String name = prefix.substring(prefix.indexOf(':') + 1);
        if (!name.equals(t.name())) {
          throw OgcException.invalid("ResourceId", "resource id '" + PropertyNames.abbreviate(rid) + "' is not a feature of "
              + catalog.qualifiedName(t) + "; its ids look like " + t.name() + ".1");
        }
      }
    }
    return ResourceIds.localize(f, t, true);
  }

  private FeatureType typeName(XmlCursor c) {
    String name = c.attribute("typeName").or(() -> c.attribute("typeNames"))
        .orElseThrow(() -> OgcException.missing("typeName"));
    return XmlRequestReader.resolve(catalog, c, name, "typeName");
  }

  private Crs srsName(XmlCursor c) {
    return c.attribute("srsName").map(n -> srsNames.offered(n, "srsName")).orElse(catalog.defaultCrs());
  }

  /** Features come as GML (3.2, 3.1.1 or 2); any other declared input format is refused. */
  private static void checkInputFormat(XmlCursor c) {
    Optional<String> format = c.attribute("inputFormat");
    if (format.isPresent() && !format.get().toLowerCase(java.util.Locale.ROOT).contains("gml")
        && !format.get().trim().equals("text/xml")) {
      throw OgcException.invalid("inputFormat", "input format '" + PropertyNames.abbreviate(format.get())
          + "' is not read; send features as GML (application/gml+xml; version=3.2)");
    }
  }
}
