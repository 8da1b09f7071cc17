/**
 * OpenStreetMap PBF import: the extract is read once with osmpbf into memory
 * ({@link org.smartland.data.osm.OsmPbfReader}), then each layer selects its elements by tags and gets
 * geometries assembled from them — ways as lines or polygons, multipolygon relations as multipolygons
 * ({@link org.smartland.data.osm.RingAssembler}), road ways split at junctions into a routable graph whose
 * edges carry the OSM ids of their end nodes ({@link org.smartland.data.osm.JunctionSplitter}).
 */
package org.smartland.data.osm;
