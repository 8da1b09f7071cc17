package org.smartland.server.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may read and write each layer, from the {@code access} entry of the layers in {@code territory.yaml}:
 *
 * <pre>
 * access: {read: private}                                   # analysts, moderators, admins (and the project's contractors)
 * access: {write: [contractor], project: SOM-07, required: [name, status]}   # the project's contractors and admins
 * </pre>
 *
 * A layer without an entry is public and read-only. A layer is written only if its entry says who may write it;
 * admins may then always write it; contractors only when they work on the layer's project.
 */
public final class LayerAccess {
  /** One layer's rule. */
  public record Rule(boolean privateLayer, Set<Role> writers, Optional<String> project, List<String> required) {
    public Rule {
      writers = writers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(writers));
      required = List.copyOf(required);
    }

    static final Rule PUBLIC_READ_ONLY = new Rule(false, Set.of(), Optional.empty(), List.of());

    public boolean writable() {
      return !writers.isEmpty();
    }
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private final Map<String, Rule> rules;

  public LayerAccess(Map<String, Rule> rules) {
    this.rules = Map.copyOf(rules);
  }

  /** Every layer public and read-only. */
  public static LayerAccess readOnly() {
    return new LayerAccess(Map.of());
  }

  /**
   * The rules of a territory file.
   *
   * @throws IllegalArgumentException naming the file and layer of a bad entry
   */
  public static LayerAccess read(Path territoryFile) {
    try {
      return fromTree(YAML.readTree(territoryFile.toFile()), territoryFile.getFileName().toString());
    } catch (IOException e) {
      throw new IllegalArgumentException(territoryFile + ": cannot be read: " + e.getMessage(), e);
    }
  }

  public static LayerAccess fromTree(JsonNode root, String where) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    for (JsonNode layer : root.path("layers")) {
      JsonNode a = layer.path("access");
      if (a.isMissingNode() || a.isNull()) {
        continue;
      }
      String id = layer.path("id").asText();
      String at = where + ": layer '" + id + "' access: ";
      String read = a.path("read").asText("public");
      if (!read.equals("public") && !read.equals("private")) {
        throw new IllegalArgumentException(at + "read must be public or private, not '" + read + "'");
      }
      Set<Role> writers = EnumSet.noneOf(Role.class);
      JsonNode w = a.path("write");
      for (JsonNode r : w.isArray() ? w : w.isMissingNode() ? List.<JsonNode>of() : List.of(w)) {
        Role role;
        try {
          role = Role.parse(r.asText());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(at + e.getMessage(), e);
        }
        if (role != Role.CONTRACTOR && role != Role.ADMIN) {
          throw new IllegalArgumentException(at + "write lists contractor and/or admin, not " + role.key());
        }
        writers.add(role);
      }
      if (!writers.isEmpty()) {
        writers.add(Role.ADMIN);
      }
      Optional<String> project = a.hasNonNull("project") ? Optional.of(a.get("project").asText()) : Optional.empty();
      if (writers.contains(Role.CONTRACTOR) && project.isEmpty()) {
        throw new IllegalArgumentException(at + "a layer contractors write names its project");
      }
      List<String> required = new ArrayList<>();
      a.path("required").forEach(n -> required.add(n.asText()));
      for (String r : required) {
        boolean known = false;
        for (JsonNode attr : layer.path("attributes")) {
          known |= attr.path("name").asText().equals(r);
        }
        if (!known) {
          throw new IllegalArgumentException(at + "required attribute '" + r + "' is not one of the layer's");
        }
      }
      rules.put(id, new Rule(read.equals("private"), writers, project, required));
    }
    return new LayerAccess(rules);
  }

  public Rule rule(String layer) {
    return rules.getOrDefault(layer, Rule.PUBLIC_READ_ONLY);
  }

  public boolean canRead(Principal who, String layer) {
    Rule r = rule(layer);
    return !r.privateLayer() || who.readsEverything() || worksOn(who, r);
  }

  public boolean canWrite(Principal who, String layer) {
    Rule r = rule(layer);
    if (!r.writable()) {
      return false;
    }
    if (who.has(Role.ADMIN)) {
      return true;
    }
    return r.writers().contains(Role.CONTRACTOR) && worksOn(who, r);
  }

  /**
   * @throws AccessDeniedException 401 for the anonymous, 403 otherwise
   */
  public void checkRead(Principal who, String layer) {
    if (!canRead(who, layer)) {
      throw AccessDeniedException.of(who, "reading layer '" + layer + "'");
    }
  }

  /**
   * @throws AccessDeniedException 401 for the anonymous, 403 otherwise (also for layers nobody writes)
   */
  public void checkWrite(Principal who, String layer) {
    if (!canWrite(who, layer)) {
      String why = rule(layer).writable() ? "" : " (the layer is read-only)";
      throw AccessDeniedException.of(who, "writing to layer '" + layer + "'" + why);
    }
  }

  /** Whether anyone may write the layer (its services then advertise transactions). */
  public boolean writable(String layer) {
    return rule(layer).writable();
  }

  /** The layers anyone may write, in configuration order. */
  public List<String> writableLayers() {
    return rules.entrySet().stream().filter(e -> e.getValue().writable()).map(Map.Entry::getKey).toList();
  }

  private static boolean worksOn(Principal who, Rule r) {
    return who.roles().contains(Role.CONTRACTOR) && r.project().isPresent() && who.projects().contains(r.project().get());
  }
}
