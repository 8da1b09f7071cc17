package org.smartland.layers.xml;

import java.io.InputStream;
import java.io.StringReader;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A forward-only walk over an XML element tree that knows where it is, so every error names the source and
 * line. The invariant: a handler called at a child's start element returns with the cursor on that child's
 * end element. Text between elements must be blank.
 *
 * <p>Safety: DTDs, DOCTYPEs, entity references and external entities are refused (XXE, billion laughs,
 * CVE-2025-58360); elements may nest at most {@link #MAX_DEPTH} levels and a document may hold at most a
 * bounded number of elements, so a hostile or huge request body fails early instead of running on.
 *
 * <p>Not thread-safe: one cursor per document.
 */
public final class XmlCursor implements AutoCloseable {
  /**
   * Deepest element nesting accepted, so that a hostile document cannot exhaust the stack of a recursive
   * reader; leaves room for a WFS request holding a filter nested to its own limit with a geometry inside.
   */
  public static final int MAX_DEPTH = 100;
  /** Elements a document may hold unless the caller says otherwise. */
  public static final int DEFAULT_MAX_ELEMENTS = 200_000;

  private final XMLStreamReader reader;
  private final String source;
  private final int maxElements;
  private int depth;
  private int elements;

  private XmlCursor(XMLStreamReader reader, String source, int maxElements) {
    this.reader = reader;
    this.source = source;
    this.maxElements = maxElements;
  }

  /** A cursor before the root of a stream (read, not closed), with the default element bound. */
  public static XmlCursor open(InputStream in, String source) {
    return open(in, source, DEFAULT_MAX_ELEMENTS);
  }

  /**
   * A cursor before the root of a stream, which is read but not closed; {@code source} names it in messages.
   *
   * @param maxElements elements the document may hold before reading stops with an error
   */
  public static XmlCursor open(InputStream in, String source, int maxElements) {
    try {
      return new XmlCursor(SafeXmlReaders.of(in), source, maxElements);
    } catch (XMLStreamException e) {
      throw notWellFormed(source, e);
    }
  }

  /** A cursor before the root of an XML text, with the default element bound. */
  public static XmlCursor open(String xml, String source) {
    return open(xml, source, DEFAULT_MAX_ELEMENTS);
  }

  /** A cursor before the root of an XML text; see {@link #open(InputStream, String, int)}. */
  public static XmlCursor open(String xml, String source, int maxElements) {
    try {
      return new XmlCursor(SafeXmlReaders.of(new StringReader(xml)), source, maxElements);
    } catch (XMLStreamException e) {
      throw notWellFormed(source, e);
    }
  }

  /** Moves to the root element. */
  public void toRoot() {
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
  public String name() {
    return reader.getLocalName();
  }

  /** The namespace URI of the current element; empty text when it has none. */
  public String namespace() {
    String ns = reader.getNamespaceURI();
    return ns == null ? "" : ns;
  }

  /** An attribute of the current start element, matched by local name whatever its namespace. */
  public Optional<String> attribute(String localName) {
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      if (reader.getAttributeLocalName(i).equals(localName)) {
        return Optional.of(reader.getAttributeValue(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The namespace URI a prefix is bound to at the current start element ({@code ""} for the default
   * namespace), e.g. to resolve {@code slt:schools} in a WFS {@code typeNames}; null when it is not bound, as
   * in {@link javax.xml.namespace.NamespaceContext}.
   */
  public String namespaceUri(String prefix) {
    String uri = reader.getNamespaceContext().getNamespaceURI(prefix);
    return uri == null || uri.isEmpty() ? null : uri;
  }

  /** The name of the document in messages. */
  public String source() {
    return source;
  }

  /** The line the cursor is on, 0 when unknown. */
  public int line() {
    return line(reader.getLocation());
  }

  /**
   * Advances to the next child element of the current element and returns true, or to the current
   * element's end and returns false.
   */
  public boolean nextChild() {
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
  public String text() {
    return rawText().trim();
  }

  /** The text of a text-only element, untrimmed. */
  public String rawText() {
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
  public String constant(String what) {
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
  public double number(String what) {
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
  public double nonNegative(String what) {
    double d = number(what);
    if (d < 0) {
      throw error(what + ": " + d + " must not be negative");
    }
    return d;
  }

  /** A constant number from 0 to 1. */
  public double fraction(String what) {
    double d = number(what);
    if (d < 0 || d > 1) {
      throw error(what + ": " + d + " is not between 0 and 1");
    }
    return d;
  }

  /** Skips the current element and everything in it. */
  public void skip() {
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

  /** An error at the current position: {@code source:line: message}. */
  public XmlInputException error(String message) {
    return new XmlInputException(source + ":" + line() + ": " + message);
  }

  /** An error naming the current element as unknown where it appears. */
  public XmlInputException unknown(String parent) {
    return error("unknown element '" + name() + "' in " + parent);
  }

  /** Releases the parser; the underlying stream stays open. */
  @Override
  public void close() {
    try {
      reader.close();
    } catch (XMLStreamException ignored) {
      // nothing left to release
    }
  }

  /** Shortens echoed input in messages to 40 characters. */
  public static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private int next() {
    int event;
    try {
      event = reader.next();
    } catch (XMLStreamException e) {
      throw notWellFormed(source, e);
    }
    switch (event) {
      case XMLStreamConstants.DTD -> throw error("DOCTYPE declarations are not allowed");
      case XMLStreamConstants.ENTITY_REFERENCE -> throw error("entity references are not allowed");
      case XMLStreamConstants.START_ELEMENT -> {
        if (++elements > maxElements) {
          throw error("the document holds more than " + maxElements + " elements");
        }
      }
      default -> {
        // everything else is judged by the caller
      }
    }
    return event;
  }

  private static XmlInputException notWellFormed(String source, XMLStreamException e) {
    return new XmlInputException(source + ":" + line(e.getLocation()) + ": not well-formed XML: " + cleanMessage(e), e);
  }

  private static int line(Location location) {
    return location == null ? 0 : location.getLineNumber();
  }

  private static String cleanMessage(XMLStreamException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + 9) : m).trim();
  }
}
