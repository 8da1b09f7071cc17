package org.smartland.server.ogc;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The key-value parameters of an OGC request. Names are case-insensitive (as the OGC standards say);
 * values are kept as sent. Helpers parse the common shapes and throw {@link OgcException}s that name the
 * parameter.
 */
public final class KvpParams {
  /** Longest value we read; longer ones are refused rather than parsed. */
  public static final int MAX_VALUE_LENGTH = 65_536;

  private final Map<String, String> values;

  public KvpParams(Map<String, String> values) {
    Map<String, String> upper = new LinkedHashMap<>();
    values.forEach((k, v) -> upper.putIfAbsent(k.toUpperCase(Locale.ROOT), v));
    this.values = upper;
  }

  public static KvpParams of(Context ctx) {
    Map<String, String> first = new LinkedHashMap<>();
    ctx.queryParamMap().forEach((k, v) -> {
      if (!v.isEmpty()) {
        first.put(k, v.get(0));
      }
    });
    return new KvpParams(first);
  }

  /** These parameters with {@code name} set to {@code value} unless the request gave it. */
  public KvpParams withDefault(String name, String value) {
    if (get(name).isPresent()) {
      return this;
    }
    Map<String, String> copy = new LinkedHashMap<>(values);
    copy.put(name.toUpperCase(Locale.ROOT), value);
    return new KvpParams(copy);
  }

  /** The value, if present and not blank. */
  public Optional<String> get(String name) {
    String v = values.get(name.toUpperCase(Locale.ROOT));
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    if (v.length() > MAX_VALUE_LENGTH) {
      throw OgcException.invalid(name, "parameter " + name + " is longer than " + MAX_VALUE_LENGTH + " characters");
    }
    return Optional.of(v.trim());
  }

  /** Whether the parameter was sent at all, even empty (e.g. {@code STYLES=}). */
  public boolean has(String name) {
    return values.containsKey(name.toUpperCase(Locale.ROOT));
  }

  public String require(String name) {
    return get(name).orElseThrow(() -> OgcException.missing(name));
  }

  /** A comma-separated list; empty items are kept ({@code STYLES=,roads} has two). */
  public List<String> list(String name) {
    String raw = values.getOrDefault(name.toUpperCase(Locale.ROOT), "");
    if (raw.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : raw.split(",", -1)) {
      out.add(s.trim());
    }
    return out;
  }

  /** A whole number between {@code min} and {@code max}. */
  public int integer(String name, int min, int max) {
    String v = require(name);
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw OgcException.invalid(name, name + " must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw OgcException.invalid(name, name + " must be a whole number, not '" + v + "'");
    }
  }

  /** Comma-separated finite numbers, exactly {@code count} of them; exponent notation is accepted. */
  public double[] numbers(String name, int count) {
    List<String> parts = list(name);
    if (parts.isEmpty()) {
      throw OgcException.missing(name);
    }
    if (parts.size() != count) {
      throw OgcException.invalid(name, name + " must have " + count + " comma-separated numbers");
    }
    double[] out = new double[count];
    for (int i = 0; i < count; i++) {
      try {
        // an unencoded '+' of an exponent ("1.5e+06") arrives as a space
        out[i] = Double.parseDouble(parts.get(i).replace(' ', '+'));
      } catch (NumberFormatException e) {
        throw OgcException.invalid(name, name + " value '" + parts.get(i) + "' is not a number");
      }
      if (!Double.isFinite(out[i])) {
        throw OgcException.invalid(name, name + " values must be finite");
      }
    }
    return out;
  }
}
