package org.smartland.server.uploads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The entries of an uploaded zip, read into memory and never extracted to disk, so that an entry's name can never
 * choose where anything is written. The archive is refused as soon as it passes a cap: more than
 * {@link UploadLimits#maxZipEntries()} entries, more unpacked bytes than {@link UploadLimits#maxUnpacked(long)} (the
 * bytes really inflated are counted, the sizes the archive declares are not trusted), an entry whose name climbs out of
 * the archive ({@code ..}, an absolute path, a drive letter) or repeats one, or an archive inside the archive.
 * Directory entries and macOS resource forks ({@code __MACOSX/}) are skipped.
 */
final class ZipEntries {
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private ZipEntries() {
  }

  /**
   * The entries by name (as written in the archive), in archive order.
   *
   * @throws UnreadableUploadException naming the cap passed or the entry at fault
   */
  static Map<String, byte[]> read(Path zip, UploadLimits limits) {
    long size;
    try {
      size = Files.size(zip);
    } catch (IOException e) {
      throw new UnreadableUploadException("the zip cannot be read: " + e.getMessage(), e);
    }
    long maxUnpacked = limits.maxUnpacked(size);
    Map<String, byte[]> out = new LinkedHashMap<>();
    long unpacked = 0;
    int entries = 0;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (++entries > limits.maxZipEntries()) {
          throw new UnreadableUploadException("the zip has more than " + limits.maxZipEntries()
              + " entries; a zipped shapefile needs only its .shp, .shx, .dbf, .prj and .cpg");
        }
        String name = e.getName();
        checkName(name);
        if (e.isDirectory() || name.startsWith("__MACOSX/") || baseName(name).startsWith("._")) {
          continue;
        }
        if (isArchive(name)) {
          throw new UnreadableUploadException("the zip holds another archive ('" + name
              + "'); nested archives are not read: zip the shapefile's files themselves");
        }
        byte[] bytes = readCapped(in, name, maxUnpacked - unpacked, maxUnpacked, size);
        unpacked += bytes.length;
        if (startsWith(bytes, ZIP_MAGIC)) {
          throw new UnreadableUploadException("the zip entry '" + name + "' is itself a zip archive; nested archives"
              + " are not read");
        }
        if (out.putIfAbsent(name, bytes) != null) {
          throw new UnreadableUploadException("the zip lists the entry '" + name + "' twice");
        }
      }
    } catch (ZipException e) {
      throw new UnreadableUploadException("the body is not a readable zip archive: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UnreadableUploadException("the zip cannot be read: " + e.getMessage(), e);
    }
    if (entries == 0) {
      throw new UnreadableUploadException("the body is not a zip archive, or an empty one");
    }
    return out;
  }

  /** Refuses names that would leave the archive's root were they extracted. */
  static void checkName(String name) {
    String n = name.replace('\\', '/');
    boolean climbs = false;
    for (String part : n.split("/")) {
      climbs |= part.equals("..");
    }
    if (n.isEmpty() || n.startsWith("/") || climbs || n.indexOf(':') >= 0 || n.indexOf('\0') >= 0) {
      throw new UnreadableUploadException("the zip entry '" + printable(name) + "' has a path that leaves the archive"
          + " (absolute, a drive letter or '..'); the zip is refused");
    }
  }

  static String baseName(String name) {
    String n = name.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1);
  }

  private static boolean isArchive(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (String ext : new String[] {".zip", ".gz", ".tgz", ".tar", ".7z", ".rar", ".bz2", ".xz", ".kmz", ".jar"}) {
      if (n.endsWith(ext)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] readCapped(InputStream in, String name, long room, long maxUnpacked, long zipSize)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > room) {
        throw new UnreadableUploadException("the zip unpacks to more than " + maxUnpacked + " bytes (entry '"
            + printable(name) + "'; the archive has " + zipSize + " bytes): refused as a possible zip bomb");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The name without control characters, shortened, for messages. */
  static String printable(String s) {
    String clean = s.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 120 ? clean.substring(0, 120) + "…" : clean;
  }
}
