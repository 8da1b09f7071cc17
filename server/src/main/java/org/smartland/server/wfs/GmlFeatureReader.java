package org.smartland.server.wfs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.gml.GmlVersion;
import org.smartland.layers.store.Feature;
import org.smartland.layers.xml.XmlCursor;
import org.smartland.server.ogc.OgcException;

/**
 * Reads a feature POSTed in a Transaction, written as GetFeature and DescribeFeatureType publish it: an element of our
 * namespace named after its type ({@code slt:works}), holding the geometry property {@code geom} (one GML geometry)
 * and the attributes as text elements, in any order. GML's own properties ({@code gml:name}, {@code gml:boundedBy}…)
 * and the {@code gml:id} are ignored: the store gives new features their ids.
 *
 * <p>Attribute values stay text: the write path checks them against the layer's types and reports every misfit. An
 * empty or {@code xsi:nil} element is a null (except an empty string attribute, which is the empty string). Property
 * names the type lacks are kept, for the checks to report them too.
 */
final class GmlFeatureReader {
  private final WfsCatalog catalog;
  private final TransactionGeometries geometries;

  GmlFeatureReader(WfsCatalog catalog, TransactionGeometries geometries) {
    this.catalog = catalog;
    this.geometries = geometries;
  }

  /**
   * The feature type of the feature element at the cursor, from its namespace and name.
   *
   * @throws OgcException InvalidParameterValue when it is not one of our types
   */
  FeatureType typeOf(XmlCursor c, String where) {
    return catalog.find("{" + c.namespace() + "}" + c.name(), Map.of()).orElseThrow(() -> OgcException.invalid(
        "typeName", where + ": element '" + PropertyNames.abbreviate(c.name()) + "' in namespace '"
            + PropertyNames.abbreviate(c.namespace()) + "' is not a feature type of this service; features are "
            + WfsCatalog.PREFIX + ":* elements in namespace " + catalog.namespace() + " (see DescribeFeatureType)"));
  }

  /**
   * The feature element at the cursor, its geometry in the type's native CRS; leaves the cursor on its end element.
   *
   * @param where the feature's place in the request, for messages
   */
  Feature read(XmlCursor c, FeatureType type, Crs defaultCrs, boolean xyOrder, String where) {
    Geometry geometry = null;
    boolean geometrySeen = false;
    Map<String, Object> properties = new LinkedHashMap<>();
    while (c.nextChild()) {
      String name = c.name();
      if (isGml(c.namespace())) {
        c.skip();
      } else if (name.equals(PropertyNames.GEOMETRY)) {
        if (geometrySeen) {
          throw OgcException.badRequest(WfsService.INVALID_VALUE, name, where + ": " + name + " is given twice");
        }
        geometrySeen = true;
        geometry = geometryProperty(c, type, defaultCrs, xyOrder, where);
      } else {
        if (properties.containsKey(name)) {
          throw OgcException.badRequest(WfsService.INVALID_VALUE, name, where + ": " + PropertyNames.abbreviate(name)
              + " is given twice");
        }
        properties.put(name, value(c, type, name));
      }
    }
    return Feature.of(geometry, properties);
  }

  /** The geometry inside a {@code geom} element (none when it is empty or nil), in the native CRS. */
  private Geometry geometryProperty(XmlCursor c, FeatureType type, Crs defaultCrs, boolean xyOrder, String where) {
    if (nil(c)) {
      c.skip();
      return null;
    }
    if (!c.nextChild()) {
      return null;
    }
    Geometry g = geometries.read(c, type, defaultCrs, xyOrder, where);
    if (c.nextChild()) {
      throw OgcException.badRequest(WfsService.INVALID_VALUE, PropertyNames.GEOMETRY, where + ": "
          + PropertyNames.GEOMETRY + " holds one geometry, not also '" + PropertyNames.abbreviate(c.name()) + "'");
    }
    return g;
  }

  /**
   * The value of the text element at the cursor for attribute {@code name}: its text, or null when it is nil, or
   * empty for an attribute that is not a string.
   */
  static Object value(XmlCursor c, FeatureType type, String name) {
    boolean nil = nil(c);
    String text = c.text();
    if (nil) {
      return null;
    }
    boolean string = type.definition().attribute(name).map(a -> a.type() == AttributeType.STRING).orElse(true);
    return text.isEmpty() && !string ? null : text;
  }

  private static boolean nil(XmlCursor c) {
    return c.attribute("nil").map(String::trim).filter(v -> v.equals("true") || v.equals("1")).isPresent();
  }

  static boolean isGml(String namespace) {
    return namespace.equals(GmlVersion.GML_3_2.namespace()) || namespace.equals(GmlVersion.GML_3_1_1.namespace());
  }
}
