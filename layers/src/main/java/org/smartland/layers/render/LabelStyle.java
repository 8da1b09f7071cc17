package org.smartland.layers.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.util.Optional;
import org.smartland.layers.store.Feature;
import org.smartland.layers.style.LabelPlacement;
import org.smartland.layers.style.TextSymbolizer;

/** A text symbolizer made ready to draw: its Java2D font, colours and halo stroke. */
final class LabelStyle {
  final TextSymbolizer symbolizer;
  final Font font;
  final Color fill;
  final Optional<Color> haloColour;
  final BasicStroke haloStroke;
  final double haloRadius;

  LabelStyle(TextSymbolizer t) {
    this.symbolizer = t;
    this.font = Fonts.of(t.font());
    this.fill = AwtStyles.colour(t.fill());
    this.haloColour = t.halo().filter(h -> h.radius() > 0 && h.fill().opacity() > 0).map(h -> AwtStyles.colour(h.fill()));
    this.haloRadius = haloColour.isPresent() ? t.halo().orElseThrow().radius() : 0;
    this.haloStroke = new BasicStroke((float) (2 * haloRadius), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  /** Whether labels follow lines. */
  boolean alongLines() {
    return symbolizer.placement() instanceof LabelPlacement.LinePlacement;
  }

  /** Whether the style left the placement to its default (the renderer then picks sensible positions). */
  boolean defaultPlacement() {
    return symbolizer.placement().equals(LabelPlacement.DEFAULT);
  }

  /** The label text of a feature: its property value as text; empty when null, blank or absent. */
  Optional<String> text(Feature f) {
    Object v = f.properties().get(symbolizer.labelProperty());
    if (v == null) {
      return Optional.empty();
    }
    String s = v instanceof Double d && Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
        : v.toString().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
