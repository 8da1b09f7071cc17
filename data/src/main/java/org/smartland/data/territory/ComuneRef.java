package org.smartland.data.territory;

import java.util.regex.Pattern;

/**
 * A Comune of the territory as the configuration lists it.
 *
 * @param istat the six-digit ISTAT code, e.g. {@code 015093}
 * @param name  the name, e.g. {@code Corsico}
 */
public record ComuneRef(String istat, String name) {
  private static final Pattern ISTAT = Pattern.compile("\\d{6}");

  public ComuneRef {
    if (istat == null || !ISTAT.matcher(istat).matches()) {
      throw new IllegalArgumentException("ISTAT code '" + istat + "' must be six digits (quote it in YAML)");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Comune " + istat + " needs a name");
    }
  }
}
