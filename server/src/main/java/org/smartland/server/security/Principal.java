package org.smartland.server.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is asking: a user and its roles, or nobody ({@link #anonymous()}).
 *
 * @param user     the user name; {@code anonymous} for nobody
 * @param roles    the user's roles (always with {@link Role#PUBLIC})
 * @param projects the project ids a contractor works on
 * @param via      how the request was authenticated: {@code anonymous}, {@code password}, {@code session} or
 *                 {@code api-key}
 */
public record Principal(String user, Set<Role> roles, Set<String> projects, String via) {
  private static final Principal ANONYMOUS = new Principal("anonymous", Set.of(Role.PUBLIC), Set.of(), "anonymous");

  public Principal {
    EnumSet<Role> all = EnumSet.of(Role.PUBLIC);
    all.addAll(roles);
    roles = Set.copyOf(all);
    projects = Set.copyOf(projects);
  }

  public static Principal anonymous() {
    return ANONYMOUS;
  }

  public boolean isAnonymous() {
    return via.equals("anonymous");
  }

  public boolean has(Role role) {
    return roles.contains(role) || roles.contains(Role.ADMIN);
  }

  /** Reads every layer, private ones included. */
  public boolean readsEverything() {
    return has(Role.ANALYST) || has(Role.MODERATOR);
  }
}
