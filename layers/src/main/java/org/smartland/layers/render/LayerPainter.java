package org.smartland.layers.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.smartland.layers.query.BoundingBox;
import org.smartland.layers.query.FeatureQuery;
import org.smartland.layers.store.Feature;

/**
 * Draws one layer's geometries and collects its label candidates.
 *
 * <p>Method: one query to the store with the view bbox (widened by how far the style's symbols reach, so
 * marks and wide lines crossing the edge of a tile are drawn), the layer's extra filter, only the
 * properties the active rules read and geometries in the view CRS; the stream is closed when done. Each
 * feature is tested against the rules of each pass; the first matching rule loads its pixel geometry once
 * (simplified to half a pixel) and every matching rule draws its symbolizers in order; else-rules draw the
 * features no other rule of the pass matched. The first pass draws straight into the image; later passes
 * draw into their own transparent layer, composited on top at the end, which is the same as drawing every
 * feature of one pass before the next.
 */
final class LayerPainter {
  /** Vertices closer than this many pixels to the previous kept vertex are dropped. */
  static final double SIMPLIFY_PX = 0.5;

  private LayerPainter() {
  }

  static void paint(Graphics2D g, MapView view, ScreenTransform t, MapLayer layer, RenderPlan plan, int layerIndex,
                    LabelCandidates labelFactory, List<LabelCandidate> labels, boolean geographic) {
    Graphics2D[] passGraphics = new Graphics2D[plan.passes.length];
    BufferedImage[] passImages = new BufferedImage[plan.passes.length];
    passGraphics[0] = g;
    try {
      for (int i = 1; i < passGraphics.length; i++) {
        passImages[i] = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        passGraphics[i] = passImages[i].createGraphics();
        MapRenderer.configure(passGraphics[i]);
      }
      ScreenGeometry screen = new ScreenGeometry(t, SIMPLIFY_PX);
      try (Stream<Feature> features = layer.store().query(query(view, t, layer, plan, geographic))) {
        Iterator<Feature> it = features.iterator();
        while (it.hasNext()) {
          Feature f = it.next();
          Geometry geometry = f.geometry().orElse(null);
          if (geometry == null || geometry.isEmpty()) {
            continue;
          }
          boolean loaded = false;
          for (int p = 0; p < plan.passes.length; p++) {
            PaintRule[] rules = plan.passes[p];
            boolean matched = false;
            for (PaintRule r : rules) {
              if (!r.elseRule && r.filter.test(f)) {
                matched = true;
                if (!loaded) {
                  screen.load(geometry);
                  loaded = true;
                }
                draw(passGraphics[p], screen, r, f, layerIndex, labelFactory, labels);
              }
            }
            if (!matched) {
              for (PaintRule r : rules) {
                if (r.elseRule) {
                  if (!loaded) {
                    screen.load(geometry);
                    loaded = true;
                  }
                  draw(passGraphics[p], screen, r, f, layerIndex, labelFactory, labels);
                }
              }
            }
          }
        }
      }
      for (int i = 1; i < passImages.length; i++) {
        g.drawImage(passImages[i], 0, 0, null);
      }
    } finally {
      for (int i = 1; i < passGraphics.length; i++) {
        if (passGraphics[i] != null) {
          passGraphics[i].dispose();
        }
      }
    }
  }

  private static void draw(Graphics2D g, ScreenGeometry screen, PaintRule rule, Feature f, int layerIndex,
                           LabelCandidates labelFactory, List<LabelCandidate> labels) {
    for (SymbolizerPainter p : rule.painters) {
      p.paint(g, screen);
    }
    for (LabelStyle style : rule.labels) {
      style.text(f).flatMap(text -> labelFactory.of(layerIndex, text, style, screen, rule.markRadius))
          .ifPresent(labels::add);
    }
  }

  private static FeatureQuery query(MapView view, ScreenTransform t, MapLayer layer, RenderPlan plan,
                                    boolean geographic) {
    Envelope box = view.bbox();
    double margin = Math.ceil(plan.reach) + 1;
    box.expandBy(margin * t.unitsPerPixelX(), margin * t.unitsPerPixelY());
    if (geographic) {
      box = box.intersection(new Envelope(-180, 180, -90, 90));
    }
    return FeatureQuery.all()
        .withBbox(new BoundingBox(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), view.srid()))
        .withFilter(layer.extraFilter())
        .withProperties(plan.properties)
        .withOutputSrid(view.srid());
  }
}
