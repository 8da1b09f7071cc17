package org.smartland.layers.query.cql2;

/**
 * One token of CQL2 text.
 *
 * @param kind     what it is
 * @param text     the word, the operator, or the content of a string or quoted name (unescaped)
 * @param position where it starts, 0-based
 * @param value    the literal of a {@code STRING} (String) or {@code NUMBER} (Long or Double), else null
 */
record Cql2Token(Kind kind, String text, int position, Object value) {
  enum Kind {
    /** A word: keyword, function or property name. */
    WORD,
    /** A "double quoted" property name. */
    QUOTED,
    STRING,
    NUMBER,
    OPEN,
    CLOSE,
    COMMA,
    /** {@code = <> < > <= >=}. */
    COMPARISON,
    END
  }

  boolean is(Kind k) {
    return kind == k;
  }

  /** Whether this is the word {@code upper}, in any case. */
  boolean isWord(String upper) {
    return kind == Kind.WORD && text.equalsIgnoreCase(upper);
  }

  /** How error messages show it. */
  String shown() {
    return switch (kind) {
      case END -> "the end of the filter";
      case STRING -> "the string '" + Cql2Literals.abbreviate(text) + "'";
      case QUOTED -> "\"" + Cql2Literals.abbreviate(text) + "\"";
      default -> "'" + Cql2Literals.abbreviate(text) + "'";
    };
  }
}
