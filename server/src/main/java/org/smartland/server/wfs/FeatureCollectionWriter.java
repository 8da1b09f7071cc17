package org.smartland.server.wfs;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.gml.GmlVersion;
import org.smartland.layers.store.Feature;
import org.smartland.server.format.GeoJson;

/**
 * Streams a GetFeature (or GetPropertyValue) answer: features go from the store cursor to the client one by
 * one, so a page of any size is never held in memory. The counts and links are settled beforehand
 * ({@link ResultPlan}).
 */
final class FeatureCollectionWriter {
  static final String WFS20 = "http://www.opengis.net/wfs/2.0";
  static final String WFS11 = "http://www.opengis.net/wfs";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
  private static final JsonFactory JSON = new JsonFactory();

  private final WfsCatalog catalog;
  private final CrsTransforms crs;
  private final SrsNames srsNames;

  FeatureCollectionWriter(WfsCatalog catalog, CrsTransforms crs, SrsNames srsNames) {
    this.catalog = catalog;
    this.crs = crs;
    this.srsNames = srsNames;
  }

  /** The CRS a query answers in: its SRSNAME, else the type's default CRS (by URN). */
  Crs outputCrs(TypeQuery q) {
    return q.srsName().orElse(catalog.defaultCrs());
  }

  void gml(OutputStream out, GetFeatureRequest r, ResultPlan plan, PageLinks links, String schemaLocation)
      throws IOException {
    boolean v11 = r.isWfs11();
    GmlVersion gml = v11 ? GmlVersion.GML_3_1_1 : GmlVersion.GML_3_2;
    String wfs = v11 ? WFS11 : WFS20;
    try {
      XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.setPrefix("wfs", wfs);
      w.setPrefix("gml", gml.namespace());
      w.setPrefix(WfsCatalog.PREFIX, catalog.namespace());
      w.writeStartElement("wfs", r.valueReference() != null ? "ValueCollection" : "FeatureCollection", wfs);
      w.writeNamespace("wfs", wfs);
      w.writeNamespace("gml", gml.namespace());
      w.writeNamespace(WfsCatalog.PREFIX, catalog.namespace());
      w.writeNamespace("xsi", XSI);
      String timeStamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
      if (v11) {
        w.writeAttribute("numberOfFeatures", Long.toString(r.hits() ? plan.matched() : plan.returned()));
        w.writeAttribute("timeStamp", timeStamp);
      } else {
        w.writeAttribute("timeStamp", timeStamp);
        w.writeAttribute("numberMatched", Long.toString(plan.matched()));
        w.writeAttribute("numberReturned", Long.toString(plan.returned()));
        if (links.next().isPresent()) {
          w.writeAttribute("next", links.next().get());
        }
        if (links.previous().isPresent()) {
          w.writeAttribute("previous", links.previous().get());
        }
      }
      w.writeAttribute("xsi", XSI, "schemaLocation", schemaLocation);
      for (ResultPlan.Slice s : plan.slices()) {
        Crs c = outputCrs(s.query());
        GmlFeatureWriter fw = new GmlFeatureWriter(catalog, gml, srsNames.gmlName(c), srsNames.northEast(c),
            decimals(c));
        String valueName = r.valueReference() == null ? null
            : PropertyNames.check(s.query().type(), r.valueReference(), true, "VALUEREFERENCE");
        try (Stream<Feature> features = s.features()) {
          var it = features.iterator();
          while (it.hasNext()) {
            Feature f = it.next();
            if (valueName != null) {
              value(w, fw, s.query().type(), f, valueName);
            } else {
              if (v11) {
                w.writeStartElement("gml", "featureMember", gml.namespace());
              } else {
                w.writeStartElement("wfs", "member", wfs);
              }
              fw.feature(w, s.query().type(), f);
              w.writeEndElement();
            }
          }
        }
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the feature collection: " + e.getMessage(), e);
    }
  }

  /** The GetFeatureById answer: the feature element alone. */
  void bareGml(OutputStream out, TypeQuery q, Feature f) throws IOException {
    Crs c = outputCrs(q);
    try {
      XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.setPrefix("gml", GmlVersion.GML_3_2.namespace());
      w.setPrefix(WfsCatalog.PREFIX, catalog.namespace());
      GmlFeatureWriter fw = new GmlFeatureWriter(catalog, GmlVersion.GML_3_2, srsNames.gmlName(c),
          srsNames.northEast(c), decimals(c));
      FeatureType t = q.type();
      // namespaces on the root: write the element by hand so the declarations come first
      w.writeStartElement(WfsCatalog.PREFIX, t.name(), catalog.namespace());
      w.writeNamespace(WfsCatalog.PREFIX, catalog.namespace());
      w.writeNamespace("gml", GmlVersion.GML_3_2.namespace());
      w.writeAttribute("gml", GmlVersion.GML_3_2.namespace(), "id", ResourceIds.of(t, f.id().orElse("0")));
      fw.properties(w, t, f);
      w.writeEndElement();
      w.writeEndDocument();
      w.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the feature: " + e.getMessage(), e);
    }
  }

  /** One GetPropertyValue member: the value of attribute {@code name} (already checked), or the geometry. */
  private void value(XMLStreamWriter w, GmlFeatureWriter fw, FeatureType t, Feature f, String name)
      throws XMLStreamException {
    w.writeStartElement("wfs", "member", WFS20);
    if (name.equals(PropertyNames.GEOMETRY)) {
      if (f.geometry().isPresent()) {
        fw.geometry(w, f.geometry().get(), ResourceIds.of(t, f.id().orElse("0")) + ".geom");
      }
    } else {
      w.writeCharacters(GmlFeatureWriter.text(f.properties().get(name)));
    }
    w.writeEndElement();
  }

  void geoJson(OutputStream out, GetFeatureRequest r, ResultPlan plan, PageLinks links) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeNumberField("numberMatched", plan.matched());
      g.writeNumberField("numberReturned", plan.returned());
      g.writeStringField("timeStamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
      Crs c = r.queries().isEmpty() ? catalog.defaultCrs() : outputCrs(r.queries().get(0));
      if (c.srid() != 4326) {
        g.writeObjectFieldStart("crs");
        g.writeStringField("type", "name");
        g.writeObjectFieldStart("properties");
        g.writeStringField("name", c.urn());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeArrayFieldStart("links");
      link(g, links.next(), "next");
      link(g, links.previous(), "previous");
      g.writeEndArray();
      g.writeArrayFieldStart("features");
      for (ResultPlan.Slice s : plan.slices()) {
        FeatureType t = s.query().type();
        int decimals = decimals(outputCrs(s.query()));
        try (Stream<Feature> features = s.features()) {
          var it = features.iterator();
          while (it.hasNext()) {
            Feature f = it.next();
            GeoJson.feature(g, f, ResourceIds.of(t, f.id().orElse("0")), false, Map.of(), decimals);
          }
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  void bareGeoJson(OutputStream out, FeatureType t, Feature f) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      GeoJson.feature(g, f, ResourceIds.of(t, f.id().orElse("0")), false, Map.of());
    }
  }

  private static void link(JsonGenerator g, Optional<String> href, String rel) throws IOException {
    if (href.isPresent()) {
      g.writeStartObject();
      g.writeStringField("href", href.get());
      g.writeStringField("rel", rel);
      g.writeStringField("type", "application/geo+json");
      g.writeEndObject();
    }
  }

  /** Millimetres in metric CRSs, about a millimetre in degrees. */
  int decimals(Crs c) {
    return crs.isGeographic(c.srid()) ? 8 : 3;
  }
}
