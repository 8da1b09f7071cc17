package org.smartland.layers.style;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.smartland.layers.query.Filter;
import org.smartland.layers.store.FeatureSchema;

/**
 * What a style reads from features, so that the server can check it against a layer's schema at startup and
 * query only those columns: the properties named by rule filters and label properties. Geometry is not a
 * property.
 */
public final class StyleCheck {
  private StyleCheck() {
  }

  /** The property names the style's rules read, sorted; empty when it draws every feature the same way. */
  public static Set<String> propertiesUsed(Style style) {
    return propertiesUsed(style.rules());
  }

  /** The property names these rules read, sorted. */
  public static Set<String> propertiesUsed(Collection<Rule> rules) {
    Set<String> out = new TreeSet<>();
    for (Rule r : rules) {
      collect(r.filter(), out);
      for (Symbolizer s : r.symbolizers()) {
        if (s instanceof TextSymbolizer t) {
          out.add(t.labelProperty());
        }
      }
    }
    return out;
  }

  /** The property names a filter reads, sorted. */
  public static Set<String> propertiesUsed(Filter filter) {
    Set<String> out = new TreeSet<>();
    collect(filter, out);
    return out;
  }

  /** The properties the style reads that the schema lacks, sorted; empty when the style fits the layer. */
  public static List<String> unknownProperties(Style style, FeatureSchema schema) {
    return propertiesUsed(style).stream().filter(p -> schema.attribute(p).isEmpty()).toList();
  }

  private static void collect(Filter f, Set<String> out) {
    if (f instanceof Filter.And a) {
      a.operands().forEach(o -> collect(o, out));
    } else if (f instanceof Filter.Or o) {
      o.operands().forEach(x -> collect(x, out));
    } else if (f instanceof Filter.Not n) {
      collect(n.operand(), out);
    } else if (f instanceof Filter.Compare c) {
      out.add(c.property());
    } else if (f instanceof Filter.Like l) {
      out.add(l.property());
    } else if (f instanceof Filter.In i) {
      out.add(i.property());
    } else if (f instanceof Filter.Between b) {
      out.add(b.property());
    } else if (f instanceof Filter.IsNull n) {
      out.add(n.property());
    }
  }
}
