package org.smartland.layers.style;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A label: the value of one property, drawn with a font, a fill and an optional halo. Features whose value
 * is null or blank get no label.
 *
 * @param labelProperty   the property whose value is the text
 * @param font            the font
 * @param fill            the glyph colour
 * @param halo            a halo around the glyphs, if any
 * @param placement       next to a point, or along a line
 * @param maxDisplacement how far (pixels) a point or polygon label may move from its preferred place to avoid
 *                        other labels; 0 keeps it to the positions right around the point
 */
public record TextSymbolizer(String labelProperty, LabelFont font, Fill fill, Optional<Halo> halo,
                             LabelPlacement placement, double maxDisplacement) implements Symbolizer {
  private static final Pattern PROPERTY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  public TextSymbolizer {
    Objects.requireNonNull(font, "font");
    Objects.requireNonNull(fill, "fill");
    Objects.requireNonNull(halo, "halo");
    Objects.requireNonNull(placement, "placement");
    if (labelProperty == null || !PROPERTY.matcher(labelProperty).matches()) {
      throw new IllegalArgumentException("label property '" + labelProperty + "' is not a plain property name");
    }
    if (!(maxDisplacement >= 0) || Double.isInfinite(maxDisplacement)) {
      throw new IllegalArgumentException("max displacement must be a finite, non-negative number");
    }
  }

  /** A black label in the default font, at the default point placement, without halo. */
  public static TextSymbolizer of(String labelProperty) {
    return new TextSymbolizer(labelProperty, LabelFont.DEFAULT, Fill.of(java.awt.Color.BLACK), Optional.empty(),
        LabelPlacement.DEFAULT, 0);
  }
}
