package org.smartland.server.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.smartland.server.TestClient;

/**
 * The "Hand over data" section of the layer panel in headless Chromium on the real data: the contractor of SOM-P036
 * chooses a GeoJSON file (through the file input, as a user would) for its works layer; a file with one bad feature
 * is refused with the feature and the field named and nothing written; a right one is accepted, counted in the layer
 * tree and listed as a version; restoring the version before it brings the layer back. A citizen gets no upload
 * control.
 */
class UploadsPanelBrowserIT {
  private static final String LAYER = "works_som_p036";
  private static ViewerBrowser browser;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    browser = new ViewerBrowser(1280, 900);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private static long featureCount() {
    return TestClient.json(new TestClient(ViewerBrowser.server().port()).get("/api/layers/" + LAYER))
        .get("featureCount").asLong();
  }

  private static String treeCount() {
    return browser.find("#panel-layers [data-layer='" + LAYER + "'] .count").getText();
  }

  private static String english(long n) {
    return String.format(Locale.ENGLISH, "%,d", n);
  }

  /** A works section across Binasco, the {@code i}-th of a file, as a GeoJSON feature in lon/lat. */
  private static String section(double[] at, int i, String id, String properties) {
    double y = at[1] - 0.002 + i * 0.0002;
    return String.format(Locale.ROOT, "{\"type\": \"Feature\", \"id\": \"%s\", \"geometry\": {\"type\":"
        + " \"MultiLineString\", \"coordinates\": [[[%.6f, %.6f], [%.6f, %.6f]]]}, \"properties\": {%s}}", id,
        at[0] - 0.003, y, at[0] + 0.003, y + 0.0005, properties);
  }

  private Path file(String name, List<String> features) throws IOException {
    return Files.writeString(dir.resolve(name), "{\"type\": \"FeatureCollection\", \"features\": ["
        + String.join(",\n", features) + "]}", StandardCharsets.UTF_8);
  }

  /** Chooses the file through the file input (its path typed into it, as the browser's chooser would) and uploads. */
  private static void upload(Path file, String note) {
    browser.find("#ho-file").sendKeys(file.toAbsolutePath().toString());
    WebElement noteInput = browser.find("#ho-note");
    noteInput.clear();
    noteInput.sendKeys(note);
    browser.find("#ho-upload").click();
  }

  /** Clicks an element of a list that may be drawn again meanwhile (the versions follow the live catalog). */
  private static void clickIn(String css, String what) {
    browser.waitUntil(d -> {
      browser.find(css).click();
      return true;
    }, what);
  }

  /**
   * Hands over a right file of {@code count} sections, waits until it is accepted, counted in the layer tree and
   * listed first among the versions; returns its version number.
   */
  private String handOver(double[] at, String good, String name, long count, String note) throws IOException {
    List<String> sections = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sections.add(section(at, i % 20, "s-" + (i + 1), good.replace("Via Roma", "Tratto " + (i + 1))));
    }
    upload(file(name, sections), note);
    String accepted = browser.waitUntil(d -> browser.findAll("#ho-outcome .ho-accepted").isEmpty()
        || !browser.find("#ho-outcome .ho-accepted").getText().contains("holds " + english(count) + " feature") ? null
        : browser.find("#ho-outcome .ho-accepted").getText(), "the upload of " + name + " accepted");
    assertTrue(browser.findAll("#ho-problems").isEmpty(), "no problems listed");
    assertEquals(count, featureCount(), "the layer holds the file's features");
    browser.waitUntil(d -> english(count).equals(treeCount()), "the layer tree counts them");
    WebElement newest = browser.waitUntil(d -> {
      List<WebElement> items = browser.findAll("#ho-version-list li");
      return !items.isEmpty() && "upload".equals(items.get(0).getAttribute("data-kind"))
          && items.get(0).getText().contains(name) ? items.get(0) : null;
    }, "the versions list shows the upload of " + name + " first");
    assertTrue(newest.getText().contains(note), "with its note: " + newest.getText());
    String version = newest.getAttribute("data-version");
    assertTrue(accepted.contains("version " + version), accepted);
    return version;
  }

  @Test
  void the_contractor_hands_over_a_file_sees_its_problems_then_its_version_and_restores_the_one_before()
      throws IOException {
    double[] at = ViewerBrowser.pointInside("Binasco");
    browser.open(String.format(Locale.ROOT, "/#lang=en&t=layers&l=%s&c=%.6f,%.6f&z=15", LAYER, at[0], at[1]));
    assertTrue(browser.findAll("#ho-file").isEmpty(), "no upload control before signing in");
    browser.signIn("contractor");
    browser.waitUntil(d -> !browser.findAll("#ho-file").isEmpty() && browser.find("#ho-file").isDisplayed(),
        "the hand-over section for the contractor");
    assertEquals(LAYER, browser.find("#ho-layer").getAttribute("value"), "its project's works layer is offered");
    long before = featureCount();

    // one right feature and one without its required status and with a width that is not a number
    String good = "\"section\": \"Via Roma\", \"status\": \"in_progress\", \"surface\": \"asphalt\", \"width_m\": 3.5,"
        + " \"completed_on\": \"2026-05-01\"";
    upload(file("works-bad.geojson", List.of(section(at, 0, "ok-1", good),
        section(at, 1, "bad-2", "\"section\": \"Via Milano\", \"width_m\": \"wide\""))), "first try");
    WebElement problems = browser.waitUntil(d -> browser.findAll("#ho-problems li").isEmpty() ? null
        : browser.find("#ho-problems"), "the list of the file's problems");
    List<String> listed = problems.findElements(org.openqa.selenium.By.cssSelector("li")).stream()
        .map(WebElement::getText).toList();
    assertTrue(listed.stream().anyMatch(p -> p.contains("feature 2") && p.contains("bad-2") && p.contains("status")),
        "the missing status of feature 2 is named: " + listed);
    assertTrue(listed.stream().anyMatch(p -> p.contains("feature 2") && p.contains("width_m")),
        "its width that is not a number too: " + listed);
    assertFalse(listed.stream().anyMatch(p -> p.contains("feature 1 ")), "the right feature is not blamed: " + listed);
    assertTrue(browser.find("#ho-outcome [role=alert]").getText().contains("nothing was written"),
        browser.find("#ho-outcome").getText());
    assertEquals(before, featureCount(), "nothing was written");
    browser.screenshot(browser.find("#handover"), "handover-problems.png");
    // the browser notes the 422 answer in the console: that is the refusal shown above, not a script error
    browser.assertOnlyExpectedConsoleErrors(m -> m.contains("/api/uploads") && m.contains("422"),
        "the browser's note of the refused upload");

    // a right file, one section more than the layer holds; then the week after's, one section more again
    String first = handOver(at, good, "works-week-47.geojson", before + 1, "week 47 sections");
    String second = handOver(at, good, "works-week-48.geojson", before + 2, "week 48 sections");
    assertTrue(Integer.parseInt(second) > Integer.parseInt(first), first + " then " + second);
    List<WebElement> items = browser.findAll("#ho-version-list li");
    assertEquals(first, items.get(1).getAttribute("data-version"), "newest first: the week 47 upload second");
    assertTrue(items.get(1).getText().contains("works-week-47.geojson"), items.get(1).getText());

    // restore the version before the newest (week 47's), after confirming
    String previous = first;
    clickIn("#ho-version-list li[data-version='" + previous + "'] .ho-restore", "the restore button");
    browser.waitUntil(d -> !browser.findAll("#ho-version-list li[data-version='" + previous + "'] .ho-restore-yes")
        .isEmpty(), "the restore asks for confirmation");
    assertEquals(before + 2, featureCount(), "nothing restored before confirming");
    clickIn("#ho-version-list li[data-version='" + previous + "'] .ho-restore-yes", "the confirmation");
    String restored = browser.waitUntil(d -> browser.findAll("#ho-outcome .ho-restored").isEmpty() ? null
        : browser.find("#ho-outcome .ho-restored").getText(), "the restore done");
    assertTrue(restored.contains("Version " + previous + " restored"), restored);
    assertEquals(before + 1, featureCount(), "the layer is back as it was in week 47");
    browser.waitUntil(d -> english(before + 1).equals(treeCount()), "the layer tree counts it back");
    browser.waitUntil(d -> {
      List<WebElement> now = browser.findAll("#ho-version-list li");
      return !now.isEmpty() && "restore".equals(now.get(0).getAttribute("data-kind"));
    }, "the restore listed as the newest version");
    browser.screenshot(browser.find("#handover"), "handover-restored.png");
    browser.assertNoErrors();

    // a citizen writes no layer: no upload control
    browser.signIn("citizen");
    browser.js("window.hoLooked = false; window.smartland.live.check().then(() => { window.hoLooked = true; });");
    browser.waitUntil(d -> Boolean.TRUE.equals(browser.js("return window.hoLooked;")), "the catalog as the citizen");
    assertTrue(browser.findAll("#ho-file").isEmpty(), "no file chooser for a citizen");
    assertTrue(browser.findAll("#ho-upload").isEmpty(), "no upload button for a citizen");
    browser.signOut();
    browser.assertNoErrors();
  }
}
