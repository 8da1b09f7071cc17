package org.smartland.server.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.smartland.server.TestClient;

/**
 * The Scenarios panel in a real browser on the real data, driven through its form. Runs need the analyst role: signed
 * out, the panel says so instead of offering a run; the analyst signs in through the viewer's dialog. Then a P3
 * flood run followed to its
 * end (the progress bar only grows), its flooded area in the layer tree and drawn on the map, its before/after
 * table equal to the job's results; an accessibility run with nothing drawn refused in the server's words; and one
 * with a stop drawn by clicking the map run to completion.
 */
class ScenariosPanelBrowserIT {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(6);
  private static ViewerBrowser browser;
  private static TestClient api;

  @BeforeAll
  static void open() {
    browser = new ViewerBrowser(1280, 800);
    api = ViewerBrowser.client("analyst");
    // no thematic layer on at first (l=,), so that the flooded area is the only new blue on the map
    browser.open("/#t=scenarios&lang=it&l=,");
    browser.waitUntil(d -> !browser.findAll("#sc-process option[value=flood]").isEmpty()
        && !browser.findAll("#sc-form").isEmpty(), "the scenario form is built");
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void scenarios_run_from_the_form_and_show_their_results() throws InterruptedException {
    // signed out: the form is there to explore, the run is not offered but explained
    assertTrue(browser.findAll("#sc-run").isEmpty(), "no run button for anonymous visitors");
    assertEquals("Per eseguire gli scenari accedi come analista.", browser.find("#sc-analyst-needed p").getText());
    browser.signIn("citizen");
    browser.waitUntil(d -> browser.find("#sc-analyst-needed p").getText().contains("solo gli analisti"),
        "a citizen is told that only analysts run scenarios");
    assertTrue(browser.findAll("#sc-run").isEmpty());
    browser.find("#sc-sign-in").click(); // the panel's own way to sign in as someone else
    browser.waitUntil(d -> browser.find("#signin-dialog").isDisplayed(), "the sign-in dialog");
    browser.find("#signin-cancel").click();
    browser.signIn("analyst");
    browser.waitUntil(d -> !browser.findAll("#sc-run").isEmpty(), "the analyst may run scenarios");
    browser.assertNoErrors();

    // zoom to Rozzano (through the search, by keyboard), where the Lambro's P3 zones lie
    browser.find("#search-input").sendKeys("Rozzano");
    browser.waitUntil(d -> browser.findAll("#search-results li").stream().anyMatch(li -> li.getText()
        .startsWith("Rozzano")), "Rozzano is found");
    browser.find("#search-input").sendKeys(Keys.ENTER);
    BufferedImage mapBefore = settledMap("scenario-map-before.png");

    // the form is generated from the process description: flood's hazard scenario is a select of P3, P2, P1
    choose("flood", "hazard_scenario");
    Select hazard = new Select(browser.find("#sc-input-hazard_scenario"));
    List<String> offered = hazard.getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty())
        .toList();
    assertEquals(List.of("P3", "P2", "P1"), offered);
    assertEquals("Hazard scenario", browser.find("label[for=sc-input-hazard_scenario]").getText());
    assertEquals("number", browser.find("#sc-input-water_level_rise_m").getAttribute("type"));
    assertEquals("0.1", browser.find("#sc-input-water_level_rise_m").getAttribute("min"));
    hazard.selectByValue("P3");
    browser.screenshot(browser.find("#sidebar"), "scenario-form.png");

    // (a) run: the progress bar is shown, only grows, and the run ends successful
    long before = lastJobId();
    browser.find("#sc-run").click();
    List<Integer> seen = new ArrayList<>();
    String id = followRun(null, seen, "scenario-progress.png");
    assertTrue(Long.parseLong(id) > before, "a new run: " + id);
    assertTrue(seen.stream().anyMatch(p -> p < 100), "the bar was seen before the end: " + seen);
    for (int i = 1; i < seen.size(); i++) {
      assertTrue(seen.get(i) >= seen.get(i - 1), "the progress never goes back: " + seen);
    }
    assertEquals(100, seen.get(seen.size() - 1));
    JsonNode job = TestClient.json(api.get("/ogc/jobs/" + id));
    assertEquals("successful", job.get("status").asText());
    assertEquals("P3", job.at("/inputs/hazard_scenario").asText(), "the form sent the chosen scenario");

    // (b) the flooded area is in the layer tree, switched on, and drawn on the map
    String layer = "scenario_" + id + "_flooded_area";
    browser.waitUntil(d -> !browser.findAll("#panel-layers [data-layer=\"" + layer + "\"]").isEmpty(),
        "the layer tree lists " + layer);
    assertTrue(browser.find("#layer-" + layer).isSelected(), "its checkbox is on");
    int blueBefore = floodBlue(mapBefore);
    browser.waitUntil(d -> floodBlue(mapImage("scenario-map-after.png")) - blueBefore > 500,
        "the flooded area's blue appears on the map (" + blueBefore + " such pixels before)");
    BufferedImage alone = wms(layer);
    assertTrue(ViewerBrowser.drawnPixels(alone) > 100, "the WMS draws the flooded area by itself");

    // (c) the before/after table holds the walking indicators with the job's values
    browser.waitUntil(d -> !browser.findAll("#panel-scenarios .sc-indicators tr[data-indicator]").isEmpty(),
        "the before/after table");
    JsonNode results = TestClient.json(api.get("/ogc/jobs/" + id + "/results"));
    Set<String> expected = new LinkedHashSet<>();
    for (JsonNode d : results.get("indicator_deltas")) {
      expected.add(d.get("id").asText());
      WebElement row = browser.find("#panel-scenarios .sc-indicators tr[data-indicator=\"" + d.get("id").asText()
          + "\"]");
      assertEquals(d.get("name_it").asText(), row.findElement(By.cssSelector("th")).getText(), "Italian names");
      assertNumber(d.at("/territory/before"), row.findElement(By.cssSelector("td.before")).getText(), d + " before");
      assertNumber(d.at("/territory/after"), row.findElement(By.cssSelector("td.after")).getText(), d + " after");
      assertNumber(d.at("/territory/delta"), row.findElement(By.cssSelector("td.delta")).getText(), d + " delta");
    }
    assertTrue(expected.containsAll(List.of("mob_res_stop_400m", "qol_school_10min", "qol_health_15min")),
        "the walking indicators: " + expected);
    Set<String> shown = new LinkedHashSet<>();
    browser.findAll("#panel-scenarios .sc-indicators tr[data-indicator]").forEach(r -> shown.add(
        r.getAttribute("data-indicator")));
    assertEquals(expected, shown);
    assertNumber(results.at("/summary/residents_hit"), browser.find(
        "#panel-scenarios .sc-summary tr[data-key=residents_hit] td").getText(), "residents hit");
    // per Comune, folded: opening one shows every Comune's values
    WebElement details = browser.find("#panel-scenarios details[data-indicator=qol_school_10min]");
    details.findElement(By.cssSelector("summary")).click();
    JsonNode school = null;
    for (JsonNode d : results.get("indicator_deltas")) {
      if (d.get("id").asText().equals("qol_school_10min")) {
        school = d;
      }
    }
    JsonNode comune = school.get("by_comune").get(0);
    WebElement comuneRow = details.findElement(By.cssSelector("tr[data-istat=\"" + comune.get("istat").asText()
        + "\"]"));
    assertTrue(comuneRow.isDisplayed());
    assertNumber(comune.get("after"), comuneRow.findElements(By.cssSelector("td")).get(2).getText(), "per Comune");
    browser.screenshot(null, "scenario-flood-done.png");
    assertNoErrorsNow();

    // (d) accessibility with nothing drawn: refused, in the server's words
    choose("accessibility", "add_stops");
    String refusal = TestClient.json(api.post("/api/scenarios", "{\"process\": \"accessibility\", \"inputs\": {}}"))
        .get("detail").asText();
    assertTrue(refusal.contains("add_stops"), refusal);
    browser.find("#sc-run").click();
    browser.waitUntil(d -> browser.errorsShown().stream().anyMatch(e -> e.contains(refusal)),
        "the banner shows the server's refusal");
    assertEquals(1, browser.errorsShown().size(), browser.errorsShown().toString());
    browser.find("#errors .error button").click();
    assertEquals(List.of(), browser.errorsShown());
    List<String> logged = browser.driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    assertTrue(!logged.isEmpty() && logged.stream().allMatch(m -> m.contains("/api/scenarios") || m.contains(
        "add_stops")), "only the expected refusal was logged: " + logged);
    assertEquals(Long.parseLong(id), lastJobId(), "the refused request made no run");

    // (e) a stop drawn by clicking the map, then run to completion
    browser.find("[data-input=add_stops] button[data-draw=Point]").click();
    assertEquals("true", browser.find("[data-input=add_stops] button[data-draw=Point]").getAttribute("aria-pressed"),
        "drawing points");
    WebElement map = browser.find("#map");
    new Actions(browser.driver).moveToElement(map, 10, -20).click().perform();
    browser.waitUntil(d -> "1".equals(browser.find("[data-input=add_stops] .drawn").getAttribute("data-count")),
        "the stop drawn is counted");
    Thread.sleep(600); // feature info would answer a map click after ~250 ms: not while drawing
    assertFalse(browser.find("#info").isDisplayed(), "no feature info while drawing");
    assertTrue(browser.find("[data-input=add_stops] .drawn").getText().contains("1 punto"),
        browser.find("[data-input=add_stops] .drawn").getText());
    browser.find("[data-input=add_stops] button[data-draw=Point]").click(); // stop drawing
    assertEquals("false", browser.find("[data-input=add_stops] button[data-draw=Point]").getAttribute("aria-pressed"));
    browser.find("#sc-run").click();
    String access = followRun(id, new ArrayList<>(), null);
    JsonNode accessJob = TestClient.json(api.get("/ogc/jobs/" + access));
    assertEquals("accessibility", accessJob.get("processID").asText());
    assertEquals("MultiPoint", accessJob.at("/inputs/add_stops/type").asText(), "the drawn stops, collected");
    assertEquals(1, accessJob.at("/inputs/add_stops/coordinates").size());
    JsonNode accessResults = TestClient.json(api.get("/ogc/jobs/" + access + "/results"));
    assertEquals(1, accessResults.at("/summary/stops_added").asInt());
    browser.waitUntil(d -> !browser.findAll("#panel-scenarios .sc-summary tr[data-key=stops_added]").isEmpty(),
        "the accessibility results");
    assertEquals("1", browser.find("#panel-scenarios .sc-summary tr[data-key=stops_added] td").getText());
    // the list of runs holds both, successful
    browser.waitUntil(d -> "successful".equals(browser.find("#sc-jobs [data-job=\"" + access + "\"]")
        .getAttribute("data-status")) && "successful".equals(browser.find("#sc-jobs [data-job=\"" + id + "\"]")
        .getAttribute("data-status")), "the list of runs");
    browser.assertNoErrors();
  }

  /** Chooses a process in the form and waits for its inputs. */
  private static void choose(String process, String anInput) {
    new Select(browser.find("#sc-process")).selectByValue(process);
    browser.waitUntil(d -> !browser.findAll("#sc-form [data-input=" + anInput + "]").isEmpty(),
        "the " + process + " form");
  }

  /**
   * Polls the run box until its run ends successful, noting the progress bar's values; saves a screenshot of the
   * panel while it runs when a name is given. Returns the run's id.
   *
   * @param previous the run the panel showed before (ignored), or null
   */
  private static String followRun(String previous, List<Integer> seen, String screenshot)
      throws InterruptedException {
    Instant end = Instant.now().plus(RUN_TIMEOUT);
    boolean shot = screenshot == null;
    while (Instant.now().isBefore(end)) {
      @SuppressWarnings("unchecked")
      List<Object> s = (List<Object>) browser.js("const b = document.querySelector('#panel-scenarios .run-box');"
          + "const p = b && b.querySelector('progress');"
          + "return b ? [b.dataset.job, b.dataset.status, p ? p.value : -1, !!p && p.offsetWidth > 0, b.innerText]"
          + " : null;");
      if (s != null && !s.get(0).equals(previous)) {
        int value = ((Number) s.get(2)).intValue();
        assertTrue((Boolean) s.get(3), "the progress bar is shown");
        if (seen.isEmpty() || seen.get(seen.size() - 1) != value) {
          seen.add(value);
        }
        String status = (String) s.get(1);
        if (!shot && status.equals("running") && value > 0) {
          browser.screenshot(browser.find("#sidebar"), screenshot);
          shot = true;
        }
        if (status.equals("successful")) {
          return (String) s.get(0);
        }
        assertFalse(status.equals("failed") || status.equals("dismissed"), "the run ended " + status + ": "
            + s.get(4));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the run did not end in " + RUN_TIMEOUT + "; progress seen " + seen);
  }

  private static long lastJobId() {
    JsonNode jobs = TestClient.json(api.get("/ogc/jobs")).get("jobs");
    long max = 0;
    for (JsonNode j : jobs) {
      max = Math.max(max, Long.parseLong(j.get("jobID").asText()));
    }
    return max;
  }

  /** The map once it has stopped changing (its tiles and images loaded). */
  private static BufferedImage settledMap(String name) throws InterruptedException {
    int last = -1;
    for (int i = 0; i < 60; i++) {
      BufferedImage img = mapImage(name);
      int now = ViewerBrowser.drawnPixels(img);
      if (now == last && now > 0) {
        return img;
      }
      last = now;
      Thread.sleep(500);
    }
    throw new AssertionError("the map kept changing for 30 s");
  }

  private static BufferedImage mapImage(String name) {
    return browser.screenshot(browser.find("#map"), name);
  }

  /**
   * Pixels of the flooded area's colour over the white map: its style's fill #2171b5 at 0.45, the layer at 0.85
   * opacity, give about (170, 201, 227).
   */
  private static int floodBlue(BufferedImage img) {
    int n = 0;
    for (int x = 0; x < img.getWidth(); x++) {
      for (int y = 0; y < img.getHeight(); y++) {
        int rgb = img.getRGB(x, y);
        if (Math.abs((rgb >> 16 & 0xff) - 170) <= 8 && Math.abs((rgb >> 8 & 0xff) - 201) <= 8
            && Math.abs((rgb & 0xff) - 227) <= 8) {
          n++;
        }
      }
    }
    return n;
  }

  /** The layer alone from the WMS over the territory. */
  private static BufferedImage wms(String layer) {
    HttpResponse<byte[]> r = api.getBytes("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=" + layer
        + "&STYLES=&CRS=EPSG:4326&BBOX=45.30,8.95,45.47,9.20&WIDTH=400&HEIGHT=300&FORMAT=image/png&TRANSPARENT=true");
    assertEquals(200, r.statusCode());
    try {
      return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(r.body()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A number as the page shows it in Italian ("1.234,56 %", "+0,5") equals the API's to the shown precision. */
  private static void assertNumber(JsonNode expected, String shown, String what) {
    if (expected == null || expected.isNull()) {
      assertTrue(shown.startsWith("–"), what + ": " + shown);
      return;
    }
    Matcher m = Pattern.compile("[+\\-−]?[0-9.]*[0-9](,[0-9]+)?").matcher(shown);
    assertTrue(m.find(), what + ": no number in " + shown);
    BigDecimal value = new BigDecimal(m.group().replace("−", "-").replace("+", "").replace(".", "").replace(",", "."));
    BigDecimal want = BigDecimal.valueOf(expected.asDouble()).setScale(2, RoundingMode.HALF_UP);
    assertEquals(0, want.compareTo(value), what + ": shown " + shown + ", the API says " + expected + " (" + want
        + ")");
  }

  private static void assertNoErrorsNow() {
    browser.assertNoErrors();
  }
}
