package org.smartland.server.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./smartland users ...}: manages the users of a territory's server from the shell, on the same security
 * database the server uses (it may be running):
 * <pre>
 * users list
 * users add NAME --roles contractor[,analyst] [--projects SOM-P036,...]   (password read from stdin; none: keys only)
 * users key NAME [--days 90] [--label TEXT]                              (prints the new API key once)
 * users revoke KEY_ID
 * users disable NAME | users enable NAME
 * </pre>
 */
public final class UsersCli {
  private UsersCli() {
  }

  /** @return the exit code: 0 done, 2 a usage or input problem */
  public static int run(String command, String[] args, Map<String, String> options, Path database, BufferedReader stdin,
                        PrintStream out, PrintStream err) {
    try (SecurityDatabase db = SecurityDatabase.open(database)) {
      Accounts accounts = new Accounts(db, new PasswordHasher(), java.time.Clock.systemUTC());
      AuditLog audit = new AuditLog(db, java.time.Clock.systemUTC());
      String who = System.getProperty("user.name", "shell");
      switch (command) {
        case "list" -> {
          for (User u : accounts.users()) {
            out.printf("%-20s %-35s %-25s %s%n", u.name(), u.roles().stream().sorted().map(Role::key).toList(),
                u.projects(), u.disabled() ? "disabled" : "");
          }
        }
        case "add" -> {
          String name = arg(args, "NAME");
          Set<Role> roles = EnumSet.noneOf(Role.class);
          for (String r : list(options.getOrDefault("roles", ""))) {
            roles.add(Role.parse(r));
          }
          String password = stdin.readLine();
          User u = accounts.create(name, password == null || password.isBlank() ? null : password, roles,
              list(options.getOrDefault("projects", "")));
          audit.record(who, "shell", null, "user", "user " + name, "ok", "created with roles " + u.roles());
          out.println("created user '" + name + "'" + (u.hasPassword() ? "" : " (no password: API keys only)"));
        }
        case "key" -> {
          String name = arg(args, "NAME");
          int days = Integer.parseInt(options.getOrDefault("days", "90"));
          IssuedSecret s = accounts.issue(name, Accounts.API_KEY, options.getOrDefault("label", "shell"),
              Duration.ofDays(days));
          audit.record(who, "shell", null, "key", "key " + s.id(), "ok", "API key for user '" + name + "'");
          out.println(s.token());
          err.println("API key " + s.id() + " for '" + name + "', valid until " + s.expires()
              + ". It is shown only now: keep it.");
        }
        case "revoke" -> {
          String id = arg(args, "KEY_ID");
          if (!accounts.revoke(id)) {
            err.println("error: no active key '" + id + "'");
            return 2;
          }
          audit.record(who, "shell", null, "revoke", "key " + id, "ok", "revoked from the shell");
          out.println("revoked " + id);
        }
        case "disable", "enable" -> {
          String name = arg(args, "NAME");
          accounts.update(name, java.util.Optional.empty(), java.util.Optional.empty(),
              java.util.Optional.of(command.equals("disable")), java.util.Optional.empty());
          audit.record(who, "shell", null, "user", "user " + name, "ok", command + "d");
          out.println(command + "d '" + name + "'");
        }
        default -> {
          err.println("error: unknown users command '" + command + "' (list, add, key, revoke, disable, enable)");
          return 2;
        }
      }
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("error: cannot read the password: " + e.getMessage());
      return 2;
    }
  }

  private static String arg(String[] args, String what) {
    if (args.length == 0) {
      throw new IllegalArgumentException("give the " + what);
    }
    return args[0];
  }

  private static Set<String> list(String s) {
    Set<String> out = new LinkedHashSet<>();
    Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).forEach(out::add);
    return out;
  }
}
