package org.smartland.server.wfs;

import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.gml.GmlGeometryReader;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.InvalidQueryException;
import org.smartland.layers.query.fes.FesFilterReader;
import org.smartland.layers.xml.XmlCursor;
import org.smartland.layers.xml.XmlInputException;
import org.smartland.server.ogc.OgcException;

/** Reads FES filters of WFS requests into the shared filter AST, as OGC exceptions naming the parameter. */
final class WfsFilters {
  /** Most vertices a geometry literal in a filter may have. */
  static final int MAX_LITERAL_VERTICES = 100_000;

  private final FesFilterReader reader;

  WfsFilters(CrsTransforms crs) {
    this.reader = new FesFilterReader(new GmlGeometryReader(crs, MAX_LITERAL_VERTICES));
  }

  /** A KVP {@code FILTER} value: one whole Filter document. */
  Filter parse(String xml, Crs defaultCrs, String locator) {
    try {
      return reader.parse(xml, defaultCrs);
    } catch (XmlInputException | InvalidQueryException e) {
      throw OgcException.invalid(locator, "invalid filter: " + e.getMessage());
    }
  }

  /** The Filter element at the cursor of a POSTed request. */
  Filter read(XmlCursor c, Crs defaultCrs) {
    try {
      return reader.read(c, defaultCrs);
    } catch (InvalidQueryException e) {
      throw OgcException.invalid("Filter", "invalid filter: " + e.getMessage());
    }
  }
}
