package org.smartland.server.wms;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.crs.AxisOrder;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.store.Feature;
import org.smartland.server.format.GeoJson;
import org.smartland.server.format.HtmlText;
import org.smartland.server.format.Gml2;
import org.smartland.server.ogc.XmlOutput;

/**
 * Writes GetFeatureInfo results in the format asked for: plain text and HTML tables for people, GeoJSON in
 * lon/lat (RFC 7946) for scripts, and GML 2 in the map CRS (axis order as the CRS name says) for GIS
 * clients. Every value is escaped by the writer that emits it.
 */
final class FeatureInfoWriter {
  private static final JsonFactory JSON = new JsonFactory();
  private static final String NS = "https://smartland-twin.org/features";

  private final CrsTransforms crs;

  FeatureInfoWriter(CrsTransforms crs) {
    this.crs = crs;
  }

  byte[] write(FeatureInfoFormat format, List<LayerHits> hits, Crs mapCrs) {
    return switch (format) {
      case TEXT -> text(hits).getBytes(StandardCharsets.UTF_8);
      case HTML -> html(hits).getBytes(StandardCharsets.UTF_8);
      case JSON, GEOJSON -> json(hits, mapCrs);
      case GML, XML -> gml(hits, mapCrs);
    };
  }

  private static String text(List<LayerHits> hits) {
    StringBuilder sb = new StringBuilder();
    for (LayerHits h : hits) {
      sb.append("Layer '").append(h.layer().name()).append("' (").append(h.layer().definition().title()).append("): ")
          .append(h.features().size()).append(h.features().size() == 1 ? " feature\n" : " features\n");
      for (Feature f : h.features()) {
        sb.append("--------------------------------------------\n");
        sb.append("id = ").append(h.layer().name()).append('.').append(f.id().orElse("")).append('\n');
        f.properties().forEach((k, v) -> sb.append(k).append(" = ").append(v == null ? "" : v).append('\n'));
      }
      sb.append("============================================\n");
    }
    if (hits.stream().allMatch(h -> h.features().isEmpty())) {
      sb.append("no features were found\n");
    }
    return sb.toString();
  }

  private static String html(List<LayerHits> hits) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Feature info</title>"
        + "<style>table{border-collapse:collapse;margin-bottom:1em}th,td{border:1px solid #999;padding:2px 6px;"
        + "font:12px sans-serif}caption{font:bold 13px sans-serif;text-align:left}</style></head><body>\n");
    for (LayerHits h : hits) {
      if (h.features().isEmpty()) {
        continue;
      }
      sb.append("<table><caption>").append(escape(h.layer().definition().title())).append("</caption><tr><th>id</th>");
      for (String k : h.features().get(0).properties().keySet()) {
        sb.append("<th>").append(escape(k)).append("</th>");
      }
      sb.append("</tr>\n");
      for (Feature f : h.features()) {
        sb.append("<tr><td>").append(escape(h.layer().name() + "." + f.id().orElse(""))).append("</td>");
        for (Object v : f.properties().values()) {
          sb.append("<td>").append(escape(v == null ? "" : v.toString())).append("</td>");
        }
        sb.append("</tr>\n");
      }
      sb.append("</table>\n");
    }
    if (hits.stream().allMatch(h -> h.features().isEmpty())) {
      sb.append("<p>No features were found.</p>\n");
    }
    return sb.append("</body></html>\n").toString();
  }

  private byte[] json(List<LayerHits> hits, Crs mapCrs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (LayerHits h : hits) {
        for (Feature f : h.features()) {
          Feature lonLat = f.geometry().map(geom -> new Feature(f.id(),
              java.util.Optional.of(crs.transform(geom, mapCrs.srid(), 4326)), f.properties())).orElse(f);
          GeoJson.feature(g, lonLat, h.layer().name() + "." + f.id().orElse(""), false, Map.of("layer", h.layer().name()));
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private byte[] gml(List<LayerHits> hits, Crs mapCrs) {
    boolean swap = crs.axisOrder(mapCrs) == AxisOrder.NORTH_EAST;
    String srsName = swap ? mapCrs.urn() : mapCrs.code();
    return XmlOutput.document(w -> {
      w.setPrefix("gml", Gml2.NS);
      w.setPrefix("slt", NS);
      w.writeStartElement("wfs", "FeatureCollection", "http://www.opengis.net/wfs");
      w.writeNamespace("wfs", "http://www.opengis.net/wfs");
      w.writeNamespace("gml", Gml2.NS);
      w.writeNamespace("slt", NS);
      for (LayerHits h : hits) {
        for (Feature f : h.features()) {
          w.writeStartElement("gml", "featureMember", Gml2.NS);
          w.writeStartElement("slt", h.layer().name(), NS);
          w.writeAttribute("fid", h.layer().name() + "." + f.id().orElse(""));
          if (f.geometry().isPresent()) {
            Geometry geom = f.geometry().get();
            w.writeStartElement("slt", "geom", NS);
            Gml2.geometry(w, geom, srsName, swap);
            w.writeEndElement();
          }
          for (Map.Entry<String, Object> e : f.properties().entrySet()) {
            if (e.getValue() != null) {
              w.writeStartElement("slt", e.getKey(), NS);
              w.writeCharacters(e.getValue().toString());
              w.writeEndElement();
            }
          }
          w.writeEndElement();
          w.writeEndElement();
        }
      }
      w.writeEndElement();
    });
  }

  private static String escape(String s) {
    return HtmlText.escape(s);
  }
}
