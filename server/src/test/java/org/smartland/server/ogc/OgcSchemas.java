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
    return errors(xml, null, schemaUrl);
  }

  /**
   * The validation errors of {@code xml} against official schemas plus an application schema (a
   * DescribeFeatureType answer, whose own imports are resolved offline too); empty when valid.
   *
   * @param appSchema the application schema's bytes, or null
   */
  public static List<String> errors(byte[] xml, byte[] appSchema, String... schemaUrls) {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setResourceResolver(new Offline());
      List<javax.xml.transform.Source> sources = new ArrayList<>();
      for (String schemaUrl : schemaUrls) {
        URL local = local(schemaUrl);
        sources.add(new StreamSource(local.openStream(), local.toExternalForm()));
      }
      if (appSchema != null) {
        sources.add(new StreamSource(new ByteArrayInputStream(appSchema), "urn:test:application-schema"));
      }
      Schema schema = f.newSchema(sources.toArray(new javax.xml.transform.Source[0]));
      return validate(schema, xml);
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("cannot validate against " + List.of(schemaUrls) + ": " + e.getMessage(), e);
    }
  }

  /** The errors of compiling {@code xsd} itself as an XML Schema (imports resolved offline); empty when valid. */
  public static List<String> schemaErrors(byte[] xsd) {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setResourceResolver(new Offline());
    List<String> errors = new ArrayList<>();
    f.setErrorHandler(collector(errors));
    try {
      f.newSchema(new StreamSource(new ByteArrayInputStream(xsd), "urn:test:schema"));
    } catch (SAXException e) {
      if (errors.isEmpty()) {
        errors.add(e.getMessage());
      }
    }
    return errors;
  }

  private static List<String> validate(Schema schema, byte[] xml) throws SAXException, IOException {
    Validator v = schema.newValidator();
    List<String> errors = new ArrayList<>();
    v.setErrorHandler(collector(errors));
    v.validate(new StreamSource(new ByteArrayInputStream(xml)));
    return errors;
  }

  private static ErrorHandler collector(List<String> errors) {
    return new ErrorHandler() {
      public void warning(SAXParseException e) {
      }

      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      public void fatalError(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }
    };
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
      if (systemId == null) {
        return null;
      }
      if (systemId.startsWith("http")) {
        return new Input(local(systemId));
      }
      if (baseUri == null) {
        return null;
      }
      try {
        URL resolved = new URL(new URL(baseUri), systemId);
        String r = resolved.toExternalForm();
        if (r.startsWith("jar:") || r.startsWith("file:")) {
          return new Input(resolved);
        }
        return new Input(local(r));
      } catch (java.net.MalformedURLException e) {
        throw new IllegalStateException("cannot resolve " + systemId + " against " + baseUri, e);
      }
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
