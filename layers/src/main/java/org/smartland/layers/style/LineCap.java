package org.smartland.layers.style;

/** How stroke ends are drawn ({@code stroke-linecap}). */
public enum LineCap {
  BUTT, ROUND, SQUARE
}
