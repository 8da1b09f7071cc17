package org.smartland.server.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.smartland.server.TestClient;

/**
 * The Proposals panel in headless Chromium on the real data: a citizen proposes a need by clicking the map, a
 * moderator approves it in the panel, and it is then in the public list and drawn in the map's proposals layer; a
 * vote and a comment are counted; a proposal the server refuses shows the server's words.
 */
class ParticipationBrowserIT {
  private static ViewerBrowser browser;
  private static TestClient moderator;

  @BeforeAll
  static void start() {
    browser = new ViewerBrowser(1280, 800);
    moderator = ViewerBrowser.client("moderator");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @AfterEach
  void signOutIfSignedIn() {
    if (!browser.findAll("#account-who[data-user]").isEmpty()) {
      browser.signOut();
    }
  }

  private static String view(String comune, int zoom, String lang) {
    double[] at = ViewerBrowser.pointInside(comune);
    return String.format(Locale.ROOT, "/#t=proposals&lang=%s&l=,&c=%.6f,%.6f&z=%d", lang, at[0], at[1], zoom);
  }

  /** Clicks the map at a pixel of the map element. */
  private static void clickMap(int x, int y) {
    WebElement map = browser.find("#map");
    new Actions(browser.driver).moveToElement(map, x - map.getSize().getWidth() / 2, y - map.getSize().getHeight() / 2)
        .click().perform();
  }

  /** The longitude, latitude under a pixel of the map. */
  @SuppressWarnings("unchecked")
  private static List<Number> lonLatAt(int x, int y) {
    return (List<Number>) browser.js("const m = window.smartland.map.map; return ol.proj.toLonLat("
        + "m.getCoordinateFromPixel([arguments[0], arguments[1]]));", x, y);
  }

  /** Fills the "Propose" form (kind need, by a citizen: the defaults) with the place still to draw. */
  private static void fillIn(String corridor, String title, String description) {
    browser.waitUntil(d -> !browser.findAll("#pp-propose").isEmpty(), "the Propose button");
    browser.find("#pp-propose").click();
    browser.waitUntil(d -> browser.find("#pp-form").isDisplayed(), "the form");
    assertTrue(browser.find("#pp-kind-need").isSelected(), "a need unless chosen otherwise");
    assertTrue(browser.find("#pp-by-citizen").isSelected(), "by a citizen unless chosen otherwise");
    new Select(browser.find("#pp-corridor")).selectByValue(corridor);
    browser.find("#pp-title").sendKeys(title);
    browser.find("#pp-description").sendKeys(description);
  }

  /** Draws a point by clicking the map's centre; returns where it fell, {lon, lat}. */
  private static List<Number> markTheCentre() throws InterruptedException {
    browser.find("#pp-compose [data-draw=Point]").click();
    assertEquals("true", browser.find("#pp-compose [data-draw=Point]").getAttribute("aria-pressed"), "drawing");
    WebElement map = browser.find("#map");
    int x = map.getSize().getWidth() / 2;
    int y = map.getSize().getHeight() / 2;
    List<Number> where = lonLatAt(x, y);
    clickMap(x, y);
    browser.waitUntil(d -> "Point".equals(browser.find("#pp-place").getAttribute("data-type")), "the point is marked");
    assertEquals("false", browser.find("#pp-compose [data-draw=Point]").getAttribute("aria-pressed"),
        "one click marks the place and ends the drawing");
    Thread.sleep(600); // feature info would answer a map click after ~250 ms: not while drawing
    assertFalse(browser.find("#info").isDisplayed(), "no feature info for the click that marks the place");
    return where;
  }

  private static JsonNode byTitle(JsonNode list, String title) {
    for (JsonNode p : list.get("proposals")) {
      if (p.get("title").asText().equals(title)) {
        return p;
      }
    }
    return null;
  }

  @Test
  void a_citizen_proposes_a_need_on_the_map_and_a_moderator_publishes_it() throws InterruptedException {
    browser.open(view("Basiglio", 16, "en"));
    browser.waitUntil(d -> !browser.findAll("#pp-signin").isEmpty(), "the invitation to sign in");
    assertTrue(browser.findAll("#pp-propose").isEmpty(), "anonymous visitors cannot propose");
    browser.signIn("citizen");
    String title = "Safe crossing " + System.nanoTime();
    fillIn("mobilita", title, "A zebra crossing by the primary school, with a traffic island.");
    // sending it without a place names what is missing, before asking the server
    browser.find("#pp-submit").click();
    browser.waitUntil(d -> !browser.findAll("#pp-form-error").isEmpty(), "what is missing");
    assertEquals("Missing: Place.", browser.find("#pp-form-error").getText());
    List<Number> where = markTheCentre();
    browser.screenshot(null, "proposal-compose.png");
    browser.find("#pp-submit").click();
    browser.waitUntil(d -> !browser.findAll("#pp-note").isEmpty() && browser.find("#pp-note").getText().contains(title),
        "the thanks");
    browser.waitUntil(d -> browser.findAll("#pp-mine [data-status=pending]").stream().anyMatch(e -> e.getText()
        .contains(title)), "the citizen's own list shows it pending");

    JsonNode pending = byTitle(TestClient.json(moderator.get("/api/proposals?status=pending")), title);
    assertTrue(pending != null, "the server has it pending");
    long id = pending.get("id").asLong();
    assertEquals("need", pending.get("kind").asText());
    assertEquals("mobilita", pending.get("corridor").asText());
    assertEquals("citizen", pending.get("submitterType").asText());
    assertEquals("citizen", pending.get("author").asText());
    assertEquals("Point", pending.at("/geometry/type").asText());
    assertEquals(where.get(0).doubleValue(), pending.at("/geometry/coordinates/0").asDouble(), 1e-5, "where clicked");
    assertEquals(where.get(1).doubleValue(), pending.at("/geometry/coordinates/1").asDouble(), 1e-5, "where clicked");
    assertTrue(browser.findAll("#pp-approved [data-proposal='" + id + "']").isEmpty(), "not public yet");
    assertTrue(browser.findAll("#pp-moderation").isEmpty(), "citizens do not moderate");
    BufferedImage before = browser.settledMap("proposal-before-approval.png");

    browser.signIn("moderator");
    browser.waitUntil(d -> !browser.findAll("#pp-moderation [data-proposal='" + id + "']").isEmpty(),
        "the moderator's queue holds it");
    browser.find("#pp-reason-" + id).sendKeys("Near a school: a priority");
    browser.screenshot(null, "proposal-moderation.png");
    browser.find("#pp-approve-" + id).click();
    browser.waitUntil(d -> !browser.findAll("#pp-approved [data-proposal='" + id + "']").isEmpty()
        && browser.findAll("#pp-moderation [data-proposal='" + id + "']").isEmpty(), "published, out of the queue");
    JsonNode approved = TestClient.json(moderator.get("/api/proposals/" + id));
    assertEquals("approved", approved.get("status").asText());
    assertEquals("Near a school: a priority", approved.get("reason").asText());

    // the proposals layer is drawn again: the new point shows where it was clicked
    int[] px = browser.pixelOf(where.get(0).doubleValue(), where.get(1).doubleValue());
    browser.waitUntil(d -> ViewerBrowser.changedPixels(before, browser.screenshot(browser.find("#map"),
        "proposal-after-approval.png"), px[0], px[1], 12) > 15, "the approved proposal drawn on the map");
    browser.signOut();
    browser.waitUntil(d -> !browser.findAll("#pp-approved [data-proposal='" + id + "']").isEmpty(),
        "anonymous visitors see it in the public list");
    assertTrue(browser.find("#pp-approved [data-proposal='" + id + "']").getText().contains(title));
    browser.assertNoErrors();
  }

  @Test
  void a_vote_and_a_comment_are_counted() {
    double[] at = ViewerBrowser.pointInside("Corsico");
    String title = "Shaded benches " + System.nanoTime();
    TestClient citizen = ViewerBrowser.client("citizen");
    HttpResponse<String> made = citizen.post("/api/proposals", String.format(Locale.ROOT, "{\"kind\": \"solution\","
        + " \"corridor\": \"qualita_vita\", \"title\": \"%s\", \"description\": \"Benches under the trees of the"
        + " park.\", \"submitterType\": \"company\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [%.6f, %.6f]}}",
        title, at[0], at[1]));
    assertEquals(201, made.statusCode(), made.body());
    long id = TestClient.json(made).get("id").asLong();
    assertEquals(200, moderator.post("/api/proposals/" + id + "/moderation", "{\"decision\": \"approve\"}").statusCode());

    browser.open("/#t=proposals&lang=it&l=,");
    browser.signIn("analyst");
    browser.waitUntil(d -> !browser.findAll("#pp-open-" + id).isEmpty(), "the proposal in the public list");
    WebElement item = browser.find("#pp-approved [data-proposal='" + id + "']");
    assertEquals("0", item.findElement(org.openqa.selenium.By.cssSelector(".pp-votes")).getAttribute("data-votes"));
    browser.find("#pp-open-" + id).click();
    browser.waitUntil(d -> !browser.findAll("#pp-detail[data-proposal='" + id + "']").isEmpty(), "its detail");
    assertEquals("true", browser.find("#pp-open-" + id).getAttribute("aria-expanded"));
    assertTrue(browser.find("#pp-detail").getText().contains("Benches under the trees of the park."));
    browser.waitUntil(d -> {
      @SuppressWarnings("unchecked")
      List<Number> c = (List<Number>) browser.js("return ol.proj.toLonLat(window.smartland.map.map.getView().getCenter());");
      return Math.abs(c.get(0).doubleValue() - at[0]) < 1e-4 && Math.abs(c.get(1).doubleValue() - at[1]) < 1e-4;
    }, "the map brings the proposal into view");

    // a vote: the count grows here and on the server, and can be taken back
    assertEquals("false", browser.find("#pp-vote").getAttribute("aria-pressed"));
    browser.find("#pp-vote").click();
    browser.waitUntil(d -> "1".equals(browser.find("#pp-detail .pp-votes").getAttribute("data-votes")), "1 vote");
    assertEquals("1 sostegno", browser.find("#pp-detail .pp-votes").getText());
    assertEquals("true", browser.find("#pp-vote").getAttribute("aria-pressed"));
    assertEquals("1", browser.find("#pp-approved [data-proposal='" + id + "'] .pp-votes").getAttribute("data-votes"));
    JsonNode voted = TestClient.json(ViewerBrowser.client("analyst").get("/api/proposals/" + id));
    assertEquals(1, voted.get("votes").asInt());
    assertTrue(voted.get("youVoted").asBoolean());

    // a comment: listed with its author, counted
    browser.find("#pp-comment-text").sendKeys("Utili anche d'estate.");
    browser.find("#pp-comment-send").click();
    browser.waitUntil(d -> browser.findAll("#pp-detail .pp-comment-list li").size() == 1, "the comment listed");
    assertTrue(browser.find("#pp-detail .pp-comment-list li").getText().contains("analyst"));
    assertTrue(browser.find("#pp-detail .pp-comment-list li").getText().contains("Utili anche d'estate."));
    assertEquals("1", browser.find("#pp-detail .pp-comments").getAttribute("data-comments"));
    JsonNode commented = TestClient.json(moderator.get("/api/proposals/" + id));
    assertEquals(1, commented.get("comments").asInt());
    assertEquals("Utili anche d'estate.", commented.at("/commentList/0/text").asText());
    browser.screenshot(null, "proposal-detail.png");

    browser.find("#pp-vote").click();
    browser.waitUntil(d -> "0".equals(browser.find("#pp-detail .pp-votes").getAttribute("data-votes")), "vote taken back");
    assertEquals(0, TestClient.json(moderator.get("/api/proposals/" + id)).get("votes").asInt());
    browser.assertNoErrors();
  }

  @Test
  void a_proposal_the_server_refuses_shows_its_words() throws InterruptedException {
    // far outside the territory, which proposals must lie in
    browser.open("/#t=proposals&lang=en&l=,&c=9.60000,45.75000&z=13");
    browser.signIn("citizen");
    String title = "Far away " + System.nanoTime();
    fillIn("acqua", title, "Somewhere else.");
    List<Number> where = markTheCentre();
    String refusal = TestClient.json(ViewerBrowser.client("citizen").post("/api/proposals", String.format(Locale.ROOT,
        "{\"kind\": \"need\", \"corridor\": \"acqua\", \"title\": \"%s\", \"description\": \"Somewhere else.\","
        + " \"submitterType\": \"citizen\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [%s, %s]}}", title,
        where.get(0), where.get(1)))).get("description").asText();
    assertTrue(refusal.startsWith("geometry"), refusal);
    browser.consoleErrors();
    browser.find("#pp-submit").click();
    browser.waitUntil(d -> !browser.findAll("#pp-form-error").isEmpty(), "the refusal");
    assertEquals(refusal, browser.find("#pp-form-error").getText(), "the server's own words");
    assertTrue(browser.find("#pp-form").isDisplayed(), "the form stays, filled in, to be corrected");
    assertEquals(title, browser.find("#pp-title").getAttribute("value"));
    browser.assertOnlyExpectedConsoleErrors(m -> m.contains("/api/proposals") && m.contains("400"),
        "the browser's note of the refused proposal");
    assertEquals(List.of(), browser.errorsShown(), "shown in the form, not in the error banner");
    browser.find("#pp-cancel").click();
  }
}
