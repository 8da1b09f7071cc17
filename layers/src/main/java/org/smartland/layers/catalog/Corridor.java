package org.smartland.layers.catalog;

import java.util.regex.Pattern;

/**
 * A thematic corridor of the territorial programme (Mobility, Water, Energy, ...). Corridors are
 * configuration: a territory may define six, five or any other number.
 *
 * @param id     short identifier, e.g. {@code mobilita}
 * @param nameIt Italian name
 * @param nameEn English name
 * @param colour the corridor's colour as {@code #rrggbb}
 */
public record Corridor(String id, String nameIt, String nameEn, String colour) {
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  public Corridor {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a corridor needs an id");
    }
    if (colour == null || !COLOUR.matcher(colour).matches()) {
      throw new IllegalArgumentException("corridor '" + id + "' colour '" + colour + "' is not #rrggbb");
    }
  }
}
