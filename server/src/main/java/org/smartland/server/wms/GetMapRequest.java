package org.smartland.server.wms;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.style.Style;

/**
 * A parsed and validated GetMap (also the map part of GetFeatureInfo).
 *
 * @param layers      the layers to draw, in order, each with its style
 * @param crs         the map CRS as named by the client
 * @param bbox        the map extent with x = easting/longitude, whatever the CRS's axis order
 * @param width       image width in pixels
 * @param height      image height in pixels
 * @param format      the image MIME type
 * @param transparent whether the background is transparent (PNG only)
 * @param background  the background colour when not transparent
 * @param time        the TIME value, if given
 * @param exceptions  how to report errors: XML, INIMAGE or BLANK
 */
public record GetMapRequest(List<StyledLayer> layers, Crs crs, Envelope bbox, int width, int height, String format,
                            boolean transparent, Color background, Optional<String> time, String exceptions) {

  /** One layer of the request with the style to draw it with. */
  public record StyledLayer(WmsLayer layer, Style style) {
  }
}
