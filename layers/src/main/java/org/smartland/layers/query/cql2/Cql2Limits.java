package org.smartland.layers.query.cql2;

import org.smartland.layers.store.sql.FilterSql;

/**
 * How large a CQL2 filter may be, so that a hostile filter fails with a {@link Cql2Exception} instead of
 * exhausting memory or the stack.
 *
 * @param maxLength        longest filter, in characters
 * @param maxDepth         deepest nesting: of AND/OR/NOT in the filter, of parentheses and NOT in CQL2 text, of
 *                         geometry collections; at most {@link FilterSql#MAX_DEPTH} so that stores accept every
 *                         filter that parses
 * @param maxOperators     most operators in one filter: each predicate, NOT, chain of ANDs or ORs (one AND
 *                         or OR node of the AST) and IN list value counts one
 * @param maxVertices      most positions in all the geometry literals of one filter
 * @param maxLiteralLength longest string literal, in characters
 */
public record Cql2Limits(int maxLength, int maxDepth, int maxOperators, int maxVertices, int maxLiteralLength) {
  /**
   * 64 KiB of text, {@link FilterSql#MAX_DEPTH} levels, 1,000 operators, 100,000 positions, literals of 10,000
   * characters.
   */
  public static final Cql2Limits DEFAULT = new Cql2Limits(64 * 1024, FilterSql.MAX_DEPTH, 1000, 100_000, 10_000);

  public Cql2Limits {
    if (maxLength < 1 || maxDepth < 1 || maxOperators < 1 || maxVertices < 1 || maxLiteralLength < 1) {
      throw new IllegalArgumentException("CQL2 limits must be positive");
    }
    if (maxDepth > FilterSql.MAX_DEPTH) {
      throw new IllegalArgumentException("maxDepth must be at most FilterSql.MAX_DEPTH (" + FilterSql.MAX_DEPTH + ")");
    }
  }
}
