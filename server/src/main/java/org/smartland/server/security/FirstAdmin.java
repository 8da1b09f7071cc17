package org.smartland.server.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first start of a server with no users creates {@code admin}: with the password of
 * {@code SMARTLAND_ADMIN_PASSWORD} when set, otherwise a random one written to a file only its owner can read, whose
 * path (never the password) is logged.
 */
public final class FirstAdmin {
  private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

  private FirstAdmin() {
  }

  public static void ensure(Accounts accounts, Path passwordFile, String givenPassword) {
    if (!accounts.isEmpty()) {
      return;
    }
    String password = givenPassword;
    if (password == null || password.isBlank()) {
      byte[] b = new byte[18];
      new SecureRandom().nextBytes(b);
      password = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
      try {
        Files.deleteIfExists(passwordFile);
        Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(passwordFile, password + "\n", StandardOpenOption.TRUNCATE_EXISTING);
      } catch (IOException | UnsupportedOperationException e) {
        throw new IllegalStateException("cannot write the first admin password to " + passwordFile + ": " + e.getMessage(), e);
      }
      LOG.info("created user 'admin'; its password is in {} (readable by you only): sign in, then change it", passwordFile);
    } else {
      LOG.info("created user 'admin' with the password of SMARTLAND_ADMIN_PASSWORD");
    }
    accounts.create("admin", password, Set.of(Role.ADMIN), Set.of());
  }
}
