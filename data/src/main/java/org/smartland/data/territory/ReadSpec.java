package org.smartland.data.territory;

/**
 * Where a layer's features are read from.
 *
 * @param format  {@code geojson}, {@code gpkg}, {@code csv} or {@code osm}
 * @param file    the file, relative to the sources directory
 * @param options the whole {@code source} entry, from which each reader takes its own keys
 */
public record ReadSpec(String format, String file, ConfigNode options) {
}
