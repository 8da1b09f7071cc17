package org.smartland.analytics.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analytics runs of one territory: at most one queued or running at a time, executed on a background thread,
 * with their progress; finished runs are appended to a JSON-lines log so that they survive a restart (a run that
 * was under way when the process stopped is recorded as failed).
 */
public final class AnalyticsRuns implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AnalyticsRuns.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The work of one run. */
  public interface Action {
    RunSummary run(long runId, Progress progress);
  }

  /** Thrown when a run is asked for while another is queued or running. */
  public static final class Busy extends RuntimeException {
    private final transient AnalyticsRun current;

    Busy(AnalyticsRun current) {
      super("analytics run " + current.id() + " is " + current.status().key() + "; wait for it to finish");
      this.current = current;
    }

    public AnalyticsRun current() {
      return current;
    }
  }

  private final String territory;
  private final Path log;
  private final Action action;
  private final Map<Long, AnalyticsRun> runs = new LinkedHashMap<>();
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "analytics-run");
    t.setDaemon(true);
    return t;
  });

  public AnalyticsRuns(String territory, Path log, Action action) {
    this.territory = territory;
    this.log = log;
    this.action = action;
    load();
  }

  /**
   * Queues a run.
   *
   * @throws Busy if one is already queued or running
   */
  public AnalyticsRun submit() {
    return enqueue().run();
  }

  private record Queued(AnalyticsRun run, java.util.concurrent.Future<?> done) {
  }

  private synchronized Queued enqueue() {
    Optional<AnalyticsRun> active = runs.values().stream().filter(AnalyticsRun::active).findFirst();
    if (active.isPresent()) {
      throw new Busy(active.get());
    }
    long id = runs.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
    AnalyticsRun run = new AnalyticsRun(id, territory, AnalyticsRun.Status.QUEUED, 0, "queued", Instant.now(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    runs.put(id, run);
    return new Queued(run, worker.submit(() -> execute(id)));
  }

  /** Runs now, on the caller's thread (the command line), and returns the finished run. */
  public AnalyticsRun runNow() {
    Queued queued = enqueue();
    try {
      queued.done().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("analytics run " + queued.run().id() + " could not be recorded", e.getCause());
    }
    return get(queued.run().id()).orElseThrow();
  }

  public synchronized Optional<AnalyticsRun> get(long id) {
    return Optional.ofNullable(runs.get(id));
  }

  /** All runs, newest first. */
  public synchronized List<AnalyticsRun> list() {
    List<AnalyticsRun> out = new ArrayList<>(runs.values());
    java.util.Collections.reverse(out);
    return out;
  }

  /** The newest run that succeeded: the one whose results are published. */
  public synchronized Optional<AnalyticsRun> lastSucceeded() {
    return list().stream().filter(r -> r.status() == AnalyticsRun.Status.SUCCEEDED).findFirst();
  }

  private void execute(long id) {
    update(id, r -> r.running(0, "starting", Instant.now()));
    try {
      RunSummary summary = action.run(id, (percent, message) -> update(id, r -> r.running(percent, message,
          Instant.now())));
      update(id, r -> r.succeeded(summary, Instant.now()));
      LOG.info("analytics run {} of {} succeeded in {} s", id, territory, summary.stageSeconds().get("total"));
    } catch (Exception | Error e) { // Spark throws its checked SparkException undeclared
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      LOG.warn("analytics run {} of {} failed: {}", id, territory, why, e);
      update(id, r -> r.failed(why, Instant.now()));
    }
    AnalyticsRun done = get(id).orElseThrow();
    append(done);
  }

  private synchronized void update(long id, java.util.function.UnaryOperator<AnalyticsRun> change) {
    runs.computeIfPresent(id, (k, r) -> change.apply(r));
  }

  private void load() {
    if (!Files.isRegularFile(log)) {
      return;
    }
    try {
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          AnalyticsRun r = fromJson(JSON.readTree(line));
          runs.put(r.id(), r.active() ? r.failed("the server stopped during the run", Instant.now()) : r);
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("analytics run log {} could not be read ({}); starting a new one", log, e.getMessage());
    }
  }

  private synchronized void append(AnalyticsRun r) {
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      Files.writeString(log, JSON.writeValueAsString(toJson(r)) + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record analytics run " + r.id() + " in " + log, e);
    }
  }

  /** The run as JSON, as the API and the log show it. */
  public static ObjectNode toJson(AnalyticsRun r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", r.id());
    n.put("territory", r.territory());
    n.put("status", r.status().key());
    n.put("progress", Math.round(r.percent() * 10) / 10.0);
    n.put("message", r.message());
    n.put("submitted", r.submitted().toString());
    r.started().ifPresent(t -> n.put("started", t.toString()));
    r.finished().ifPresent(t -> n.put("finished", t.toString()));
    r.error().ifPresent(e -> n.put("error", e));
    r.summary().ifPresent(s -> {
      ObjectNode o = n.putObject("summary");
      o.put("indicators", s.indicators());
      o.put("comuni", s.comuni());
      o.put("projects", s.projects());
      ObjectNode in = o.putObject("inputs");
      new java.util.TreeMap<>(s.inputs()).forEach(in::put);
      ObjectNode st = o.putObject("seconds");
      s.stageSeconds().forEach(st::put);
    });
    return n;
  }

  private static AnalyticsRun fromJson(JsonNode n) {
    Optional<RunSummary> summary = Optional.empty();
    if (n.has("summary")) {
      JsonNode s = n.get("summary");
      Map<String, Long> inputs = new LinkedHashMap<>();
      s.path("inputs").fields().forEachRemaining(e -> inputs.put(e.getKey(), e.getValue().asLong()));
      Map<String, Double> seconds = new LinkedHashMap<>();
      s.path("seconds").fields().forEachRemaining(e -> seconds.put(e.getKey(), e.getValue().asDouble()));
      summary = Optional.of(new RunSummary(s.path("indicators").asInt(), s.path("comuni").asInt(),
          s.path("projects").asInt(), inputs, seconds));
    }
    return new AnalyticsRun(n.get("id").asLong(), n.path("territory").asText(),
        AnalyticsRun.Status.valueOf(n.path("status").asText().toUpperCase(java.util.Locale.ROOT)),
        n.path("progress").asDouble(), n.path("message").asText(), Instant.parse(n.path("submitted").asText()),
        optionalInstant(n, "started"), optionalInstant(n, "finished"), summary,
        n.has("error") ? Optional.of(n.get("error").asText()) : Optional.empty());
  }

  private static Optional<Instant> optionalInstant(JsonNode n, String key) {
    return n.has(key) ? Optional.of(Instant.parse(n.get(key).asText())) : Optional.empty();
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
