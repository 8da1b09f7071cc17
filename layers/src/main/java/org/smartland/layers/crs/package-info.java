/**
 * Coordinate reference systems: names in every spelling clients use (EPSG:4326, CRS:84, URNs, OGC URIs),
 * the axis order each name implies, and reprojection of geometries and envelopes. Internally coordinates
 * are always easting/longitude first; protocols swap axes when they parse and write.
 */
package org.smartland.layers.crs;
