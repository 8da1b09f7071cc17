package org.smartland.data.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {
  @Test
  void quoted_fields_keep_delimiters_quotes_and_line_breaks() {
    List<CsvParser.Row> rows = CsvParser.parse("\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\n\n3,,\n", ',');

    assertEquals(3, rows.size());
    assertEquals(List.of("a", "b", "c"), rows.get(0).cells());
    assertEquals(List.of("1", "x, \"y\"", "two\nlines"), rows.get(1).cells());
    assertEquals(2, rows.get(1).line());
    assertEquals(List.of("3", "", ""), rows.get(2).cells());
    assertEquals(5, rows.get(2).line());
  }

  @Test
  void the_last_record_needs_no_line_break_and_another_delimiter_works() {
    assertEquals(List.of("a", "b"), CsvParser.parse("h;k\na;b", ';').get(1).cells());
  }

  @Test
  void an_unclosed_quote_names_the_line_it_opened_on() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvParser.parse("a,b\n1,2\n3,\"oops\n", ','));
    assertEquals("line 3: a quoted field is never closed", e.getMessage());
  }
}
