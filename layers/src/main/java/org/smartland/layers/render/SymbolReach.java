package org.smartland.layers.render;

import org.smartland.layers.style.Rule;
import org.smartland.layers.style.Style;
import org.smartland.layers.style.Symbolizer;

/**
 * How far, in pixels, a style's symbols reach beyond the geometries they draw (half a mark, half a stroke,
 * an offset), over all its rules: what the renderer widens its queries by, and what feature identification
 * widens its click tolerance by.
 */
public final class SymbolReach {
  private SymbolReach() {
  }

  public static double of(Style style) {
    double reach = 0;
    for (Rule r : style.rules()) {
      for (Symbolizer s : r.symbolizers()) {
        for (SymbolizerPainter p : SymbolizerPainter.of(s)) {
          reach = Math.max(reach, p.reach());
        }
      }
    }
    return reach;
  }
}
