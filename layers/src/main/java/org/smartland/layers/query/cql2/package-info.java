/**
 * CQL2 (OGC 21-065r2, Common Query Language) for OGC API Features Part 3: {@link
 * org.smartland.layers.query.cql2.Cql2TextParser} reads CQL2 text and {@link
 * org.smartland.layers.query.cql2.Cql2JsonParser} reads CQL2 JSON into the shared {@link
 * org.smartland.layers.query.Filter} AST, giving equal ASTs for the same filter in either encoding. Both report
 * the property names read ({@link org.smartland.layers.query.cql2.ParsedFilter}), for the caller to check against
 * the collection's queryables, and fail with a {@link org.smartland.layers.query.cql2.Cql2Exception} naming the
 * character position or JSON path.
 *
 * <h2>Conformance classes implemented in full</h2>
 * Prefix {@code http://www.opengis.net/spec/cql2/1.0/conf/}:
 * <ul>
 *   <li>{@code cql2-text}, {@code cql2-json}: both encodings.</li>
 *   <li>{@code basic-cql2}: {@code = <> < > <= >=} between a property and a literal, in either order (the
 *       operator is flipped when the literal comes first); {@code AND}, {@code OR}, {@code NOT} with precedence
 *       NOT &gt; AND &gt; OR and parentheses; {@code IS [NOT] NULL}; {@code TRUE}/{@code FALSE} as predicates;
 *       literals {@code 'strings'} ({@code ''} or {@code \'} for a quote), integers (Long), decimals and
 *       exponents (Double), {@code TRUE}/{@code FALSE}, {@code DATE('2020-01-31')} (LocalDate),
 *       {@code TIMESTAMP('2020-01-31T10:00:00Z')} (Instant); property names as words or {@code "quoted"}.</li>
 *   <li>{@code advanced-comparison-operators}: {@code [NOT] LIKE} ({@code %}, {@code _}, {@code \} escapes,
 *       kept as the SQL pattern of {@link org.smartland.layers.query.Filter.Like}), {@code [NOT] BETWEEN},
 *       {@code [NOT] IN (…)}.</li>
 *   <li>{@code case-insensitive-comparison}: {@code CASEI} on both sides of {@code =}, {@code <>},
 *       {@code [NOT] LIKE} and {@code [NOT] IN}, read as a case-insensitive LIKE (for equality, of the literal
 *       with its wildcards escaped). Ordered comparisons ({@code <}, {@code >}, …) of CASEI values are refused:
 *       the AST has no case-folding comparison.</li>
 *   <li>{@code basic-spatial-functions}, {@code basic-spatial-functions-plus}, {@code spatial-functions}:
 *       {@code S_INTERSECTS}, {@code S_EQUALS}, {@code S_DISJOINT}, {@code S_TOUCHES}, {@code S_WITHIN},
 *       {@code S_OVERLAPS}, {@code S_CROSSES}, {@code S_CONTAINS} between the geometry property and a literal
 *       in either order ({@code S_WITHIN(literal, g)} is {@code S_CONTAINS(g, literal)}); literals WKT
 *       {@code POINT}, {@code LINESTRING}, {@code POLYGON}, {@code MULTIPOINT}, {@code MULTILINESTRING},
 *       {@code MULTIPOLYGON}, {@code GEOMETRYCOLLECTION} and {@code BBOX(minx, miny, maxx, maxy)} in text, GeoJSON
 *       geometries and {@code {"bbox": […]}} in JSON. 2D only.</li>
 * </ul>
 *
 * <h2>Implemented in part: not to be advertised</h2>
 * <ul>
 *   <li>{@code temporal-functions}: all fifteen {@code T_*} functions between a date or timestamp property and a
 *       {@code DATE}, {@code TIMESTAMP} or {@code INTERVAL} literal (open ends {@code '..'}), either order, as
 *       comparisons of the property with the bounds (see {@code Cql2Temporal}).
 *       Missing: interval-valued properties ({@code INTERVAL(start_property, end_property)}) and comparing two
 *       properties, which the AST cannot express; both are refused by name.</li>
 * </ul>
 * Not implemented, and refused by name: {@code accent-insensitive-comparison} ({@code ACCENTI}),
 * {@code array-functions} ({@code A_*}), {@code property-property} comparisons, {@code functions} (any other
 * function is "unknown function 'name'"), {@code arithmetic}.
 *
 * <h2>Geometry literals and the filter CRS</h2>
 * Literals are in the request's {@code filter-crs} (default CRS84, lon/lat). When its axis order is north/east
 * (e.g. {@code http://www.opengis.net/def/crs/EPSG/0/4326}) positions and BBOX bounds are swapped so that the
 * AST has x = east; every literal carries the CRS's EPSG code as SRID (4326 for CRS84), and stores reproject it
 * to the layer's CRS. A geographic BBOX whose west bound is east of its east bound crosses the antimeridian.
 *
 * <h2>Safety</h2>
 * Hand-written tokenizer and recursive-descent parser, no regular expressions over the input. Property names are
 * plain names (letters, digits, {@code _}): {@code a.b}, {@code a/b}, {@code ns:a}, {@code a(b)} are refused,
 * never evaluated. Literals stay literals, whatever SQL they contain; stores bind them as parameters. Bounded by
 * {@link org.smartland.layers.query.cql2.Cql2Limits}: 64 KiB of input, nesting to {@link
 * org.smartland.layers.store.sql.FilterSql#MAX_DEPTH} (checked before descending, so 10,000 levels fail cleanly),
 * 1,000 operators, 100,000 positions in geometry literals, 10,000-character literals. Parsers are thread-safe.
 */
package org.smartland.layers.query.cql2;
