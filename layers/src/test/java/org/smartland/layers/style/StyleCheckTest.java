package org.smartland.layers.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.query.Filter;
import org.smartland.layers.store.FeatureSchema;

class StyleCheckTest {
  private static final Style ROADS = Style.of("roads", List.of(
      Rule.of("main", Filter.or(Filter.eq("class", "primary"), new Filter.Not(new Filter.IsNull("ref"))),
          List.of(LineSymbolizer.of(Stroke.DEFAULT), TextSymbolizer.of("name"))),
      Rule.of("fast", Filter.and(new Filter.Between("maxspeed", 70, 130), new Filter.Like("surface", "a%", true),
          new Filter.In("lanes", List.of(2L, 3L))), List.of(LineSymbolizer.of(Stroke.DEFAULT))),
      Rule.of("other", List.of(LineSymbolizer.of(Stroke.DEFAULT))).asElse()));

  @Test
  void properties_used_are_those_of_filters_and_labels() {
    assertEquals(Set.of("class", "ref", "name", "maxspeed", "surface", "lanes"), StyleCheck.propertiesUsed(ROADS));
    assertEquals(List.of("class", "lanes", "maxspeed", "name", "ref", "surface"), List.copyOf(StyleCheck.propertiesUsed(ROADS)));
  }

  @Test
  void a_style_without_filters_or_labels_reads_nothing() {
    assertEquals(Set.of(), StyleCheck.propertiesUsed(Style.of("plain", List.of(Rule.of("all",
        List.of(PolygonSymbolizer.of(Fill.DEFAULT, Stroke.DEFAULT)))))));
  }

  @Test
  void unknown_properties_are_those_the_schema_lacks() {
    FeatureSchema schema = new FeatureSchema("roads", GeometryType.LINESTRING, 32632, List.of(
        AttributeDefinition.of("class", AttributeType.STRING), AttributeDefinition.of("name", AttributeType.STRING),
        AttributeDefinition.of("maxspeed", AttributeType.INTEGER)));
    assertEquals(List.of("lanes", "ref", "surface"), StyleCheck.unknownProperties(ROADS, schema));
  }
}
