package org.smartland.layers.store.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartland.layers.catalog.AttributeDefinition;
import org.smartland.layers.catalog.AttributeType;
import org.smartland.layers.catalog.GeometryType;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.InvalidQueryException;
import org.smartland.layers.store.FeatureSchema;

/** The SQL text a filter becomes: column names from the schema, every literal a parameter. */
class FilterSqlTest {
  private static final FeatureSchema SCHEMA = new FeatureSchema("t", GeometryType.POINT, 32632, List.of(
      AttributeDefinition.of("name", AttributeType.STRING), AttributeDefinition.of("pop", AttributeType.INTEGER)));
  private final FilterSql sql = new FilterSql(SCHEMA, new PostgisLikeDialect(), new CrsTransforms());

  @Test
  void literals_are_parameters_coerced_to_the_attribute_type() {
    SqlFragment f = sql.toSql(Filter.and(Filter.eq("name", "a' OR 1=1"), new Filter.Compare("pop", Filter.ComparisonOp.LT, "10")));
    assertEquals("(\"name\" = ?) AND (\"pop\" < ?)", f.sql());
    assertEquals(List.of("a' OR 1=1", 10L), f.params());
  }

  @Test
  void include_and_empty_or_are_constants() {
    assertEquals("1=1", sql.toSql(Filter.INCLUDE).sql());
    assertEquals("1=0", sql.toSql(new Filter.Or(List.of())).sql());
  }

  @Test
  void nesting_is_bounded() {
    Filter f = Filter.eq("pop", 1);
    for (int i = 0; i < FilterSql.MAX_DEPTH + 5; i++) {
      f = new Filter.Not(f);
    }
    Filter deep = f;
    assertThrows(InvalidQueryException.class, () -> sql.toSql(deep));
  }

  @Test
  void resource_ids_are_bound_integers_and_ids_that_are_not_integers_match_nothing() {
    SqlFragment f = sql.toSql(new Filter.ResourceIds(List.of("12", " 7", "12", "1 OR 1=1", "'; DROP TABLE x; --")));
    assertEquals("fid IN (?,?)", f.sql());
    assertEquals(List.of(12L, 7L), f.params());
    SqlFragment none = sql.toSql(new Filter.ResourceIds(List.of("schools.12", "1 OR 1=1")));
    assertEquals("1=0", none.sql());
    assertEquals(List.of(), none.params());
    List<String> many = java.util.stream.IntStream.rangeClosed(1, FilterSql.MAX_RESOURCE_IDS + 1)
        .mapToObj(String::valueOf).toList();
    assertThrows(InvalidQueryException.class, () -> sql.toSql(new Filter.ResourceIds(many)));
    assertThrows(InvalidQueryException.class, () -> new Filter.ResourceIds(List.of()));
  }

  /** Only the parts of a dialect the filter writer touches. */
  private static final class PostgisLikeDialect implements SqlDialect {
    public String table(String name) {
      return name;
    }

    public String selectGeometry() {
      return "geom";
    }

    public org.locationtech.jts.geom.Geometry readGeometry(byte[] bytes, int srid) {
      throw new IllegalStateException();
    }

    public String geometryParameter(int srid) {
      return "?";
    }

    public byte[] geometryValue(org.locationtech.jts.geom.Geometry g, int srid) {
      return new byte[0];
    }

    public SqlFragment envelopeIntersects(FeatureSchema s, org.locationtech.jts.geom.Envelope env) {
      return SqlFragment.of("geom && box");
    }

    public String columnType(AttributeType type) {
      return "text";
    }

    public void setValue(java.sql.PreparedStatement ps, int index, Object value, AttributeType type) {
    }

    public Object readValue(java.sql.ResultSet rs, int column, AttributeType type) {
      return null;
    }

    public org.locationtech.jts.geom.Envelope extent(javax.sql.DataSource ds, FeatureSchema s) {
      return null;
    }
  }
}
