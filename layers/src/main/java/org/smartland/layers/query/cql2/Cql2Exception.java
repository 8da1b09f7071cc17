package org.smartland.layers.query.cql2;

import org.smartland.layers.query.InvalidQueryException;

/**
 * A CQL2 filter that cannot be read: a syntax error, an unsupported function or a bound exceeded. The message
 * names the place: {@code CQL2 text at 14: ...} (the 1-based character position) or
 * {@code CQL2 JSON at $.args[0]: ...} (the path of the offending member). It is an
 * {@link InvalidQueryException}, so protocols report it as a client error (400).
 */
public class Cql2Exception extends InvalidQueryException {
  public Cql2Exception(String message) {
    super(message);
  }
}
