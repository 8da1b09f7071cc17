package org.smartland.server.security;

import java.time.Instant;

/** A key or token just made: the whole secret, shown to its owner once and never stored. */
public record IssuedSecret(String id, String token, String kind, Instant expires) {
}
