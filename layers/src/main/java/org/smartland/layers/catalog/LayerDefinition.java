package org.smartland.layers.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a layer is, as the catalog knows it. Extents are not here: they come from the data, see
 * {@link org.smartland.layers.store.FeatureStore#extent()}.
 *
 * @param id            identifier, also the table name: lower case letters, digits, underscores
 * @param title         human title
 * @param description   the abstract
 * @param keywords      keywords for capabilities and search
 * @param provenance    real, derived or stand-in
 * @param geometryType  geometry type of every feature
 * @param nativeSrid    EPSG code the data is stored in
 * @param attributes    the attributes, in order
 * @param defaultStyle  name of the default style
 * @param timeAttribute the attribute that carries time, if the layer has a time dimension
 * @param corridor      the corridor id the layer belongs to, if any
 * @param otherStyles   names of the styles a client may choose instead of the default one (e.g. one per indicator)
 */
public record LayerDefinition(String id, String title, String description, List<String> keywords,
                              Provenance provenance, GeometryType geometryType, int nativeSrid,
                              List<AttributeDefinition> attributes, String defaultStyle,
                              Optional<String> timeAttribute, Optional<String> corridor, List<String> otherStyles) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  public LayerDefinition {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("layer id '" + id + "' must be lower case letters, digits and underscores");
    }
    Objects.requireNonNull(provenance, "layer '" + id + "' needs a provenance");
    Objects.requireNonNull(geometryType, "geometryType");
    title = title == null || title.isBlank() ? id : title;
    description = description == null ? "" : description;
    keywords = List.copyOf(keywords);
    attributes = List.copyOf(attributes);
    defaultStyle = defaultStyle == null || defaultStyle.isBlank() ? id : defaultStyle;
    otherStyles = List.copyOf(otherStyles);
    if (otherStyles.contains(defaultStyle) || otherStyles.stream().distinct().count() != otherStyles.size()) {
      throw new IllegalArgumentException("layer '" + id + "' lists a style twice");
    }
    long distinct = attributes.stream().map(AttributeDefinition::name).distinct().count();
    if (distinct != attributes.size()) {
      throw new IllegalArgumentException("layer '" + id + "' declares an attribute twice");
    }
    if (timeAttribute.isPresent()) {
      String t = timeAttribute.get();
      if (attributes.stream().noneMatch(a -> a.name().equals(t))) {
        throw new IllegalArgumentException("layer '" + id + "' time attribute '" + t + "' is not one of its attributes");
      }
    }
  }

  /** A layer with only its default style. */
  public LayerDefinition(String id, String title, String description, List<String> keywords, Provenance provenance,
                         GeometryType geometryType, int nativeSrid, List<AttributeDefinition> attributes,
                         String defaultStyle, Optional<String> timeAttribute, Optional<String> corridor) {
    this(id, title, description, keywords, provenance, geometryType, nativeSrid, attributes, defaultStyle,
        timeAttribute, corridor, List.of());
  }

  /** The default style, then the others. */
  public List<String> styles() {
    List<String> out = new java.util.ArrayList<>();
    out.add(defaultStyle);
    out.addAll(otherStyles);
    return out;
  }

  /** The attribute with this exact name. */
  public Optional<AttributeDefinition> attribute(String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** The description followed by the provenance sentence: the abstract every service publishes. */
  public String abstractWithProvenance() {
    return (description.isEmpty() ? "" : description + " ") + provenance.summary();
  }

  /** The keywords every service publishes: the layer's own, its provenance kind and {@code corridor:<id>}. */
  public List<String> publishedKeywords() {
    List<String> out = new java.util.ArrayList<>(keywords);
    out.add(provenance.kind());
    corridor.ifPresent(c -> out.add("corridor:" + c));
    return out;
  }
}
