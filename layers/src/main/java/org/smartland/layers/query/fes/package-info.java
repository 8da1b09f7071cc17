/**
 * OGC Filter Encoding: {@link org.smartland.layers.query.fes.FesFilterReader} reads FES 2.0 and Filter
 * Encoding 1.x filters (from WFS requests and SLD rules) and {@code SortBy} into the
 * {@link org.smartland.layers.query.Filter} AST and {@link org.smartland.layers.query.SortKey}s: property
 * names stay plain names, literals stay text, geometries come from the GML reader, and depth, size and
 * hostile XML are bounded or refused.
 */
package org.smartland.layers.query.fes;
