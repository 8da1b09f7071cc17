package org.smartland.data.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180): fields separated by a delimiter, optionally in double quotes,
 * with {@code ""} for a quote inside quotes and line breaks allowed inside quotes; records end at LF or
 * CRLF; a leading byte-order mark is dropped; blank lines are skipped. An unterminated quote fails with
 * the line it started on.
 */
public final class CsvParser {
  private CsvParser() {
  }

  /** One record with the line it starts on (1-based). */
  public record Row(int line, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  public static List<Row> parse(String text, char delimiter) {
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int line = 1;
    int rowLine = 1;
    boolean quoted = false;
    int quoteLine = 0;
    boolean any = false;
    for (; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          if (ch == '\n') {
            line++;
          }
          cell.append(ch);
        }
      } else if (ch == '"' && cell.length() == 0) {
        quoted = true;
        quoteLine = line;
        any = true;
      } else if (ch == delimiter) {
        cells.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || cell.length() > 0) {
          cells.add(cell.toString());
          rows.add(new Row(rowLine, cells));
        }
        cells = new ArrayList<>();
        cell.setLength(0);
        any = false;
        line++;
        rowLine = line;
      } else {
        cell.append(ch);
        any = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("line " + quoteLine + ": a quoted field is never closed");
    }
    if (any || cell.length() > 0) {
      cells.add(cell.toString());
      rows.add(new Row(rowLine, cells));
    }
    return rows;
  }
}
