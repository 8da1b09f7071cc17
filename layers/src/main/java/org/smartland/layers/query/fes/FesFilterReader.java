package org.smartland.layers.query.fes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.gml.GmlGeometryReader;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.SortKey;
import org.smartland.layers.xml.XmlCursor;
import org.smartland.layers.xml.XmlInputException;

/**
 * Reads an OGC filter, FES 2.0 ({@code fes:}) or Filter Encoding 1.0/1.1 ({@code ogc:}), into the
 * {@link Filter} AST. Elements are matched by local name, so both versions, SLD rule filters and filters
 * written without namespaces read the same way.
 *
 * <p>Operators: the six comparisons (property and literal in either order; {@code matchCase="false"}
 * equality becomes a case-insensitive LIKE without wildcards), {@code PropertyIsLike}, {@code PropertyIsNull},
 * {@code PropertyIsNil} (read as null), {@code PropertyIsBetween}, {@code And}, {@code Or}, {@code Not}; the
 * spatial {@code BBOX} (the envelope of its geometry, intersecting), {@code Intersects}, {@code Disjoint},
 * {@code Contains}, {@code Within}, {@code Touches}, {@code Crosses}, {@code Overlaps}, {@code Equals},
 * {@code DWithin} and {@code Beyond} (distances converted to metres); resource ids ({@code fes:ResourceId
 * rid}, FE 1.1 {@code ogc:FeatureId fid} and {@code ogc:GmlObjectId gml:id}) kept verbatim, the ids of one
 * Filter or Or combined into one {@link Filter.ResourceIds}. Literals stay text: stores coerce them to the
 * property's type. Geometries are read by the {@link GmlGeometryReader}; without one (SLD) spatial operators
 * are refused.
 *
 * <p>Safety: property names are plain names, never paths or expressions ({@link #propertyName}); functions,
 * arithmetic and temporal operators are refused by name; nesting (to
 * {@link org.smartland.layers.store.sql.FilterSql#MAX_DEPTH}), operators ({@link #MAX_OPERATORS}) and literal
 * length ({@link #MAX_LITERAL_LENGTH}) are bounded. Every error is an {@link XmlInputException} naming the
 * source and line. Thread-safe.
 */
public final class FesFilterReader {
  public static final String FES_2_0 = "http://www.opengis.net/fes/2.0";
  public static final String FE_1_1 = "http://www.opengis.net/ogc";
  /** Most operators (comparisons, logical, spatial, resource ids) one filter may hold. */
  public static final int MAX_OPERATORS = 1000;
  /** Longest literal, resource id or property name, in characters. */
  public static final int MAX_LITERAL_LENGTH = 10_000;
  /** Most sort keys one SortBy may hold. */
  public static final int MAX_SORT_KEYS = 10;

  private static final Pattern PROPERTY = Pattern.compile("(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][A-Za-z0-9_]*)");

  private final GmlGeometryReader gml;

  /** @param gml reads spatial literals; null refuses spatial operators (SLD rule filters) */
  public FesFilterReader(GmlGeometryReader gml) {
    this.gml = gml;
  }

  /**
   * Reads the {@code Filter} element at the cursor, leaving the cursor on its end element.
   *
   * @param defaultCrs the CRS of geometries without {@code srsName}; may be null when geometries must name one
   */
  public Filter read(XmlCursor c, Crs defaultCrs) {
    if (!c.name().equals("Filter")) {
      throw c.error("expected a Filter, found '" + c.name() + "'");
    }
    return new FesOperators(c, gml, defaultCrs).filter();
  }

  /**
   * Reads a whole filter document, e.g. the WFS {@code FILTER} parameter. The usual prefixes ({@code fes},
   * {@code ogc}, {@code gml}, {@code xlink}) may be used without declaring them.
   */
  public Filter parse(String xml, Crs defaultCrs) {
    try (XmlCursor c = XmlCursor.open(NamespaceDefaults.declareMissing(xml), "FILTER")) {
      c.toRoot();
      return read(c, defaultCrs);
    }
  }

  /**
   * The property named by the {@code ValueReference} or {@code PropertyName} at the cursor: a plain
   * attribute name, optionally with one namespace prefix, which is dropped ({@code slt:name} is
   * {@code name}). Paths, attributes, predicates and functions ({@code a/b}, {@code @id}, {@code ../x},
   * {@code name[1]}, {@code concat(a)}) are refused; names are never evaluated, stores check them against
   * the layer's schema.
   */
  public static String propertyName(XmlCursor c) {
    String text = c.text();
    Matcher m = PROPERTY.matcher(text);
    if (text.length() > 256 || !m.matches()) {
      throw c.error("property name '" + XmlCursor.abbreviate(text) + "' is not a plain attribute name");
    }
    return m.group(1);
  }

  /**
   * The sort keys of the {@code SortBy} element at the cursor: {@code SortProperty} elements with a
   * {@code ValueReference} (or {@code PropertyName}) and an optional {@code SortOrder} {@code ASC} (the
   * default) or {@code DESC}.
   */
  public static List<SortKey> sortBy(XmlCursor c) {
    if (!c.name().equals("SortBy")) {
      throw c.error("expected a SortBy, found '" + c.name() + "'");
    }
    List<SortKey> keys = new ArrayList<>();
    while (c.nextChild()) {
      if (!c.name().equals("SortProperty")) {
        throw c.unknown("SortBy");
      }
      if (keys.size() == MAX_SORT_KEYS) {
        throw c.error("SortBy holds at most " + MAX_SORT_KEYS + " SortProperty elements");
      }
      keys.add(sortProperty(c));
    }
    if (keys.isEmpty()) {
      throw c.error("SortBy needs at least one SortProperty");
    }
    return keys;
  }

  private static SortKey sortProperty(XmlCursor c) {
    String property = null;
    boolean ascending = true;
    while (c.nextChild()) {
      switch (c.name()) {
        case "ValueReference", "PropertyName" -> {
          if (property != null) {
            throw c.error("SortProperty names one property");
          }
          property = propertyName(c);
        }
        case "SortOrder" -> {
          String order = c.text();
          if (!order.equalsIgnoreCase("ASC") && !order.equalsIgnoreCase("DESC")) {
            throw c.error("SortOrder '" + XmlCursor.abbreviate(order) + "' is neither ASC nor DESC");
          }
          ascending = order.equalsIgnoreCase("ASC");
        }
        default -> throw c.unknown("SortProperty");
      }
    }
    if (property == null) {
      throw c.error("SortProperty needs a ValueReference");
    }
    return new SortKey(property, ascending);
  }
}
