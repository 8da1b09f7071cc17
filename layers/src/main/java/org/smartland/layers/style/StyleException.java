package org.smartland.layers.style;

import org.smartland.layers.xml.XmlInputException;

/**
 * A style that cannot be read or used: the message names the file and line, e.g.
 * {@code roads.sld:42: unknown symbolizer 'RasterSymbolizer'}; a library load that failed lists every
 * problem found, one per line. It is an {@link XmlInputException}, so a protocol reading a request's
 * {@code SLD_BODY} can report it like any other bad XML input.
 */
public class StyleException extends XmlInputException {
  public StyleException(String message) {
    super(message);
  }

  public StyleException(String message, Throwable cause) {
    super(message, cause);
  }
}
