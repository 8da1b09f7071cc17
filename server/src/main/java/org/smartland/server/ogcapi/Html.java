package org.smartland.server.ogcapi;

import java.util.List;
import java.util.Map;
import org.smartland.server.format.HtmlText;

/**
 * The HTML face of the API: plain server-rendered pages, every value escaped, readable without JavaScript.
 */
final class Html {
  private Html() {
  }

  static String escape(Object value) {
    return HtmlText.escape(value);
  }

  /** A whole page: title, a breadcrumb of links (href → label), the body, and the JSON alternate. */
  static String page(String title, List<Map.Entry<String, String>> breadcrumb, String body, String jsonHref) {
    return page(title, breadcrumb, "", body, jsonHref);
  }

  /** A whole page with more in its head (stylesheets, scripts): markup the caller has already escaped. */
  static String page(String title, List<Map.Entry<String, String>> breadcrumb, String head, String body,
                     String jsonHref) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<link rel=\"icon\" href=\"data:,\">")
        .append("<title>").append(escape(title)).append(" — SmartLand Twin</title><style>")
        .append("body{font-family:system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;color:#222}")
        .append("nav a{margin-right:.3rem}table{border-collapse:collapse;font-size:.9rem}")
        .append("td,th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left;vertical-align:top}")
        .append("th{background:#f3f3f3}svg{border:1px solid #ccc;background:#fafafa;max-width:100%;height:auto}")
        .append(".muted{color:#666}code{background:#f3f3f3;padding:0 .2rem}")
        .append("</style>").append(head).append("</head><body><nav>");
    for (Map.Entry<String, String> b : breadcrumb) {
      sb.append("<a href=\"").append(escape(b.getKey())).append("\">").append(escape(b.getValue())).append("</a> / ");
    }
    sb.append("</nav><h1>").append(escape(title)).append("</h1>").append(body)
        .append("<p class=\"muted\">Also as <a href=\"").append(escape(jsonHref)).append("\">JSON</a>.</p>")
        .append("</body></html>");
    return sb.toString();
  }

  static String link(String href, String text) {
    return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
  }

  /** A two-column table of names and values. */
  static String definitions(List<Map.Entry<String, Object>> rows) {
    StringBuilder sb = new StringBuilder("<table>");
    for (Map.Entry<String, Object> r : rows) {
      sb.append("<tr><th>").append(escape(r.getKey())).append("</th><td>").append(escape(r.getValue())).append("</td></tr>");
    }
    return sb.append("</table>").toString();
  }
}
