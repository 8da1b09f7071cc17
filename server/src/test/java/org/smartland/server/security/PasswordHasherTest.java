package org.smartland.server.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void argon2id_hashes_are_salted_self_describing_and_verify() {
    String a = hasher.hash("correct horse battery staple");
    String b = hasher.hash("correct horse battery staple");
    assertTrue(a.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), a);
    assertNotEquals(a, b, "a new salt each time");
    assertTrue(hasher.verify("correct horse battery staple", a));
    assertTrue(hasher.verify("correct horse battery staple", b));
    assertFalse(hasher.verify("correct horse battery stapl", a));
    assertFalse(hasher.verify("", a));
  }

  @Test
  void hashes_made_with_other_parameters_still_verify_and_garbage_never_does() {
    String light = new PasswordHasher(1024, 1).hash("s3cret password");
    assertTrue(hasher.verify("s3cret password", light), "parameters travel with the hash");
    for (String bad : new String[] {"", "plain", "$argon2i$v=19$m=1,t=1,p=1$AAAA$AAAA", "$argon2id$v=19$x=1$AA$AA",
        "$argon2id$v=19$m=19456,t=2,p=1$!!$??"}) {
      assertFalse(hasher.verify("s3cret password", bad), bad);
    }
  }
}
