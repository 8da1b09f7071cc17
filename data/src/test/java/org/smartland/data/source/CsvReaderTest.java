package org.smartland.data.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.data.territory.ConfigException;
import org.smartland.data.territory.TestYaml;
import org.smartland.layers.crs.CrsTransforms;

class CsvReaderTest {
  static final CrsTransforms CRS = new CrsTransforms();
  static final String OPTIONS = "{x: X, y: Y, crs: 'EPSG:32632', id: CODE}";
  @TempDir
  Path dir;

  private SourceData read(String csv, String options) throws IOException {
    Path f = Files.writeString(dir.resolve("c.csv"), csv);
    return new CsvReader(CRS).read(f, "standin/c.csv", TestYaml.node(options));
  }

  @Test
  void rows_become_points_in_the_given_crs_with_text_values() throws IOException {
    SourceData d = read("CODE,X,Y,NOTE\nA1,502998.44,5017570.43,\nA2,1,2,ok\n", OPTIONS);

    assertEquals(32632, d.srid());
    assertEquals(2, d.features().size());
    SourceFeature a1 = d.features().get(0);
    assertEquals("CODE=A1 (line 2)", a1.id());
    assertEquals("POINT (502998.44 5017570.43)", a1.geometry().toText());
    assertEquals(32632, a1.geometry().getSRID());
    assertNull(a1.get("NOTE"));
    assertEquals("ok", d.features().get(1).get("NOTE"));
  }

  @Test
  void a_missing_coordinate_column_is_named_with_the_columns_there_are() {
    SourceException e = assertThrows(SourceException.class, () -> read("CODE,X,LAT\nA1,1,2\n", OPTIONS));
    assertEquals("standin/c.csv: missing column 'Y' (columns: CODE, X, LAT)", e.getMessage());
  }

  @Test
  void a_non_numeric_coordinate_names_the_row_and_the_value() {
    SourceException e = assertThrows(SourceException.class, () -> read("CODE,X,Y\nA1,1,2\nA2,abc,2\n", OPTIONS));
    assertEquals("standin/c.csv: feature CODE=A2 (line 3): column 'X': 'abc' is not a number", e.getMessage());
  }

  @Test
  void a_row_with_too_few_cells_is_reported() {
    SourceException e = assertThrows(SourceException.class, () -> read("CODE,X,Y\nA1,1\n", OPTIONS));
    assertTrue(e.getMessage().contains("line 2: has 2 cells, the header has 3"), e.getMessage());
  }

  @Test
  void an_unknown_crs_is_refused() {
    SourceException e = assertThrows(SourceException.class, () -> read("CODE,X,Y\n", "{x: X, y: Y, crs: 'EPSG:999999'}"));
    assertEquals("standin/c.csv: unknown CRS 'EPSG:999999'", e.getMessage());
  }

  @Test
  void a_csv_source_must_say_its_crs() {
    ConfigException e = assertThrows(ConfigException.class, () -> read("CODE,X,Y\n", "{x: X, y: Y}"));
    assertTrue(e.getMessage().contains("needs crs"), e.getMessage());
  }
}
