package org.smartland.server.wms;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes rendered images: PNG (keeping alpha, with a fast deflate level — map tiles are re-requested more
 * often than they are stored; see {@link PngEncoder}) and JPEG (flattened on the background colour,
 * quality 0.85).
 */
final class ImageEncoder {
  private ImageEncoder() {
  }

  static byte[] encode(BufferedImage image, String format, Color background) {
    return format.equals("image/jpeg") ? jpeg(image, background) : png(image);
  }

  static byte[] png(BufferedImage image) {
    return PngEncoder.canEncode(image) ? PngEncoder.encode(image) : write(image, "png", 0.75f);
  }

  static byte[] jpeg(BufferedImage image, Color background) {
    BufferedImage rgb = image;
    if (image.getColorModel().hasAlpha()) {
      rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
      Graphics2D g = rgb.createGraphics();
      g.setColor(background);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
      g.dispose();
    }
    return write(rgb, "jpeg", 0.85f);
  }

  private static byte[] write(BufferedImage image, String type, float quality) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(type);
    if (!writers.hasNext()) {
      throw new IllegalStateException("no ImageIO writer for " + type);
    }
    ImageWriter writer = writers.next();
    ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (param.canWriteCompressed()) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        if (type.equals("jpeg")) {
          param.setCompressionType("JPEG");
        }
        param.setCompressionQuality(quality);
      }
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
