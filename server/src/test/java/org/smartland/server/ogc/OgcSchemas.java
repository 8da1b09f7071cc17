package org.smartland.server.ogc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates documents against the official OGC schemas, offline: schemas.opengis.net and w3.org locations
 * are answered from the {@code ogc-schemas} and {@code w3c-schemas} jars on the test classpath.
 */
public final class OgcSchemas {
  private static final Map<String, String> PREFIXES = Map.of(
      "http://schemas.opengis.net/", "ogc/",
      "http://www.w3.org/1999/xlink.xsd", "w3c/1999/xlink.xsd",
      "http://www.w3.org/XML/1998/namespace", "w3c/2001/xml.xsd",
      "http://www.w3.org/2001/xml.xsd", "w3c/2001/xml.xsd");

  private OgcSchemas() {
  }

  /**
   * The validation errors of {@code xml} against the schema at {@code schemaUrl}; empty when valid.
   *
   * @param schemaUrl e.g. {@code http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd}
   */
  public static List<String> errors(byte[] xml, String schemaUrl) {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setResourceResolver(new Offline());
      URL local = local(schemaUrl);
      Schema schema = f.newSchema(new StreamSource(local.openStream(), local.toExternalForm()));
      Validator v = schema.newValidator();
      List<String> errors = new ArrayList<>();
      v.setErrorHandler(new ErrorHandler() {
        public void warning(SAXParseException e) {
        }

        public void error(SAXParseException e) {
          errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
        }

        public void fatalError(SAXParseException e) {
          errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
        }
      });
      v.validate(new StreamSource(new ByteArrayInputStream(xml)));
      return errors;
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("cannot validate against " + schemaUrl + ": " + e.getMessage(), e);
    }
  }

  static URL local(String url) {
    for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
      if (url.startsWith(e.getKey())) {
        String path = e.getValue().endsWith("/") ? e.getValue() + url.substring(e.getKey().length()) : e.getValue();
        URL found = OgcSchemas.class.getClassLoader().getResource(path);
        if (found == null) {
          throw new IllegalStateException("no local copy of " + url + " (looked for " + path + ")");
        }
        return found;
      }
    }
    throw new IllegalStateException("refusing to fetch " + url + " during tests");
  }

  private static final class Offline implements LSResourceResolver {
    @Override
    public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
      String absolute;
      try {
        absolute = baseUri == null ? systemId : new java.net.URI(baseUri).resolve(systemId).toString();
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        absolute = systemId;
      }
      if (systemId == null) {
        return null;
      }
      if (absolute.startsWith("jar:") || absolute.startsWith("file:")) {
        return null;
      }
      URL url = local(systemId.startsWith("http") ? systemId : absolute);
      return new Input(url);
    }
  }

  private record Input(URL url) implements LSInput {
    public Reader getCharacterStream() {
      return null;
    }

    public void setCharacterStream(Reader r) {
    }

    public InputStream getByteStream() {
      try {
        return url.openStream();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    public void setByteStream(InputStream s) {
    }

    public String getStringData() {
      return null;
    }

    public void setStringData(String s) {
    }

    public String getSystemId() {
      return url.toExternalForm();
    }

    public void setSystemId(String s) {
    }

    public String getPublicId() {
      return null;
    }

    public void setPublicId(String s) {
    }

    public String getBaseURI() {
      return url.toExternalForm();
    }

    public void setBaseURI(String s) {
    }

    public String getEncoding() {
      return null;
    }

    public void setEncoding(String s) {
    }

    public boolean getCertifiedText() {
      return false;
    }

    public void setCertifiedText(boolean b) {
    }
  }
}
