package org.smartland.server.security;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param action  what was attempted: {@code login}, {@code insert}, {@code update}, {@code replace}, {@code delete},
 *                {@code transaction}, {@code upload}, {@code restore}, {@code proposal}, {@code approve}, ...
 * @param target  what it was done to, e.g. a layer and feature ids
 * @param outcome {@code ok}, {@code denied} (no right), {@code rejected} (bad input) or {@code failed}
 * @param detail  a short human description; never a secret
 */
public record AuditEntry(long seq, Instant at, String user, String via, String ip, String action, String target,
                         String outcome, String detail) {
}
