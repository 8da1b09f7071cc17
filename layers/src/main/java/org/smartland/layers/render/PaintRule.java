package org.smartland.layers.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.smartland.layers.store.Feature;
import org.smartland.layers.style.FilterEvaluator;
import org.smartland.layers.style.Rule;
import org.smartland.layers.style.Symbolizer;
import org.smartland.layers.style.TextSymbolizer;

/** A rule made ready for one render: its compiled filter, its painters in order and its label styles. */
final class PaintRule {
  final Rule rule;
  final Predicate<Feature> filter;
  final boolean elseRule;
  final SymbolizerPainter[] painters;
  final LabelStyle[] labels;
  /** Half the largest mark this rule draws: point labels keep that far away. */
  final double markRadius;

  PaintRule(Rule rule, FilterEvaluator filters) {
    this.rule = rule;
    this.filter = filters.compile(rule.filter());
    this.elseRule = rule.elseFilter();
    List<SymbolizerPainter> painters = new ArrayList<>();
    List<LabelStyle> labels = new ArrayList<>();
    double radius = 0;
    for (Symbolizer s : rule.symbolizers()) {
      if (s instanceof TextSymbolizer t) {
        labels.add(new LabelStyle(t));
      }
      for (SymbolizerPainter p : SymbolizerPainter.of(s)) {
        painters.add(p);
        if (p instanceof MarkPainter m) {
          radius = Math.max(radius, m.radius());
        }
      }
    }
    this.painters = painters.toArray(new SymbolizerPainter[0]);
    this.labels = labels.toArray(new LabelStyle[0]);
    this.markRadius = radius;
  }

  /** How far the drawing reaches beyond the geometry, in pixels. */
  double reach() {
    double r = 0;
    for (SymbolizerPainter p : painters) {
      r = Math.max(r, p.reach());
    }
    return r;
  }
}
