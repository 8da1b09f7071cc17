package org.smartland.layers.query.fes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.smartland.layers.gml.GmlVersion;

/**
 * Declares the usual filter prefixes on the root element of a filter text that uses them without declaring
 * them, as hand-written KVP {@code FILTER} values often do ({@code <fes:Filter><fes:PropertyIsEqualTo>…}
 * with no {@code xmlns:fes}); a namespace-aware parser would otherwise reject the text. Declarations the
 * text makes itself are kept, and a text the method cannot read its root element from is returned as it
 * is (the parser then reports it).
 */
final class NamespaceDefaults {
  private static final String XLINK = "http://www.w3.org/1999/xlink";

  private NamespaceDefaults() {
  }

  static String declareMissing(String xml) {
    int start = rootStart(xml);
    if (start < 0) {
      return xml;
    }
    int nameEnd = start + 1;
    while (nameEnd < xml.length() && !Character.isWhitespace(xml.charAt(nameEnd)) && xml.charAt(nameEnd) != '>'
        && xml.charAt(nameEnd) != '/') {
      nameEnd++;
    }
    int tagEnd = tagEnd(xml, nameEnd);
    if (tagEnd < 0) {
      return xml;
    }
    String rootTag = xml.substring(start, tagEnd);
    String rootName = xml.substring(start + 1, nameEnd);
    Map<String, String> prefixes = new LinkedHashMap<>();
    prefixes.put("fes", FesFilterReader.FES_2_0);
    prefixes.put("ogc", FesFilterReader.FE_1_1);
    prefixes.put("gml", rootName.startsWith("ogc:") ? GmlVersion.GML_3_1_1.namespace() : GmlVersion.GML_3_2.namespace());
    prefixes.put("xlink", XLINK);
    StringBuilder declarations = new StringBuilder();
    for (var p : prefixes.entrySet()) {
      boolean used = xml.contains("<" + p.getKey() + ":") || xml.contains(" " + p.getKey() + ":");
      boolean declared = Pattern.compile("xmlns:" + p.getKey() + "\\s*=").matcher(rootTag).find();
      if (used && !declared) {
        declarations.append(" xmlns:").append(p.getKey()).append("=\"").append(p.getValue()).append('"');
      }
    }
    return declarations.length() == 0 ? xml
        : xml.substring(0, nameEnd) + declarations + xml.substring(nameEnd);
  }

  /** The index of the root element's {@code <}, after the XML declaration, comments and white space. */
  private static int rootStart(String xml) {
    int i = 0;
    while (i < xml.length()) {
      char ch = xml.charAt(i);
      if (Character.isWhitespace(ch) || ch == '\uFEFF') {
        i++;
      } else if (xml.startsWith("<?", i)) {
        i = skipPast(xml, i, "?>");
      } else if (xml.startsWith("<!--", i)) {
        i = skipPast(xml, i, "-->");
      } else if (ch == '<' && i + 1 < xml.length() && xml.charAt(i + 1) != '!') {
        return i;
      } else {
        return -1;
      }
      if (i < 0) {
        return -1;
      }
    }
    return -1;
  }

  private static int skipPast(String xml, int from, String end) {
    int at = xml.indexOf(end, from);
    return at < 0 ? -1 : at + end.length();
  }

  /** The index just past the {@code >} ending the start tag, skipping quoted attribute values. */
  private static int tagEnd(String xml, int from) {
    char quote = 0;
    for (int i = from; i < xml.length(); i++) {
      char ch = xml.charAt(i);
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        }
      } else if (ch == '"' || ch == '\'') {
        quote = ch;
      } else if (ch == '>') {
        return i + 1;
      }
    }
    return -1;
  }
}
