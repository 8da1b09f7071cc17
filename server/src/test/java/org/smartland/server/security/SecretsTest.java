package org.smartland.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretsTest {
  @Test
  void tokens_parse_back_and_only_their_hash_matches() {
    Secrets.Token t = Secrets.generate();
    String text = Secrets.text(t);
    assertTrue(text.matches("slt_[0-9a-f]{12}_[A-Za-z0-9_-]{43}"), text);
    assertEquals(t, Secrets.parse(text).orElseThrow());
    assertEquals(t, Secrets.parse("  " + text + "\n").orElseThrow());
    String stored = Secrets.hash(t.secret());
    assertEquals(64, stored.length());
    assertTrue(Secrets.matches(t.secret(), stored));
    assertFalse(Secrets.matches(t.secret().substring(1) + "A", stored));
    assertNotEquals(t, Secrets.generate());
  }

  @Test
  void anything_else_is_not_a_token() {
    for (String s : new String[] {"", "slt_", "slt_0123456789ab_short", "Bearer x", "slt_0123456789AB_" + "a".repeat(43),
        "slt_0123456789ab_" + "a".repeat(44)}) {
      assertTrue(Secrets.parse(s).isEmpty(), s);
    }
    assertTrue(Secrets.parse(null).isEmpty());
  }
}
