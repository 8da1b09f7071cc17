package org.smartland.server.wms;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Envelope;
import org.smartland.layers.catalog.Corridor;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.crs.AxisOrder;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.style.Rule;
import org.smartland.layers.style.Style;
import org.smartland.server.ogc.XmlOutput;

/**
 * Writes the WMS 1.3.0 capabilities document: service metadata with the limits, the operations and
 * formats, and the layer tree — the territory, then one named group per corridor (plus {@code base}),
 * then the layers with their provenance in the abstract, a bounding box per offered CRS in that CRS's axis
 * order, TIME where the layer has time, styles with legend URLs and the scale range of their rules.
 */
final class WmsCapabilities {
  private static final String WMS = "http://www.opengis.net/wms";
  private static final String XLINK = "http://www.w3.org/1999/xlink";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private final WmsCatalog catalog;
  private final CrsTransforms crs;
  private final WmsLimits limits;
  private final LegendSizes legends;

  WmsCapabilities(WmsCatalog catalog, CrsTransforms crs, WmsLimits limits, LegendSizes legends) {
    this.catalog = catalog;
    this.crs = crs;
    this.limits = limits;
    this.legends = legends;
  }

  /** The document, with operation URLs on {@code serviceUrl} (no query string, e.g. {@code http://host/ows}). */
  byte[] write(String serviceUrl, WmsLayers served) {
    LayerCatalog c = catalog.territory().catalog();
    return XmlOutput.document(w -> {
      w.setPrefix("xlink", XLINK);
      w.writeStartElement("WMS_Capabilities");
      w.writeDefaultNamespace(WMS);
      w.writeNamespace("xlink", XLINK);
      w.writeNamespace("xsi", XSI);
      w.writeAttribute("version", "1.3.0");
      w.writeAttribute(XSI, "schemaLocation", WMS + " http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd");
      service(w, c, serviceUrl);
      w.writeStartElement("Capability");
      request(w, serviceUrl);
      w.writeStartElement("Exception");
      for (String f : List.of("XML", "INIMAGE", "BLANK")) {
        XmlOutput.element(w, "Format", f);
      }
      w.writeEndElement();
      rootLayer(w, c, served, serviceUrl);
      w.writeEndElement();
      w.writeEndElement();
    });
  }

  private void service(XMLStreamWriter w, LayerCatalog c, String url) throws XMLStreamException {
    w.writeStartElement("Service");
    XmlOutput.element(w, "Name", "WMS");
    XmlOutput.element(w, "Title", "SmartLand Twin — " + c.title());
    XmlOutput.element(w, "Abstract", "Layers of the territory '" + c.title() + "' served by SmartLand Twin. "
        + c.description() + " Each layer's abstract states its provenance (real, derived or stand-in data).");
    keywords(w, List.of("SmartLand Twin", "digital twin", c.territoryId()));
    onlineResource(w, url);
    XmlOutput.element(w, "Fees", "none");
    XmlOutput.element(w, "AccessConstraints", "none");
    XmlOutput.element(w, "LayerLimit", Integer.toString(limits.layerLimit()));
    XmlOutput.element(w, "MaxWidth", Integer.toString(limits.maxWidth()));
    XmlOutput.element(w, "MaxHeight", Integer.toString(limits.maxHeight()));
    w.writeEndElement();
  }

  private void request(XMLStreamWriter w, String url) throws XMLStreamException {
    w.writeStartElement("Request");
    operation(w, "GetCapabilities", List.of("text/xml"), url);
    operation(w, "GetMap", List.copyOf(new java.util.TreeSet<>(GetMapRequestParser.FORMATS)), url);
    operation(w, "GetFeatureInfo", FeatureInfoFormat.MIME_TYPES, url);
    w.writeEndElement();
  }

  private void operation(XMLStreamWriter w, String name, List<String> formats, String url) throws XMLStreamException {
    w.writeStartElement(name);
    for (String f : formats) {
      XmlOutput.element(w, "Format", f);
    }
    w.writeStartElement("DCPType");
    w.writeStartElement("HTTP");
    w.writeStartElement("Get");
    onlineResource(w, url);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
  }

  private void rootLayer(XMLStreamWriter w, LayerCatalog c, WmsLayers served, String url) throws XMLStreamException {
    w.writeStartElement("Layer");
    XmlOutput.element(w, "Title", c.title());
    XmlOutput.element(w, "Abstract", c.description());
    for (Crs offered : c.offeredCrs()) {
      XmlOutput.element(w, "CRS", offered.code());
    }
    Optional<Envelope> all = union(served.layers());
    if (all.isPresent()) {
      boxes(w, all.get(), c);
    }
    for (var group : served.groups().entrySet()) {
      w.writeStartElement("Layer");
      XmlOutput.element(w, "Name", group.getKey());
      Optional<Corridor> corridor = c.corridor(group.getKey());
      XmlOutput.element(w, "Title", corridor.map(k -> k.nameIt() + " / " + k.nameEn()).orElse("Base layers"));
      XmlOutput.element(w, "Abstract", corridor.map(k -> "Layers of the corridor " + k.nameEn() + " (colour "
          + k.colour() + "). Requesting this name draws all of them.").orElse("Layers outside the corridors."));
      Optional<Envelope> extent = union(group.getValue());
      if (extent.isPresent()) {
        boxes(w, extent.get(), c);
      }
      for (WmsLayer l : group.getValue()) {
        layer(w, l, c, url);
      }
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  private void layer(XMLStreamWriter w, WmsLayer l, LayerCatalog c, String url) throws XMLStreamException {
    LayerDefinition d = l.definition();
    w.writeStartElement("Layer");
    w.writeAttribute("queryable", l.queryable() ? "1" : "0");
    w.writeAttribute("opaque", "0");
    XmlOutput.element(w, "Name", d.id());
    XmlOutput.element(w, "Title", d.title());
    XmlOutput.element(w, "Abstract", d.abstractWithProvenance());
    keywords(w, d.publishedKeywords());
    Optional<Envelope> extent = l.summary().wgs84Extent();
    if (extent.isPresent()) {
      boxes(w, extent.get(), c);
    }
    if (d.timeAttribute().isPresent() && !l.summary().timeValues().isEmpty()) {
      List<String> values = l.summary().timeValues();
      w.writeStartElement("Dimension");
      w.writeAttribute("name", "time");
      w.writeAttribute("units", "ISO8601");
      w.writeAttribute("default", values.size() == 1 ? values.get(0) : values.get(0) + "/" + values.get(values.size() - 1));
      w.writeAttribute("nearestValue", "0");
      w.writeCharacters(String.join(",", values));
      w.writeEndElement();
    }
    for (Style s : l.styles()) {
      style(w, l, s, url);
    }
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (Style s : l.styles()) {
      for (Rule r : s.rules()) {
        min = Math.min(min, r.minScaleDenominator());
        max = Math.max(max, r.maxScaleDenominator());
      }
    }
    if (min > 0 && Double.isFinite(min)) {
      XmlOutput.element(w, "MinScaleDenominator", number(min));
    }
    if (Double.isFinite(max) && max > 0) {
      XmlOutput.element(w, "MaxScaleDenominator", number(max));
    }
    w.writeEndElement();
  }

  private void style(XMLStreamWriter w, WmsLayer l, Style s, String url) throws XMLStreamException {
    w.writeStartElement("Style");
    XmlOutput.element(w, "Name", s.name());
    XmlOutput.element(w, "Title", s.title());
    if (!s.description().isEmpty()) {
      XmlOutput.element(w, "Abstract", s.description());
    }
    int[] size = legends.size(l, s);
    w.writeStartElement("LegendURL");
    w.writeAttribute("width", Integer.toString(size[0]));
    w.writeAttribute("height", Integer.toString(size[1]));
    XmlOutput.element(w, "Format", "image/png");
    onlineResource(w, url + "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image%2Fpng&LAYER="
        + l.name() + "&STYLE=" + s.name());
    w.writeEndElement();
    w.writeEndElement();
  }

  /** EX_GeographicBoundingBox and one BoundingBox per offered CRS, from a lon/lat envelope. */
  private void boxes(XMLStreamWriter w, Envelope lonLat, LayerCatalog c) throws XMLStreamException {
    w.writeStartElement("EX_GeographicBoundingBox");
    XmlOutput.element(w, "westBoundLongitude", number(lonLat.getMinX()));
    XmlOutput.element(w, "eastBoundLongitude", number(lonLat.getMaxX()));
    XmlOutput.element(w, "southBoundLatitude", number(lonLat.getMinY()));
    XmlOutput.element(w, "northBoundLatitude", number(lonLat.getMaxY()));
    w.writeEndElement();
    for (Crs offered : c.offeredCrs()) {
      Envelope e = offered.srid() == 4326 ? lonLat : crs.transform(lonLat, 4326, offered.srid());
      boolean northFirst = crs.axisOrder(offered.withEpsgAxisOrder()) == AxisOrder.NORTH_EAST;
      w.writeEmptyElement("BoundingBox");
      w.writeAttribute("CRS", offered.code());
      w.writeAttribute("minx", number(northFirst ? e.getMinY() : e.getMinX()));
      w.writeAttribute("miny", number(northFirst ? e.getMinX() : e.getMinY()));
      w.writeAttribute("maxx", number(northFirst ? e.getMaxY() : e.getMaxX()));
      w.writeAttribute("maxy", number(northFirst ? e.getMaxX() : e.getMaxY()));
    }
  }

  private Optional<Envelope> union(Iterable<WmsLayer> layers) {
    Envelope all = new Envelope();
    for (WmsLayer l : layers) {
      l.summary().wgs84Extent().ifPresent(all::expandToInclude);
    }
    return all.isNull() ? Optional.empty() : Optional.of(all);
  }

  private static void keywords(XMLStreamWriter w, List<String> keywords) throws XMLStreamException {
    w.writeStartElement("KeywordList");
    for (String k : keywords) {
      XmlOutput.element(w, "Keyword", k);
    }
    w.writeEndElement();
  }

  private static void onlineResource(XMLStreamWriter w, String href) throws XMLStreamException {
    w.writeEmptyElement("OnlineResource");
    w.writeAttribute(XLINK, "type", "simple");
    w.writeAttribute(XLINK, "href", href);
  }

  private static String number(double d) {
    return String.format(Locale.ROOT, "%.8f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
