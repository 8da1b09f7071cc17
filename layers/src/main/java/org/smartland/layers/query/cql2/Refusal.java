package org.smartland.layers.query.cql2;

/**
 * A CQL2 error found while building the AST, before the parser has added where it happened: each parser turns
 * it into a {@link Cql2Exception} naming the character position or the JSON path.
 */
final class Refusal extends RuntimeException {
  Refusal(String message) {
    super(message, null, false, false);
  }
}
