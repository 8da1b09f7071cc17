package org.smartland.layers.xml;

import java.io.InputStream;
import java.io.Reader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that cannot be turned against the server: DTD support, external entities and entity
 * replacement off, every external resource refused (XXE, CVE-2025-58360), namespace aware, text coalesced.
 * The one place such readers are made; {@link XmlCursor} also refuses DOCTYPE and entity events.
 */
final class SafeXmlReaders {
  private static final XMLInputFactory FACTORY = newFactory();

  private SafeXmlReaders() {
  }

  static XMLStreamReader of(InputStream in) throws XMLStreamException {
    return FACTORY.createXMLStreamReader(in);
  }

  static XMLStreamReader of(Reader in) throws XMLStreamException {
    return FACTORY.createXMLStreamReader(in);
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external resource '" + systemId + "' refused");
    });
    try {
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (IllegalArgumentException notSupported) {
      // a StAX implementation without JAXP 1.5 access properties: DTD support is already off
    }
    return f;
  }
}
