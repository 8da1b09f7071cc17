package org.smartland.layers.render;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.smartland.layers.style.LabelFont;

/**
 * How a legend looks.
 *
 * @param swatchWidth      swatch width in pixels (GetLegendGraphic {@code WIDTH}, default 20)
 * @param swatchHeight     swatch height in pixels ({@code HEIGHT}, default 20)
 * @param font             the font of rule labels
 * @param fontColour       their colour
 * @param background       the background; empty for transparent ({@code TRANSPARENT=TRUE})
 * @param scaleDenominator when present, only the rules that apply at this scale ({@code SCALE})
 */
public record LegendOptions(int swatchWidth, int swatchHeight, LabelFont font, Color fontColour,
                            Optional<Color> background, OptionalDouble scaleDenominator) {
  /** The largest swatch side accepted. */
  public static final int MAX_SWATCH = 512;

  public LegendOptions {
    Objects.requireNonNull(font, "font");
    Objects.requireNonNull(fontColour, "fontColour");
    Objects.requireNonNull(background, "background");
    Objects.requireNonNull(scaleDenominator, "scaleDenominator");
    if (swatchWidth < 4 || swatchHeight < 4 || swatchWidth > MAX_SWATCH || swatchHeight > MAX_SWATCH) {
      throw new IllegalArgumentException("swatch size " + swatchWidth + "x" + swatchHeight + " is not between 4 and "
          + MAX_SWATCH);
    }
  }

  /** 20×20 swatches, 12 pixel DejaVu Sans (else SansSerif) in black, white background, every rule. */
  public static LegendOptions defaults() {
    return new LegendOptions(20, 20, new LabelFont(List.of("DejaVu Sans"), 12, false, false), Color.BLACK,
        Optional.of(Color.WHITE), OptionalDouble.empty());
  }

  public LegendOptions withSwatchSize(int width, int height) {
    return new LegendOptions(width, height, font, fontColour, background, scaleDenominator);
  }

  public LegendOptions withBackground(Optional<Color> newBackground) {
    return new LegendOptions(swatchWidth, swatchHeight, font, fontColour, newBackground, scaleDenominator);
  }

  public LegendOptions withScale(double denominator) {
    return new LegendOptions(swatchWidth, swatchHeight, font, fontColour, background, OptionalDouble.of(denominator));
  }

  public LegendOptions withFont(LabelFont newFont, Color colour) {
    return new LegendOptions(swatchWidth, swatchHeight, newFont, colour, background, scaleDenominator);
  }
}
