package org.smartland.layers.style;

/** How stroke corners are drawn ({@code stroke-linejoin}; SVG's {@code miter} is SLD's {@code mitre}). */
public enum LineJoin {
  MITRE, ROUND, BEVEL
}
