package org.smartland.layers.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.style.LineSymbolizer;
import org.smartland.layers.style.PointSymbolizer;
import org.smartland.layers.style.PolygonSymbolizer;
import org.smartland.layers.style.Rule;
import org.smartland.layers.style.Style;
import org.smartland.layers.style.Symbolizer;
import org.smartland.layers.style.TextSymbolizer;

/**
 * Legends for GetLegendGraphic: one swatch per rule, drawn with the rule's own symbolizers (the same painters
 * as the map) on a sample matching the layer's geometry type, labelled with the rule's title (else name).
 *
 * <p>Samples: a polygon is the swatch inset by a pixel (more for wide outlines), a line runs across the
 * middle of the swatch, a point sits at its centre (marks larger than the swatch are shrunk to fit). For a
 * layer of unknown type ({@link GeometryType#GEOMETRY}) the first symbolizer's kind decides. Rules with
 * labels only (no swatch to draw) are left out; with a scale in the options, so are rules that do not apply
 * at that scale. Rows are stacked top to bottom with 2-pixel gaps; a style with no drawable rule gives a
 * legend without entries, 1 pixel wide.
 */
public final class LegendRenderer {
  private static final int PAD = 2;
  private static final int TEXT_GAP = 5;
  private static final GeometryFactory PIXELS = new GeometryFactory();

  private LegendRenderer() {
  }

  /** The legend of the style: one row per drawable rule, rules sharing a title sharing a row. */
  public static Legend legend(Style style, GeometryType geometryType, LegendOptions options) {
    List<List<Rule>> rows = rows(style, options);
    Font font = Fonts.of(options.font());
    int sw = options.swatchWidth();
    int sh = options.swatchHeight();
    List<TextLayout> texts = new ArrayList<>();
    double textWidth = 0;
    double rowHeight = sh;
    for (List<Rule> row : rows) {
      String label = row.get(0).label();
      TextLayout t = label.isBlank() ? null : new TextLayout(label, font, LabelCandidates.FRC);
      texts.add(t);
      if (t != null) {
        textWidth = Math.max(textWidth, t.getAdvance());
        rowHeight = Math.max(rowHeight, t.getAscent() + t.getDescent());
      }
    }
    int rowHeightPx = (int) Math.ceil(rowHeight);
    int width = rows.isEmpty() ? 1 : PAD + sw + (textWidth > 0 ? TEXT_GAP + (int) Math.ceil(textWidth) : 0) + PAD;
    int height = rows.isEmpty() ? 1 : PAD + rows.size() * rowHeightPx + (rows.size() - 1) * PAD + PAD;
    BufferedImage image = newImage(width, height, options);
    Graphics2D g = image.createGraphics();
    List<LegendEntry> entries = new ArrayList<>();
    try {
      MapRenderer.configure(g);
      for (int i = 0; i < rows.size(); i++) {
        int top = PAD + i * (rowHeightPx + PAD);
        int swatchY = top + (rowHeightPx - sh) / 2;
        g.translate(PAD, swatchY);
        for (Rule r : rows.get(i)) {
          swatch(g, r, geometryType, sw, sh);
        }
        g.translate(-PAD, -swatchY);
        TextLayout t = texts.get(i);
        if (t != null) {
          g.setColor(options.fontColour());
          float baseline = (float) (top + (rowHeightPx + t.getAscent() - t.getDescent()) / 2);
          t.draw(g, PAD + sw + TEXT_GAP, baseline);
        }
        entries.add(new LegendEntry(rows.get(i).get(0).label(), PAD, swatchY, sw, sh));
      }
    } finally {
      g.dispose();
    }
    return new Legend(image, entries);
  }

  /** The drawable rules at the options' scale, those sharing a title grouped, in order of first appearance. */
  private static List<List<Rule>> rows(Style style, LegendOptions options) {
    List<List<Rule>> rows = new ArrayList<>();
    Map<String, List<Rule>> byLabel = new HashMap<>();
    for (Rule r : style.rules()) {
      boolean drawable = r.symbolizers().stream().anyMatch(s -> !(s instanceof TextSymbolizer));
      boolean atScale = options.scaleDenominator().isEmpty() || r.appliesAt(options.scaleDenominator().getAsDouble());
      if (!drawable || !atScale) {
        continue;
      }
      List<Rule> row = r.label().isBlank() ? null : byLabel.get(r.label());
      if (row == null) {
        row = new ArrayList<>();
        rows.add(row);
        if (!r.label().isBlank()) {
          byLabel.put(r.label(), row);
        }
      }
      row.add(r);
    }
    return rows;
  }

  /** The swatch of one rule alone, exactly swatch-sized ({@code GetLegendGraphic&RULE=}); empty for an unknown rule. */
  public static Optional<BufferedImage> ruleSwatch(Style style, String ruleName, GeometryType geometryType,
                                                   LegendOptions options) {
    return style.rule(ruleName).map(rule -> {
      BufferedImage image = newImage(options.swatchWidth(), options.swatchHeight(), options);
      Graphics2D g = image.createGraphics();
      try {
        MapRenderer.configure(g);
        swatch(g, rule, geometryType, options.swatchWidth(), options.swatchHeight());
      } finally {
        g.dispose();
      }
      return image;
    });
  }

  private static void swatch(Graphics2D g, Rule rule, GeometryType type, int w, int h) {
    ScreenGeometry screen = new ScreenGeometry(new ScreenTransform(new Envelope(0, w, 0, h), w, h), 0);
    for (Symbolizer s : rule.symbolizers()) {
      if (s instanceof TextSymbolizer) {
        continue;
      }
      Symbolizer fitted = fit(s, w, h);
      screen.load(sample(sampleKind(type, rule), w, h, inset(rule)));
      for (SymbolizerPainter p : SymbolizerPainter.of(fitted)) {
        p.paint(g, screen);
      }
    }
  }

  private enum Kind { POINT, LINE, POLYGON }

  private static Kind sampleKind(GeometryType type, Rule rule) {
    return switch (type) {
      case POINT, MULTIPOINT -> Kind.POINT;
      case LINESTRING, MULTILINESTRING -> Kind.LINE;
      case POLYGON, MULTIPOLYGON -> Kind.POLYGON;
      case GEOMETRY -> rule.symbolizers().stream().filter(s -> !(s instanceof TextSymbolizer)).findFirst()
          .map(s -> s instanceof PolygonSymbolizer ? Kind.POLYGON : s instanceof LineSymbolizer ? Kind.LINE : Kind.POINT)
          .orElse(Kind.POLYGON);
    };
  }

  /** Sample geometries in "map" units equal to pixels, y upwards (the transform flips them). */
  private static Geometry sample(Kind kind, int w, int h, double inset) {
    return switch (kind) {
      case POINT -> PIXELS.createPoint(new Coordinate(w / 2.0, h / 2.0));
      case LINE -> PIXELS.createLineString(new Coordinate[] {new Coordinate(1, h / 2.0), new Coordinate(w - 1, h / 2.0)});
      case POLYGON -> PIXELS.toGeometry(new Envelope(inset, w - inset, inset, h - inset));
    };
  }

  private static double inset(Rule rule) {
    double widest = 0;
    for (Symbolizer s : rule.symbolizers()) {
      if (s instanceof PolygonSymbolizer p && p.stroke().isPresent()) {
        widest = Math.max(widest, p.stroke().get().width());
      }
    }
    return Math.max(1, Math.ceil(widest / 2));
  }

  /** Marks shrunk to fit the swatch. */
  private static Symbolizer fit(Symbolizer s, int w, int h) {
    if (s instanceof PointSymbolizer p && p.size() > Math.min(w, h) - 2) {
      return new PointSymbolizer(p.mark(), Math.max(1, Math.min(w, h) - 2), p.fill(), p.stroke(), p.rotation());
    }
    return s;
  }

  private static BufferedImage newImage(int width, int height, LegendOptions options) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    options.background().ifPresent(bg -> {
      Graphics2D g = image.createGraphics();
      g.setColor(bg);
      g.fillRect(0, 0, width, height);
      g.dispose();
    });
    return image;
  }
}
