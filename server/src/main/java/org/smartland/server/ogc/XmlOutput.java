package org.smartland.server.ogc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XML document with StAX (which escapes every text and attribute value) into a byte array.
 */
public final class XmlOutput {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  /** The body of a document, written against an open writer. */
  public interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  private XmlOutput() {
  }

  public static byte[] document(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      body.write(w);
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** {@code <name>text</name>}. */
  public static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  /** {@code <prefix:name>text</prefix:name>}. */
  public static void element(XMLStreamWriter w, String prefix, String ns, String name, String text)
      throws XMLStreamException {
    w.writeStartElement(prefix, name, ns);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  public static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
