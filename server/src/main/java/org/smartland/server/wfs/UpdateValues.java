package org.smartland.server.wfs;

import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.xml.XmlCursor;
import org.smartland.server.ogc.OgcException;

/**
 * Reads the {@code wfs:Property} elements of an Update: the property named by {@code ValueReference} (2.0) or
 * {@code Name} (1.x, as QGIS sends it), checked against the type's schema, and its {@code Value}: text for an
 * attribute, a GML geometry for {@code geom}. A Property without a Value, or with {@code action="remove"}, clears
 * the attribute; the geometry can be replaced but not removed.
 */
final class UpdateValues {
  private final WfsCatalog catalog;
  private final TransactionGeometries geometries;

  UpdateValues(WfsCatalog catalog, TransactionGeometries geometries) {
    this.catalog = catalog;
    this.geometries = geometries;
  }

  /**
   * One Update {@code Property}: an attribute's new value goes into {@code properties}; the geometry's is returned.
   */
  Optional<Geometry> property(XmlCursor c, FeatureType t, Crs crs, boolean xyOrder, String label,
                              Map<String, Object> properties) {
    String action = c.attribute("action").map(String::trim).orElse("replace");
    if (!action.equals("replace") && !action.equals("remove")) {
      throw OgcException.invalid("action", label + ": Property action '" + PropertyNames.abbreviate(action)
          + "' does not apply to simple features; use replace or remove");
    }
    String name = null;
    boolean valued = false;
    Object value = null;
    Geometry geometry = null;
    while (c.nextChild()) {
      switch (c.name()) {
        case "ValueReference", "Name" -> name = PropertyNames.check(t, c.text(), true, "ValueReference");
        case "Value" -> {
          if (name == null) {
            throw OgcException.invalid("Value", label + ": a Property names its ValueReference before its Value");
          }
          valued = true;
          if (name.equals(PropertyNames.GEOMETRY)) {
            geometry = geometryValue(c, t, crs, xyOrder, label);
          } else {
            value = GmlFeatureReader.value(c, t, name);
          }
        }
        default -> throw OgcException.invalid(PropertyNames.abbreviate(c.name()), "unexpected element '"
            + PropertyNames.abbreviate(c.name()) + "' in a Property of " + label);
      }
    }
    if (name == null) {
      throw OgcException.missing("ValueReference");
    }
    boolean remove = action.equals("remove") || !valued;
    if (name.equals(PropertyNames.GEOMETRY)) {
      if (remove || geometry == null) {
        throw OgcException.badRequest(WfsService.INVALID_VALUE, name, label + ": every feature of "
            + catalog.qualifiedName(t) + " has a geometry; it can be replaced, not removed");
      }
      return Optional.of(geometry);
    }
    if (properties.containsKey(name)) {
      throw OgcException.badRequest(WfsService.INVALID_VALUE, name, label + " sets " + name + " twice");
    }
    properties.put(name, remove ? null : value);
    return Optional.empty();
  }

  /** The GML geometry inside a Value, or null when the Value is empty. */
  private Geometry geometryValue(XmlCursor c, FeatureType t, Crs crs, boolean xyOrder, String label) {
    if (!c.nextChild()) {
      return null;
    }
    Geometry g = geometries.read(c, t, crs, xyOrder, label);
    if (c.nextChild()) {
      throw OgcException.badRequest(WfsService.INVALID_VALUE, PropertyNames.GEOMETRY, label
          + ": a Value holds one geometry");
    }
    return g;
  }
}
