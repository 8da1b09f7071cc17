package org.smartland.server.uploads;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attribute table of a shapefile ({@code .dbf}, dBASE III): character (C), numeric (N, F), logical (L) and date (D)
 * fields; other types are read as their text. Blank values are null; a numeric field without decimals gives
 * {@link Long} values (or {@link Double} when a value does not fit), with decimals {@link Double}; dates
 * {@link LocalDate}. Text is decoded with the {@code .cpg} code page when there is one, else as UTF-8 when it is valid
 * UTF-8, else as Windows-1252. The header's counts are checked against the bytes the file really has.
 */
final class DbfTable {
  /** One field: its name, type letter, width and decimals. */
  record Field(String name, char type, int length, int decimals) {
  }

  private final ByteBuffer dbf;
  private final List<Field> fields = new ArrayList<>();
  private final int records;
  private final int headerLength;
  private final int recordLength;
  private final Charset charset;

  /**
   * @param codePage the content of the {@code .cpg}, if any
   * @throws UnreadableUploadException when the header is not a dBASE header or does not fit the file
   */
  DbfTable(byte[] bytes, Optional<String> codePage) {
    if (bytes.length < 33) {
      throw new UnreadableUploadException("the .dbf has " + bytes.length + " bytes, fewer than a dBASE header");
    }
    this.dbf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    this.records = dbf.getInt(4);
    this.headerLength = dbf.getShort(8) & 0xffff;
    this.recordLength = dbf.getShort(10) & 0xffff;
    if (records < 0 || headerLength < 33 || headerLength > bytes.length) {
      throw new UnreadableUploadException("the .dbf header is not a dBASE header (" + records + " records, header of "
          + headerLength + " bytes)");
    }
    int width = 1;
    for (int at = 32; at + 32 <= headerLength && bytes[at] != 0x0d; at += 32) {
      String name = ascii(bytes, at, 11);
      char type = (char) (bytes[at + 11] & 0xff);
      int length = bytes[at + 16] & 0xff;
      fields.add(new Field(name, type, length, bytes[at + 17] & 0xff));
      width += length;
    }
    if (width != recordLength) {
      throw new UnreadableUploadException("the .dbf fields are " + width + " bytes wide but its records "
          + recordLength + " bytes: the file is corrupt");
    }
    long needed = headerLength + (long) records * recordLength;
    if (needed > bytes.length) {
      throw new UnreadableUploadException("the .dbf declares " + records + " records of " + recordLength
          + " bytes, but holds only " + (bytes.length - headerLength) + " bytes of records: it is truncated");
    }
    this.charset = charset(codePage, bytes, headerLength, (int) needed);
  }

  List<Field> fields() {
    return fields;
  }

  int records() {
    return records;
  }

  /** Whether record {@code i} (0-based) is marked deleted. */
  boolean deleted(int i) {
    return dbf.get(headerLength + i * recordLength) == '*';
  }

  /** The values of record {@code i} (0-based) by field name. */
  Map<String, Object> record(int i) {
    Map<String, Object> out = new LinkedHashMap<>();
    int at = headerLength + i * recordLength + 1;
    for (Field f : fields) {
      String raw = new String(dbf.array(), at, f.length(), f.type() == 'C' ? charset : StandardCharsets.ISO_8859_1).strip();
      out.put(f.name(), value(f, raw));
      at += f.length();
    }
    return out;
  }

  private static Object value(Field f, String raw) {
    if (raw.isEmpty()) {
      return null;
    }
    return switch (f.type()) {
      case 'N', 'F' -> number(f, raw);
      case 'L' -> switch (Character.toUpperCase(raw.charAt(0))) {
        case 'T', 'Y' -> Boolean.TRUE;
        case 'F', 'N' -> Boolean.FALSE;
        default -> null;
      };
      case 'D' -> date(raw);
      default -> raw;
    };
  }

  private static Object number(Field f, String raw) {
    if (raw.chars().allMatch(c -> c == '*')) {
      return null;
    }
    try {
      if (f.decimals() == 0 && f.type() == 'N') {
        try {
          return Long.parseLong(raw);
        } catch (NumberFormatException e) {
          return Double.parseDouble(raw);
        }
      }
      return Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      return raw;
    }
  }

  private static Object date(String raw) {
    if (raw.equals("00000000")) {
      return null;
    }
    if (raw.length() == 8 && raw.chars().allMatch(Character::isDigit)) {
      try {
        return LocalDate.of(Integer.parseInt(raw.substring(0, 4)), Integer.parseInt(raw.substring(4, 6)),
            Integer.parseInt(raw.substring(6, 8)));
      } catch (DateTimeException e) {
        return raw;
      }
    }
    return raw;
  }

  private static String ascii(byte[] b, int at, int max) {
    int n = 0;
    while (n < max && b[at + n] != 0) {
      n++;
    }
    return new String(b, at, n, StandardCharsets.ISO_8859_1).strip();
  }

  private static Charset charset(Optional<String> codePage, byte[] bytes, int from, int to) {
    if (codePage.isPresent()) {
      String cp = codePage.get().strip().toUpperCase(java.util.Locale.ROOT);
      String name = cp.matches("\\d+") ? (cp.equals("65001") ? "UTF-8" : "windows-" + cp)
          : cp.startsWith("ANSI ") ? "windows-" + cp.substring(5) : cp.replace("ISO88591", "ISO-8859-1");
      try {
        return Charset.forName(name);
      } catch (IllegalArgumentException e) {
        // an unknown code page: guess as without a .cpg
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, to - from));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return Charset.forName("windows-1252");
    }
  }
}
