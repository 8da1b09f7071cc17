package org.smartland.server.processes;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exceptions of OGC API - Processes, as JSON documents ({@code type}, {@code title}, {@code status},
 * {@code detail}) with their HTTP status.
 */
final class ProcessErrors {
  static final String BASE = "http://www.opengis.net/def/exceptions/ogcapi-processes-1/1.0/";

  private ProcessErrors() {
  }

  /** An error answer to send. */
  static final class Failure extends RuntimeException {
    final int status;
    final String type;
    final String title;

    Failure(int status, String type, String title, String detail) {
      super(detail);
      this.status = status;
      this.type = type;
      this.title = title;
    }
  }

  static Failure noSuchProcess(String detail) {
    return new Failure(404, BASE + "no-such-process", "No such process", detail);
  }

  static Failure noSuchJob(String id) {
    return new Failure(404, BASE + "no-such-job", "No such job", "there is no job '" + id + "'; see /ogc/jobs");
  }

  static Failure notReady(String detail) {
    return new Failure(404, BASE + "result-not-ready", "Result not ready", detail);
  }

  static Failure invalid(String detail) {
    return new Failure(400, "http://www.opengis.net/def/exceptions/ogcapi-processes-1/1.0/invalid-parameter-value",
        "Invalid parameter value", detail);
  }

  static Failure busy(String detail) {
    return new Failure(503, "https://smartland-twin.org/errors/queue-full", "Too many jobs", detail);
  }

  static Failure jobFailed(String detail) {
    return new Failure(500, "https://smartland-twin.org/errors/job-failed", "The job failed", detail);
  }

  static void send(Context ctx, Failure f) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", f.type);
    body.put("title", f.title);
    body.put("status", f.status);
    body.put("detail", f.getMessage());
    body.put("instance", ctx.path());
    if (f.status == 503) {
      ctx.header("Retry-After", "30");
    }
    ctx.status(f.status).json(body);
  }
}
