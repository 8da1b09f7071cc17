package org.smartland.data.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.smartland.data.source.SourceException;
import org.smartland.data.source.SourceFeature;
import org.smartland.data.territory.FieldSpec;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.catalog.Provenance;

class FieldMapperTest {
  static final LayerDefinition LAYER = new LayerDefinition("schools", "Schools", "", List.of(),
      new Provenance.Real("s", "l", null), GeometryType.POINT, 32632, List.of(
      AttributeDefinition.of("pupils", AttributeType.INTEGER), AttributeDefinition.of("since", AttributeType.DATE),
      AttributeDefinition.of("state", AttributeType.BOOLEAN), AttributeDefinition.of("kind", AttributeType.STRING)),
      null, Optional.empty(), Optional.empty());

  private static SourceFeature feature(Object... keyValues) {
    Map<String, Object> p = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      p.put((String) keyValues[i], keyValues[i + 1]);
    }
    return new SourceFeature("#3", new GeometryFactory().createPoint(new Coordinate(1, 2)), p);
  }

  private static FieldSpec spec(String name, List<String> from, boolean lenient, List<String> allowed) {
    return new FieldSpec(name, from, Optional.empty(), Optional.empty(), lenient, allowed);
  }

  @Test
  void values_are_converted_to_the_attribute_types_and_blank_is_missing() {
    FieldMapper m = new FieldMapper(LAYER, List.of(FieldSpec.from("pupils", "N"), FieldSpec.from("since", "D"),
        FieldSpec.from("state", "S"), spec("kind", List.of("a", "b"), false, List.of()), FieldSpec.from("extra", "X")),
        "f.csv", Optional.empty());

    Map<String, Object> v = m.map(feature("N", "136", "D", "2017-03-16", "S", "SI", "a", " ", "b", "park", "X", "raw"),
        new LayerReport("schools"));

    assertEquals(136L, v.get("pupils"));
    assertEquals(LocalDate.of(2017, 3, 16), v.get("since"));
    assertEquals(true, v.get("state"));
    assertEquals("park", v.get("kind"));
    assertEquals("raw", v.get("extra"));
  }

  @Test
  void a_value_of_the_wrong_type_fails_naming_file_feature_attribute_and_value() {
    FieldMapper m = new FieldMapper(LAYER, List.of(FieldSpec.from("pupils", "N")), "real/s.geojson", Optional.empty());
    SourceException e = assertThrows(SourceException.class, () -> m.map(feature("N", "12a"), new LayerReport("schools")));
    assertEquals("real/s.geojson: feature #3: attribute 'pupils' (from 'N'): '12a' is not a valid integer", e.getMessage());
  }

  @Test
  void a_lenient_field_leaves_a_bad_value_empty_with_a_warning() {
    FieldMapper m = new FieldMapper(LAYER, List.of(spec("pupils", List.of("N"), true, List.of())), "f", Optional.empty());
    LayerReport report = new LayerReport("schools");
    assertNull(m.map(feature("N", "IT:urban"), report).get("pupils"));
    assertEquals(List.of("#3: attribute 'pupils' (from 'N'): 'IT:urban' is not a valid integer; left empty"), report.warnings());
  }

  @Test
  void a_value_outside_the_allowed_list_fails() {
    FieldMapper m = new FieldMapper(LAYER, List.of(spec("kind", List.of("K"), false, List.of("P1", "P2"))), "z.gpkg",
        Optional.empty());
    SourceException e = assertThrows(SourceException.class, () -> m.map(feature("K", "P4"), new LayerReport("x")));
    assertEquals("z.gpkg: feature #3: attribute 'kind': value 'P4' is not one of [P1, P2]", e.getMessage());
  }

  @Test
  void a_field_reading_a_column_the_source_lacks_fails_before_any_feature() {
    SourceException e = assertThrows(SourceException.class, () -> new FieldMapper(LAYER,
        List.of(FieldSpec.from("pupils", "allievi")), "real/s.geojson", Optional.of(Set.of("name"))));
    assertEquals("real/s.geojson: missing column 'allievi' (field 'pupils' of layer 'schools' reads it; columns: name)",
        e.getMessage());
  }
}
