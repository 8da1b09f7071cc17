package org.smartland.layers.catalog;

import java.util.List;

/**
 * Where a layer's data comes from. Shown to users in capabilities, collection descriptions and the viewer.
 */
public sealed interface Provenance {

  /** A short human sentence, e.g. for a capabilities abstract. */
  String summary();

  /** The kind as a word: {@code real}, {@code derived} or {@code stand-in}. */
  String kind();

  /** Real open data: its source, licence and date. */
  record Real(String source, String licence, String date) implements Provenance {
    public String kind() {
      return "real";
    }

    public String summary() {
      return "Real data. Source: " + source + (date == null ? "" : " (" + date + ")") + ". Licence: " + licence + ".";
    }
  }

  /** Computed from other layers: the method and its inputs. */
  record Derived(String method, List<String> inputs) implements Provenance {
    public Derived {
      inputs = List.copyOf(inputs);
    }

    public String kind() {
      return "derived";
    }

    public String summary() {
      return "Derived data. Method: " + method + (inputs.isEmpty() ? "" : " Inputs: " + String.join(", ", inputs) + ".");
    }
  }

  /** A generated substitute for a real source that could not be reached; same schema as the real one. */
  record StandIn(String replaces, String source) implements Provenance {
    public String kind() {
      return "stand-in";
    }

    public String summary() {
      return "STAND-IN (generated, not observed data) for: " + replaces + (source == null ? "" : ". File: " + source) + ".";
    }
  }
}
