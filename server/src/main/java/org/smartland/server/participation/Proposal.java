package org.smartland.server.participation;

import java.time.Instant;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * A need or a solution proposed by a citizen or a company.
 *
 * @param geometry  in the territory's native CRS
 * @param status    {@code pending} until a moderator decides, then {@code approved} or {@code rejected}
 * @param featureId the proposal's feature in the {@code proposals} layer once approved
 */
public record Proposal(long id, String kind, String corridor, String title, String description, String submitterType,
                       String author, Geometry geometry, Instant submitted, String status, Optional<String> moderator,
                       Optional<Instant> decided, Optional<String> reason, Optional<String> featureId,
                       Optional<Attachment> attachment, int votes, int comments) {

  /** A file joined to a proposal: served back as a download, never run or shown inline. */
  public record Attachment(String name, String contentType, long size) {
  }

  public static final String PENDING = "pending";
  public static final String APPROVED = "approved";
  public static final String REJECTED = "rejected";
}
