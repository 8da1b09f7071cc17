package org.smartland.layers.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.smartland.layers.style.LabelFont;

/**
 * Java2D fonts for label fonts: the first family of the list that is installed, else the logical font
 * {@code SansSerif} (which the JDK maps to an installed sans-serif face, DejaVu Sans on Debian). The installed
 * families are listed once; fonts are cached.
 */
final class Fonts {
  /** The logical font used when no family of a label font is installed. */
  static final String FALLBACK = Font.SANS_SERIF;

  private static final Map<LabelFont, Font> CACHE = new ConcurrentHashMap<>();

  private Fonts() {
  }

  private static final class Installed {
    static final Set<String> FAMILIES = Stream.of(
            GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT))
        .map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /** The Java2D font for a label font. */
  static Font of(LabelFont f) {
    return CACHE.computeIfAbsent(f, Fonts::create);
  }

  /** Whether a family is installed (logical families such as {@code SansSerif} always are). */
  static boolean isInstalled(String family) {
    return Installed.FAMILIES.contains(family.toLowerCase(Locale.ROOT));
  }

  private static Font create(LabelFont f) {
    String family = f.families().stream().filter(Fonts::isInstalled).findFirst().orElse(FALLBACK);
    int style = (f.bold() ? Font.BOLD : Font.PLAIN) | (f.italic() ? Font.ITALIC : Font.PLAIN);
    return new Font(family, style, 12).deriveFont((float) f.size());
  }
}
