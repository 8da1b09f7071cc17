package org.smartland.layers.style;

/**
 * How a feature that matched a rule is drawn. Sizes are in pixels. The renderer applies a rule's
 * symbolizers in order; labels ({@link TextSymbolizer}) are placed after every layer's geometries.
 */
public sealed interface Symbolizer permits PolygonSymbolizer, LineSymbolizer, PointSymbolizer, TextSymbolizer {
}
