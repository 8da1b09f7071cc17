package org.smartland.server.wms;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.smartland.layers.render.MapLayer;
import org.smartland.layers.render.MapRenderer;
import org.smartland.layers.render.MapView;
import org.smartland.server.ogc.KvpParams;

/** GetMap: the requested layers drawn in order with their styles, encoded as PNG or JPEG. */
final class GetMap {
  private final GetMapRequestParser parser;
  private final MapRenderer renderer;

  GetMap(GetMapRequestParser parser, MapRenderer renderer) {
    this.parser = parser;
    this.renderer = renderer;
  }

  WmsAnswer handle(KvpParams p) {
    GetMapRequest r = parser.parse(p);
    List<MapLayer> layers = r.layers().stream()
        .map(l -> new MapLayer(l.layer().store(), l.style(), TimeDimension.filter(l.layer(), r.time())))
        .toList();
    MapView view = new MapView(r.bbox(), r.crs().srid(), r.width(), r.height(),
        r.transparent() ? Optional.empty() : Optional.of(r.background()));
    BufferedImage image = renderer.render(view, layers);
    return new WmsAnswer(ImageEncoder.encode(image, r.format(), r.background()), r.format());
  }
}
