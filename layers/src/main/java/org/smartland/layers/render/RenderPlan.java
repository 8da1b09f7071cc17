package org.smartland.layers.render;

import java.util.ArrayList;
import java.util.List;
import org.smartland.layers.style.FeatureTypeStyle;
import org.smartland.layers.style.FilterEvaluator;
import org.smartland.layers.style.Rule;
import org.smartland.layers.style.Style;
import org.smartland.layers.style.StyleCheck;

/**
 * A style made ready for one render at one scale: the passes (feature type styles) with only the rules that
 * apply at that scale, the properties those rules read, and how far symbols reach beyond geometries. A plan
 * without rules means the layer draws nothing at this scale and need not be queried.
 */
final class RenderPlan {
  final PaintRule[][] passes;
  final List<String> properties;
  final double reach;

  private RenderPlan(PaintRule[][] passes, List<String> properties, double reach) {
    this.passes = passes;
    this.properties = properties;
    this.reach = reach;
  }

  static RenderPlan of(Style style, double scaleDenominator, FilterEvaluator filters) {
    List<PaintRule[]> passes = new ArrayList<>();
    List<Rule> active = new ArrayList<>();
    double reach = 0;
    for (FeatureTypeStyle fts : style.featureTypeStyles()) {
      List<PaintRule> rules = new ArrayList<>();
      for (Rule r : fts.rules()) {
        if (r.appliesAt(scaleDenominator)) {
          PaintRule p = new PaintRule(r, filters);
          rules.add(p);
          active.add(r);
          reach = Math.max(reach, p.reach());
        }
      }
      if (!rules.isEmpty()) {
        passes.add(rules.toArray(new PaintRule[0]));
      }
    }
    return new RenderPlan(passes.toArray(new PaintRule[0][]), List.copyOf(StyleCheck.propertiesUsed(active)), reach);
  }

  boolean isEmpty() {
    return passes.length == 0;
  }
}
