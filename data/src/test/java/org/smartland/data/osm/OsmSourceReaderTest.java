package org.smartland.data.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.data.source.SourceData;
import org.smartland.data.source.SourceException;
import org.smartland.data.source.SourceFeature;
import org.smartland.data.territory.TestYaml;

class OsmSourceReaderTest {
  @TempDir
  Path dir;
  Path pbf;
  final OsmSourceReader reader = new OsmSourceReader();

  @BeforeEach
  void extract() throws IOException {
    pbf = new PbfFixture()
        // a road crossing at node 2
        .node(1, 9.000, 45.000).node(2, 9.001, 45.000).node(3, 9.002, 45.000)
        .node(4, 9.001, 44.999).node(5, 9.001, 45.001)
        // a square building 10-11-12-13
        .node(10, 9.010, 45.010).node(11, 9.011, 45.010).node(12, 9.011, 45.011).node(13, 9.010, 45.011)
        // a forest with a clearing: outer 20..23 in two open ways, inner 30..33
        .node(20, 9.020, 45.020).node(21, 9.030, 45.020).node(22, 9.030, 45.030).node(23, 9.020, 45.030)
        .node(30, 9.024, 45.024).node(31, 9.026, 45.024).node(32, 9.026, 45.026).node(33, 9.024, 45.026)
        .node(40, 9.05, 45.05, "railway", "station", "name", "Stazione")
        .way(100, new long[] {1, 2, 3}, "highway", "residential", "name", "Via Roma", "maxspeed", "50")
        .way(101, new long[] {4, 2, 5}, "highway", "cycleway")
        .way(102, new long[] {10, 11, 12, 13, 10}, "building", "school", "building:levels", "2")
        .way(103, new long[] {10, 11, 99, 10}, "building", "house")
        .way(104, new long[] {20, 21, 22})
        .way(105, new long[] {22, 23, 20})
        .way(106, new long[] {30, 31, 32, 33, 30})
        .relation(200, List.of(new OsmRelation.Member(OsmRelation.MemberType.WAY, 104, "outer"),
            new OsmRelation.Member(OsmRelation.MemberType.WAY, 105, "outer"),
            new OsmRelation.Member(OsmRelation.MemberType.WAY, 106, "inner")), "type", "multipolygon", "landuse", "forest")
        .write(dir.resolve("x.osm.pbf"));
  }

  private SourceData read(String yaml) {
    return reader.read(pbf, "x.osm.pbf", TestYaml.node(yaml));
  }

  @Test
  void roads_split_at_junctions_carry_their_end_node_ids() {
    SourceData d = read("{element: line, tags: {highway: '*'}, split_at_junctions: true}");

    assertEquals(4, d.features().size());
    SourceFeature first = d.features().get(0);
    assertEquals("way/100#0", first.id());
    assertEquals(1L, first.get("@from_node"));
    assertEquals(2L, first.get("@to_node"));
    assertEquals("50", first.get("maxspeed"));
    assertEquals(100L, first.get("@id"));
    assertEquals(4326, d.srid());
    assertEquals(2L, d.features().get(2).get("@to_node"));
  }

  @Test
  void exclude_leaves_out_matching_elements() {
    SourceData d = read("{element: line, tags: {highway: '*'}, exclude: {highway: cycleway}}");
    assertEquals(1, d.features().size());
    assertEquals("Via Roma", d.features().get(0).get("name"));
  }

  @Test
  void closed_ways_become_polygons_and_ways_with_missing_nodes_are_skipped_with_a_warning() {
    SourceData d = read("{element: area, tags: {building: '*'}}");

    assertEquals(1, d.features().size());
    assertEquals("Polygon", d.features().get(0).geometry().getGeometryType());
    assertEquals("2", d.features().get(0).get("building:levels"));
    assertEquals(1, d.warnings().size());
    assertTrue(d.warnings().get(0).startsWith("way/103: skipped: 1 of its 4 nodes are not in the extract (first: node 99)"),
        d.warnings().get(0));
  }

  @Test
  void a_multipolygon_relation_is_assembled_with_its_hole() {
    SourceData d = read("{element: area, tags: {landuse: forest}}");

    assertEquals(1, d.features().size());
    SourceFeature forest = d.features().get(0);
    assertEquals("relation/200", forest.id());
    assertEquals("MultiPolygon", forest.geometry().getGeometryType());
    // 0.01 x 0.01 degrees minus 0.002 x 0.002
    assertEquals(0.0001 - 0.000004, forest.geometry().getArea(), 1e-10);
    assertEquals(1, ((org.locationtech.jts.geom.Polygon) forest.geometry().getGeometryN(0)).getNumInteriorRing());
  }

  @Test
  void tagged_nodes_become_points() {
    SourceData d = read("{element: node, tags: {railway: station}}");
    assertEquals(1, d.features().size());
    org.locationtech.jts.geom.Coordinate c = d.features().get(0).geometry().getCoordinate();
    assertEquals(9.05, c.x, 1e-9);
    assertEquals(45.05, c.y, 1e-9);
    assertEquals("Point", d.features().get(0).geometry().getGeometryType());
  }

  @Test
  void a_corrupt_file_fails_naming_it() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.osm.pbf"), "not a pbf");
    SourceException e = assertThrows(SourceException.class,
        () -> reader.read(bad, "standin/bad.osm.pbf", TestYaml.node("{element: node, tags: {a: b}}")));
    assertTrue(e.getMessage().startsWith("standin/bad.osm.pbf: cannot be read as OSM PBF"), e.getMessage());
  }
}
