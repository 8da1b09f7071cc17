package org.smartland.data.osm;

import java.util.List;
import java.util.Map;

/** An OSM relation: id, members in order, tags. */
public record OsmRelation(long id, List<Member> members, Map<String, String> tags) {
  public OsmRelation {
    members = List.copyOf(members);
    tags = Map.copyOf(tags);
  }

  /** What a member is. */
  public enum MemberType { NODE, WAY, RELATION }

  /** One member: its type, id and role ({@code outer}, {@code inner}, …; empty when none). */
  public record Member(MemberType type, long ref, String role) {
  }
}
