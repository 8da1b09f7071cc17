/**
 * The layer catalog: what each layer of a territory is (title, abstract, provenance, geometry type, CRS,
 * attributes, corridor, style, time attribute), loaded once from the territory configuration.
 */
package org.smartland.layers.catalog;
