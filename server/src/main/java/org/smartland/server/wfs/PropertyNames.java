package org.smartland.server.wfs;

import org.smartland.layers.query.Filter;
import org.smartland.server.ogc.OgcException;

/**
 * Property names as WFS requests write them ({@code name}, {@code slt:name}), checked against the feature
 * type's schema before anything else sees them: a name is a plain attribute name or the geometry, never a
 * path or an expression.
 */
final class PropertyNames {
  /** The name of every feature type's geometry property. */
  static final String GEOMETRY = "geom";

  private PropertyNames() {
  }

  /** The attribute (or {@link #GEOMETRY}) a name refers to. */
  static String check(FeatureType type, String written, boolean geometryAllowed, String locator) {
    String name = written.trim();
    int colon = name.indexOf(':');
    if (colon >= 0 && name.indexOf(':', colon + 1) < 0) {
      name = name.substring(colon + 1);
    }
    if (name.equals(GEOMETRY) && geometryAllowed) {
      return name;
    }
    if (type.definition().attribute(name).isPresent()) {
      return name;
    }
    throw OgcException.invalid(locator, "'" + abbreviate(written) + "' is not a property of " + WfsCatalog.PREFIX + ":"
        + type.name() + "; its properties are " + (geometryAllowed ? GEOMETRY + ", " : "")
        + String.join(", ", type.definition().attributes().stream().map(a -> a.name()).toList()));
  }

  /** A property a client may filter or sort on: it exists and the catalog marks it queryable. */
  static String checkQueryable(FeatureType type, String written, String locator) {
    String name = check(type, written, false, locator);
    if (!type.definition().attribute(name).orElseThrow().queryable()) {
      throw OgcException.invalid(locator, "property '" + name + "' of " + WfsCatalog.PREFIX + ":" + type.name()
          + " is not queryable: it cannot be filtered or sorted on");
    }
    return name;
  }

  /** Checks every property name a filter reads, so that an unknown one is reported against the filter. */
  static void checkFilter(FeatureType type, Filter f, String locator) {
    if (f instanceof Filter.And a) {
      a.operands().forEach(o -> checkFilter(type, o, locator));
    } else if (f instanceof Filter.Or o) {
      o.operands().forEach(x -> checkFilter(type, x, locator));
    } else if (f instanceof Filter.Not n) {
      checkFilter(type, n.operand(), locator);
    } else if (f instanceof Filter.Compare c) {
      checkQueryable(type, c.property(), locator);
    } else if (f instanceof Filter.Like l) {
      checkQueryable(type, l.property(), locator);
    } else if (f instanceof Filter.In i) {
      checkQueryable(type, i.property(), locator);
    } else if (f instanceof Filter.Between b) {
      checkQueryable(type, b.property(), locator);
    } else if (f instanceof Filter.IsNull n) {
      checkQueryable(type, n.property(), locator);
    }
  }

  static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
