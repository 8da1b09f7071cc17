package org.smartland.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersCliTest {
  @TempDir
  Path dir;

  private String run(String command, String arg, Map<String, String> options, String stdin, int expectedExit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = UsersCli.run(command, arg == null ? new String[0] : new String[] {arg}, options, dir.resolve("s.db"),
        new BufferedReader(new StringReader(stdin)), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(expectedExit, rc, err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void add_a_contractor_give_it_a_key_and_revoke_it() {
    run("add", "ditta-rossi", Map.of("roles", "contractor", "projects", "SOM-P036"), "a long password for rossi\n", 0);
    String key = run("key", "ditta-rossi", Map.of("days", "30"), "", 0).lines().findFirst().orElseThrow();
    try (SecurityDatabase db = SecurityDatabase.open(dir.resolve("s.db"))) {
      Accounts accounts = new Accounts(db, new PasswordHasher(), java.time.Clock.systemUTC());
      Principal p = accounts.resolve(key).orElseThrow();
      assertEquals("ditta-rossi", p.user());
      assertTrue(p.projects().contains("SOM-P036"));
      assertTrue(accounts.signIn("ditta-rossi", "a long password for rossi").isPresent());
    }
    assertTrue(run("list", null, Map.of(), "", 0).contains("ditta-rossi"));
    run("revoke", Secrets.parse(key).orElseThrow().id(), Map.of(), "", 0);
    run("revoke", Secrets.parse(key).orElseThrow().id(), Map.of(), "", 2);
    assertTrue(run("add", "x", Map.of("roles", "emperor"), "\n", 2).contains("unknown role"));
    assertTrue(run("add", "ditta-rossi", Map.of(), "\n", 2).contains("already exists"));
    assertTrue(run("frobnicate", null, Map.of(), "", 2).contains("unknown users command"));
  }
}
