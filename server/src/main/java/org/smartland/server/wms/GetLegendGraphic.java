package org.smartland.server.wms;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.smartland.layers.render.LegendOptions;
import org.smartland.layers.render.LegendRenderer;
import org.smartland.layers.style.Style;
import org.smartland.server.ogc.KvpParams;
import org.smartland.server.ogc.OgcException;

/**
 * GetLegendGraphic: one swatch per rule of a layer's style with the rule's title (only the rules that apply
 * at {@code SCALE}, when given), or the swatch of one {@code RULE}. Legends depend only on the style, the layer's
 * geometry type and the options (not on the layer, which may come and go), so each is drawn once and kept.
 */
final class GetLegendGraphic implements LegendSizes {
  private static final int MAX_CACHED = 2_000;

  private final WmsCatalog catalog;
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
  private final Map<String, int[]> sizes = new ConcurrentHashMap<>();

  GetLegendGraphic(WmsCatalog catalog) {
    this.catalog = catalog;
  }

  WmsAnswer handle(KvpParams p, WmsLayers served) {
    String name = p.require("LAYER");
    WmsLayer layer = served.layer(name).orElseThrow(() -> OgcException.badRequest(OgcException.LAYER_NOT_DEFINED,
        "LAYER", "layer '" + name + "' is not defined"));
    String format = p.get("FORMAT").orElse("image/png").toLowerCase(Locale.ROOT);
    if (!format.equals("image/png")) {
      throw OgcException.badRequest(OgcException.INVALID_FORMAT, "FORMAT", "legends are drawn as image/png only");
    }
    Style style = p.get("STYLE").filter(s -> !s.equalsIgnoreCase("default"))
        .map(s -> layer.styles().stream().filter(st -> st.name().equals(s)).findFirst()
            .orElseThrow(() -> OgcException.badRequest(OgcException.STYLE_NOT_DEFINED, "STYLE",
                "style '" + s + "' is not defined for layer '" + name + "'")))
        .orElse(layer.defaultStyle());
    LegendOptions defaults = LegendOptions.defaults();
    int width = p.get("WIDTH").isPresent() ? p.integer("WIDTH", 4, LegendOptions.MAX_SWATCH) : defaults.swatchWidth();
    int height = p.get("HEIGHT").isPresent() ? p.integer("HEIGHT", 4, LegendOptions.MAX_SWATCH) : defaults.swatchHeight();
    boolean transparent = p.get("TRANSPARENT").orElse("FALSE").equalsIgnoreCase("TRUE");
    OptionalDouble scale = OptionalDouble.empty();
    if (p.get("SCALE").isPresent()) {
      try {
        double s = Double.parseDouble(p.require("SCALE"));
        if (!(s > 0) || Double.isInfinite(s)) {
          throw new NumberFormatException();
        }
        scale = OptionalDouble.of(s);
      } catch (NumberFormatException e) {
        throw OgcException.invalid("SCALE", "SCALE must be a positive number");
      }
    }
    LegendOptions options = new LegendOptions(width, height, defaults.font(), defaults.fontColour(),
        transparent ? Optional.empty() : Optional.of(Color.WHITE), scale);
    Optional<String> rule = p.get("RULE");
    String key = layer.definition().geometryType() + "/" + style.name() + "/" + rule.orElse("") + "/" + width + "x"
        + height + "/" + transparent + "/" + (scale.isPresent() ? scale.getAsDouble() : "");
    byte[] cached = cache.get(key);
    if (cached == null) {
      BufferedImage image = rule.isPresent()
          ? LegendRenderer.ruleSwatch(style, rule.get(), layer.definition().geometryType(), options)
              .orElseThrow(() -> OgcException.invalid("RULE", "style '" + style.name() + "' has no rule '" + rule.get() + "'"))
          : LegendRenderer.legend(style, layer.definition().geometryType(), options).image();
      cached = ImageEncoder.png(image);
      if (cache.size() < MAX_CACHED) {
        cache.put(key, cached);
      }
    }
    return new WmsAnswer(cached, "image/png");
  }

  @Override
  public int[] size(WmsLayer layer, Style style) {
    return sizes.computeIfAbsent(layer.definition().geometryType() + "/" + style.name(), k -> {
      BufferedImage img = LegendRenderer.legend(style, layer.definition().geometryType(), LegendOptions.defaults()).image();
      return new int[] {img.getWidth(), img.getHeight()};
    });
  }
}
