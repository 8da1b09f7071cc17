package org.smartland.layers.store.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import org.smartland.layers.catalog.AttributeType;

/** Binds the Java values of the query model to statement parameters. */
public final class SqlParameters {
  private SqlParameters() {
  }

  public static void bind(PreparedStatement ps, int index, Object value, SqlDialect dialect) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.NULL);
    } else if (value instanceof byte[] bytes) {
      ps.setBytes(index, bytes);
    } else if (value instanceof Long l) {
      ps.setLong(index, l);
    } else if (value instanceof Integer i) {
      ps.setInt(index, i);
    } else if (value instanceof Double d) {
      ps.setDouble(index, d);
    } else if (value instanceof String s) {
      ps.setString(index, s);
    } else if (value instanceof Boolean) {
      dialect.setValue(ps, index, value, AttributeType.BOOLEAN);
    } else if (value instanceof LocalDate) {
      dialect.setValue(ps, index, value, AttributeType.DATE);
    } else if (value instanceof Instant) {
      dialect.setValue(ps, index, value, AttributeType.DATETIME);
    } else {
      throw new IllegalArgumentException("cannot bind a " + value.getClass().getSimpleName());
    }
  }
}
