/**
 * GML geometries for WFS: {@link org.smartland.layers.gml.GmlGeometryWriter} writes JTS geometries and
 * envelopes as GML 3.2 or 3.1.1 ({@link org.smartland.layers.gml.GmlVersion}) with coordinates formatted by
 * {@link org.smartland.layers.gml.Decimals}, the hot path of GetFeature;
 * {@link org.smartland.layers.gml.GmlGeometryReader} reads GML 3.2, 3.1.1 and GML 2 coordinate forms from
 * filters and transactions, with axis order taken from the CRS name and vertices bounded.
 */
package org.smartland.layers.gml;
