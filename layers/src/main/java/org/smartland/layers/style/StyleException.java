package org.smartland.layers.style;

/**
 * A style that cannot be read or used: the message names the file and line, e.g.
 * {@code roads.sld:42: unknown symbolizer 'RasterSymbolizer'}; a library load that failed lists every
 * problem found, one per line.
 */
public class StyleException extends RuntimeException {
  public StyleException(String message) {
    super(message);
  }

  public StyleException(String message, Throwable cause) {
    super(message, cause);
  }
}
