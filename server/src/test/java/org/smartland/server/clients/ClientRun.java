package org.smartland.server.clients;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A client program run to completion (at most two minutes): its exit code and its output. */
record ClientRun(int exit, String output) {
  static ClientRun of(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new ClientRun(-1, "timed out: " + out);
    }
    return new ClientRun(p.exitValue(), out);
  }
}
