package org.smartland.data.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.smartland.data.osm.PbfFixture;

/**
 * A tiny territory written to a directory for end-to-end tests: {@code territories/fixture/territory.yaml}
 * and its sources under {@code sources/} — two Comuni (Uno: 120 residents, Due: 30) in a GeoJSON, an OSM PBF
 * with two crossing roads and three buildings, and a CSV of schools, one of them 10 km away.
 */
public final class FixtureTerritory {
  public static final String YAML = """
      id: fixture
      title: Fixture Land
      crs: {native: EPSG:32632, offered: [EPSG:4326]}
      comuni:
        - {istat: "000001", name: Uno}
        - {istat: "000002", name: Due}
      import: {boundary: comuni, clip_buffer_m: 500}
      layers:
        - id: comuni
          geometry: MultiPolygon
          provenance: {kind: real, source: test, licence: none}
          attributes:
            - {name: istat_code, type: string}
            - {name: name, type: string}
            - {name: residents, type: integer}
            - {name: area_km2, type: double}
            - {name: density_per_km2, type: double}
          source:
            format: geojson
            file: real/comuni.geojson
            id: code
            clip: none
            fields: {istat_code: code, name: name, residents: pop}
            derive: comuni_statistics
        - id: territory
          geometry: MultiPolygon
          provenance: {kind: derived, method: union, inputs: [comuni]}
          attributes: [{name: territory_id, type: string}, {name: residents, type: integer}, {name: area_km2, type: double}]
          source: {derive: territory_outline, inputs: {comuni: comuni}}
        - id: roads
          geometry: LineString
          provenance: {kind: stand-in, replaces: OSM}
          attributes:
            - {name: osm_id, type: integer}
            - {name: class, type: string}
            - {name: from_node, type: integer}
            - {name: to_node, type: integer}
            - {name: length_m, type: double}
          source:
            format: osm
            file: osm/fixture.osm.pbf
            element: line
            tags: {highway: "*"}
            split_at_junctions: true
            fields: {osm_id: "@id", class: highway, from_node: "@from_node", to_node: "@to_node", length_m: {computed: length_m}}
        - id: buildings
          geometry: MultiPolygon
          provenance: {kind: derived, method: profile}
          attributes:
            - {name: osm_type, type: string}
            - {name: osm_id, type: integer}
            - {name: use, type: string}
            - {name: floors, type: integer}
            - {name: floor_area_m2, type: double}
            - {name: construction_period, type: string}
            - {name: comune_istat, type: string}
          source:
            format: osm
            file: osm/fixture.osm.pbf
            element: area
            tags: {building: "*"}
            fields: {osm_type: "@type", osm_id: "@id", building: building, amenity: amenity, levels: "building:levels", start_date: start_date}
            derive: building_profile
            inputs: {comuni: comuni}
            params:
              uses: [{use: residential, when: {building: [house, apartments]}}, {use: public, when: {amenity: school}}]
        - id: population
          geometry: MultiPolygon
          provenance: {kind: derived, method: floor area}
          attributes: [{name: osm_id, type: integer}, {name: comune_istat, type: string}, {name: residents, type: integer}]
          source: {derive: population_by_building, inputs: {buildings: buildings, comuni: comuni}}
        - id: schools
          geometry: Point
          provenance: {kind: real, source: test, licence: none}
          attributes: [{name: code, type: string}, {name: pupils, type: integer}]
          source:
            format: csv
            file: real/schools.csv
            crs: EPSG:4326
            x: LON
            y: LAT
            id: CODE
            fields: {code: CODE, pupils: PUPILS}
      """;

  private FixtureTerritory() {
  }

  /** Writes the territory and its sources under {@code dir}; returns {@code dir}. */
  public static Path write(Path dir) throws IOException {
    Path territory = Files.createDirectories(dir.resolve("territories/fixture"));
    Files.writeString(territory.resolve("territory.yaml"), YAML);
    Path real = Files.createDirectories(dir.resolve("sources/real"));
    Files.writeString(real.resolve("comuni.geojson"), """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"code": "000001", "name": "Uno", "pop": 120},
           "geometry": {"type": "Polygon", "coordinates": [[[9.00, 45.00], [9.02, 45.00], [9.02, 45.01], [9.00, 45.01], [9.00, 45.00]]]}},
          {"type": "Feature", "properties": {"code": "000002", "name": "Due", "pop": 30},
           "geometry": {"type": "Polygon", "coordinates": [[[9.02, 45.00], [9.04, 45.00], [9.04, 45.01], [9.02, 45.01], [9.02, 45.00]]]}},
          {"type": "Feature", "properties": {"code": "000009", "name": "Altrove", "pop": 5},
           "geometry": {"type": "Polygon", "coordinates": [[[9.50, 45.50], [9.51, 45.50], [9.51, 45.51], [9.50, 45.50]]]}}
        ]}
        """);
    Files.writeString(real.resolve("schools.csv"), "CODE,LON,LAT,PUPILS\nS1,9.0062,45.0062,120\nS2,9.2,45.2,80\n");
    Path osm = Files.createDirectories(dir.resolve("sources/osm"));
    new PbfFixture()
        .node(1, 9.005, 45.005).node(2, 9.015, 45.005).node(3, 9.025, 45.005)
        .node(4, 9.015, 45.002).node(5, 9.015, 45.008)
        .node(10, 9.0060, 45.0060).node(11, 9.0065, 45.0060).node(12, 9.0065, 45.0065).node(13, 9.0060, 45.0065)
        .node(20, 9.0300, 45.0030).node(21, 9.0303, 45.0030).node(22, 9.0303, 45.0033).node(23, 9.0300, 45.0033)
        .node(30, 9.0100, 45.0030).node(31, 9.0104, 45.0030).node(32, 9.0104, 45.0034).node(33, 9.0100, 45.0034)
        .way(100, new long[] {1, 2, 3}, "highway", "residential")
        .way(101, new long[] {4, 2, 5}, "highway", "service")
        .way(200, new long[] {10, 11, 12, 13, 10}, "building", "apartments", "building:levels", "3", "start_date", "1960")
        .way(201, new long[] {20, 21, 22, 23, 20}, "building", "house", "building:levels", "1", "start_date", "1999")
        .way(202, new long[] {30, 31, 32, 33, 30}, "building", "school", "amenity", "school")
        .write(osm.resolve("fixture.osm.pbf"));
    return dir;
  }
}
