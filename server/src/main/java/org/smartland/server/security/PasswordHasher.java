package org.smartland.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Passwords hashed with Argon2id (RFC 9106), in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash} so that the parameters travel with the hash and can be raised
 * later. The defaults are OWASP's minimum for Argon2id (19 MiB, 2 passes).
 */
public final class PasswordHasher {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final int memoryKib;
  private final int passes;

  public PasswordHasher() {
    this(19_456, 2);
  }

  public PasswordHasher(int memoryKib, int passes) {
    this.memoryKib = memoryKib;
    this.passes = passes;
  }

  public String hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] h = argon2(password, salt, memoryKib, passes, 1, 32);
    return "$argon2id$v=19$m=" + memoryKib + ",t=" + passes + ",p=1$" + B64.encodeToString(salt) + "$"
        + B64.encodeToString(h);
  }

  /** Whether {@code password} matches the stored hash; compares in constant time; false for a malformed hash. */
  public boolean verify(String password, String stored) {
    try {
      String[] parts = stored.split("\\$");
      if (parts.length != 6 || !parts[1].equals("argon2id")) {
        return false;
      }
      int m = 0;
      int t = 0;
      int p = 0;
      for (String kv : parts[3].split(",")) {
        int v = Integer.parseInt(kv.substring(2));
        switch (kv.charAt(0)) {
          case 'm' -> m = v;
          case 't' -> t = v;
          case 'p' -> p = v;
          default -> {
            return false;
          }
        }
      }
      byte[] salt = B64D.decode(parts[4]);
      byte[] expected = B64D.decode(parts[5]);
      return MessageDigest.isEqual(expected, argon2(password, salt, m, t, p, expected.length));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static byte[] argon2(String password, byte[] salt, int m, int t, int p, int length) {
    Argon2BytesGenerator gen = new Argon2BytesGenerator();
    gen.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(m).withIterations(t).withParallelism(p).withSalt(salt).build());
    byte[] out = new byte[length];
    gen.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
