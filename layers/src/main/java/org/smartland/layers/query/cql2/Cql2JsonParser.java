package org.smartland.layers.query.cql2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.query.Filter;

/**
 * Parses CQL2 JSON (OGC 21-065r2) into the {@link Filter} AST, equal to the AST {@link Cql2TextParser} gives
 * for the same filter in CQL2 text. See the package documentation for the supported conformance classes.
 *
 * <p>The JSON is read with Jackson, bounded in nesting depth and refusing duplicate members and trailing
 * content; the tree is then walked by {@code Cql2JsonReader}. Geometry literals (GeoJSON, {@code bbox}) are in
 * the filter CRS ({@code filter-crs}, default CRS84), swapped to x = east when it is north/east, with the
 * CRS's EPSG code as SRID. Errors are {@link Cql2Exception}s naming the JSON path, e.g.
 * {@code CQL2 JSON at $.args[1]: ...}, or the line and column for malformed JSON. Thread-safe.
 */
public final class Cql2JsonParser {
  private final CrsTransforms crs;
  private final Cql2Limits limits;
  private final ObjectMapper json;

  public Cql2JsonParser(CrsTransforms crs) {
    this(crs, Cql2Limits.DEFAULT);
  }

  public Cql2JsonParser(CrsTransforms crs, Cql2Limits limits) {
    this.crs = crs;
    this.limits = limits;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(jsonDepth(limits)).build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.json = new ObjectMapper(factory);
  }

  /** JSON nesting for the deepest filter: an object and an args array per level, geometries and operands. */
  private static int jsonDepth(Cql2Limits limits) {
    return 2 * limits.maxDepth() + 32;
  }

  /**
   * The filter.
   *
   * @param filterCrs the CRS of geometry literals; null means CRS84
   * @throws Cql2Exception if the JSON is not a supported CQL2 filter or exceeds a bound
   */
  public Filter parse(String input, Crs filterCrs) {
    return parseWithNames(input, filterCrs).filter();
  }

  /** The filter with the property names it reads, for checking against the queryables. */
  public ParsedFilter parseWithNames(String input, Crs filterCrs) {
    if (input == null || input.isBlank()) {
      throw new Cql2Exception("CQL2 JSON: the filter is empty");
    }
    if (input.length() > limits.maxLength()) {
      throw new Cql2Exception("CQL2 JSON: the filter is longer than " + limits.maxLength() + " characters");
    }
    JsonNode root = read(input);
    Crs crsOfLiterals = filterCrs == null ? Crs.CRS84_LONLAT : filterCrs;
    Cql2Predicates predicates = new Cql2Predicates(limits.maxOperators());
    Cql2Geometries geometries = new Cql2Geometries(crs, crsOfLiterals, limits.maxVertices());
    Filter f = new Cql2JsonReader(predicates, geometries, limits).filter(root);
    if (FilterProperties.depth(f) > limits.maxDepth()) {
      throw new Cql2Exception("CQL2 JSON: the filter nests deeper than " + limits.maxDepth() + " levels");
    }
    return predicates.result(f);
  }

  private JsonNode read(String input) {
    try (JsonParser parser = json.createParser(input)) {
      try {
        JsonNode root = json.readTree(parser);
        if (parser.nextToken() != null) {
          throw new Cql2Exception("CQL2 JSON" + where(parser.currentTokenLocation())
              + ": not valid JSON: content after the filter");
        }
        return root;
      } catch (StreamConstraintsException e) {
        throw new Cql2Exception("CQL2 JSON" + where(parser.currentLocation()) + ": the JSON nests deeper than "
            + jsonDepth(limits) + " levels");
      }
    } catch (JsonProcessingException e) {
      throw new Cql2Exception("CQL2 JSON" + where(e.getLocation()) + ": not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }

  private static String where(JsonLocation l) {
    return l == null || l.getLineNr() < 1 ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
  }

  /** Every property a comparison, LIKE, IN, BETWEEN or IS NULL of the filter reads (not spatial ones), in order. */
  public static Set<String> properties(Filter f) {
    return FilterProperties.of(f);
  }
}
