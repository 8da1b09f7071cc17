package org.smartland.server.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.server.EditingTerritory;
import org.smartland.server.TestClient;

/**
 * Participation on the editing fixture: a proposal is private to its author and the moderators until approved, then
 * in the proposals layer of every service with its votes and comments counted.
 */
class ProposalsIT {
  /** A point inside Corsico (fixture Comune), in CRS84. */
  private static final String POINT;

  static {
    var crs = org.smartland.server.FixtureTerritory.CRS;
    var g = crs.transform(new org.locationtech.jts.geom.GeometryFactory().createPoint(
        new org.locationtech.jts.geom.Coordinate(502000, 5032000)), 32632, 4326);
    POINT = "{\"type\":\"Point\",\"coordinates\":[" + g.getCoordinate().x + "," + g.getCoordinate().y + "]}";
  }

  @TempDir
  static Path dir;
  static EditingTerritory.Server server;
  static TestClient http;

  @BeforeAll
  static void start() {
    server = EditingTerritory.start(dir);
    http = server.client();
  }

  @AfterAll
  static void stop() {
    server.app().stop();
  }

  private static String proposal(String title, String extra) {
    return "{\"kind\":\"need\",\"corridor\":\"mobilita\",\"title\":\"" + title + "\",\"description\":\"A safe crossing"
        + " by the school\",\"submitterType\":\"citizen\",\"geometry\":" + POINT + extra + "}";
  }

  private static int featuresInLayer() {
    return TestClient.json(http.get("/ogc/collections/proposals/items?f=json")).get("features").size();
  }

  @Test
  void a_proposal_is_published_only_once_approved_then_counts_votes_and_comments() {
    assertEquals(401, http.post("/api/proposals", proposal("Crossing", "")).statusCode(), "anonymous cannot propose");
    HttpResponse<String> made = http.post("/api/proposals", proposal("Crossing", ""), server.as("citizen"));
    assertEquals(201, made.statusCode(), made.body());
    long id = TestClient.json(made).get("id").asLong();
    assertEquals("pending", TestClient.json(made).get("status").asText());
    int before = featuresInLayer();

    assertEquals(404, http.get("/api/proposals/" + id).statusCode(), "pending proposals are not public");
    assertEquals(200, http.get("/api/proposals/" + id, server.as("citizen")).statusCode(), "the author sees it");
    assertEquals(200, http.get("/api/proposals/" + id, server.as("moderator")).statusCode());
    assertEquals(403, http.get("/api/proposals?status=pending", server.as("citizen")).statusCode());
    assertTrue(TestClient.json(http.get("/api/proposals?status=pending", server.as("moderator"))).toString()
        .contains("\"id\":" + id));
    assertEquals(404, http.post("/api/proposals/" + id + "/vote", "", server.as("analyst")).statusCode(),
        "a pending proposal is invisible to others");
    assertEquals(400, http.post("/api/proposals/" + id + "/vote", "", server.as("moderator")).statusCode(),
        "no votes before approval");

    for (String role : new String[] {"citizen", "analyst", "contractor", "other"}) {
      assertEquals(403, http.post("/api/proposals/" + id + "/moderation", "{\"decision\":\"approve\"}",
          server.as(role)).statusCode(), role);
    }
    assertEquals(401, http.post("/api/proposals/" + id + "/moderation", "{\"decision\":\"approve\"}").statusCode());
    HttpResponse<String> ok = http.post("/api/proposals/" + id + "/moderation", "{\"decision\":\"approve\"}",
        server.as("moderator"));
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals(before + 1, featuresInLayer(), "approved: in the layer at once");
    assertEquals(400, http.post("/api/proposals/" + id + "/moderation", "{\"decision\":\"reject\"}",
        server.as("admin")).statusCode(), "decided once");

    assertEquals(201, http.post("/api/proposals/" + id + "/vote", "", server.as("analyst")).statusCode());
    assertEquals(200, http.post("/api/proposals/" + id + "/vote", "", server.as("analyst")).statusCode(), "once each");
    assertEquals(201, http.post("/api/proposals/" + id + "/vote", "", server.as("contractor")).statusCode());
    assertEquals(401, http.post("/api/proposals/" + id + "/vote", "").statusCode());
    assertEquals(201, http.post("/api/proposals/" + id + "/comments", "{\"text\":\"Yes, please\"}",
        server.as("citizen")).statusCode());
    JsonNode feature = null;
    for (JsonNode f : TestClient.json(http.get("/ogc/collections/proposals/items?f=json")).get("features")) {
      if (f.get("properties").get("proposal_id").asLong() == id) {
        feature = f;
      }
    }
    assertEquals(2, feature.get("properties").get("votes").asInt());
    assertEquals(1, feature.get("properties").get("comments").asInt());
    assertFalse(feature.get("properties").has("author"), "the author's name is not published");
    assertEquals("citizen", feature.get("properties").get("submitter_type").asText());
    JsonNode pub = TestClient.json(http.get("/api/proposals/" + id));
    assertEquals(2, pub.get("votes").asInt());
    assertEquals("Yes, please", pub.get("commentList").get(0).get("text").asText());
    assertFalse(pub.has("author"), "the public does not see who proposed");
    assertEquals(200, http.delete("/api/proposals/" + id + "/vote", server.as("analyst")).statusCode());
    assertEquals(1, TestClient.json(http.get("/api/proposals/" + id)).get("votes").asInt());
  }

  @Test
  void a_rejected_proposal_never_reaches_the_layer() {
    long id = TestClient.json(http.post("/api/proposals", proposal("Rejected one", ""), server.as("citizen")))
        .get("id").asLong();
    int before = featuresInLayer();
    assertEquals(200, http.post("/api/proposals/" + id + "/moderation", "{\"decision\":\"reject\",\"reason\":\"duplicate\"}",
        server.as("moderator")).statusCode());
    assertEquals(before, featuresInLayer());
    assertEquals(404, http.get("/api/proposals/" + id).statusCode());
    assertEquals("duplicate", TestClient.json(http.get("/api/proposals/" + id, server.as("citizen"))).get("reason").asText());
  }

  @Test
  void bad_proposals_are_refused_naming_the_field() {
    String far = "{\"type\":\"Point\",\"coordinates\":[12.5,41.9]}";
    String[][] cases = {
        {proposal("x", "").replace("\"need\"", "\"wish\""), "kind"},
        {proposal("x", "").replace("mobilita", "sport"), "corridor"},
        {proposal("", ""), "title"},
        {proposal("x", "").replace(POINT, far), "outside the territory"},
        {proposal("x", "").replace(POINT, "{\"type\":\"LineString\",\"coordinates\":[[9,45],[9.1,45.1]]}"), "geometry"},
        {proposal("x", ",\"attachment\":{\"name\":\"a.pdf\",\"contentType\":\"text/html\",\"data\":\"PGgxPg==\"}"),
            "contentType"},
        {proposal("x", ",\"attachment\":{\"name\":\"a.pdf\",\"contentType\":\"application/pdf\",\"data\":\""
            + Base64.getEncoder().encodeToString("<script>".getBytes(StandardCharsets.UTF_8)) + "\"}"), "not a application/pdf"},
        {"not json", "JSON"}};
    for (String[] c : cases) {
      HttpResponse<String> r = http.post("/api/proposals", c[0], server.as("citizen"));
      assertEquals(400, r.statusCode(), c[1] + ": " + r.body());
      assertTrue(r.body().contains(c[1]), c[1] + ": " + r.body());
    }
  }

  @Test
  void an_attachment_comes_back_as_a_download_under_a_harmless_name() {
    byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> made = http.post("/api/proposals", proposal("With a plan", ",\"attachment\":{\"name\":"
        + "\"../../etc/passwd\\\"x.pdf\",\"contentType\":\"application/pdf\",\"data\":\""
        + Base64.getEncoder().encodeToString(pdf) + "\"}"), server.as("citizen"));
    assertEquals(201, made.statusCode(), made.body());
    long id = TestClient.json(made).get("id").asLong();
    HttpResponse<String> file = http.get("/api/proposals/" + id + "/attachment", server.as("citizen"));
    assertEquals(200, file.statusCode());
    assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
    String disposition = file.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.startsWith("attachment; filename=\"passwd_x.pdf\""), disposition);
    assertEquals(404, http.get("/api/proposals/" + id + "/attachment").statusCode(), "not public while pending");
  }
}
