package org.smartland.server.ogcapi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smartland.server.App;
import org.smartland.server.FixtureTerritory;

/**
 * The map page of the vector tiles in a real browser: Debian's headless Chromium driven through its own
 * chromedriver (nothing downloaded). What the map draws is checked in the pixels of its screenshot; the
 * click panel in the DOM; and neither the console nor the page's {@code window.__errors} may hold an error.
 * Needs the Debian packages {@code chromium} and {@code chromium-driver} ({@code ./smartland test} installs
 * them).
 */
class TileMapBrowserIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target/browser");
  static final Duration RENDER_TIMEOUT = Duration.ofSeconds(30);
  /** Per channel, for antialiasing and colour rounding. */
  static final int TOLERANCE = 6;
  static final GeometryFactory GEOMETRY = new GeometryFactory();

  @TempDir
  static Path dir;
  static App app;
  static String base;
  static ChromeDriver browser;

  @BeforeAll
  static void start() {
    assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
    app = FixtureTerritory.startServer(dir.resolve("fixture.gpkg"));
    base = "http://127.0.0.1:" + app.port();
    // The driver is named explicitly, so Selenium Manager is never asked to find (or download) one.
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
        "--no-sandbox", "--disable-gpu", "--window-size=1000,700", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.stop();
    }
  }

  @AfterEach
  void the_console_holds_no_errors() {
    List<String> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    Object collected = js("return window.__errors;");
    assertAll(() -> assertEquals(List.of(), severe, "browser console errors"),
        () -> assertEquals(List.of(), collected, "errors the page collected"));
  }

  @Test
  void the_collection_map_fills_the_comuni_and_nothing_else() throws IOException {
    WebElement map = open("/ogc/collections/comuni/tiles/WebMercatorQuad?f=html");
    BufferedImage png = screenshot(map, "tile-map-comuni.png");
    int[] fill = fillOf(TileMapPage.COLOURS.get(0));
    int area = png.getWidth() * png.getHeight();
    int filled = count(png, fill, 0, 0, png.getWidth(), png.getHeight());
    assertTrue(filled > area / 5, "the comuni fill " + filled + " of " + area + " pixels");
    for (double[] centre : List.of(new double[] {502_500, 5_032_500}, new double[] {507_500, 5_032_500})) {
      int[] px = pixelOf(centre);
      assertTrue(near(png.getRGB(px[0] + 1, px[1] + 1), fill), "fill colour in the middle of a comune at "
          + px[0] + "," + px[1] + ": " + Integer.toHexString(png.getRGB(px[0] + 1, px[1] + 1)));
    }
    // The map is fitted to the comuni with a 30 px padding: the outer frame is background.
    int frame = 20;
    int w = png.getWidth();
    int h = png.getHeight();
    int inFrame = count(png, fill, 0, 0, w, frame) + count(png, fill, 0, h - frame, w, h)
        + count(png, fill, 0, 0, frame, h) + count(png, fill, w - frame, 0, w, h);
    assertEquals(0, inFrame, "no fill colour outside the comuni");
    int white = count(png, new int[] {255, 255, 255}, 0, h - frame, w, h);
    assertTrue(white > w * frame * 9 / 10, "the background is white: " + white + " of " + w * frame);
  }

  @Test
  void a_click_on_a_comune_shows_its_properties() {
    WebElement map = open("/ogc/collections/comuni/tiles/WebMercatorQuad?f=html");
    WebElement panel = browser.findElement(By.id("feature"));
    click(map, new double[] {502_500, 5_032_500});
    waitFor(() -> panel.getText().contains("Corsico"), "Corsico in the panel, not: " + panel.getText());
    assertTrue(panel.getText().contains("comuni"), "the layer heads the panel: " + panel.getText());
    click(map, new double[] {507_500, 5_032_500});
    waitFor(() -> panel.getText().contains("Buccinasco"), "Buccinasco in the panel, not: " + panel.getText());
    assertTrue(!panel.getText().contains("Corsico"), "only the clicked feature");
  }

  @Test
  void the_dataset_map_draws_every_layer_in_its_colour() throws IOException {
    WebElement map = open("/ogc/tiles/WebMercatorQuad?f=html");
    assertEquals(List.of("comuni", "schools"), browser.findElements(By.cssSelector("#tile-layers li")).stream()
        .map(li -> li.getDomAttribute("data-layer")).toList());
    BufferedImage png = screenshot(map, "tile-map-dataset.png");
    int[] comuni = fillOf(TileMapPage.COLOURS.get(0));
    int[] schools = rgb(TileMapPage.COLOURS.get(1));
    int area = png.getWidth() * png.getHeight();
    assertTrue(count(png, comuni, 0, 0, png.getWidth(), png.getHeight()) > area / 5, "the comuni are filled");
    int schoolPixels = count(png, schools, 0, 0, png.getWidth(), png.getHeight());
    assertTrue(schoolPixels >= 3 * 20 && schoolPixels < 3 * 200, "three school circles: " + schoolPixels + " pixels");
    for (double[] school : List.of(new double[] {501_000, 5_031_000}, new double[] {506_000, 5_032_000},
        new double[] {509_000, 5_034_000})) {
      int[] px = pixelOf(school);
      assertTrue(near(png.getRGB(px[0] + 1, px[1] + 1), schools), "a school circle at " + px[0] + "," + px[1]);
    }
  }

  // --- helpers

  /** Loads a page and waits until its map has drawn all its tiles; returns the map element. */
  private static WebElement open(String path) {
    browser.get(base + path);
    WebElement map = browser.findElement(By.id("map"));
    waitFor(() -> "true".equals(map.getDomAttribute("data-rendered")), "the map to render");
    return map;
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, String what) {
    new WebDriverWait(browser, RENDER_TIMEOUT).withMessage(what).until(d -> condition.getAsBoolean());
  }

  /**
   * The CSS pixel of a point of EPSG:32632 in the map's viewport, from the map's own view. The viewport sits
   * inside the map element's 1 px border, hence the +1 where the element's screenshot is read.
   */
  private static int[] pixelOf(double[] utm) {
    Point p = (Point) FixtureTerritory.CRS.transform(GEOMETRY.createPoint(new Coordinate(utm[0], utm[1])), 32632, 4326);
    List<?> px = (List<?>) js("return window.tileMap.getPixelFromCoordinate(ol.proj.fromLonLat([arguments[0], "
        + "arguments[1]]));", p.getX(), p.getY());
    return new int[] {(int) Math.round(((Number) px.get(0)).doubleValue()),
        (int) Math.round(((Number) px.get(1)).doubleValue())};
  }

  private static void click(WebElement map, double[] utm) {
    WebElement viewport = map.findElement(By.className("ol-viewport"));
    int[] px = pixelOf(utm);
    new Actions(browser).moveToElement(viewport, px[0] - viewport.getSize().getWidth() / 2,
        px[1] - viewport.getSize().getHeight() / 2).click().perform();
  }

  private static BufferedImage screenshot(WebElement map, String name) throws IOException {
    byte[] png = map.getScreenshotAs(OutputType.BYTES);
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name), png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(map.getSize().getWidth(), image.getWidth(), "one screenshot pixel per CSS pixel");
    return image;
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private static int count(BufferedImage png, int[] colour, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        if (near(png.getRGB(x, y), colour)) {
          n++;
        }
      }
    }
    return n;
  }

  private static boolean near(int argb, int[] rgb) {
    return Math.abs((argb >> 16 & 255) - rgb[0]) <= TOLERANCE && Math.abs((argb >> 8 & 255) - rgb[1]) <= TOLERANCE
        && Math.abs((argb & 255) - rgb[2]) <= TOLERANCE;
  }

  private static int[] rgb(String hex) {
    int n = Integer.parseInt(hex.substring(1), 16);
    return new int[] {n >> 16 & 255, n >> 8 & 255, n & 255};
  }

  /** A colour at the page's fill opacity over the white background. */
  private static int[] fillOf(String hex) {
    int[] c = rgb(hex);
    int[] out = new int[3];
    for (int i = 0; i < 3; i++) {
      out[i] = (int) Math.round(255 + (c[i] - 255) * TileMapPage.FILL_OPACITY);
    }
    return out;
  }
}
