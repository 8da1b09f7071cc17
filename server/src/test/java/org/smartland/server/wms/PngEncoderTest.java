package org.smartland.server.wms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
  @BeforeAll
  static void plugins() {
    ImageIoPlugins.useJdkPluginsOnly();
  }

  @Test
  void argb_images_decode_to_the_same_pixels_with_alpha() throws IOException {
    BufferedImage img = new BufferedImage(97, 53, BufferedImage.TYPE_INT_ARGB);
    Random r = new Random(7);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        img.setRGB(x, y, x < 40 ? 0 : r.nextInt());
      }
    }
    assertSame(img, ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(img))));
  }

  @Test
  void rgb_images_decode_to_the_same_pixels_and_flat_areas_compress() throws IOException {
    BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 256, 256);
    g.setColor(new Color(0x3b83c4));
    g.fillOval(40, 40, 120, 90);
    g.dispose();
    byte[] png = PngEncoder.encode(img);
    assertTrue(png.length < 8_000, "a mostly flat tile is small: " + png.length);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(false, back.getColorModel().hasAlpha());
    assertSame(img, back);
  }

  private static void assertSame(BufferedImage expected, BufferedImage actual) {
    assertEquals(expected.getWidth(), actual.getWidth());
    assertEquals(expected.getHeight(), actual.getHeight());
    boolean alpha = expected.getColorModel().hasAlpha();
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        int e = expected.getRGB(x, y);
        int a = actual.getRGB(x, y);
        if (alpha && (e >>> 24) == 0) {
          assertEquals(0, a >>> 24, "transparent at " + x + "," + y);
        } else {
          assertEquals(Integer.toHexString(e), Integer.toHexString(a), "pixel " + x + "," + y);
        }
      }
    }
  }
}
