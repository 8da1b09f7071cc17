package org.smartland.layers.query.fes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.layers.crs.Crs;
import org.smartland.layers.crs.CrsTransforms;
import org.smartland.layers.gml.GmlGeometryReader;
import org.smartland.layers.xml.XmlInputException;

/** Filters crafted to read files, call out, blow up memory or the stack: each is refused, quickly. */
class HostileFilterTest {
  private static final FesFilterReader READER = new FesFilterReader(new GmlGeometryReader(new CrsTransforms(), 10_000));
  private static final Crs UTM = Crs.epsg(32632);

  private static String refused(String xml) {
    return assertThrows(XmlInputException.class, () -> READER.parse(xml, UTM)).getMessage();
  }

  private static String equalTo(String literal) {
    return "<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\"><fes:PropertyIsEqualTo><fes:ValueReference>name"
        + "</fes:ValueReference><fes:Literal>" + literal + "</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>";
  }

  @Test
  void an_external_file_entity_is_refused_and_the_file_never_read(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("passwd");
    Files.writeString(secret, "root:TOP-SECRET-VALUE");
    String m = refused("<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n" + equalTo("&e;"));
    assertFalse(m.contains("TOP-SECRET"), m);
    assertTrue(m.startsWith("FILTER:"), m);
    assertTrue(refused("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + equalTo("&e;"))
        .startsWith("FILTER:"));
  }

  @Test
  void an_external_entity_or_dtd_never_calls_out() throws IOException {
    try (ServerSocket listener = new ServerSocket(0)) {
      listener.setSoTimeout(300);
      String url = "http://127.0.0.1:" + listener.getLocalPort() + "/x";
      refused("<!DOCTYPE x [<!ENTITY e SYSTEM \"" + url + "\">]>" + equalTo("&e;"));
      refused("<!DOCTYPE x SYSTEM \"" + url + "\">" + equalTo("a"));
      refused("<!DOCTYPE x [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>" + equalTo("a"));
      assertThrows(SocketTimeoutException.class, listener::accept, "nothing connected");
    }
  }

  @Test
  void billion_laughs_is_refused_before_expanding() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE x [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    long start = System.nanoTime();
    String m = refused(dtd + equalTo("&l9;"));
    assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "refused quickly");
    assertTrue(m.contains("DOCTYPE") || m.contains("entity") || m.contains("not well-formed"), m);
  }

  @Test
  void ten_thousand_levels_of_nesting_fail_without_a_stack_overflow() {
    String leaf = "<PropertyIsNull><PropertyName>a</PropertyName></PropertyIsNull>";
    for (String op : new String[] {"Not", "And", "Or"}) {
      String deep = "<Filter>" + ("<" + op + ">").repeat(10_000) + leaf + ("</" + op + ">").repeat(10_000) + "</Filter>";
      assertTrue(refused(deep).contains("nests deeper"), op);
    }
    String deepGeometry = "<Filter><Intersects>" + "<MultiGeometry srsName=\"EPSG:32632\"><geometryMember>".repeat(5000)
        + "</geometryMember></MultiGeometry>".repeat(5000) + "</Intersects></Filter>";
    assertTrue(refused(deepGeometry).contains("nest deeper"));
  }
}
