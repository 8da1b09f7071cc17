package org.smartland.layers.query.cql2;

import java.util.ArrayList;
import java.util.List;
import org.smartland.layers.query.cql2.Cql2Token.Kind;

/**
 * Splits CQL2 text into {@link Cql2Token}s with one left-to-right scan (no regular expressions, no
 * backtracking). Words are letters, digits and {@code _}; a word glued to a path or prefix character
 * ({@code a.b}, {@code a/b}, {@code ns:a}, {@code a-b}) is refused as not a property name. Strings are
 * {@code '...'} with {@code ''} or {@code \'} for a quote; other backslashes stay, as LIKE escapes. Numbers are
 * integers (Long) or decimals and exponents (Double), with an optional sign. Arithmetic operators are refused.
 */
final class Cql2Lexer {
  private static final int MAX_NUMBER_LENGTH = 256;
  private static final String PATH_CHARACTERS = ".:/[@#$";

  private final String s;
  private final int maxLiteralLength;
  private final List<Cql2Token> tokens = new ArrayList<>();
  private int i;

  private Cql2Lexer(String s, int maxLiteralLength) {
    this.s = s;
    this.maxLiteralLength = maxLiteralLength;
  }

  /** The tokens of the text, ending with an {@code END} token. */
  static List<Cql2Token> tokens(String text, int maxLiteralLength) {
    Cql2Lexer lexer = new Cql2Lexer(text, maxLiteralLength);
    lexer.scan();
    return lexer.tokens;
  }

  /** The error at a 0-based position, reported 1-based. */
  static Cql2Exception error(int position, String message) {
    return new Cql2Exception("CQL2 text at " + (position + 1) + ": " + message);
  }

  private void scan() {
    while (i < s.length()) {
      char c = s.charAt(i);
      int start = i;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(') {
        add(Kind.OPEN, "(", start);
      } else if (c == ')') {
        add(Kind.CLOSE, ")", start);
      } else if (c == ',') {
        add(Kind.COMMA, ",", start);
      } else if (c == '=' || c == '<' || c == '>') {
        comparison(c);
      } else if (c == '\'') {
        string();
      } else if (c == '"') {
        quoted();
      } else if (isDigit(c) || c == '.' || ((c == '-' || c == '+') && numberFollows(i + 1))) {
        number();
      } else if (Cql2Literals.nameStart(c)) {
        word();
      } else if (c == '!' && at(i + 1) == '=') {
        throw error(start, "'!=' is not CQL2; write '<>'");
      } else if ("+-*/^%".indexOf(c) >= 0) {
        throw error(start, "arithmetic ('" + c + "') is not supported");
      } else {
        throw error(start, "unexpected character " + describe(c));
      }
    }
    tokens.add(new Cql2Token(Kind.END, "", s.length(), null));
  }

  private void add(Kind kind, String text, int start) {
    i = start + text.length();
    tokens.add(new Cql2Token(kind, text, start, null));
  }

  private void comparison(char c) {
    int start = i;
    char next = at(i + 1);
    String op = c == '<' && (next == '>' || next == '=') ? "<" + next
        : c == '>' && next == '=' ? ">=" : String.valueOf(c);
    add(Kind.COMPARISON, op, start);
  }

  private void string() {
    int start = i++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (i >= s.length()) {
        throw error(start, "the string starting here is not closed with '");
      }
      char c = s.charAt(i);
      if (c == '\'' && at(i + 1) == '\'' || c == '\\' && at(i + 1) == '\'') {
        out.append('\'');
        i += 2;
      } else if (c == '\'') {
        i++;
        break;
      } else {
        out.append(c);
        i++;
      }
      if (out.length() > maxLiteralLength) {
        throw error(start, "a string literal is longer than " + maxLiteralLength + " characters");
      }
    }
    tokens.add(new Cql2Token(Kind.STRING, out.toString(), start, out.toString()));
  }

  private void quoted() {
    int start = i;
    int end = s.indexOf('"', start + 1);
    if (end < 0) {
      throw error(start, "the quoted property name starting here is not closed with \"");
    }
    String name = s.substring(start + 1, end);
    try {
      Cql2Literals.propertyName(name);
    } catch (Refusal r) {
      throw error(start + 1, r.getMessage());
    }
    i = end + 1;
    tokens.add(new Cql2Token(Kind.QUOTED, name, start, null));
  }

  private void word() {
    int start = i;
    while (i < s.length() && Cql2Literals.namePart(s.charAt(i))) {
      i++;
    }
    char next = at(i);
    if (PATH_CHARACTERS.indexOf(next) >= 0 && next != 0 || next == '-' && Cql2Literals.nameStart(at(i + 1))) {
      int end = i;
      while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && "(),'\"=<>".indexOf(s.charAt(end)) < 0) {
        end++;
      }
      throw error(start, "'" + Cql2Literals.abbreviate(s.substring(start, end)) + "' is not a property name: names "
          + "are letters, digits and '_' (paths, prefixes and expressions are not supported)");
    }
    if (i - start > Cql2Literals.MAX_NAME_LENGTH) {
      throw error(start, "a name is longer than " + Cql2Literals.MAX_NAME_LENGTH + " characters");
    }
    tokens.add(new Cql2Token(Kind.WORD, s.substring(start, i), start, null));
  }

  private void number() {
    int start = i;
    if (s.charAt(i) == '-' || s.charAt(i) == '+') {
      i++;
    }
    int digits = skipDigits();
    boolean decimal = false;
    if (at(i) == '.') {
      decimal = true;
      i++;
      digits += skipDigits();
    }
    if (digits == 0) {
      throw error(start, "unexpected '" + s.substring(start, i) + "'");
    }
    if (at(i) == 'e' || at(i) == 'E') {
      decimal = true;
      i++;
      if (at(i) == '+' || at(i) == '-') {
        i++;
      }
      if (skipDigits() == 0) {
        throw error(start, "the number '" + s.substring(start, i) + "' has no exponent digits");
      }
    }
    if (Cql2Literals.namePart(at(i)) || at(i) == '.') {
      int end = i;
      while (end < s.length() && (Cql2Literals.namePart(s.charAt(end)) || s.charAt(end) == '.')) {
        end++;
      }
      throw error(start, "'" + Cql2Literals.abbreviate(s.substring(start, end)) + "' is not a number");
    }
    String text = s.substring(start, i);
    if (text.length() > MAX_NUMBER_LENGTH) {
      throw error(start, "a number is longer than " + MAX_NUMBER_LENGTH + " characters");
    }
    tokens.add(new Cql2Token(Kind.NUMBER, text, start, number(text, decimal, start)));
  }

  private static Object number(String text, boolean decimal, int start) {
    if (!decimal) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw error(start, "the integer " + Cql2Literals.abbreviate(text) + " is out of range");
      }
    }
    double d = Double.parseDouble(text);
    if (!Double.isFinite(d)) {
      throw error(start, "the number " + Cql2Literals.abbreviate(text) + " is out of range");
    }
    return d;
  }

  private int skipDigits() {
    int start = i;
    while (isDigit(at(i))) {
      i++;
    }
    return i - start;
  }

  private boolean numberFollows(int from) {
    return isDigit(at(from)) || at(from) == '.' && isDigit(at(from + 1));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The character at {@code index}, or 0 past the end. */
  private char at(int index) {
    return index < s.length() ? s.charAt(index) : 0;
  }

  private static String describe(char c) {
    return c < 0x20 || c == 0x7f || Character.isISOControl(c) || Character.isSurrogate(c)
        ? String.format("U+%04X", (int) c) : "'" + c + "'";
  }
}
