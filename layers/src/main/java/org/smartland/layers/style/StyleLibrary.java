package org.smartland.layers.style;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every style of a territory, read once at startup from {@code *.sld} files.
 *
 * <p>Method: each directory is walked (sub-directories included, files in name order); a file holds one
 * style, named after the file ({@code roads.sld} is style {@code roads}, whatever its {@code UserStyle/Name}).
 * Directories are read in the order given and a later directory's style replaces an earlier one of the same
 * name: for a territory, the shared {@code _styles/} first, then the territory's own {@code styles/}. A
 * directory that does not exist is skipped. Every unreadable file is collected, and the load fails once with
 * all the problems, one per line, each with file and line.
 */
public final class StyleLibrary {
  private final Map<String, Style> styles;
  private final Map<String, Path> files;

  private StyleLibrary(Map<String, Style> styles, Map<String, Path> files) {
    this.styles = Collections.unmodifiableMap(new TreeMap<>(styles));
    this.files = Collections.unmodifiableMap(new TreeMap<>(files));
  }

  /** The styles of a territory: {@code <territoriesDir>/_styles/}, overridden by {@code <territoriesDir>/<territory>/styles/}. */
  public static StyleLibrary forTerritory(Path territoriesDir, String territory) {
    return load(List.of(territoriesDir.resolve("_styles"), territoriesDir.resolve(territory).resolve("styles")));
  }

  /**
   * Loads every {@code *.sld} under the directories, later directories overriding earlier ones by name.
   *
   * @throws StyleException listing every problem found, if any file fails
   */
  public static StyleLibrary load(List<Path> directories) {
    Map<String, Style> styles = new LinkedHashMap<>();
    Map<String, Path> files = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Path dir : directories) {
      Map<String, Path> seenHere = new LinkedHashMap<>();
      for (Path file : sldFiles(dir, problems)) {
        String name = file.getFileName().toString().replaceFirst("\\.sld$", "");
        Path earlier = seenHere.putIfAbsent(name, file);
        if (earlier != null) {
          problems.add(file + ": style '" + name + "' is also defined by " + earlier);
          continue;
        }
        try (InputStream in = Files.newInputStream(file)) {
          List<Style> parsed = SldParser.parse(in, file.toString());
          if (parsed.size() != 1) {
            problems.add(file + ": holds " + parsed.size() + " styles; a style file holds exactly one UserStyle");
            continue;
          }
          styles.put(name, parsed.get(0).withName(name));
          files.put(name, file);
        } catch (StyleException e) {
          problems.add(e.getMessage());
        } catch (IOException e) {
          problems.add(file + ": cannot be read: " + e.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new StyleException(problems.size() + " style problem(s):\n" + String.join("\n", problems));
    }
    return new StyleLibrary(styles, files);
  }

  /**
   * This library with styles made in code (e.g. the graduated styles of the indicators) added.
   *
   * @throws StyleException if a name is already taken
   */
  public StyleLibrary with(Collection<Style> more) {
    Map<String, Style> all = new LinkedHashMap<>(styles);
    for (Style s : more) {
      if (all.put(s.name(), s) != null) {
        throw new StyleException("style '" + s.name() + "' is defined twice");
      }
    }
    return new StyleLibrary(all, files);
  }

  /** The style with this name. */
  public Optional<Style> style(String name) {
    return Optional.ofNullable(styles.get(name));
  }

  /** Every style, by name. */
  public Collection<Style> styles() {
    return styles.values();
  }

  /** The file a style was read from. */
  public Optional<Path> file(String name) {
    return Optional.ofNullable(files.get(name));
  }

  private static List<Path> sldFiles(Path dir, List<String> problems) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".sld") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      problems.add(dir + ": cannot be listed: " + e.getMessage());
      return List.of();
    }
  }
}
