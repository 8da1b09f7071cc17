package org.smartland.server.uploads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile zips: bombs, climbing names, nested archives, too many entries. Nothing is ever written by entry name. */
class ZipEntriesTest {
  static final UploadLimits LIMITS = new UploadLimits(20 << 20, 1000, 100_000, 16, 100, 1);

  @TempDir
  Path dir;

  Path file(byte[] bytes) throws IOException {
    Path f = Files.createTempFile(dir, "z", ".zip");
    Files.write(f, bytes);
    return f;
  }

  /** A zip of {@code mb} MiB of zeros: about 10 kB that unpack to {@code mb} MiB. */
  static byte[] bomb(int mb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("works.dbf"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < mb; i++) {
        z.write(zeros);
      }
      z.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void entries_are_read_in_memory() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("a/works.shp", new byte[] {1, 2});
    entries.put("a/works.dbf", new byte[] {3});
    Map<String, byte[]> read = ZipEntries.read(file(TestShapefile.zip(entries)), LIMITS);
    assertEquals(entries.keySet(), read.keySet());
    try (var listing = Files.list(dir)) {
      assertEquals(1, listing.count(), "nothing extracted beside the zip");
    }
  }

  @Test
  void a_zip_bomb_is_stopped_at_the_ratio() throws IOException {
    byte[] bomb = bomb(50);
    assertTrue(bomb.length < 100_000, "the bomb is small: " + bomb.length);
    UnreadableUploadException e = assertThrows(UnreadableUploadException.class, () -> ZipEntries.read(file(bomb), LIMITS));
    assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    assertTrue(e.getMessage().contains("more than " + 100L * bomb.length + " bytes"), e.getMessage());
  }

  @Test
  void the_total_is_capped_at_the_upload_limit_whatever_the_ratio() throws IOException {
    UploadLimits small = new UploadLimits(1 << 20, 1000, 100_000, 16, 1_000_000, 1);
    UnreadableUploadException e = assertThrows(UnreadableUploadException.class, () -> ZipEntries.read(file(bomb(3)), small));
    assertTrue(e.getMessage().contains("more than " + (1 << 20)), e.getMessage());
  }

  @Test
  void names_that_climb_out_are_refused() throws IOException {
    for (String name : new String[] {"../evil.shp", "a/../../evil.shp", "/etc/passwd", "C:/evil.shp", "..\\evil.dbf"}) {
      byte[] zip = TestShapefile.zip(Map.of(name, new byte[] {1}));
      UnreadableUploadException e = assertThrows(UnreadableUploadException.class, () -> ZipEntries.read(file(zip), LIMITS),
          name);
      assertTrue(e.getMessage().contains("leaves the archive"), e.getMessage());
    }
  }

  @Test
  void nested_archives_and_too_many_entries_are_refused() throws IOException {
    byte[] inner = TestShapefile.zip(Map.of("a.shp", new byte[] {1}));
    UnreadableUploadException e = assertThrows(UnreadableUploadException.class,
        () -> ZipEntries.read(file(TestShapefile.zip(Map.of("inner.zip", inner))), LIMITS));
    assertTrue(e.getMessage().contains("nested"), e.getMessage());
    e = assertThrows(UnreadableUploadException.class,
        () -> ZipEntries.read(file(TestShapefile.zip(Map.of("innocent.dbf", inner))), LIMITS));
    assertTrue(e.getMessage().contains("itself a zip"), e.getMessage());
    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i < 17; i++) {
      many.put("f" + i + ".txt", new byte[] {1});
    }
    e = assertThrows(UnreadableUploadException.class, () -> ZipEntries.read(file(TestShapefile.zip(many)), LIMITS));
    assertTrue(e.getMessage().contains("more than 16 entries"), e.getMessage());
  }

  @Test
  void not_a_zip_is_refused() throws IOException {
    UnreadableUploadException e = assertThrows(UnreadableUploadException.class,
        () -> ZipEntries.read(file("PK but not really".getBytes()), LIMITS));
    assertTrue(e.getMessage().contains("not a zip"), e.getMessage());
  }
}
