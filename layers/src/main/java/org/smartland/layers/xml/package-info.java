/**
 * Safe reading of XML inputs shared by every protocol: {@link org.smartland.layers.xml.XmlCursor}, a
 * forward-only walk over a StAX reader with DTDs, DOCTYPEs and external entities refused and the depth and
 * number of elements bounded, whose errors ({@link org.smartland.layers.xml.XmlInputException}) name the
 * source and line.
 */
package org.smartland.layers.xml;
