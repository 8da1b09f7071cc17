package org.smartland.server.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.smartland.server.TestClient;

/**
 * The Indicators panel on the real Sud Ovest Milano data, driven through its own controls: the corridor Water and
 * its indicator {@code acq_res_flood_any} draw the Comuni's choropleth on the map (pixels of the style's colours),
 * the bar chart holds the API's values, the definition is the API's, English shows the English name, and the
 * permalink reopens the same indicator.
 */
class IndicatorsPanelBrowserIT {
  private static final String ID = "acq_res_flood_any";

  @Test
  void showsAnIndicatorOnTheMapInTheChartAndInThePermalink() throws IOException {
    TestClient api = new TestClient(ViewerBrowser.server().port());
    JsonNode indicator = TestClient.json(api.get("/api/indicators/" + ID));
    JsonNode water = null;
    for (JsonNode c : TestClient.json(api.get("/api/layers")).path("corridors")) {
      if (c.path("id").asText().equals(indicator.path("corridor").asText())) {
        water = c;
      }
    }
    assertNotNull(water, "the indicator's corridor is one of the territory's");
    assertEquals("Water and hydrogeological risk", water.path("nameEn").asText());

    try (ViewerBrowser b = new ViewerBrowser(1280, 800)) {
      b.open("/#t=indicators&lang=it");
      b.waitUntil(d -> !b.findAll("#panel-indicators button[data-corridor='acqua']").isEmpty(), "the corridors");
      b.waitUntil(d -> b.js("return window.smartlandFirstRender;") != null, "the map's first rendering");
      BufferedImage mapBefore = b.screenshot(b.find("#map"), "indicators-before.png");

      WebElement waterButton = b.find("#panel-indicators button[data-corridor='acqua']");
      assertEquals(water.path("nameIt").asText(), waterButton.getText());
      waterButton.click();
      b.waitUntil(d -> "true".equals(attribute(b, "#panel-indicators button[data-corridor='acqua']", "aria-pressed"))
          && !b.findAll("#panel-indicators .ind-run").isEmpty(), "the corridor's first indicator shown");
      new Select(b.find("#ind-indicator")).selectByValue(ID);
      b.waitUntil(d -> chartLabel(b).equals(indicator.path("name_it").asText())
          && !b.findAll("#panel-indicators .ind-run").isEmpty(), "the chart of " + ID);

      // (a) the choropleth: at least 3 of the style's class colours, as the map shows them through the layer's
      // opacity, on the map (the WMS image loads on its own), more than before
      assertEquals("indicator_" + ID, b.js("return smartland.map.style('indicators');"));
      double opacity = ((Number) b.js("return smartland.map.wmsLayer('indicators').getOpacity();")).doubleValue();
      List<Integer> ramp = rampColours(api, opacity);
      int before = rampClassesOnMap(mapBefore, ramp);
      int[] classes = {0};
      b.waitUntil(d -> {
        classes[0] = rampClassesOnMap(b.screenshot(b.find("#map"), "indicators-map.png"), ramp);
        return classes[0] >= 3;
      }, "3 class colours of indicator_" + ID + " on the map " + ramp.stream().map(Integer::toHexString).toList());
      assertTrue(classes[0] > before, "the choropleth added its colours (" + before + " before, " + classes[0] + " after)");
      String legend = b.find("#panel-indicators .legend img").getAttribute("src");
      assertTrue(legend.contains("REQUEST=GetLegendGraphic") && legend.contains("STYLE=indicator_" + ID), legend);
      b.waitUntil(d -> Boolean.TRUE.equals(b.js("const i = arguments[0]; return i.complete && i.naturalWidth > 0;",
          b.find("#panel-indicators .legend img"))), "the legend image");
      b.screenshot(null, "indicators-choropleth.png");

      // (b) one bar per Comune with the API's values, highest first, in the corridor's colour
      Map<String, Double> expected = new HashMap<>();
      indicator.path("comuni").forEach(c -> expected.put(c.path("name").asText(),
          c.path("value").isNumber() ? c.path("value").asDouble() : null));
      @SuppressWarnings("unchecked")
      Map<String, Object> data = (Map<String, Object>) b.js("const d = Chart.getChart(document.getElementById("
          + "'ind-chart')).data; return {labels: d.labels, values: d.datasets[0].data, colour: d.datasets[0]"
          + ".backgroundColor};");
      @SuppressWarnings("unchecked")
      List<String> labels = (List<String>) data.get("labels");
      @SuppressWarnings("unchecked")
      List<Object> values = (List<Object>) data.get("values");
      assertEquals(17, expected.size(), "Sud Ovest Milano has 17 Comuni");
      assertEquals(expected.size(), labels.size(), "one bar per Comune: " + labels);
      assertEquals(expected.keySet(), new java.util.HashSet<>(labels));
      double previous = Double.POSITIVE_INFINITY;
      for (int i = 0; i < labels.size(); i++) {
        Double want = expected.get(labels.get(i));
        assertNotNull(want, labels.get(i) + " has a value");
        double got = ((Number) values.get(i)).doubleValue();
        assertEquals(want, got, 1e-6, labels.get(i));
        assertTrue(got <= previous, "sorted by value, highest first: " + labels);
        previous = got;
      }
      assertEquals(water.path("colour").asText(), data.get("colour"));

      // (c) the definition and the territory's value as the API gives them
      assertEquals(indicator.path("definition").asText(), b.find("#panel-indicators .ind-definition").getText());
      assertEquals(indicator.path("method").asText(), b.find("#panel-indicators .ind-method").getText());
      assertEquals(indicator.path("name_it").asText(), b.find("#panel-indicators .ind-name").getText());
      assertTrue(b.find("#panel-indicators .ind-run").getText().contains(indicator.path("run").path("id").asText()));
      assertEquals("Un valore più alto è peggiore · Unità: %", b.find("#panel-indicators .ind-direction").getText());

      // (d) English: the indicator's English name, the direction in English
      b.find(".lang button[data-lang='en']").click();
      b.waitUntil(d -> indicator.path("name_en").asText().equals(attribute(b, "#panel-indicators .ind-name",
          "textContent")), "the English name");
      assertEquals(indicator.path("name_en").asText(), new Select(b.find("#ind-indicator")).getFirstSelectedOption()
          .getText());
      assertEquals("A higher value is worse · Unit: %", b.find("#panel-indicators .ind-direction").getText());
      assertEquals(water.path("nameEn").asText(), b.find("#panel-indicators button[data-corridor='acqua']").getText());
      b.waitUntil(d -> chartLabel(b).equals(indicator.path("name_en").asText()), "the chart redrawn in English");
      b.screenshot(null, "indicators-english.png");
      b.js("document.getElementById('ind-chart').scrollIntoView({block: 'center'});");
      b.screenshot(null, "indicators-chart.png");

      // (e) the permalink holds the indicator and reopening it restores it
      String hash = b.waitUntil(d -> {
        String h = (String) b.js("return location.hash;");
        return h.contains("i=" + ID) && h.contains("lang=en") ? h : null;
      }, "the permalink with i=" + ID);
      b.open("/" + hash);
      b.waitUntil(d -> chartLabel(b).equals(indicator.path("name_en").asText()), "the indicator restored");
      assertEquals(ID, new Select(b.find("#ind-indicator")).getFirstSelectedOption().getAttribute("value"));
      assertEquals("true", b.find("#panel-indicators button[data-corridor='acqua']").getAttribute("aria-pressed"));
      assertEquals(indicator.path("name_en").asText(), b.find("#panel-indicators .ind-name").getText());
      assertEquals(17L, b.js("return Chart.getChart(document.getElementById('ind-chart')).data.labels.length;"));
      b.waitUntil(d -> rampClassesOnMap(b.screenshot(b.find("#map"), "indicators-restored.png"), ramp) >= 3,
          "the choropleth restored");
      b.assertNoErrors();
    }
  }

  /** An attribute (or property such as textContent) of the element, read at once; null without the element. */
  private static String attribute(ViewerBrowser b, String css, String name) {
    return (String) b.js("const e = document.querySelector(arguments[0]); if (!e) return null;"
        + " return arguments[1] in e ? String(e[arguments[1]]) : e.getAttribute(arguments[1]);", css, name);
  }

  /** The label of the chart's dataset (the indicator's name), or "" before the chart exists. */
  private static String chartLabel(ViewerBrowser b) {
    Object label = b.js("const c = document.getElementById('ind-chart'); const ch = c && Chart.getChart(c);"
        + " return ch ? ch.data.datasets[0].label : '';");
    return label == null ? "" : (String) label;
  }

  /**
   * The class colours of the indicator's style as the map shows them: the colours of a GetMap of the Comuni by the
   * server's own WMS (its fills are translucent), laid over white at the layer's opacity, that cover at least 1%
   * of the drawn pixels (the white outlines left out).
   */
  private static List<Integer> rampColours(TestClient api, double opacity) throws IOException {
    JsonNode comuni = null;
    for (JsonNode l : TestClient.json(api.get("/api/layers")).path("layers")) {
      if (l.path("id").asText().equals("comuni")) {
        comuni = l;
      }
    }
    assertNotNull(comuni);
    JsonNode bbox = comuni.path("extentWgs84").path("bbox");
    String url = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=indicators&STYLES=indicator_" + ID
        + "&CRS=CRS:84&BBOX=" + bbox.get(0).asDouble() + "," + bbox.get(1).asDouble() + "," + bbox.get(2).asDouble()
        + "," + bbox.get(3).asDouble() + "&WIDTH=500&HEIGHT=400&FORMAT=image/png&TRANSPARENT=true";
    var response = api.getBytes(url);
    assertEquals(200, response.statusCode(), url);
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(response.body()));
    Map<Integer, Integer> counts = new HashMap<>();
    int drawn = 0;
    for (int x = 0; x < img.getWidth(); x++) {
      for (int y = 0; y < img.getHeight(); y++) {
        int argb = img.getRGB(x, y);
        if ((argb >>> 24) > 0) {
          counts.merge(overWhite(argb, opacity), 1, Integer::sum);
          drawn++;
        }
      }
    }
    List<Integer> ramp = new ArrayList<>();
    int enough = drawn / 100;
    counts.forEach((rgb, n) -> {
      if (n >= enough && !close(rgb, 0xffffff, 6)) {
        ramp.add(rgb);
      }
    });
    assertTrue(ramp.size() >= 3, "the style draws at least 3 classes: " + counts);
    return ramp;
  }

  /** How many of the ramp's colours cover at least 300 pixels of the map. */
  static int rampClassesOnMap(BufferedImage map, List<Integer> ramp) {
    int[] hits = new int[ramp.size()];
    for (int x = 0; x < map.getWidth(); x++) {
      for (int y = 0; y < map.getHeight(); y++) {
        int rgb = map.getRGB(x, y);
        for (int i = 0; i < ramp.size(); i++) {
          if (close(rgb, ramp.get(i), 6)) {
            hits[i]++;
          }
        }
      }
    }
    int n = 0;
    for (int h : hits) {
      if (h >= 300) {
        n++;
      }
    }
    return n;
  }

  /** A WMS pixel laid over white at the layer's opacity. */
  private static int overWhite(int argb, double opacity) {
    double alpha = (argb >>> 24) / 255.0 * opacity;
    int out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int c = argb >> shift & 0xff;
      out |= (int) Math.round(alpha * c + (1 - alpha) * 255) << shift;
    }
    return out;
  }

  private static boolean close(int a, int b, int tolerance) {
    for (int shift = 16; shift >= 0; shift -= 8) {
      if (Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)) > tolerance) {
        return false;
      }
    }
    return true;
  }
}
