package org.smartland.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartland.server.EditingTerritory;
import org.smartland.server.TestClient;

/** Rate limits, body limits, CORS and brute-force protection on a server with tight settings. */
class SecurityHygieneIT {
  @TempDir
  static Path dir;
  static EditingTerritory.Server server;
  static TestClient http;

  @BeforeAll
  static void start() {
    server = EditingTerritory.start(dir, new SecuritySettings(List.of("https://viewer.example.org"), 60, 4096, 8192,
        Duration.ofHours(1)));
    http = server.client();
  }

  @AfterAll
  static void stop() {
    server.app().stop();
  }

  @Test
  void a_key_over_its_rate_gets_429_with_retry_after_and_other_keys_go_on() {
    TestClient moderator = http.withHeaders(server.as("moderator"));
    int ok = 0;
    HttpResponse<String> limited = null;
    for (int i = 0; i < 40 && limited == null; i++) {
      HttpResponse<String> r = moderator.get("/api/auth/me");
      if (r.statusCode() == 429) {
        limited = r;
      } else {
        ok++;
      }
    }
    assertTrue(limited != null, "60 a minute with bursts of 12: the 40th request in a row is refused");
    assertTrue(ok >= 10 && ok <= 14, "the burst passed: " + ok);
    assertTrue(Integer.parseInt(limited.headers().firstValue("Retry-After").orElse("0")) >= 1);
    assertTrue(limited.body().contains("user 'moderator'"), limited.body());
    assertEquals(200, http.get("/api/auth/me", server.as("analyst")).statusCode(), "another key is not limited");
  }

  @Test
  void bodies_over_the_limit_get_413_before_anything_is_read() {
    String big = "{\"user\":\"" + "x".repeat(5000) + "\",\"password\":\"y\"}";
    HttpResponse<String> r = http.post("/api/auth/login", big);
    assertEquals(413, r.statusCode(), r.body());
    assertTrue(r.body().contains("4096"), r.body());
  }

  @Test
  void cors_allows_only_the_configured_origin_once_and_answers_preflights() throws Exception {
    HttpClient c = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + server.port();
    HttpResponse<String> allowed = c.send(HttpRequest.newBuilder(URI.create(base + "/api/layers"))
        .header("Origin", "https://viewer.example.org").build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(List.of("https://viewer.example.org"), allowed.headers().allValues("Access-Control-Allow-Origin"));
    HttpResponse<String> other = c.send(HttpRequest.newBuilder(URI.create(base + "/api/layers"))
        .header("Origin", "https://evil.example.com").build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(other.headers().allValues("Access-Control-Allow-Origin").isEmpty());
    HttpResponse<String> preflight = c.send(HttpRequest.newBuilder(URI.create(base + "/ogc/collections/works/items"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://viewer.example.org")
        .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization,content-type")
        .build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(preflight.statusCode() < 300, "preflight answered: " + preflight.statusCode());
    assertEquals(List.of("https://viewer.example.org"), preflight.headers().allValues("Access-Control-Allow-Origin"));
  }

  @Test
  void repeated_wrong_passwords_from_one_address_get_429_and_are_audited() {
    int refused = 0;
    int wrong = 0;
    for (int i = 0; i < 14; i++) {
      HttpResponse<String> r = http.post("/api/auth/login", "{\"user\":\"citizen\",\"password\":\"guess number " + i + "\"}");
      if (r.statusCode() == 429) {
        refused++;
      } else {
        assertEquals(401, r.statusCode());
        wrong++;
      }
    }
    assertTrue(refused >= 3 && wrong <= 10, "after 10 failures the address waits: " + wrong + " refused as wrong, "
        + refused + " as too many (anonymous requests of the other tests share the address's budget)");
    var failed = TestClient.json(http.get("/api/admin/audit?action=login&outcome=failed&user=citizen",
        "X-API-Key", server.key("admin")));
    assertTrue(failed.get("entries").size() >= wrong, "every wrong password is audited: " + failed);
    assertTrue(!failed.toString().contains("guess number"), "no password in the audit");
  }
}
