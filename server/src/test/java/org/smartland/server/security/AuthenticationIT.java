package org.smartland.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/** Signing in with each kind of credential, and what wrong, expired or revoked ones get. */
class AuthenticationIT {
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

  @Test
  void anonymous_requests_are_public() {
    JsonNode me = TestClient.json(http.get("/api/auth/me"));
    assertTrue(me.get("anonymous").asBoolean());
    assertEquals("[\"public\"]", me.get("roles").toString());
  }

  @Test
  void every_way_of_sending_a_key_names_its_user() {
    String key = server.key("contractor");
    String basic = Base64.getEncoder().encodeToString(("anything:" + key).getBytes(StandardCharsets.UTF_8));
    for (String[] h : new String[][] {{"Authorization", "Bearer " + key}, {"X-API-Key", key},
        {"Authorization", "Basic " + basic}, {"X-Esri-Authorization", "Bearer " + key}}) {
      JsonNode me = TestClient.json(http.get("/api/auth/me", h));
      assertEquals("contractor", me.get("user").asText(), h[0]);
      assertEquals("api-key", me.get("via").asText());
      assertEquals("[\"FIX-1\"]", me.get("projects").toString());
    }
  }

  @Test
  void basic_with_a_password_signs_in_and_a_wrong_one_is_401() {
    String ok = Base64.getEncoder().encodeToString(("analyst:" + EditingTerritory.PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertEquals("analyst", TestClient.json(http.get("/api/auth/me", "Authorization", "Basic " + ok)).get("user").asText());
    String bad = Base64.getEncoder().encodeToString("analyst:wrong password!".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = http.get("/wms?SERVICE=WMS&REQUEST=GetCapabilities", "Authorization", "Basic " + bad);
    assertEquals(401, r.statusCode());
    assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").contains("Basic realm="));
    assertFalse(r.body().contains("wrong password!"));
  }

  @Test
  void a_viewer_session_lasts_until_logout() {
    HttpResponse<String> bad = http.post("/api/auth/login", "{\"user\":\"moderator\",\"password\":\"nope nope nope\"}");
    assertEquals(401, bad.statusCode());
    assertEquals("Bearer realm=\"SmartLand Twin\"", bad.headers().firstValue("WWW-Authenticate").orElse(""),
        "no Basic challenge on the JSON API: a browser would open its own password box");
    HttpResponse<String> login = http.post("/api/auth/login",
        "{\"user\":\"moderator\",\"password\":\"" + EditingTerritory.PASSWORD + "\"}");
    assertEquals(200, login.statusCode(), login.body());
    String token = TestClient.json(login).get("token").asText();
    assertEquals("[\"public\",\"moderator\"]", TestClient.json(login).get("user").get("roles").toString());
    assertEquals("session", TestClient.json(http.get("/api/auth/me", "Authorization", "Bearer " + token)).get("via").asText());
    assertEquals(204, http.post("/api/auth/logout", "", "Authorization", "Bearer " + token).statusCode());
    assertEquals(401, http.get("/api/auth/me", "Authorization", "Bearer " + token).statusCode());
  }

  @Test
  void a_revoked_key_stops_working_and_unknown_keys_are_401() {
    HttpResponse<String> made = http.post("/api/auth/keys", "{\"label\":\"to revoke\",\"days\":1}", server.as("citizen"));
    assertEquals(201, made.statusCode(), made.body());
    JsonNode k = TestClient.json(made);
    String key = k.get("token").asText();
    assertEquals("citizen", TestClient.json(http.get("/api/auth/me", "X-API-Key", key)).get("user").asText());
    assertEquals(204, http.delete("/api/auth/keys/" + k.get("id").asText(), server.as("citizen")).statusCode());
    assertEquals(401, http.get("/api/auth/me", "X-API-Key", key).statusCode());
    assertEquals(401, http.get("/api/auth/me", "X-API-Key", "slt_000000000000_" + "A".repeat(43)).statusCode());
    assertEquals(401, http.get("/api/auth/me", "Authorization", "Bearer not-a-key").statusCode());
    assertEquals(404, http.delete("/api/auth/keys/" + k.get("id").asText(), server.as("other")).statusCode(),
        "one user cannot revoke another's key");
  }

  @Test
  void only_admins_manage_users_and_read_the_audit() {
    assertEquals(401, http.get("/api/admin/users").statusCode());
    assertEquals(403, http.get("/api/admin/users", server.as("moderator")).statusCode());
    HttpResponse<String> made = http.post("/api/admin/users",
        "{\"name\":\"newcomer\",\"password\":\"a long enough password\",\"roles\":[\"contractor\"],\"projects\":[\"FIX-9\"]}",
        server.as("admin"));
    assertEquals(201, made.statusCode(), made.body());
    assertEquals(400, http.post("/api/admin/users", "{\"name\":\"short\",\"password\":\"short\"}", server.as("admin"))
        .statusCode());
    assertEquals(400, http.post("/api/admin/users", "{\"name\":\"x1\",\"roles\":[\"king\"]}", server.as("admin"))
        .statusCode());
    HttpResponse<String> key = http.post("/api/admin/users/newcomer/keys", "{\"days\":2}", server.as("admin"));
    assertEquals(201, key.statusCode());
    String token = TestClient.json(key).get("token").asText();
    assertEquals("newcomer", TestClient.json(http.get("/api/auth/me", "X-API-Key", token)).get("user").asText());
    String basic = "Basic " + Base64.getEncoder().encodeToString("newcomer:a long enough password"
        .getBytes(StandardCharsets.UTF_8));
    assertEquals("newcomer", TestClient.json(http.get("/api/auth/me", "Authorization", basic)).get("user").asText());
    assertEquals(200, http.request("PATCH", "/api/admin/users/newcomer", "application/json",
        "{\"disabled\":true}".getBytes(StandardCharsets.UTF_8), server.as("admin")).statusCode());
    assertEquals(401, http.get("/api/auth/me", "X-API-Key", token).statusCode(), "a disabled user's keys stop working");
    assertEquals(401, http.get("/api/auth/me", "Authorization", basic).statusCode(), "and its password, at once");
    JsonNode audit = TestClient.json(http.get("/api/admin/audit?user=admin&action=user", server.as("admin")));
    assertTrue(audit.get("entries").size() >= 2, audit.toString());
    JsonNode failed = TestClient.json(http.get("/api/admin/audit?action=login&outcome=failed", server.as("admin")));
    assertNotNull(failed.get("entries"));
    assertFalse(audit.toString().contains("a long enough password"), "no secret in the audit");
  }

  @Test
  void responses_carry_the_security_headers() {
    HttpResponse<String> r = http.get("/api/auth/me");
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    HttpResponse<String> html = http.get("/");
    assertEquals(200, html.statusCode());
    assertTrue(html.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
  }
}
