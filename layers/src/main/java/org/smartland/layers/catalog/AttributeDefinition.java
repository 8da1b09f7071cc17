package org.smartland.layers.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One attribute of a layer.
 *
 * @param name      column name: lower case letters, digits and underscores, starting with a letter
 * @param type      value type
 * @param title     a human-readable label (defaults to the name)
 * @param queryable whether clients may filter and sort on it
 */
public record AttributeDefinition(String name, AttributeType type, String title, boolean queryable) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  public AttributeDefinition {
    Objects.requireNonNull(type, "type");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("attribute name '" + name
          + "' must be lower case letters, digits and underscores, starting with a letter");
    }
    if (name.equals("fid") || name.equals("geom")) {
      throw new IllegalArgumentException("attribute name '" + name + "' is reserved");
    }
    title = title == null || title.isBlank() ? name : title;
  }

  public static AttributeDefinition of(String name, AttributeType type) {
    return new AttributeDefinition(name, type, name, true);
  }
}
