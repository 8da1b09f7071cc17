package org.smartland.server.wfs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartland.server.ogc.OgcException;

/**
 * The list shapes of WFS KVP values: one value per query in parentheses ({@code (a,b)(c)}), plain
 * comma-separated lists, and {@code NAMESPACES=xmlns(p,uri)} (2.0) or {@code xmlns(p=uri)} (1.1).
 */
final class KvpLists {
  private static final Pattern XMLNS = Pattern.compile("xmlns\\(\\s*([A-Za-z_][\\w.-]*)?\\s*[,=]\\s*([^)]*)\\)");

  private KvpLists() {
  }

  /** {@code (a,b)(c)} as [[a, b], [c]]; a value without parentheses is one group. */
  static List<List<String>> groups(String value, String locator) {
    String v = value.trim();
    List<List<String>> out = new ArrayList<>();
    if (!v.startsWith("(")) {
      out.add(items(v));
      return out;
    }
    int i = 0;
    while (i < v.length()) {
      if (v.charAt(i) != '(') {
        throw OgcException.invalid(locator, locator + " lists must look like (a,b)(c)");
      }
      int end = v.indexOf(')', i);
      if (end < 0) {
        throw OgcException.invalid(locator, locator + " has an unclosed parenthesis");
      }
      out.add(items(v.substring(i + 1, end)));
      i = end + 1;
      while (i < v.length() && Character.isWhitespace(v.charAt(i))) {
        i++;
      }
    }
    return out;
  }

  /** Comma-separated items, trimmed, empty ones dropped. */
  static List<String> items(String v) {
    List<String> out = new ArrayList<>();
    for (String s : v.split(",")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  /**
   * A FILTER value: one Filter document, or one per query as {@code (<Filter>…</Filter>)(<Filter>…</Filter>)}.
   */
  static List<String> filters(String value) {
    String v = value.trim();
    if (!v.startsWith("(")) {
      return List.of(v);
    }
    List<String> out = new ArrayList<>();
    for (String part : v.split("\\)\\s*\\(\\s*(?=<)")) {
      String p = part.trim();
      if (p.startsWith("(")) {
        p = p.substring(1);
      }
      if (p.endsWith(")")) {
        p = p.substring(0, p.length() - 1);
      }
      out.add(p.trim());
    }
    return out;
  }

  /** The prefixes a NAMESPACES value binds. */
  static Map<String, String> namespaces(String value) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = XMLNS.matcher(value);
    while (m.find()) {
      out.put(m.group(1) == null ? "" : m.group(1), m.group(2).trim());
    }
    return out;
  }
}
