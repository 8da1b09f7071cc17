package org.smartland.server.security;

import java.time.Instant;
import java.util.Set;

/** A user as the administrators see it: never its password hash. */
public record User(String name, Set<Role> roles, Set<String> projects, Instant created, boolean disabled,
                   boolean hasPassword) {
  public User {
    roles = Set.copyOf(roles);
    projects = Set.copyOf(projects);
  }
}
