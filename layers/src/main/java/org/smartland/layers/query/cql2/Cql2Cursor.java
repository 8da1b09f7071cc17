package org.smartland.layers.query.cql2;

import java.util.List;
import java.util.function.Supplier;
import org.smartland.layers.query.cql2.Cql2Token.Kind;

/** Reads {@link Cql2Token}s one at a time, for the text and WKT readers; errors name the token's position. */
final class Cql2Cursor {
  private final List<Cql2Token> tokens;
  private int next;

  Cql2Cursor(List<Cql2Token> tokens) {
    this.tokens = tokens;
  }

  Cql2Token peek() {
    return tokens.get(next);
  }

  /** The token {@code ahead} places after the next one (the END token past the end). */
  Cql2Token peek(int ahead) {
    return tokens.get(Math.min(next + ahead, tokens.size() - 1));
  }

  Cql2Token take() {
    Cql2Token t = tokens.get(next);
    if (!t.is(Kind.END)) {
      next++;
    }
    return t;
  }

  /** The next token, which must be of this kind; otherwise an error "{@code expected} but found ...". */
  Cql2Token expect(Kind kind, String expected) {
    Cql2Token t = peek();
    if (!t.is(kind)) {
      throw error(t, expected + " but found " + t.shown());
    }
    return take();
  }

  /** The next token, which must be the word {@code upper}. */
  Cql2Token expectWord(String upper, String expected) {
    Cql2Token t = peek();
    if (!t.isWord(upper)) {
      throw error(t, expected + " but found " + t.shown());
    }
    return take();
  }

  static Cql2Exception error(Cql2Token at, String message) {
    return Cql2Lexer.error(at.position(), message);
  }

  /** Runs a step of AST building, reporting its {@link Refusal} at the token. */
  static <T> T at(Cql2Token token, Supplier<T> step) {
    try {
      return step.get();
    } catch (Refusal r) {
      throw error(token, r.getMessage());
    }
  }
}
