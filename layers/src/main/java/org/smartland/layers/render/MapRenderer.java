package org.smartland.layers.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.GeometryFactory;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.style.FilterEvaluator;
import org.smartland.layers.style.ScaleDenominator;

/**
 * Draws feature layers into an image with Java2D: the renderer behind WMS GetMap.
 *
 * <p>Method: the scale denominator of the view selects each style's active rules; a layer without active
 * rules is not queried. Layers are drawn in order, each with one streamed query (see {@link LayerPainter}),
 * anti-aliased, geometries simplified to half a pixel. Labels of all layers are collected on the way and
 * placed at the end, above every geometry, with no two overlapping and all inside the image (see
 * {@link LabelPlacer}).
 *
 * <p>The image is {@link BufferedImage#TYPE_INT_ARGB} (transparent where nothing was drawn) when the view
 * has no background or a translucent one, {@link BufferedImage#TYPE_INT_RGB} when its background is opaque
 * (ready for JPEG). Store errors propagate. Thread-safe: one renderer serves concurrent requests.
 */
public final class MapRenderer {
  private final CrsTransforms crs;
  private final FilterEvaluator filters;

  public MapRenderer(CrsTransforms crs) {
    this.crs = crs;
    this.filters = new FilterEvaluator(crs);
  }

  /** The map image. */
  public BufferedImage render(MapView view, List<MapLayer> layers) {
    return renderWithLabels(view, layers).image();
  }

  /** The map image and the labels placed on it. */
  public RenderResult renderWithLabels(MapView view, List<MapLayer> layers) {
    boolean opaque = view.background().map(c -> c.getAlpha() == 255).orElse(false);
    BufferedImage image = new BufferedImage(view.width(), view.height(),
        opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      view.background().ifPresent(bg -> {
        g.setColor(bg);
        g.fillRect(0, 0, view.width(), view.height());
      });
      configure(g);
      ScreenTransform t = new ScreenTransform(view.bbox(), view.width(), view.height());
      double scale = ScaleDenominator.of(view.bbox(), view.srid(), view.width(), crs);
      boolean geographic = crs.isGeographic(view.srid());
      List<LabelCandidate> candidates = new ArrayList<>();
      LayerPainter painter = new LayerPainter(view, t, geographic, candidates);
      for (int i = 0; i < layers.size(); i++) {
        RenderPlan plan = RenderPlan.of(layers.get(i).style(), scale, filters);
        if (!plan.isEmpty()) {
          painter.paint(g, layers.get(i), plan, i);
        }
      }
      List<LabelPlacer.Layout> placed = new LabelPlacer(view.width(), view.height()).place(candidates);
      LabelDrawer.draw(g, placed);
      GeometryFactory pixels = new GeometryFactory();
      List<PlacedLabel> labels = new ArrayList<>(placed.size());
      for (LabelPlacer.Layout l : placed) {
        labels.add(new PlacedLabel(l.candidate().text(), l.box().toPolygon(pixels)));
      }
      return new RenderResult(image, labels);
    } finally {
      g.dispose();
    }
  }

  /** Anti-aliased shapes and text, exact stroke geometry, fractional text metrics. */
  static void configure(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setColor(Color.BLACK);
  }
}
