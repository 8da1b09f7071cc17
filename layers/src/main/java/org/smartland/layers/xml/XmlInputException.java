package org.smartland.layers.xml;

/**
 * An XML input (a style, a filter, a POSTed request) that cannot be read or used. The message names the
 * source and line, e.g. {@code FILTER:1: property name 'a/b' is not a plain attribute name}, so that a
 * protocol can echo it to the client as it is.
 */
public class XmlInputException extends RuntimeException {
  public XmlInputException(String message) {
    super(message);
  }

  public XmlInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
