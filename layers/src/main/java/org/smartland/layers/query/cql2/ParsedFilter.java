package org.smartland.layers.query.cql2;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.smartland.layers.query.Filter;

/**
 * A parsed CQL2 filter and the names it reads, in order of appearance, for the caller to check against the
 * collection's queryables before running it.
 *
 * @param filter             the filter AST
 * @param properties         the attribute properties compared, matched or tested (every property outside
 *                           spatial functions)
 * @param geometryProperties the properties named as the geometry argument of a spatial function
 */
public record ParsedFilter(Filter filter, Set<String> properties, Set<String> geometryProperties) {
  public ParsedFilter {
    Objects.requireNonNull(filter, "filter");
    properties = Collections.unmodifiableSet(new LinkedHashSet<>(properties));
    geometryProperties = Collections.unmodifiableSet(new LinkedHashSet<>(geometryProperties));
  }
}
