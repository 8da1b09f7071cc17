package org.smartland.layers.query.fes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.gml.GmlGeometryReader;
import org.smartland.layers.query.Filter;
import org.smartland.layers.store.sql.FilterSql;
import org.smartland.layers.xml.XmlCursor;

/**
 * One filter being read, see {@link FesFilterReader}: the logical operators and resource ids, with the
 * nesting depth and the number of operators counted; comparisons and spatial operators are handed on.
 */
final class FesOperators {
  private static final Set<String> SPATIAL = Set.of("BBOX", "Intersects", "Disjoint", "Contains", "Within",
      "Touches", "Crosses", "Overlaps", "Equals", "DWithin", "Beyond");
  private static final Set<String> TEMPORAL = Set.of("After", "Before", "Begins", "BegunBy", "TContains",
      "During", "TEquals", "TOverlaps", "Meets", "OverlappedBy", "MetBy", "Ends", "EndedBy", "AnyInteracts");
  private static final Set<String> ARITHMETIC = Set.of("Add", "Sub", "Mul", "Div");
  private static final Set<String> IDS = Set.of("ResourceId", "FeatureId", "GmlObjectId");
  private static final Set<String> VERSIONING = Set.of("version", "startDate", "endDate", "previousRid");

  private final XmlCursor c;
  private final FesComparisons comparisons;
  private final FesSpatialOperators spatial;
  private int operators;

  FesOperators(XmlCursor c, GmlGeometryReader gml, Crs defaultCrs) {
    this.c = c;
    this.comparisons = new FesComparisons(c);
    this.spatial = gml == null ? null : new FesSpatialOperators(c, gml, defaultCrs);
  }

  /** The Filter element at the cursor: one operator, or resource ids. */
  Filter filter() {
    List<Filter> predicates = operands(1, true);
    if (predicates.isEmpty()) {
      throw c.error("empty Filter");
    }
    if (predicates.size() > 1) {
      throw c.error(predicates.stream().anyMatch(p -> p instanceof Filter.ResourceIds)
          ? "a Filter holds either resource ids or one operator"
          : "a Filter holds one operator; combine several with And or Or");
    }
    return predicates.get(0);
  }

  /** The operators inside the current element; with {@code mergeIds} its resource ids become one filter. */
  private List<Filter> operands(int depth, boolean mergeIds) {
    List<Filter> out = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    int idsAt = -1;
    while (c.nextChild()) {
      if (++operators > FesFilterReader.MAX_OPERATORS) {
        throw c.error("the filter holds more than " + FesFilterReader.MAX_OPERATORS + " operators");
      }
      if (!IDS.contains(c.name())) {
        out.add(operator(depth));
      } else if (mergeIds) {
        if (idsAt < 0) {
          idsAt = out.size();
          out.add(Filter.INCLUDE);
        }
        ids.add(resourceId());
      } else {
        out.add(new Filter.ResourceIds(List.of(resourceId())));
      }
    }
    if (idsAt >= 0) {
      out.set(idsAt, new Filter.ResourceIds(ids));
    }
    return out;
  }

  private Filter operator(int depth) {
    if (depth > FilterSql.MAX_DEPTH) {
      throw c.error("filter nests deeper than " + FilterSql.MAX_DEPTH + " levels");
    }
    String op = c.name();
    if (op.equals("And") || op.equals("Or")) {
      List<Filter> operands = operands(depth + 1, op.equals("Or"));
      if (operands.isEmpty()) {
        throw c.error(op + " needs at least one operand");
      }
      return operands.size() == 1 ? operands.get(0)
          : op.equals("And") ? new Filter.And(operands) : new Filter.Or(operands);
    }
    if (op.equals("Not")) {
      List<Filter> operands = operands(depth + 1, false);
      if (operands.size() != 1) {
        throw c.error("Not takes exactly one operand");
      }
      return new Filter.Not(operands.get(0));
    }
    if (FesComparisons.OPERATORS.contains(op)) {
      return comparisons.read();
    }
    if (SPATIAL.contains(op)) {
      if (spatial == null) {
        throw c.error("unsupported filter '" + op + "': spatial operators are not supported here");
      }
      return spatial.read();
    }
    throw c.error(TEMPORAL.contains(op) ? "temporal operator '" + op + "' is not supported"
        : ARITHMETIC.contains(op) ? "arithmetic ('" + op + "') is not supported"
        : op.equals("Function") ? "function '" + c.attribute("name").orElse("") + "' is not supported"
        : "unsupported filter '" + op + "' (supported: PropertyIsEqualTo, PropertyIsNotEqualTo, "
            + "PropertyIsLessThan[OrEqualTo], PropertyIsGreaterThan[OrEqualTo], PropertyIsLike, PropertyIsNull, "
            + "PropertyIsNil, PropertyIsBetween, And, Or, Not, ResourceId"
            + (spatial == null ? "" : ", BBOX, Intersects, Disjoint, Contains, Within, Touches, Crosses, Overlaps, "
            + "Equals, DWithin, Beyond") + ")");
  }

  /** The id of a {@code ResourceId rid}, {@code FeatureId fid} or {@code GmlObjectId gml:id}, verbatim. */
  private String resourceId() {
    String element = c.name();
    for (String a : VERSIONING) {
      if (c.attribute(a).isPresent()) {
        throw c.error(element + ": feature versions ('" + a + "') are not supported");
      }
    }
    String attribute = switch (element) {
      case "ResourceId" -> "rid";
      case "FeatureId" -> "fid";
      default -> "id";
    };
    String id = c.attribute(attribute).orElseThrow(() -> c.error(element + " needs a" + (attribute.equals("id")
        ? " gml:id" : "n " + attribute) + " attribute"));
    if (id.isBlank() || id.length() > FesFilterReader.MAX_LITERAL_LENGTH) {
      throw c.error(element + ": '" + XmlCursor.abbreviate(id) + "' is not a resource id");
    }
    if (c.nextChild()) {
      throw c.error(element + " holds no elements");
    }
    return id;
  }
}
