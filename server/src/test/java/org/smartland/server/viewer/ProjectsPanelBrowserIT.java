package org.smartland.server.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.smartland.server.TestClient;

/**
 * The Projects panel on the real Sud Ovest Milano data, in headless Chromium: the corridor × Comune matrix shows
 * the portfolio's counts of {@code GET /api/projects/matrix} in the corridors' colours, the list follows
 * {@code GET /api/projects/ranking}, the weight sliders reorder it as the API does (and a refused weighting is
 * shown in words), and a cell filters the list and highlights its projects on the map.
 */
class ProjectsPanelBrowserIT {
  private static final String NEED_ONLY = "need=1&beneficiaries=0&cost_effectiveness=0&risk_reduction=0&synergy=0";
  private static TestClient client;

  @BeforeAll
  static void server() {
    client = new TestClient(ViewerBrowser.server().port());
  }

  @Test
  void the_matrix_shows_the_portfolios_counts_in_the_corridors_colours_and_the_list_follows_the_ranking() {
    JsonNode matrix = TestClient.json(client.get("/api/projects/matrix"));
    Map<String, Integer> byCorridor = new HashMap<>();
    int pairs = 0;
    JsonNode strongest = null;
    for (JsonNode c : matrix.path("cells")) {
      byCorridor.merge(c.path("corridor").asText(), c.path("projects").asInt(), Integer::sum);
      pairs += c.path("projects").asInt();
      if (strongest == null || c.path("projects").asInt() > strongest.path("projects").asInt()) {
        strongest = c;
      }
    }
    assertTrue(pairs > 0, "the portfolio has projects");
    try (ViewerBrowser b = new ViewerBrowser(1280, 800)) {
      openPanel(b);
      // every cell shows its count, every corridor's column adds up to the API's, and so does the grand total
      for (JsonNode c : matrix.path("cells")) {
        assertEquals(c.path("projects").asInt(), count(cell(b, c).getText()), "cell " + c);
      }
      for (JsonNode corridor : matrix.path("corridors")) {
        String id = corridor.path("id").asText();
        assertEquals(byCorridor.getOrDefault(id, 0), count(b.find("#panel-projects tfoot td[data-corridor='" + id
            + "']").getText()), "column total of " + id);
      }
      assertEquals(pairs, count(b.find("#panel-projects .pj-grand").getText()), "the project–Comune pairs");
      // the busiest cell is drawn in its corridor's full colour: its computed background and its pixels
      String colour = colourOf(matrix, strongest.path("corridor").asText());
      WebElement strong = cell(b, strongest);
      String background = (String) b.js("return getComputedStyle(arguments[0]).backgroundColor", strong);
      assertTrue(background.replace(" ", "").startsWith("rgb" + (background.startsWith("rgba") ? "a" : "") + "("
          + rgbText(colour)), background + " is the corridor's " + colour);
      BufferedImage pixels = b.screenshot(strong, "projects-cell.png");
      assertClose(colour, pixels.getRGB(2, pixels.getHeight() / 2), "the busiest cell's pixels");
      b.screenshot(b.find("#sidebar"), "projects-matrix.png");
      // the list is the API's ranking, 20 at a time
      assertEquals(firstTen(TestClient.json(client.get("/api/projects/ranking"))), pageFirstTen(b));
      int all = TestClient.json(client.get("/api/projects/ranking")).path("projects").size();
      assertEquals(Math.min(20, all), b.findAll("#panel-projects .pj-project").size());
      if (all > 20) {
        b.find("#panel-projects .pj-more").click();
        assertEquals(Math.min(40, all), b.findAll("#panel-projects .pj-project").size(), "show more");
      }
      b.assertNoErrors();
    }
  }

  @Test
  void the_weight_sliders_reorder_the_ranking_as_the_api_does() {
    List<String> byDefault = firstTen(TestClient.json(client.get("/api/projects/ranking")));
    List<String> needOnly = firstTen(TestClient.json(client.get("/api/projects/ranking?" + NEED_ONLY)));
    assertNotEquals(byDefault, needOnly, "need alone ranks differently (else this test proves nothing)");
    try (ViewerBrowser b = new ViewerBrowser(1280, 800)) {
      openPanel(b);
      assertEquals(byDefault, pageFirstTen(b));
      // with the keyboard: need to its maximum, every other weight to zero
      b.find("#pj-weight-need").sendKeys(Keys.END);
      for (String other : List.of("beneficiaries", "cost_effectiveness", "risk_reduction", "synergy")) {
        b.find("#pj-weight-" + other).sendKeys(Keys.HOME);
      }
      assertEquals("1", b.find("#pj-weight-need").getAttribute("value"));
      assertEquals("0", b.find("#pj-weight-synergy").getAttribute("value"));
      b.waitUntil(d -> pageFirstTen(b).equals(needOnly), "the page ranks by need alone: " + needOnly);
      assertTrue(b.find("#pj-weight-need + output, output[for='pj-weight-need']").getText().contains("100"),
          "need carries 100% of the weight");
      b.js("arguments[0].scrollIntoView({block: 'start'})", b.find("#panel-projects .pj-weights"));
      b.screenshot(null, "projects-reordered.png");
      b.assertNoErrors();

      // all weights zero: the server refuses, and the page says so in the server's words
      b.find("#pj-weight-need").sendKeys(Keys.HOME);
      b.waitUntil(d -> b.errorsShown().stream().anyMatch(e -> e.contains("400") && e.contains("zero")),
          "the server's refusal of all-zero weights is shown");
      assertEquals(needOnly, pageFirstTen(b), "the last ranking stays");
      assertTrue(!b.findAll("#panel-projects .pj-stale").isEmpty(), "the list says it is not the current weights'");
      List<LogEntry> logged = b.driver.manage().logs().get(LogType.BROWSER).getAll();
      assertTrue(logged.stream().anyMatch(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()
          && e.getMessage().contains("400")), "the refused request, in the console: " + logged);
      b.find("#errors .error button").click();
      // reset: back to the configured weights and the default ranking
      b.find("#panel-projects .pj-reset").click();
      b.waitUntil(d -> pageFirstTen(b).equals(byDefault) && b.findAll("#panel-projects .pj-stale").isEmpty(),
          "reset weights give the default ranking");
      assertEquals("0.3", b.find("#pj-weight-need").getAttribute("value"));
      b.assertNoErrors();
    }
  }

  @Test
  void a_cell_filters_the_list_and_highlights_its_projects_on_the_map() {
    JsonNode matrix = TestClient.json(client.get("/api/projects/matrix"));
    JsonNode chosen = null;
    for (JsonNode c : matrix.path("cells")) {
      if (chosen == null || c.path("projects").asInt() > chosen.path("projects").asInt()) {
        chosen = c;
      }
    }
    String corridor = chosen.path("corridor").asText();
    int projects = chosen.path("projects").asInt();
    try (ViewerBrowser b = new ViewerBrowser(1280, 800)) {
      openPanel(b);
      int before = magenta(b.screenshot(b.find("#map"), "projects-before-filter-map.png"));
      cell(b, chosen).click();
      b.waitUntil(d -> {
        List<WebElement> items = b.findAll("#panel-projects .pj-project");
        return !items.isEmpty() && items.size() == Math.min(20, projects);
      }, "the list shows the cell's " + projects + " projects");
      assertEquals("true", cell(b, chosen).getAttribute("aria-pressed"));
      for (WebElement item : b.findAll("#panel-projects .pj-project")) {
        assertEquals(corridor, item.getAttribute("data-corridor"), item.getText());
      }
      assertTrue(b.find("#panel-projects .pj-filter").isDisplayed(), "the filter and its clear button are shown");
      assertTrue(b.find("#panel-projects .pj-filter").getText().contains(String.valueOf(projects)),
          b.find("#panel-projects .pj-filter").getText());
      // the ranks are the ranking's, in its order
      List<Integer> ranks = b.findAll("#panel-projects .pj-rank").stream().map(e -> count(e.getText())).toList();
      assertEquals(ranks.stream().sorted().toList(), ranks, "filtered list in rank order");
      // the map highlights them (magenta outlines) once zoomed to them
      int[] after = {0};
      b.waitUntil(d -> (after[0] = magenta(b.screenshot(b.find("#map"), "projects-filtered-map.png"))) > before + 50,
          "magenta highlight on the map");
      b.js("arguments[0].scrollIntoView({block: 'center'})", b.find("#panel-projects .pj-project"));
      b.screenshot(null, "projects-filtered.png");
      // clearing the filter gives the whole ranking back and clears the highlight
      b.find("#panel-projects .pj-clear").click();
      b.waitUntil(d -> b.findAll("#panel-projects .pj-project").size() == Math.min(20,
          TestClient.json(client.get("/api/projects/ranking")).path("projects").size()), "the whole list again");
      assertEquals(firstTen(TestClient.json(client.get("/api/projects/ranking"))), pageFirstTen(b));
      b.waitUntil(d -> magenta(b.screenshot(b.find("#map"), "projects-cleared-map.png")) <= before + 10,
          "no highlight left");
      // by keyboard: the focus is back on the cell; arrows move along its row, Space chooses a cell
      assertEquals(cell(b, chosen), b.driver.switchTo().activeElement(), "the focus returns to the cell");
      b.driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
      WebElement next = b.driver.switchTo().activeElement();
      assertEquals(chosen.path("comune").asText(), next.getAttribute("data-comune"), "same row");
      assertNotEquals(corridor, next.getAttribute("data-corridor"), "next corridor");
      next.sendKeys(Keys.SPACE);
      String nextCorridor = next.getAttribute("data-corridor");
      b.waitUntil(d -> "true".equals(next.getAttribute("aria-pressed")) && List.of(nextCorridor).equals(b.js(
          "return [...new Set([...document.querySelectorAll('#panel-projects .pj-project')]"
          + ".map((e) => e.dataset.corridor))]")), "Space on a cell filters to it");
      b.assertNoErrors();
    }
  }

  private static void openPanel(ViewerBrowser b) {
    b.open("/#t=projects");
    b.waitUntil(d -> !b.findAll("#panel-projects .pj-cell").isEmpty()
        && !b.findAll("#panel-projects .pj-project").isEmpty(), "the matrix and the ranking are shown");
  }

  private static WebElement cell(ViewerBrowser b, JsonNode c) {
    return b.find("#panel-projects .pj-cell[data-corridor='" + c.path("corridor").asText() + "'][data-comune='"
        + c.path("comune").asText() + "']");
  }

  private static List<String> firstTen(JsonNode ranking) {
    List<String> ids = new ArrayList<>();
    for (JsonNode p : ranking.path("projects")) {
      if (ids.size() < 10) {
        ids.add(p.path("project_id").asText());
      }
    }
    return ids;
  }

  /** The ids of the first 10 projects listed (read at once: the list is redrawn as the ranking changes). */
  @SuppressWarnings("unchecked")
  private static List<String> pageFirstTen(ViewerBrowser b) {
    return (List<String>) b.js("return [...document.querySelectorAll('#panel-projects .pj-project')].slice(0, 10)"
        + ".map((e) => e.dataset.projectId)");
  }

  /** A count as the page writes it (Italian thousands separators dropped). */
  private static int count(String text) {
    return Integer.parseInt(text.replaceAll("[^0-9]", ""));
  }

  private static String colourOf(JsonNode matrix, String corridor) {
    for (JsonNode c : matrix.path("corridors")) {
      if (c.path("id").asText().equals(corridor)) {
        return c.path("colour").asText();
      }
    }
    throw new AssertionError("no corridor " + corridor);
  }

  private static String rgbText(String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    return (v >> 16 & 255) + "," + (v >> 8 & 255) + "," + (v & 255);
  }

  private static void assertClose(String hex, int rgb, String what) {
    int v = Integer.parseInt(hex.substring(1), 16);
    int[] want = {v >> 16 & 255, v >> 8 & 255, v & 255};
    int[] got = {rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255};
    for (int i = 0; i < 3; i++) {
      assertTrue(Math.abs(want[i] - got[i]) <= 6, what + ": " + java.util.Arrays.toString(got) + " is not " + hex);
    }
  }

  /** Pixels of the highlight's magenta (#ff00ff outlines). */
  private static int magenta(BufferedImage img) {
    int n = 0;
    for (int x = 0; x < img.getWidth(); x++) {
      for (int y = 0; y < img.getHeight(); y++) {
        int rgb = img.getRGB(x, y);
        if ((rgb >> 16 & 255) > 200 && (rgb >> 8 & 255) < 90 && (rgb & 255) > 200) {
          n++;
        }
      }
    }
    return n;
  }
}
