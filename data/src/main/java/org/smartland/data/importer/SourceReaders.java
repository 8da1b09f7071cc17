package org.smartland.data.importer;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.smartland.data.osm.OsmSourceReader;
import org.smartland.data.source.CsvReader;
import org.smartland.data.source.GeoJsonReader;
import org.smartland.data.source.GeoPackageReader;
import org.smartland.data.source.SourceReader;
import org.smartland.layers.crs.CrsTransforms;

/**
 * The readers of one import, by format name ({@code geojson}, {@code gpkg}, {@code csv}, {@code osm}).
 * Made per import: the OSM reader keeps each extract it read for the layers after.
 */
final class SourceReaders {
  private final Map<String, SourceReader> byFormat;

  private SourceReaders(Map<String, SourceReader> byFormat) {
    this.byFormat = Map.copyOf(byFormat);
  }

  static SourceReaders forImport(CrsTransforms crs) {
    return new SourceReaders(Map.of("geojson", new GeoJsonReader(crs), "gpkg", new GeoPackageReader(crs),
        "csv", new CsvReader(crs), "osm", new OsmSourceReader()));
  }

  /** The format names, sorted. */
  static Set<String> formats() {
    return new TreeSet<>(Set.of("geojson", "gpkg", "csv", "osm"));
  }

  Optional<SourceReader> get(String format) {
    return Optional.ofNullable(byFormat.get(format));
  }
}
