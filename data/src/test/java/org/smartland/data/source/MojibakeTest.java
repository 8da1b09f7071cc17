package org.smartland.data.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MojibakeTest {

  @Test
  void double_encoded_italian_is_repaired() {
    assertEquals("Primaria -   Libertà ", Mojibake.repair("Primaria -   LibertÃ\u00a0 "));
    assertEquals("via libertà", Mojibake.repair("via libertÃ"));
    assertEquals("Infanzia - Lillà", Mojibake.repair("Infanzia - LillÃ"));
    assertEquals("Città di Cesano Boscone", Mojibake.repair("CittÃ di Cesano Boscone"));
    assertEquals("perché è così", Mojibake.repair("perchÃ© Ã¨ cosÃ¬"));
  }

  @Test
  void correct_text_is_left_alone() {
    assertEquals("Libertà", Mojibake.repair("Libertà"));
    assertEquals("São Paulo Ãgua", Mojibake.repair("São Paulo Ãgua"));
    assertEquals("Corsico", Mojibake.repair("Corsico"));
  }
}
