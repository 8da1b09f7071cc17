package org.smartland.data.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Repairs text that was UTF-8 once and got decoded as Latin-1 on its way into a source file ("LibertÃ "
 * for "Libertà", as in the Anagrafe Scuole export). The repair applies only when the text is such a double
 * encoding for sure: every character fits in one byte and those bytes are valid UTF-8 that holds a
 * non-ASCII character. A lone {@code Ã} before a space or at the end is an {@code à} whose second byte
 * (a no-break space) was trimmed away by the source, the only Italian accented letter ending in that byte.
 * Any other text is returned unchanged.
 */
final class Mojibake {
  private static final Pattern ORPHAN_A_GRAVE = Pattern.compile("Ã(?=\\s|$)");

  private Mojibake() {
  }

  static String repair(String s) {
    if (s.indexOf('Ã') < 0 && s.indexOf('Â') < 0) {
      return s;
    }
    String restored = ORPHAN_A_GRAVE.matcher(s).replaceAll("Ã\u00a0");
    byte[] bytes = new byte[restored.length()];
    for (int i = 0; i < restored.length(); i++) {
      char c = restored.charAt(i);
      if (c > 0xff) {
        return s;
      }
      bytes[i] = (byte) c;
    }
    try {
      CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return decoded.toString();
    } catch (CharacterCodingException e) {
      return s;
    }
  }
}
