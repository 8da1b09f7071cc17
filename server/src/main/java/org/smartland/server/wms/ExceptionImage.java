package org.smartland.server.wms;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** The images of the INIMAGE and BLANK exception modes, of the size and background the map would have had. */
final class ExceptionImage {
  private ExceptionImage() {
  }

  static BufferedImage blank(int width, int height, boolean transparent, Color background) {
    BufferedImage img = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    if (!transparent) {
      Graphics2D g = img.createGraphics();
      g.setColor(background);
      g.fillRect(0, 0, width, height);
      g.dispose();
    }
    return img;
  }

  static BufferedImage withMessage(int width, int height, boolean transparent, Color background, String message) {
    BufferedImage img = blank(width, height, transparent, background);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.setColor(new Color(160, 0, 0));
    FontMetrics m = g.getFontMetrics();
    int y = m.getAscent() + 4;
    for (String line : wrap(message, m, width - 8)) {
      g.drawString(line, 4, y);
      y += m.getHeight();
    }
    g.dispose();
    return img;
  }

  private static List<String> wrap(String text, FontMetrics m, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (line.length() > 0 && m.stringWidth(line + " " + word) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
