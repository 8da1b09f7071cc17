package org.smartland.layers.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
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
 * properties the active rules read (those the layer lacks are left out: rules reading them never match) and
 * geometries in the view CRS; the stream is closed when done. Each
 * feature is tested against the rules of each pass; the first matching rule loads its pixel geometry once
 * (simplified to half a pixel) and every matching rule draws its symbolizers in order; else-rules draw the
 * features no other rule of the pass matched. The first pass draws straight into the image; later passes
 * draw into their own transparent layer (made on first use), composited on top at the end, which is the
 * same as drawing every feature of one pass before the next. A geographic view wholly outside ±180°, ±90° draws nothing.
 */
final class LayerPainter {
  /** Vertices closer than this many pixels to the previous kept vertex are dropped. */
  static final double SIMPLIFY_PX = 0.5;

  private final MapView view;
  private final ScreenTransform transform;
  private final boolean geographic;
  private final LabelCandidates labelFactory;
  private final List<LabelCandidate> labels;
  private final ScreenGeometry screen;
  private int layerIndex;
  /** The largest point mark of the layer's rules at this scale: labels keep clear of it whichever rule drew it. */
  private double layerMarkRadius;
  private Graphics2D[] passGraphics;
  private BufferedImage[] passImages;

  /** A painter for the layers of one render, adding label candidates to {@code labels}. */
  LayerPainter(MapView view, ScreenTransform transform, boolean geographic, List<LabelCandidate> labels) {
    this.view = view;
    this.transform = transform;
    this.geographic = geographic;
    this.labelFactory = new LabelCandidates(view.width(), view.height());
    this.labels = labels;
    this.screen = new ScreenGeometry(transform, SIMPLIFY_PX);
  }

  /** Draws the layer numbered {@code index} (labels are placed layer by layer in this order). */
  void paint(Graphics2D g, MapLayer layer, RenderPlan plan, int index) {
    Optional<FeatureQuery> query = query(layer, plan);
    if (query.isEmpty()) {
      return;
    }
    layerIndex = index;
    layerMarkRadius = 0;
    for (PaintRule[] pass : plan.passes) {
      for (PaintRule r : pass) {
        layerMarkRadius = Math.max(layerMarkRadius, r.markRadius);
      }
    }
    passGraphics = new Graphics2D[plan.passes.length];
    passImages = new BufferedImage[plan.passes.length];
    passGraphics[0] = g;
    try {
      try (Stream<Feature> features = layer.store().query(query.get())) {
        Iterator<Feature> it = features.iterator();
        while (it.hasNext()) {
          Feature f = it.next();
          Geometry geometry = f.geometry().orElse(null);
          boolean loaded = false;
          for (int p = 0; geometry != null && p < plan.passes.length; p++) {
            loaded = drawPass(p, plan.passes[p], f, geometry, loaded);
          }
        }
      }
      for (BufferedImage image : passImages) {
        if (image != null) {
          g.drawImage(image, 0, 0, null);
        }
      }
    } finally {
      for (int i = 1; i < passGraphics.length; i++) {
        if (passGraphics[i] != null) {
          passGraphics[i].dispose();
        }
      }
    }
  }

  /**
   * Where a pass draws: the image itself for the first pass, else its own transparent layer, made when the
   * pass first draws something (a pass of labels only never does).
   */
  private Graphics2D graphics(int pass) {
    if (passGraphics[pass] == null) {
      passImages[pass] = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB_PRE);
      passGraphics[pass] = passImages[pass].createGraphics();
      MapRenderer.configure(passGraphics[pass]);
    }
    return passGraphics[pass];
  }

  /**
   * Draws a feature with the rules of one pass: every matching rule, else the else-rules. Loads the pixel
   * geometry on first need; returns whether it is loaded.
   */
  private boolean drawPass(int pass, PaintRule[] rules, Feature f, Geometry geometry, boolean loaded) {
    boolean matched = false;
    for (PaintRule r : rules) {
      if (!r.elseRule && r.filter.test(f)) {
        matched = true;
        loaded = load(geometry, loaded);
        draw(pass, r, f);
      }
    }
    if (!matched) {
      for (PaintRule r : rules) {
        if (r.elseRule) {
          loaded = load(geometry, loaded);
          draw(pass, r, f);
        }
      }
    }
    return loaded;
  }

  private boolean load(Geometry geometry, boolean loaded) {
    if (!loaded) {
      screen.load(geometry);
    }
    return true;
  }

  private void draw(int pass, PaintRule rule, Feature f) {
    for (SymbolizerPainter p : rule.painters) {
      p.paint(graphics(pass), screen);
    }
    for (LabelStyle style : rule.labels) {
      style.text(f).flatMap(text -> labelFactory.of(layerIndex, text, style, screen,
          Math.max(rule.markRadius, layerMarkRadius)))
          .ifPresent(labels::add);
    }
  }

  /** The layer's query; empty when the view lies wholly outside the valid longitudes and latitudes. */
  private Optional<FeatureQuery> query(MapLayer layer, RenderPlan plan) {
    Envelope box = view.bbox();
    double margin = Math.ceil(plan.reach) + 1;
    box.expandBy(margin * transform.unitsPerPixelX(), margin * transform.unitsPerPixelY());
    if (geographic) {
      box = box.intersection(new Envelope(-180, 180, -90, 90));
      if (box.isNull()) {
        return Optional.empty();
      }
    }
    return Optional.of(FeatureQuery.all()
        .withBbox(new BoundingBox(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), view.srid()))
        .forDrawing(transform.unitsPerPixelX() / 10)
        .withFilter(layer.extraFilter())
        .withProperties(plan.properties.stream().filter(p -> layer.store().schema().attribute(p).isPresent()).toList())
        .withOutputSrid(view.srid()));
  }
}
