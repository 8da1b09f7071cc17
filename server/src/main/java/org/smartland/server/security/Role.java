package org.smartland.server.security;

import java.util.Locale;

/**
 * What a user may do. A user holds one or more roles; everyone, signed in or not, is {@link #PUBLIC}.
 *
 * <ul>
 *   <li>{@code public}: reads the public layers, submits, votes on and comments proposals once signed in;</li>
 *   <li>{@code analyst}: reads every layer, runs scenarios;</li>
 *   <li>{@code contractor}: writes the layers of its own projects;</li>
 *   <li>{@code moderator}: approves or rejects proposals, reads every layer;</li>
 *   <li>{@code admin}: everything, including users, keys and the audit log.</li>
 * </ul>
 */
public enum Role {
  PUBLIC, ANALYST, CONTRACTOR, MODERATOR, ADMIN;

  /** The lower-case name used in configuration and JSON. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException naming the accepted roles */
  public static Role parse(String s) {
    for (Role r : values()) {
      if (r.key().equals(s == null ? "" : s.trim().toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown role '" + s + "': use public, analyst, contractor, moderator or admin");
  }
}
