package org.smartland.server.security;

/**
 * A request its principal may not make: 401 when nobody is signed in (sign in and try again), 403 when the
 * signed-in user lacks the right. The message says what was refused and why, never anything secret.
 */
public final class AccessDeniedException extends RuntimeException {
  private final boolean unauthenticated;

  private AccessDeniedException(String message, boolean unauthenticated) {
    super(message);
    this.unauthenticated = unauthenticated;
  }

  /** Refuses {@code what} to {@code who}: 401 for the anonymous, 403 otherwise. */
  public static AccessDeniedException of(Principal who, String what) {
    return who.isAnonymous()
        ? new AccessDeniedException(what + " needs you to sign in (an API key or a bearer token)", true)
        : new AccessDeniedException(what + " is not allowed to user '" + who.user() + "'", false);
  }

  /** Credentials were given but are wrong, expired or revoked: always 401. */
  public static AccessDeniedException badCredentials(String why) {
    return new AccessDeniedException(why, true);
  }

  public boolean unauthenticated() {
    return unauthenticated;
  }

  public int status() {
    return unauthenticated ? 401 : 403;
  }
}
