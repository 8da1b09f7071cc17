package org.smartland.server.security;

import java.time.Instant;
import java.util.Optional;

/**
 * An API key or a session token as stored: its public id and metadata, never the secret.
 *
 * @param kind {@code api-key} or {@code session}
 */
public record Credential(String id, String user, String kind, String label, Instant created, Instant expires,
                         Optional<Instant> revoked, Optional<Instant> lastUsed) {

  /** Usable at {@code now}: neither revoked nor expired. */
  public boolean activeAt(Instant now) {
    return revoked.isEmpty() && now.isBefore(expires);
  }
}
