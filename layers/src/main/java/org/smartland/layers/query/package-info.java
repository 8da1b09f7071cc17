/**
 * The query model every protocol parses into: {@link org.smartland.layers.query.FeatureQuery} with a bbox,
 * a {@link org.smartland.layers.query.Filter} AST (the common target of FES 2.0 and CQL2), sort keys,
 * paging and property selection. Stores translate it to SQL with bound parameters only; FES 2.0 XML is read
 * into it by {@link org.smartland.layers.query.fes.FesFilterReader}.
 */
package org.smartland.layers.query;
