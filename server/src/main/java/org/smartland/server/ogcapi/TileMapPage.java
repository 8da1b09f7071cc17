package org.smartland.server.ogcapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.locationtech.jts.geom.Envelope;

/**
 * The HTML face of a WebMercatorQuad vector tileset: an OpenLayers map of its tiles, fitted to its bounds,
 * one colour per source layer (polygons filled at {@value #FILL_OPACITY}, lines stroked, points as
 * circles), the list of its layers with the zoom from which each appears, and a panel with the properties
 * of the feature clicked.
 *
 * <p>OpenLayers comes from its WebJar on this server; the page loads nothing from elsewhere. Everything the
 * script needs travels in escaped {@code data-} attributes, and the script ({@code tile-map.js}, beside this
 * class) writes feature data with {@code textContent} only. The page collects script and resource errors in
 * {@code window.__errors} and sets {@code data-rendered="true"} on the map once it has drawn its tiles.
 */
final class TileMapPage {
  /** The colours of the source layers, in the tileset's layer order (Tableau 10), then again from the start. */
  static final List<String> COLOURS = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
      "#e377c2", "#7f7f7f", "#bcbd22", "#17becf");
  /** The opacity of polygon fills; lines and points are opaque. */
  static final double FILL_OPACITY = 0.35;
  private static final String FILL_ALPHA_HEX = String.format("%02x", Math.round(FILL_OPACITY * 255));
  static final String OL_VERSION = webjarVersion("ol");
  private static final String SCRIPT = script("tile-map.js");
  private static final String ERRORS = "window.__errors=[];window.addEventListener('error',function(e){"
      + "window.__errors.push(e.message||('could not load '+(e.target.src||e.target.href)));},true);"
      + "window.addEventListener('unhandledrejection',function(e){window.__errors.push(String(e.reason));});";

  /** A source layer of the tiles: its id (the MVT layer name), title and the zoom from which it appears. */
  record Layer(String id, String title, int minZoom) {
  }

  /**
   * The page's content security policy: the site's, with the page's two inline scripts allowed by their hashes.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:;"
      + " style-src 'self' 'unsafe-inline'; script-src 'self' " + sha256(ERRORS) + " " + sha256(SCRIPT)
      + "; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

  private static String sha256(String script) {
    try {
      return "'sha256-" + java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
          .digest(script.getBytes(java.nio.charset.StandardCharsets.UTF_8))) + "'";
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private TileMapPage() {
  }

  /**
   * @param tiles       the tile URL template, {@code {z}/{y}/{x}}
   * @param wgs84Bounds lon/lat bounds to fit the map to; absent, the map shows the world
   * @param maxZoom     the deepest zoom with tiles
   * @param webjars     the URL of this server's {@code /webjars}
   */
  static String html(String title, List<Map.Entry<String, String>> breadcrumb, String tiles,
                     Optional<Envelope> wgs84Bounds, int maxZoom, List<Layer> layers, String webjars,
                     String jsonHref, String tileJsonHref) {
    String ol = webjars + "/ol/" + OL_VERSION;
    String head = "<link rel=\"stylesheet\" href=\"" + Html.escape(ol + "/ol.css") + "\">"
        + "<script>" + ERRORS + "</script>"
        + "<script src=\"" + Html.escape(ol + "/dist/ol.js") + "\"></script>"
        + "<style>.tile-map{display:flex;gap:1rem;flex-wrap:wrap}#map{flex:3 1 30rem;height:60vh;min-height:20rem;"
        + "border:1px solid #ccc}.tile-map aside{flex:1 1 14rem}.tile-map ul{list-style:none;padding:0}"
        + ".swatch{display:inline-block;width:.9rem;height:.9rem;border:2px solid;margin-right:.4rem;"
        + "vertical-align:middle}.nowrap{white-space:nowrap}</style>";
    StringBuilder body = new StringBuilder("<div class=\"tile-map\"><div id=\"map\" data-tiles=\"")
        .append(Html.escape(tiles)).append("\" data-max-zoom=\"").append(maxZoom)
        .append("\" data-fill-opacity=\"").append(FILL_OPACITY)
        .append("\" data-min-zoom=\"").append(layers.stream().mapToInt(Layer::minZoom).min().orElse(0)).append('"');
    wgs84Bounds.ifPresent(b -> body.append(" data-bounds=\"").append(b.getMinX()).append(',').append(b.getMinY())
        .append(',').append(b.getMaxX()).append(',').append(b.getMaxY()).append('"'));
    body.append("></div><aside><h2>Layers</h2><ul id=\"tile-layers\">");
    for (int i = 0; i < layers.size(); i++) {
      Layer l = layers.get(i);
      String colour = COLOURS.get(i % COLOURS.size());
      body.append("<li data-layer=\"").append(Html.escape(l.id())).append("\" data-colour=\"").append(colour)
          .append("\"><span class=\"swatch\" style=\"border-color:").append(colour).append(";background:")
          .append(colour).append(FILL_ALPHA_HEX).append("\"></span>").append(Html.escape(l.title())).append(" <code>")
          .append(Html.escape(l.id())).append("</code> <span class=\"muted nowrap\">from zoom ").append(l.minZoom())
          .append("</span></li>");
    }
    body.append("</ul><p class=\"muted\">Zoom <span id=\"zoom\"></span>. Click a feature to see its properties.</p>")
        .append("<div id=\"feature\"></div></aside></div>")
        .append("<p class=\"muted\">").append(Html.link(tileJsonHref, "TileJSON"))
        .append(" of these tiles, for other map clients.</p>")
        .append("<script>").append(SCRIPT).append("</script>");
    return Html.page(title, breadcrumb, head, body.toString(), jsonHref);
  }

  private static String webjarVersion(String artifact) {
    String path = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    try (InputStream in = TileMapPage.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the WebJar org.webjars.npm:" + artifact + " is not on the class path");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String script(String name) {
    try (InputStream in = TileMapPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the class path");
      }
      String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (s.contains("</")) {
        throw new IllegalStateException(name + " must not contain '</': it is inlined in a <script> element");
      }
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
