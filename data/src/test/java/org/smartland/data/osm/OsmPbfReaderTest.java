package org.smartland.data.osm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

class OsmPbfReaderTest {
  @TempDir
  Path dir;

  @Test
  void reads_dense_nodes_ways_and_relations_with_their_tags() throws IOException {
    Path file = new PbfFixture()
        .node(1, 9.0, 45.0)
        .node(2, 9.001, 45.0, "highway", "bus_stop", "name", "Piazza")
        .node(5, 9.002, 45.001)
        .way(10, new long[] {1, 2, 5}, "highway", "residential", "name", "Via Roma")
        .relation(20, List.of(new OsmRelation.Member(OsmRelation.MemberType.WAY, 10, "outer")), "type", "multipolygon")
        .write(dir.resolve("t.osm.pbf"));

    OsmData data = OsmPbfReader.read(file);

    assertEquals(3, data.nodeCount());
    assertEquals(1, data.taggedNodes().size());
    assertEquals(Map.of("highway", "bus_stop", "name", "Piazza"), data.taggedNodes().get(0).tags());
    assertEquals(2, data.taggedNodes().get(0).id());
    OsmWay way = data.ways().get(0);
    assertArrayEquals(new long[] {1, 2, 5}, way.nodes());
    assertEquals("Via Roma", way.tags().get("name"));
    OsmRelation rel = data.relations().get(0);
    assertEquals(new OsmRelation.Member(OsmRelation.MemberType.WAY, 10, "outer"), rel.members().get(0));
    Coordinate c = data.coordinate(5);
    assertEquals(9.002, c.x, 1e-9);
    assertEquals(45.001, c.y, 1e-9);
    assertNull(data.coordinate(4));
  }

  @Test
  void a_file_that_is_not_a_pbf_fails_with_an_io_error() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.osm.pbf"), "this is not a protobuf file at all");
    IOException e = assertThrows(IOException.class, () -> OsmPbfReader.read(file));
    assertTrue(e.getMessage().length() > 0);
  }

  @Test
  void an_empty_file_has_no_header_and_fails() throws IOException {
    Path file = Files.write(dir.resolve("empty.osm.pbf"), new byte[0]);
    IOException e = assertThrows(IOException.class, () -> OsmPbfReader.read(file));
    assertTrue(e.getMessage().contains("no OSMHeader"), e.getMessage());
  }
}
