/**
 * The map renderer: Java2D drawing of {@link org.smartland.layers.style.Style styled} feature layers into
 * images for WMS GetMap ({@link org.smartland.layers.render.MapRenderer}), with labels placed after all
 * geometries without overlaps, and legends for GetLegendGraphic
 * ({@link org.smartland.layers.render.LegendRenderer}). Works headless ({@code java.awt.headless=true}); fonts
 * not installed fall back to the logical font {@code SansSerif}.
 */
package org.smartland.layers.render;
