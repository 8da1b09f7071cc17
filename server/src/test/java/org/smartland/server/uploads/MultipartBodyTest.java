package org.smartland.server.uploads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one file part of a multipart/form-data body, streamed; text parts kept. */
class MultipartBodyTest {
  static byte[] body(String boundary, byte[] file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhanded over\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../works; final.geojson\"\r\n"
        + "Content-Type: application/geo+json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(file);
    out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void the_file_part_is_copied_byte_for_byte() throws IOException {
    String boundary = "XyZ123";
    byte[] file = "{\"a\":\"\r\n--XyZ12 almost the boundary\r\n-\"}\r\n\r\n--XyZ1".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    MultipartBody.Parts parts = MultipartBody.read(new ByteArrayInputStream(body(boundary, file)), boundary, copy);
    assertArrayEquals(file, copy.toByteArray());
    assertEquals(Optional.of("../../works; final.geojson"), parts.filename());
    assertEquals(Optional.of("application/geo+json"), parts.contentType());
    assertEquals("handed over", parts.fields().get("note"));
    assertEquals("works; final.geojson", FileSummary.cleanName(parts.filename().get()), "only metadata, no path");
  }

  @Test
  void malformed_bodies_are_400() {
    UploadRefusedException e = assertThrows(UploadRefusedException.class, () -> MultipartBody.read(
        new ByteArrayInputStream("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nno file\r\n--b--".getBytes()),
        "b", new ByteArrayOutputStream()));
    assertEquals(400, e.status());
    e = assertThrows(UploadRefusedException.class, () -> MultipartBody.read(new ByteArrayInputStream(
        "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a\"\r\n\r\nnever ends".getBytes()), "b",
        new ByteArrayOutputStream()));
    assertEquals("the multipart body ends before its closing boundary", e.getMessage());
  }
}
