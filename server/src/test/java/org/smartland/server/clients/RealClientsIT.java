package org.smartland.server.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.server.App;
import org.smartland.server.FixtureTerritory;

/**
 * WMS with GDAL and OWSLib, as installed from Debian by {@code ./smartland test}, against a started server on the
 * fixture territory. A missing client fails the test: these are the clients our users run.
 */
class RealClientsIT {
  @TempDir
  static Path dir;
  static App app;
  static String ows;

  @BeforeAll
  static void start() {
    app = FixtureTerritory.startServer(dir.resolve("fixture.gpkg"));
    ows = "http://127.0.0.1:" + app.port() + "/ows";
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void owslib_reads_capabilities_maps_and_feature_info() throws Exception {
    ClientRun r = ClientRun.of(List.of("/usr/bin/python3", "src/test/clients/owslib_wms_check.py", ows));
    assertEquals(0, r.exit(), r.output());
    assertTrue(r.output().contains("OWSLib checks passed"), r.output());
  }

  @Test
  void gdal_lists_the_layers_and_translates_a_getmap() throws Exception {
    ClientRun info = ClientRun.of(List.of("gdalinfo", "WMS:" + ows + "?SERVICE=WMS&REQUEST=GetCapabilities"));
    assertEquals(0, info.exit(), info.output());
    assertTrue(info.output().contains("LAYERS=schools&CRS=EPSG:4326"), info.output());
    Path png = dir.resolve("gdal.png");
    ClientRun translate = ClientRun.of(List.of("gdal_translate", "-q", "-of", "PNG", "-outsize", "200", "100",
        "WMS:" + ows + "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=comuni&CRS=EPSG:32632"
            + "&BBOX=500000,5030000,510000,5035000&FORMAT=image/png", png.toString()));
    assertEquals(0, translate.exit(), translate.output());
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(0xff0000, img.getRGB(50, 50) & 0xffffff, "Corsico red where GDAL put it");
    assertEquals(0x00ff00, img.getRGB(150, 50) & 0xffffff, "Buccinasco green");
  }
}
