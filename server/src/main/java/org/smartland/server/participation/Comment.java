package org.smartland.server.participation;

import java.time.Instant;

/** A comment on an approved proposal. */
public record Comment(long id, long proposal, String author, String text, Instant at) {
}
