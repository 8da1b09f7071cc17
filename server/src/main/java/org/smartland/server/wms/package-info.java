/**
 * WMS 1.3.0 at {@code /wms} and {@code /ows?SERVICE=WMS}: GetCapabilities (layer tree grouped by corridor,
 * bounding boxes in each CRS's axis order, styles with legends, TIME), GetMap (PNG, JPEG), GetFeatureInfo
 * (plain text, HTML, JSON/GeoJSON, GML) and GetLegendGraphic, with ServiceExceptionReports in the
 * XML, INIMAGE and BLANK modes.
 */
package org.smartland.server.wms;
