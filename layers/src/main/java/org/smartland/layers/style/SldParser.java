package org.smartland.layers.style;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smartland.layers.query.Filter;
import org.smartland.layers.query.fes.FesFilterReader;
import org.smartland.layers.xml.XmlCursor;
import org.smartland.layers.xml.XmlInputException;

/**
 * Reads Styled Layer Descriptor files, SLD 1.0 ({@code sld:}/{@code ogc:} namespaces) and SLD 1.1 with
 * Symbology Encoding 1.1 ({@code se:}), into {@link Style}s. Elements are matched by local name, so both
 * versions (and QGIS and GeoServer exports) read the same way.
 *
 * <p>Method: one forward pass with StAX. The root may be a {@code StyledLayerDescriptor} (every
 * {@code NamedLayer/UserStyle} becomes a style), a {@code UserStyle} or a {@code FeatureTypeStyle}. A
 * {@code UserStyle} without a {@code Name} is named after its {@code NamedLayer}, else after the source.
 *
 * <p>Safety: DTDs, DOCTYPEs, entity references and external entities are refused (XXE, CVE-2025-58360); no
 * remote or local resource is ever fetched ({@code ExternalGraphic} and {@code OnlineResource} are errors).
 * Elements that would change the drawing but are not supported are errors, never skipped silently; every
 * error names the source and line, e.g. {@code roads.sld:42: unknown symbolizer 'RasterSymbolizer'}.
 */
public final class SldParser {
  /** Rule filters: the FES reader without a GML reader, so spatial operators are refused. */
  private static final FesFilterReader FILTERS = new FesFilterReader(null);

  private SldParser() {
  }

  /**
   * The styles in a file; messages name it by its file name.
   *
   * @throws StyleException if the file cannot be read or is not a supported style
   */
  public static List<Style> parse(Path file) {
    String source = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, source);
    } catch (IOException e) {
      throw new StyleException(source + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** The styles in an XML text (e.g. a request's {@code SLD_BODY}); {@code source} names it in messages. */
  public static List<Style> parse(String xml, String source) {
    return parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), source);
  }

  /** The styles in a stream, which is read but not closed; {@code source} names it in messages. */
  public static List<Style> parse(InputStream in, String source) {
    try (XmlCursor c = XmlCursor.open(in, source)) {
      c.toRoot();
      String fallbackName = source.replaceFirst("\\.[^.]*$", "");
      List<Style> styles = switch (c.name()) {
        case "StyledLayerDescriptor" -> descriptor(c, fallbackName);
        case "UserStyle" -> List.of(userStyle(c, fallbackName));
        case "FeatureTypeStyle" -> List.of(new Style(fallbackName, fallbackName, "", List.of(featureTypeStyle(c))));
        default -> throw c.error("'" + c.name() + "' is not a style (expected StyledLayerDescriptor, UserStyle or "
            + "FeatureTypeStyle)");
      };
      if (styles.isEmpty()) {
        throw new StyleException(source + ": holds no UserStyle");
      }
      return styles;
    } catch (StyleException e) {
      throw e;
    } catch (XmlInputException e) {
      throw new StyleException(e.getMessage(), e);
    }
  }

  private static List<Style> descriptor(XmlCursor c, String fallbackName) {
    List<Style> styles = new ArrayList<>();
    while (c.nextChild()) {
      switch (c.name()) {
        case "NamedLayer" -> styles.addAll(namedLayer(c, fallbackName));
        case "Name", "Title", "Abstract", "Description" -> c.skip();
        case "UserLayer" -> throw c.error("UserLayer (inline or remote data) is not supported: use NamedLayer");
        default -> throw c.unknown("StyledLayerDescriptor");
      }
    }
    return styles;
  }

  private static List<Style> namedLayer(XmlCursor c, String fallbackName) {
    List<Style> styles = new ArrayList<>();
    String layerName = fallbackName;
    while (c.nextChild()) {
      switch (c.name()) {
        case "Name" -> layerName = c.text();
        case "Description" -> c.skip();
        case "LayerFeatureConstraints" -> featureConstraints(c);
        case "UserStyle" -> styles.add(userStyle(c, layerName.isBlank() ? fallbackName : layerName));
        case "NamedStyle" -> throw c.error("NamedStyle (a reference to another server's style) is not supported: "
            + "use UserStyle");
        default -> throw c.unknown("NamedLayer");
      }
    }
    return styles;
  }

  /** Feature type constraints only restrict drawing when they carry a filter; empty ones are accepted. */
  private static void featureConstraints(XmlCursor c) {
    while (c.nextChild()) {
      if (!c.name().equals("FeatureTypeConstraint")) {
        throw c.unknown("LayerFeatureConstraints");
      }
      while (c.nextChild()) {
        if (c.name().equals("FeatureTypeName")) {
          c.skip();
        } else {
          throw c.error("'" + c.name() + "' in FeatureTypeConstraint is not supported");
        }
      }
    }
  }

  private static Style userStyle(XmlCursor c, String fallbackName) {
    String name = "";
    String[] titleAbstract = {"", ""};
    List<FeatureTypeStyle> passes = new ArrayList<>();
    while (c.nextChild()) {
      switch (c.name()) {
        case "Name" -> name = c.text();
        case "Title" -> titleAbstract[0] = c.text();
        case "Abstract" -> titleAbstract[1] = c.text();
        case "Description" -> description(c, titleAbstract);
        case "IsDefault" -> c.skip();
        case "FeatureTypeStyle" -> passes.add(featureTypeStyle(c));
        case "CoverageStyle" -> throw c.error("CoverageStyle is not supported: styles draw vector features");
        default -> throw c.unknown("UserStyle");
      }
    }
    if (passes.isEmpty()) {
      throw c.error("UserStyle '" + name + "' has no FeatureTypeStyle");
    }
    return new Style(name.isBlank() ? fallbackName : name, titleAbstract[0], titleAbstract[1], passes);
  }

  private static FeatureTypeStyle featureTypeStyle(XmlCursor c) {
    List<Rule> rules = new ArrayList<>();
    while (c.nextChild()) {
      switch (c.name()) {
        case "Name", "Title", "Abstract", "Description", "FeatureTypeName", "SemanticTypeIdentifier" -> c.skip();
        case "Rule" -> rules.add(rule(c));
        case "OnlineResource" -> throw c.error("rules by reference (OnlineResource) are not supported: "
            + "nothing is fetched");
        case "Transformation" -> throw c.error("rendering transformations are not supported");
        case "VendorOption" -> throw c.error("vendor option '" + c.attribute("name").orElse("")
            + "' is not supported in FeatureTypeStyle");
        default -> throw c.unknown("FeatureTypeStyle");
      }
    }
    return new FeatureTypeStyle(rules);
  }

  private static Rule rule(XmlCursor c) {
    String name = "";
    String[] titleAbstract = {"", ""};
    Filter filter = Filter.INCLUDE;
    boolean hasFilter = false;
    boolean elseFilter = false;
    double min = 0;
    double max = Double.POSITIVE_INFINITY;
    List<Symbolizer> symbolizers = new ArrayList<>();
    SymbolizerReader symbolizerReader = new SymbolizerReader(c);
    while (c.nextChild()) {
      switch (c.name()) {
        case "Name" -> name = c.text();
        case "Title" -> titleAbstract[0] = c.text();
        case "Abstract" -> titleAbstract[1] = c.text();
        case "Description" -> description(c, titleAbstract);
        case "Filter" -> {
          filter = FILTERS.read(c, null);
          hasFilter = true;
        }
        case "ElseFilter" -> {
          c.skip();
          elseFilter = true;
        }
        case "MinScaleDenominator" -> min = scale(c, "MinScaleDenominator");
        case "MaxScaleDenominator" -> max = scale(c, "MaxScaleDenominator");
        case "LegendGraphic" -> throw c.error("LegendGraphic is not supported: legends are drawn from the symbolizers");
        default -> {
          if (!SymbolizerReader.isSymbolizer(c.name())) {
            throw c.unknown("Rule");
          }
          symbolizers.add(symbolizerReader.read());
        }
      }
    }
    if (hasFilter && elseFilter) {
      throw c.error("rule '" + name + "' has both a Filter and an ElseFilter");
    }
    if (!(max > min)) {
      throw c.error("rule '" + name + "': MaxScaleDenominator " + max + " is not above MinScaleDenominator " + min);
    }
    return new Rule(name, titleAbstract[0], filter, elseFilter, min, max, symbolizers);
  }

  private static void description(XmlCursor c, String[] titleAbstract) {
    while (c.nextChild()) {
      switch (c.name()) {
        case "Title" -> titleAbstract[0] = c.text();
        case "Abstract" -> titleAbstract[1] = c.text();
        default -> throw c.unknown("Description");
      }
    }
  }

  private static double scale(XmlCursor c, String what) {
    double d = c.number(what);
    if (d < 0) {
      throw c.error(what + ": " + d + " must not be negative");
    }
    return d;
  }
}
