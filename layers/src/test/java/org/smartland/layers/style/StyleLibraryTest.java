package org.smartland.layers.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.layers.catalog.LayerCatalog;
import org.smartland.layers.catalog.LayerCatalogReader;
import org.smartland.layers.catalog.LayerDefinition;
import org.smartland.layers.store.FeatureSchema;

class StyleLibraryTest {
  /** The territories directory of the repository, found from the working directory (the module or the root). */
  static Path territories() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path t = dir.resolve("data").resolve("territories");
      if (Files.isDirectory(t.resolve("_styles"))) {
        return t;
      }
    }
    throw new IllegalStateException("data/territories/_styles not found above " + Path.of("").toAbsolutePath());
  }

  private static String sld(String colour) {
    return "<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\"><NamedLayer><UserStyle><Name>ignored</Name>\n"
        + "<FeatureTypeStyle><Rule><LineSymbolizer><Stroke><CssParameter name=\"stroke\">" + colour
        + "</CssParameter></Stroke></LineSymbolizer></Rule></FeatureTypeStyle></UserStyle></NamedLayer>"
        + "</StyledLayerDescriptor>";
  }

  private static Color strokeOf(Style s) {
    return ((LineSymbolizer) s.rules().get(0).symbolizers().get(0)).stroke().color();
  }

  @Test
  void styles_are_named_by_file_and_a_territory_overrides_the_shared_ones(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("_styles/nested"));
    Files.createDirectories(root.resolve("t1/styles"));
    Files.writeString(root.resolve("_styles/roads.sld"), sld("#000001"));
    Files.writeString(root.resolve("_styles/nested/schools.sld"), sld("#000002"));
    Files.writeString(root.resolve("_styles/notes.txt"), "not a style");
    Files.writeString(root.resolve("t1/styles/roads.sld"), sld("#000003"));
    StyleLibrary t1 = StyleLibrary.forTerritory(root, "t1");
    assertEquals(List.of("roads", "schools"), t1.styles().stream().map(Style::name).toList());
    assertEquals(new Color(3), strokeOf(t1.style("roads").orElseThrow()));
    assertEquals(new Color(2), strokeOf(t1.style("schools").orElseThrow()));
    assertEquals(root.resolve("t1/styles/roads.sld"), t1.file("roads").orElseThrow());
    StyleLibrary t2 = StyleLibrary.forTerritory(root, "t2");
    assertEquals(new Color(1), strokeOf(t2.style("roads").orElseThrow()));
    assertTrue(t2.style("nope").isEmpty());
  }

  @Test
  void every_broken_file_is_reported_at_once_with_file_and_line(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.sld"), sld("#00000"));
    Files.writeString(dir.resolve("b.sld"), "<StyledLayerDescriptor>\n<NamedLayer>\n<UserStyle>\n<RasterSymbolizer/>");
    Files.writeString(dir.resolve("c.sld"), sld("#000000"));
    StyleException e = assertThrows(StyleException.class, () -> StyleLibrary.load(List.of(dir)));
    String[] lines = e.getMessage().split("\n");
    assertEquals("2 style problem(s):", lines[0]);
    assertEquals(dir.resolve("a.sld") + ":2: stroke: '#00000' is not a colour (expected #rrggbb)", lines[1]);
    assertTrue(lines[2].startsWith(dir.resolve("b.sld") + ":4: "), lines[2]);
  }

  @Test
  void a_missing_directory_is_skipped() {
    assertTrue(StyleLibrary.load(List.of(Path.of("does-not-exist"))).styles().isEmpty());
  }

  @Test
  void every_shipped_style_parses() throws IOException {
    Path shared = territories().resolve("_styles");
    List<Path> files;
    try (Stream<Path> s = Files.list(shared)) {
      files = s.filter(p -> p.toString().endsWith(".sld")).sorted().toList();
    }
    assertTrue(files.size() >= 20, "shipped styles: " + files);
    for (Path f : files) {
      List<Style> styles = SldParser.parse(f);
      assertEquals(1, styles.size(), f.toString());
      assertFalse(styles.get(0).rules().isEmpty(), f.toString());
    }
    assertEquals(files.size(), StyleLibrary.load(List.of(shared)).styles().size());
  }

  @Test
  void every_layer_of_every_territory_has_its_style_and_the_style_reads_only_its_attributes() throws IOException {
    Path root = territories();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("territory.yaml"))).sorted().toList()) {
        LayerCatalog catalog = LayerCatalogReader.read(dir.resolve("territory.yaml"));
        StyleLibrary library = StyleLibrary.forTerritory(root, dir.getFileName().toString());
        for (LayerDefinition layer : catalog.layers()) {
          checked++;
          library.style(layer.defaultStyle()).ifPresentOrElse(
              style -> StyleCheck.unknownProperties(style, FeatureSchema.of(layer)).forEach(p -> problems.add(
                  catalog.territoryId() + "/" + layer.id() + ": style '" + style.name() + "' reads unknown '" + p + "'")),
              () -> problems.add(catalog.territoryId() + "/" + layer.id() + ": no style '" + layer.defaultStyle() + "'"));
        }
      }
    }
    assertTrue(checked >= 30, "layers checked: " + checked);
    assertEquals(List.of(), problems);
  }
}
