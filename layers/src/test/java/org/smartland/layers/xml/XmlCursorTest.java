package org.smartland.layers.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlCursorTest {
  private static final String WFS = "<wfs:GetFeature xmlns:wfs=\"http://www.opengis.net/wfs/2.0\"\n"
      + " xmlns:slt=\"http://smartland.example/twin\" xmlns=\"urn:default\">\n"
      + "<wfs:Query typeNames=\"slt:schools\"><Name> x </Name></wfs:Query>\n</wfs:GetFeature>";

  @Test
  void names_namespaces_prefixes_and_attributes_of_the_current_element() {
    try (XmlCursor c = XmlCursor.open(WFS, "post")) {
      c.toRoot();
      assertEquals("GetFeature", c.name());
      assertEquals("http://www.opengis.net/wfs/2.0", c.namespace());
      assertTrue(c.nextChild());
      assertEquals("Query", c.name());
      String typeName = c.attribute("typeNames").orElseThrow();
      assertEquals("http://smartland.example/twin", c.namespaceUri(typeName.split(":")[0]));
      assertEquals("urn:default", c.namespaceUri(""));
      assertNull(c.namespaceUri("nope"), "not bound");
      assertEquals(Optional.empty(), c.attribute("count"));
      assertTrue(c.nextChild());
      assertEquals("urn:default", c.namespace());
      assertEquals(" x ", c.rawText());
      assertFalse(c.nextChild(), "Query ends");
      assertFalse(c.nextChild(), "GetFeature ends");
    }
  }

  @Test
  void a_stream_reads_like_a_text_and_errors_name_source_and_line() {
    XmlCursor c = XmlCursor.open(new ByteArrayInputStream(WFS.getBytes(StandardCharsets.UTF_8)), "body");
    c.toRoot();
    c.nextChild();
    XmlInputException e = c.error("bad query");
    assertEquals("body:3: bad query", e.getMessage());
    assertEquals("body:3: unknown element 'Query' in GetFeature", c.unknown("GetFeature").getMessage());
    assertEquals("body", c.source());
  }

  @Test
  void text_between_elements_and_elements_inside_text_are_errors() {
    XmlCursor c = XmlCursor.open("<a>stray<b/></a>", "t");
    c.toRoot();
    assertTrue(assertThrows(XmlInputException.class, c::nextChild).getMessage().contains("unexpected text 'stray'"));
    XmlCursor d = XmlCursor.open("<a><b/></a>", "t");
    d.toRoot();
    assertTrue(assertThrows(XmlInputException.class, d::text).getMessage().contains("must contain text only"));
  }

  @Test
  void skip_constant_and_number_keep_the_cursor_invariant() {
    XmlCursor c = XmlCursor.open("<a><skip><x><y/></x></skip><n> 1.5<Literal>e3</Literal> </n><z/></a>", "t");
    c.toRoot();
    c.nextChild();
    c.skip();
    c.nextChild();
    assertEquals(1500.0, c.number("n"));
    assertTrue(c.nextChild());
    assertEquals("z", c.name());
  }

  @Test
  void a_doctype_is_refused_and_an_external_entity_never_read(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-VALUE");
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n<x>&e;</x>";
    XmlInputException e = assertThrows(XmlInputException.class, () -> XmlCursor.open(xxe, "evil").toRoot());
    assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
    assertTrue(e.getMessage().startsWith("evil:"), e.getMessage());
    String laughs = "<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<x>&c;</x>";
    assertThrows(XmlInputException.class, () -> {
      XmlCursor c = XmlCursor.open(laughs, "laughs");
      c.toRoot();
      c.text();
    });
  }

  @Test
  void the_nesting_depth_is_bounded() {
    String deep = "<a>".repeat(XmlCursor.MAX_DEPTH + 1) + "</a>".repeat(XmlCursor.MAX_DEPTH + 1);
    XmlCursor c = XmlCursor.open(deep, "deep");
    c.toRoot();
    XmlInputException e = assertThrows(XmlInputException.class, () -> {
      while (c.nextChild()) {
        // descend
      }
    });
    assertTrue(e.getMessage().contains("nest deeper than " + XmlCursor.MAX_DEPTH), e.getMessage());
  }

  @Test
  void the_number_of_elements_is_bounded() {
    String many = "<a>" + "<b/>".repeat(100) + "</a>";
    XmlCursor c = XmlCursor.open(many, "many", 50);
    c.toRoot();
    XmlInputException e = assertThrows(XmlInputException.class, () -> {
      while (c.nextChild()) {
        c.skip();
      }
    });
    assertTrue(e.getMessage().contains("more than 50 elements"), e.getMessage());
    XmlCursor fine = XmlCursor.open(many, "many");
    fine.toRoot();
    int n = 0;
    while (fine.nextChild()) {
      fine.skip();
      n++;
    }
    assertEquals(100, n);
  }

  @Test
  void malformed_xml_names_its_line() {
    XmlCursor c = XmlCursor.open("<a>\n<b>\n</a>", "bad");
    c.toRoot();
    c.nextChild();
    XmlInputException e = assertThrows(XmlInputException.class, c::nextChild);
    assertTrue(e.getMessage().startsWith("bad:3: not well-formed XML"), e.getMessage());
    assertTrue(assertThrows(XmlInputException.class, () -> XmlCursor.open("", "empty").toRoot()).getMessage()
        .startsWith("empty:"));
  }
}
