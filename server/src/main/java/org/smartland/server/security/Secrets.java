package org.smartland.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys and session tokens: {@code slt_<id>_<secret>}, where the id (12 hex digits) finds the stored record and the
 * secret (32 random bytes, base64url) is checked against its SHA-256, compared in constant time. Only the hash is
 * stored: a stolen database gives no usable key. (256 random bits need no slow KDF.)
 */
public final class Secrets {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern FORMAT = Pattern.compile("slt_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");

  /** A parsed token: its public id and its secret part. */
  public record Token(String id, String secret) {
  }

  private Secrets() {
  }

  /** A new token, to be shown once. */
  public static Token generate() {
    byte[] id = new byte[6];
    byte[] secret = new byte[32];
    RANDOM.nextBytes(id);
    RANDOM.nextBytes(secret);
    return new Token(HexFormat.of().formatHex(id), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  public static String text(Token t) {
    return "slt_" + t.id() + "_" + t.secret();
  }

  /** The token a text holds, if it has the token format. */
  public static Optional<Token> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(text.trim());
    return m.matches() ? Optional.of(new Token(m.group(1), m.group(2))) : Optional.empty();
  }

  public static String hash(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code secret} hashes to {@code storedHash}, in time that does not depend on where they differ. */
  public static boolean matches(String secret, String storedHash) {
    return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }
}
