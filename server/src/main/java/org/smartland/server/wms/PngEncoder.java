package org.smartland.server.wms;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG writer for the rendered images (packed-int ARGB or RGB), tuned for map tiles: rows filtered with the
 * PNG "Sub" filter (large flat areas become runs of zeros) and deflated at speed level 1, as map servers
 * usually do, written straight from the raster without ImageIO's per-pixel copies. Other image types go
 * through ImageIO.
 */
final class PngEncoder {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private PngEncoder() {
  }

  static boolean canEncode(BufferedImage image) {
    int t = image.getType();
    return (t == BufferedImage.TYPE_INT_ARGB || t == BufferedImage.TYPE_INT_RGB)
        && image.getRaster().getDataBuffer() instanceof DataBufferInt;
  }

  static byte[] encode(BufferedImage image) {
    boolean alpha = image.getType() == BufferedImage.TYPE_INT_ARGB;
    int w = image.getWidth();
    int h = image.getHeight();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    int bpp = alpha ? 4 : 3;
    byte[] row = new byte[1 + w * bpp];
    byte[] filtered = new byte[1 + w * bpp];
    Deflater deflater = new Deflater(1);
    ByteArrayOutputStream idat = new ByteArrayOutputStream(w * h / 2 + 1024);
    byte[] buffer = new byte[32 * 1024];
    try {
      for (int y = 0; y < h; y++) {
        int p = 1;
        int offset = y * w;
        for (int x = 0; x < w; x++) {
          int argb = pixels[offset + x];
          row[p++] = (byte) (argb >> 16);
          row[p++] = (byte) (argb >> 8);
          row[p++] = (byte) argb;
          if (alpha) {
            row[p++] = (byte) (argb >>> 24);
          }
        }
        filtered[0] = 1; // Sub: each byte minus the same byte of the pixel to its left
        for (int i = 1; i < row.length; i++) {
          filtered[i] = (byte) (row[i] - (i > bpp ? row[i - bpp] : 0));
        }
        deflater.setInput(filtered);
        while (!deflater.needsInput()) {
          int n = deflater.deflate(buffer);
          idat.write(buffer, 0, n);
        }
      }
      deflater.finish();
      while (!deflater.finished()) {
        int n = deflater.deflate(buffer);
        idat.write(buffer, 0, n);
      }
    } finally {
      deflater.end();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(idat.size() + 64);
    out.writeBytes(SIGNATURE);
    ByteBuffer header = ByteBuffer.allocate(13);
    header.putInt(w).putInt(h).put((byte) 8).put((byte) (alpha ? 6 : 2)).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", header.array());
    chunk(out, "IDAT", idat.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    try {
      out.write(ByteBuffer.allocate(4).putInt(data.length).array());
      out.write(typeBytes);
      out.write(data);
      out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
