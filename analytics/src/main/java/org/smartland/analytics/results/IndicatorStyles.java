package org.smartland.analytics.results;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.smartland.layers.catalog.IndicatorCatalog;
import org.smartland.layers.catalog.IndicatorDefinition;
import org.smartland.layers.query.Filter;
import org.smartland.layers.style.FeatureTypeStyle;
import org.smartland.layers.style.Fill;
import org.smartland.layers.style.PolygonSymbolizer;
import org.smartland.layers.style.Rule;
import org.smartland.layers.style.Stroke;
import org.smartland.layers.style.Style;

/**
 * One graduated style per indicator for the {@code indicators} layer: the Comuni coloured by the indicator's
 * quantile class, from light to dark red where a higher value is worse and from light to dark green where it is
 * better, so that dark always draws the eye to the extremes in the indicator's own direction; grey where a Comune
 * has no value.
 */
public final class IndicatorStyles {
  private static final String[] WORSE = {"#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15"};
  private static final String[] BETTER = {"#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"};
  private static final String[] CLASS_TITLES = {"lowest fifth of the Comuni", "second fifth", "middle fifth",
      "fourth fifth", "highest fifth of the Comuni"};

  private IndicatorStyles() {
  }

  public static List<Style> of(IndicatorCatalog indicators) {
    return indicators.indicators().stream().map(IndicatorStyles::of).toList();
  }

  public static Style of(IndicatorDefinition d) {
    String[] ramp = d.direction() == IndicatorDefinition.Direction.HIGHER_IS_WORSE ? WORSE : BETTER;
    String attribute = AnalyticsLayers.classAttribute(d.id());
    Stroke outline = Stroke.of(Color.WHITE, 1);
    List<Rule> rules = new ArrayList<>();
    for (int c = 1; c <= AnalyticsLayers.CLASSES; c++) {
      rules.add(new Rule("class_" + c, CLASS_TITLES[c - 1], new Filter.Compare(attribute, Filter.ComparisonOp.EQ,
          (long) c), false, 0, Double.POSITIVE_INFINITY, List.of(PolygonSymbolizer.of(
          new Fill(Color.decode(ramp[c - 1]), 0.85), outline))));
    }
    rules.add(new Rule("no_value", "no value", new Filter.IsNull(attribute), false, 0, Double.POSITIVE_INFINITY,
        List.of(PolygonSymbolizer.of(new Fill(new Color(0xbdbdbd), 0.6), outline))));
    return new Style(AnalyticsLayers.styleOf(d.id()), d.nameEn() + " (" + d.unit() + ")",
        d.definition() + (d.direction() == IndicatorDefinition.Direction.HIGHER_IS_WORSE
            ? " Darker is worse." : " Darker is better."), List.of(new FeatureTypeStyle(rules)));
  }
}
