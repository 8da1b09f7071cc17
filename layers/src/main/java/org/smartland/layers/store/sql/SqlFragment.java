package org.smartland.layers.store.sql;

import java.util.ArrayList;
import java.util.List;

/** A piece of SQL with its bound parameters, in order. */
public record SqlFragment(String sql, List<Object> params) {
  public static final SqlFragment TRUE = new SqlFragment("1=1", List.of());

  public SqlFragment {
    params = List.copyOf(params);
  }

  public static SqlFragment of(String sql, Object... params) {
    return new SqlFragment(sql, List.of(params));
  }

  /** {@code (a) AND (b)}. */
  public SqlFragment and(SqlFragment other) {
    if (this == TRUE) {
      return other;
    }
    if (other == TRUE) {
      return this;
    }
    List<Object> all = new ArrayList<>(params);
    all.addAll(other.params);
    return new SqlFragment("(" + sql + ") AND (" + other.sql + ")", all);
  }
}
