package org.smartland.layers.style;

import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A forward-only walk over an XML element tree that knows where it is, so every error names the source and
 * line. The invariant: a handler called at a child's start element returns with the cursor on that child's
 * end element. Text between elements must be blank; DOCTYPEs are refused.
 */
final class XmlCursor {
  /** Deepest element nesting accepted, so that a hostile document cannot exhaust the stack. */
  static final int MAX_DEPTH = 64;

  private final XMLStreamReader reader;
  private final String source;
  private int depth;

  XmlCursor(XMLStreamReader reader, String source) {
    this.reader = reader;
    this.source = source;
  }

  /** Moves to the root element. */
  void toRoot() {
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth = 1;
        return;
      }
      if (event == XMLStreamConstants.END_DOCUMENT) {
        throw error("the document has no root element");
      }
    }
  }

  /** The local name of the current element, namespace prefix left out. */
  String name() {
    return reader.getLocalName();
  }

  Optional<String> attribute(String localName) {
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      if (reader.getAttributeLocalName(i).equals(localName)) {
        return Optional.of(reader.getAttributeValue(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Advances to the next child element of the current element and returns true, or to the current
   * element's end and returns false.
   */
  boolean nextChild() {
    while (true) {
      int event = next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (++depth > MAX_DEPTH) {
            throw error("elements nest deeper than " + MAX_DEPTH + " levels");
          }
          return true;
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          return false;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (!reader.getText().isBlank()) {
            throw error("unexpected text '" + abbreviate(reader.getText().trim()) + "'");
          }
        }
        case XMLStreamConstants.END_DOCUMENT -> throw error("the document ends inside an element");
        default -> {
          // comments, processing instructions, ignorable whitespace
        }
      }
    }
  }

  /** The text of a text-only element, trimmed; leaves the cursor on its end element. */
  String text() {
    return rawText().trim();
  }

  /** The text of a text-only element, untrimmed. */
  String rawText() {
    try {
      String t = reader.getElementText();
      depth--;
      return t;
    } catch (XMLStreamException e) {
      throw error("'" + name() + "' must contain text only (no elements, no entity references)");
    }
  }

  /**
   * A constant value written as text, as an {@code ogc:Literal}, or as text mixed with literals (SLD
   * parameters, sizes, rotations); trimmed. Property names and functions are refused: values are constant.
   */
  String constant(String what) {
    StringBuilder out = new StringBuilder();
    while (true) {
      int event = next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            out.append(reader.getText());
        case XMLStreamConstants.START_ELEMENT -> {
          if (!name().equals("Literal")) {
            throw error("'" + name() + "' in " + what + ": only constant values are supported");
          }
          depth++;
          out.append(rawText());
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          return out.toString().trim();
        }
        case XMLStreamConstants.END_DOCUMENT -> throw error("the document ends inside an element");
        default -> {
          // comments
        }
      }
    }
  }

  /** A constant number, see {@link #constant}. */
  double number(String what) {
    String s = constant(what);
    try {
      double d = Double.parseDouble(s);
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw error(what + ": '" + abbreviate(s) + "' is not a number");
    }
  }

  /** A constant number, not negative. */
  double nonNegative(String what) {
    double d = number(what);
    if (d < 0) {
      throw error(what + ": " + d + " must not be negative");
    }
    return d;
  }

  /** A constant number from 0 to 1. */
  double fraction(String what) {
    double d = number(what);
    if (d < 0 || d > 1) {
      throw error(what + ": " + d + " is not between 0 and 1");
    }
    return d;
  }

  /** Skips the current element and everything in it. */
  void skip() {
    int level = 1;
    while (level > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        level++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        level--;
      }
    }
    depth--;
  }

  /** An error at the current position: {@code file:line: message}. */
  StyleException error(String message) {
    return new StyleException(source + ":" + line(reader.getLocation()) + ": " + message);
  }

  /** An error naming the current element as unknown where it appears. */
  StyleException unknown(String parent) {
    return error("unknown element '" + name() + "' in " + parent);
  }

  private int next() {
    try {
      int event = reader.next();
      if (event == XMLStreamConstants.DTD) {
        throw error("DOCTYPE declarations are not allowed in styles");
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw error("entity references are not allowed in styles");
      }
      return event;
    } catch (XMLStreamException e) {
      throw new StyleException(source + ":" + line(e.getLocation()) + ": not well-formed XML: "
          + cleanMessage(e), e);
    }
  }

  private static int line(Location location) {
    return location == null ? 0 : location.getLineNumber();
  }

  private static String cleanMessage(XMLStreamException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + 9) : m).trim();
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
