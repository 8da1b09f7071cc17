package org.smartland.layers.query.cql2;

import java.util.Set;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.Filter;

/**
 * Parses CQL2 text (OGC 21-065r2) into the {@link Filter} AST: a hand-written tokenizer
 * ({@code Cql2Lexer}) and a recursive-descent parser ({@code Cql2TextReader}) with precedence NOT &gt; AND &gt;
 * OR. See the package documentation for the supported conformance classes, the literal rules and the bounds.
 *
 * <p>Geometry literals are in the filter CRS ({@code filter-crs}, default CRS84): when it is north/east
 * ({@code http://www.opengis.net/def/crs/EPSG/0/4326}) positions are swapped so that the AST has x = east, and
 * every literal carries the CRS's EPSG code as SRID. Errors are {@link Cql2Exception}s naming the 1-based
 * character position, e.g. {@code CQL2 text at 14: expected a property or a literal after '=' but found ')'}.
 * Thread-safe.
 */
public final class Cql2TextParser {
  private final CrsTransforms crs;
  private final Cql2Limits limits;

  public Cql2TextParser(CrsTransforms crs) {
    this(crs, Cql2Limits.DEFAULT);
  }

  public Cql2TextParser(CrsTransforms crs, Cql2Limits limits) {
    this.crs = crs;
    this.limits = limits;
  }

  /**
   * The filter.
   *
   * @param filterCrs the CRS of geometry literals; null means CRS84
   * @throws Cql2Exception if the text is not a supported CQL2 filter or exceeds a bound
   */
  public Filter parse(String input, Crs filterCrs) {
    return parseWithNames(input, filterCrs).filter();
  }

  /** The filter with the property names it reads, for checking against the queryables. */
  public ParsedFilter parseWithNames(String input, Crs filterCrs) {
    if (input == null || input.isBlank()) {
      throw new Cql2Exception("CQL2 text: the filter is empty");
    }
    if (input.length() > limits.maxLength()) {
      throw new Cql2Exception("CQL2 text: the filter is longer than " + limits.maxLength() + " characters");
    }
    Crs crsOfLiterals = filterCrs == null ? Crs.CRS84_LONLAT : filterCrs;
    Cql2Predicates predicates = new Cql2Predicates(limits.maxOperators());
    Cql2Geometries geometries = new Cql2Geometries(crs, crsOfLiterals, limits.maxVertices());
    Filter f = new Cql2TextReader(Cql2Lexer.tokens(input, limits.maxLiteralLength()), predicates, geometries,
        limits.maxDepth()).filter();
    if (FilterProperties.depth(f) > limits.maxDepth()) {
      throw new Cql2Exception("CQL2 text: the filter nests deeper than " + limits.maxDepth() + " levels");
    }
    return predicates.result(f);
  }

  /** Every property a comparison, LIKE, IN, BETWEEN or IS NULL of the filter reads (not spatial ones), in order. */
  public static Set<String> properties(Filter f) {
    return FilterProperties.of(f);
  }
}
