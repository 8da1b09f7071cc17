package org.smartland.server.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smartland.server.App;
import org.smartland.server.RealTerritory;
import org.smartland.server.TestClient;

/**
 * What the viewer's browser tests share: one server on the real Sud Ovest Milano data for all of them (started
 * on first use, its first analytics run awaited, stopped when the JVM ends), and a headless Debian Chromium driven
 * through its own chromedriver (nothing downloaded), with screenshots saved under {@code target/viewer/} for
 * review and the browser console checked for errors. The users of {@link RealTerritory#users} exist on it; tests
 * sign in through the viewer's own sign-in dialog ({@link #signIn}).
 */
public final class ViewerBrowser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target/viewer");
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static App app;
  private static Path dir;
  private static Map<String, String> keys;

  final ChromeDriver driver;
  final String base;

  /** The shared server (started on first use). */
  static synchronized App server() {
    if (app == null) {
      try {
        dir = Files.createTempDirectory("viewer-it");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      app = RealTerritory.serve(dir, "auto");
      Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
      keys = RealTerritory.users(app);
      awaitFirstAnalyticsRun(new TestClient(app.port()));
    }
    return app;
  }

  /** The API key of one of {@link RealTerritory#users}. */
  static String keyOf(String user) {
    server();
    String key = keys.get(user);
    if (key == null) {
      throw new IllegalArgumentException("no test user " + user + "; there are " + keys.keySet());
    }
    return key;
  }

  /** A client of the shared server with the API key of one of {@link RealTerritory#users} (analyst, moderator…). */
  static TestClient client(String user) {
    return new TestClient(server().port()).withHeaders("Authorization", "Bearer " + keyOf(user));
  }

  private static void awaitFirstAnalyticsRun(TestClient client) {
    for (int i = 0; i < 2400; i++) {
      String status = TestClient.json(client.get("/api/analytics/runs/1")).path("status").asText();
      if (status.equals("succeeded")) {
        return;
      }
      if (status.equals("failed")) {
        throw new AssertionError("the first analytics run failed: " + client.get("/api/analytics/runs/1").body());
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the first analytics run did not end in 10 minutes");
  }

  /** A browser on the shared server, its window {@code width} × {@code height}. */
  ViewerBrowser(int width, int height) {
    assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
    base = "http://127.0.0.1:" + server().port();
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
        "--no-sandbox", "--disable-gpu", "--window-size=" + width + "," + height, "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--lang=it-IT");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    driver = new ChromeDriver(service, options);
  }

  /** Opens the viewer (path and hash, e.g. {@code /#t=projects}) and waits for its panels to be built. */
  void open(String path) {
    driver.get("about:blank");   // a new page even when only the hash differs from the current one
    driver.get(base + path);
    waitUntil(d -> !d.findElements(By.cssSelector("#panel-layers .layer")).isEmpty(), "the layer tree is built");
  }

  /**
   * Signs in through the header's dialog as a user would (user name, {@link RealTerritory#PASSWORD}) and waits until
   * the header says who is signed in. Whoever was signed in signs out first.
   */
  void signIn(String user) {
    server();
    if (!findAll("#account-who[data-user]").isEmpty()) {
      signOut();
    }
    find("#signin-open").click();
    waitUntil(d -> find("#signin-dialog").isDisplayed(), "the sign-in dialog opens");
    WebElement name = find("#signin-user");
    name.clear();
    name.sendKeys(user);
    find("#signin-password").sendKeys(RealTerritory.PASSWORD);
    find("#signin-submit").click();
    waitUntil(d -> user.equals(find("#account-who").getAttribute("data-user")) && find("#account-who").isDisplayed()
        && !find("#signin-dialog").isDisplayed(), "signed in as " + user);
  }

  /** Signs out with the header's button and waits until the viewer shows nobody is signed in. */
  void signOut() {
    find("#signout").click();
    waitUntil(d -> find("#signin-open").isDisplayed() && findAll("#account-who[data-user]").isEmpty(), "signed out");
  }

  /** Waits until no visible map layer is loading (WMS images, vector tiles). */
  void waitForMap() {
    waitUntil(d -> js("return window.smartlandFirstRender !== undefined"), "the map renders");
    waitUntil(d -> Boolean.TRUE.equals(js("const m = window.smartland.map.map;"
        + " return !m.getLayers().getArray().some(g => g.getLayers && g.getLayers().getArray().some(l =>"
        + " l.getVisible() && l.getSource() && l.getSource().getState && l.getSource().getState() === 'loading'));")),
        "the layers are loaded");
  }

  /** The map once it has stopped changing (its tiles and images loaded), saved as target/viewer/NAME. */
  BufferedImage settledMap(String name) {
    int last = -1;
    for (int i = 0; i < 60; i++) {
      BufferedImage img = screenshot(find("#map"), name);
      int now = drawnPixels(img);
      if (now == last && now > 0) {
        return img;
      }
      last = now;
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the map kept changing for 30 s");
  }

  /** Pixels that differ clearly between two images of the same size, within the box centred at (x, y). */
  static int changedPixels(BufferedImage a, BufferedImage b, int x, int y, int half) {
    int n = 0;
    for (int i = Math.max(0, x - half); i < Math.min(a.getWidth(), x + half); i++) {
      for (int j = Math.max(0, y - half); j < Math.min(a.getHeight(), y + half); j++) {
        int p = a.getRGB(i, j);
        int q = b.getRGB(i, j);
        int d = Math.abs((p >> 16 & 0xff) - (q >> 16 & 0xff)) + Math.abs((p >> 8 & 0xff) - (q >> 8 & 0xff))
            + Math.abs((p & 0xff) - (q & 0xff));
        if (d > 60) {
          n++;
        }
      }
    }
    return n;
  }

  /** A point {longitude, latitude} well inside the Comune of that name (its geometry's interior point). */
  static double[] pointInside(String comune) {
    var fc = TestClient.json(new TestClient(server().port()).get("/ogc/collections/comuni/items?f=json&filter="
        + java.net.URLEncoder.encode("name = '" + comune + "'", java.nio.charset.StandardCharsets.UTF_8)));
    try {
      var g = new org.locationtech.jts.io.geojson.GeoJsonReader().read(fc.at("/features/0/geometry").toString());
      var p = g.getInteriorPoint();
      return new double[] {p.getX(), p.getY()};
    } catch (org.locationtech.jts.io.ParseException e) {
      throw new AssertionError("the geometry of " + comune + ": " + e.getMessage(), e);
    }
  }

  /** The pixel of the map element where a longitude, latitude is drawn. */
  int[] pixelOf(double lon, double lat) {
    @SuppressWarnings("unchecked")
    List<Number> px = (List<Number>) js("return window.smartland.map.map.getPixelFromCoordinate("
        + "ol.proj.fromLonLat([arguments[0], arguments[1]]));", lon, lat);
    return new int[] {(int) Math.round(px.get(0).doubleValue()), (int) Math.round(px.get(1).doubleValue())};
  }

  <T> T waitUntil(Function<WebDriver, T> condition, String what) {
    try {
      // panels re-render while we wait (the live catalog poll, a list reloading): an element found a moment ago may be
      // gone, so a stale element means "look again", not a failure
      return new WebDriverWait(driver, TIMEOUT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(condition);
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("waited " + TIMEOUT.toSeconds() + " s for: " + what + "; errors shown: "
          + errorsShown(), e);
    }
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** The error messages the viewer shows the user. */
  List<String> errorsShown() {
    return driver.findElements(By.cssSelector("#errors .error")).stream().map(WebElement::getText).toList();
  }

  /** Saves a screenshot of the element (the whole page when null) as target/viewer/NAME and returns it. */
  BufferedImage screenshot(WebElement element, String name) {
    byte[] png = element == null ? driver.getScreenshotAs(OutputType.BYTES) : element.getScreenshotAs(OutputType.BYTES);
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name), png);
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Pixels of the image that are not white nor near-white (the map's background). */
  static int drawnPixels(BufferedImage img) {
    int n = 0;
    for (int x = 0; x < img.getWidth(); x += 2) {
      for (int y = 0; y < img.getHeight(); y += 2) {
        int rgb = img.getRGB(x, y);
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        if (r < 235 || g < 235 || b < 235) {
          n++;
        }
      }
    }
    return n;
  }

  /** The errors logged in the browser console since the last look (each entry is read once). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
  }

  /** Every console error since the last look is an expected one (e.g. the browser's note of a refused request). */
  void assertOnlyExpectedConsoleErrors(Predicate<String> expected, String which) {
    List<String> unexpected = consoleErrors().stream().filter(expected.negate()).toList();
    assertEquals(List.of(), unexpected, "console errors other than " + which);
  }

  /** The browser console holds no error, and the viewer shows none. */
  void assertNoErrors() {
    List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    assertEquals(List.of(), severe, "browser console errors");
    assertEquals(List.of(), errorsShown(), "errors shown to the user");
  }

  @Override
  public void close() {
    driver.quit();
  }
}
