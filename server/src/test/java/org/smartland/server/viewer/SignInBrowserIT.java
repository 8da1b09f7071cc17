package org.smartland.server.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.smartland.server.TestClient;

/**
 * Signing in and out of the viewer in headless Chromium on the real data: a wrong password is refused in the
 * server's words; an analyst sees the private {@code population} layer in the tree and drawn on the map (its WMS
 * images and legend asked with the session token), which anonymous visitors neither see listed nor may draw; signing
 * out takes it away again; and a session ended on the server signs the viewer out by itself.
 */
class SignInBrowserIT {
  private static ViewerBrowser browser;
  private static TestClient anonymous;

  @BeforeAll
  static void start() {
    browser = new ViewerBrowser(1280, 800);
    anonymous = new TestClient(ViewerBrowser.server().port());
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

  private static boolean listed(String layer) {
    return !browser.findAll("#panel-layers [data-layer='" + layer + "']").isEmpty();
  }

  @Test
  void a_wrong_password_is_refused_in_the_servers_words() {
    browser.open("/#lang=en&l=,");
    String expected = TestClient.json(anonymous.post("/api/auth/login",
        "{\"user\": \"analyst\", \"password\": \"not the password\"}")).get("description").asText();
    assertFalse(expected.isBlank());
    browser.consoleErrors();

    browser.find("#signin-open").click();
    browser.waitUntil(d -> browser.find("#signin-dialog").isDisplayed(), "the sign-in dialog opens");
    assertEquals("signin-user", browser.js("return document.activeElement.id"), "the user field has the focus");
    browser.find("#signin-user").sendKeys("analyst");
    browser.find("#signin-password").sendKeys("not the password");
    browser.find("#signin-submit").click();
    browser.waitUntil(d -> browser.find("#signin-error").isDisplayed(), "the refusal is shown");
    assertEquals(expected, browser.find("#signin-error").getText(), "the server's own words");
    assertEquals("alert", browser.find("#signin-error").getAttribute("role"));
    assertTrue(browser.find("#signin-dialog").isDisplayed(), "the dialog stays open to try again");
    assertFalse(browser.find("#account-who").isDisplayed(), "nobody is signed in");
    assertEquals(null, browser.js("return sessionStorage.getItem('smartland.session')"), "no session kept");
    browser.screenshot(null, "signin-refused.png");
    browser.find("#signin-cancel").click();
    assertFalse(browser.find("#signin-dialog").isDisplayed());
    browser.assertOnlyExpectedConsoleErrors(m -> m.contains("/api/auth/login") && m.contains("401"),
        "the browser's note of the refused sign-in");
    assertEquals(List.of(), browser.errorsShown(), "the refusal is in the dialog, not in the error banner");
  }

  @Test
  void an_analyst_sees_and_draws_the_private_population_layer_until_signing_out() {
    double[] rozzano = ViewerBrowser.pointInside("Rozzano");
    browser.open(String.format(java.util.Locale.ROOT, "/#lang=it&l=,&c=%.5f,%.5f&z=15", rozzano[0], rozzano[1]));
    // anonymous: neither listed nor drawn
    assertFalse(listed("population"), "anonymous visitors do not see the private layer");
    JsonNode anonymousCatalog = TestClient.json(anonymous.get("/api/layers"));
    anonymousCatalog.get("layers").forEach(l -> assertFalse(l.get("id").asText().equals("population")));
    assertEquals(401, anonymous.getBytes("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=population&STYLES="
        + "&CRS=EPSG:4326&BBOX=45.30,8.95,45.47,9.20&WIDTH=200&HEIGHT=150&FORMAT=image/png").statusCode(),
        "its map needs credentials");
    assertTrue(browser.find("#signin-open").isDisplayed());
    BufferedImage before = browser.settledMap("signin-before.png");

    browser.signIn("analyst");
    assertTrue(browser.find("#account-who").getText().startsWith("analyst (analista"), browser.find("#account-who")
        .getText());
    assertNotNull(browser.js("return sessionStorage.getItem('smartland.session')"), "the session lives in the tab");
    assertEquals(null, browser.js("return localStorage.getItem('smartland.session')"), "and not beyond it");
    browser.waitUntil(d -> listed("population"), "the layer tree lists the private population layer");
    WebElement row = browser.find("#panel-layers [data-layer='population']");
    assertTrue(row.findElement(By.cssSelector(".private")).isDisplayed(), "marked as private");
    row.findElement(By.cssSelector("input[type=checkbox]")).click();
    browser.waitUntil(d -> Boolean.TRUE.equals(browser.js("return window.smartland.map.visibleWms()"
        + ".includes('population')")), "population on the map");
    WebElement legend = row.findElement(By.cssSelector(".legend img"));
    browser.waitUntil(d -> Boolean.TRUE.equals(browser.js("return arguments[0].complete && arguments[0].naturalWidth > 0",
        legend)), "its legend loads (asked with the session)");
    browser.waitForMap();
    BufferedImage drawn = browser.settledMap("signin-population.png");
    int w = drawn.getWidth();
    int h = drawn.getHeight();
    int changed = ViewerBrowser.changedPixels(before, drawn, w / 2, h / 2, Math.max(w, h));
    assertTrue(changed > w * h / 100, "the residents by building are drawn over Rozzano: " + changed + " pixels changed");
    browser.assertNoErrors();

    browser.signOut();
    browser.waitUntil(d -> !listed("population"), "signing out takes the layer out of the tree");
    assertEquals(Boolean.FALSE, browser.js("return window.smartland.map.wmsIds().includes('population')"),
        "and off the map");
    assertEquals(null, browser.js("return sessionStorage.getItem('smartland.session')"));
    assertFalse(browser.find("#account-notice").isDisplayed(), "signing out is not an expired session");
    BufferedImage after = browser.settledMap("signin-signed-out.png");
    assertTrue(ViewerBrowser.changedPixels(before, after, w / 2, h / 2, Math.max(w, h)) < changed / 10,
        "the map is back to what anonymous visitors see");
    browser.assertNoErrors();
  }

  @Test
  void a_session_ended_on_the_server_signs_the_viewer_out() {
    browser.open("/#lang=en&l=,");
    browser.signIn("moderator");
    browser.waitUntil(d -> listed("population"), "moderators read the private layer");
    browser.find("#layer-population").click();
    String token = (String) browser.js("return JSON.parse(sessionStorage.getItem('smartland.session')).token");
    browser.consoleErrors();

    // the session ends elsewhere (as when it expires): the next look at the catalog finds out
    assertEquals(204, anonymous.post("/api/auth/logout", "", "Authorization", "Bearer " + token).statusCode());
    browser.waitUntil(d -> browser.find("#account-notice").isDisplayed(), "the viewer says the session ended");
    assertEquals("Your session ended: sign in again.", browser.find("#account-notice").getText());
    assertTrue(browser.find("#signin-open").isDisplayed(), "signed out");
    browser.waitUntil(d -> !listed("population"), "the private layer leaves the tree");
    assertEquals(Boolean.FALSE, browser.js("return window.smartland.map.wmsIds().includes('population')"));
    assertEquals(null, browser.js("return sessionStorage.getItem('smartland.session')"), "the token is dropped");
    browser.screenshot(null, "signin-session-ended.png");
    browser.assertOnlyExpectedConsoleErrors(m -> m.contains("401"), "the refusals of the ended session");
    assertEquals(List.of(), browser.errorsShown());

    // signing in again clears the notice
    browser.signIn("analyst");
    assertFalse(browser.find("#account-notice").isDisplayed());
    browser.assertNoErrors();
  }
}
