package org.smartland.server.wms;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.smartland.layers.render.MapLayer;
import org.smartland.layers.render.MapRenderer;
import org.smartland.layers.render.MapView;
import org.smartland.server.ogc.KvpParams;
import org.smartland.server.ogc.OgcException;

/**
 * GetMap: the requested layers drawn in order with their styles, encoded as PNG or JPEG. Renders run at most
 * one per core at a time, first come first served: more would only share the cores (and the database) and
 * make every map late; a request that waits longer than {@link #MAX_WAIT_SECONDS} gets a 503.
 */
final class GetMap {
  static final int MAX_WAIT_SECONDS = 30;

  private final GetMapRequestParser parser;
  private final MapRenderer renderer;
  private final Semaphore renders = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);

  GetMap(GetMapRequestParser parser, MapRenderer renderer) {
    this.parser = parser;
    this.renderer = renderer;
  }

  WmsAnswer handle(KvpParams p, WmsLayers served) {
    GetMapRequest r = parser.parse(p, served);
    try {
      if (!renders.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new OgcException(503, OgcException.NO_APPLICABLE_CODE, null,
            "the server is busy drawing other maps; try again shortly");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OgcException(503, OgcException.NO_APPLICABLE_CODE, null, "the request was interrupted");
    }
    try {
      return draw(r);
    } finally {
      renders.release();
    }
  }

  private WmsAnswer draw(GetMapRequest r) {
    List<MapLayer> layers = r.layers().stream()
        .map(l -> new MapLayer(l.layer().store(), l.style(), TimeDimension.filter(l.layer(), r.time())))
        .toList();
    MapView view = new MapView(r.bbox(), r.crs().srid(), r.width(), r.height(),
        r.transparent() ? Optional.empty() : Optional.of(r.background()));
    BufferedImage image = renderer.render(view, layers);
    return new WmsAnswer(ImageEncoder.encode(image, r.format(), r.background()), r.format());
  }
}
