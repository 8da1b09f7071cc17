package org.smartland.analytics.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartland.analytics.runs.Progress;
import org.smartland.layers.store.FeatureChange;
import org.smartland.layers.store.FeatureDatabase;
import org.smartland.layers.store.FeatureSchema;
import org.smartland.layers.store.FeatureStore;

/**
 * The scenario runs of one territory: submitted runs wait in a bounded queue and run one at a time on a background
 * thread (they share the analytics' Spark session), each within a time limit after which it is cancelled. A run's
 * result layers are written as tables {@code scenario_<run>_<name>} and published only once all are written; a run
 * that fails or is cancelled drops whatever it wrote, so no half-published layer is ever served. Each run's record
 * (inputs, data read, timings, outputs, layers) is kept as a JSON file, so runs and their layers survive a restart;
 * dismissing a finished run removes its layers.
 */
public final class ScenarioRuns implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ScenarioRuns.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The prefix of every scenario result table. */
  public static final String LAYER_PREFIX = "scenario_";

  /** Where result layers are announced to the services. */
  public interface Publisher {
    /** Serves these layers (their tables exist and are complete). */
    void publish(List<org.smartland.layers.catalog.LayerDefinition> layers);

    /** Stops serving these layers. */
    void withdraw(Collection<String> layerIds);
  }

  /** Thrown when the queue is full. */
  public static final class QueueFull extends RuntimeException {
    QueueFull(int waiting) {
      super(waiting + " scenario runs are already waiting or running; try again when one has finished");
    }
  }

  /** Thrown for a process id that does not exist. */
  public static final class UnknownProcess extends RuntimeException {
    UnknownProcess(String id, Collection<String> known) {
      super("no process '" + id + "'; the processes are " + known);
    }
  }

  private final String territory;
  private final Path dir;
  private final Map<String, ScenarioProcess> processes = new LinkedHashMap<>();
  private final FeatureDatabase database;
  private final ResultLayers resultLayers;
  private final Publisher publisher;
  private final ScenarioSettings.Limits limits;
  private final Consumer<Long> cancelComputation;
  private final Map<Long, ScenarioRun> runs = new LinkedHashMap<>();
  private final Map<Long, Control> controls = new LinkedHashMap<>();
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "scenario-run");
    t.setDaemon(true);
    return t;
  });
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "scenario-timer");
    t.setDaemon(true);
    return t;
  });

  /** What can stop a run: dismissal or the time limit, and when it is over. */
  private static final class Control {
    volatile String cancelled;
    final CompletableFuture<ScenarioRun> done = new CompletableFuture<>();
  }

  /**
   * @param dir               where the runs' records are kept (created if needed)
   * @param cancelComputation stops a run's computations in flight (its Spark jobs)
   */
  public ScenarioRuns(String territory, Path dir, List<ScenarioProcess> processes, FeatureDatabase database,
                      ResultLayers resultLayers, Publisher publisher, ScenarioSettings.Limits limits,
                      Consumer<Long> cancelComputation) {
    this.territory = territory;
    this.dir = dir;
    processes.forEach(p -> this.processes.put(p.id(), p));
    this.database = database;
    this.resultLayers = resultLayers;
    this.publisher = publisher;
    this.limits = limits;
    this.cancelComputation = cancelComputation;
    load();
  }

  public List<ScenarioProcess> processes() {
    return List.copyOf(processes.values());
  }

  public Optional<ScenarioProcess> process(String id) {
    return Optional.ofNullable(processes.get(id));
  }

  public ScenarioSettings.Limits limits() {
    return limits;
  }

  /**
   * Checks the inputs and queues a run.
   *
   * @throws UnknownProcess        for an unknown process
   * @throws InvalidInputException naming the input that does not fit
   * @throws QueueFull             when {@code max_queued} runs already wait
   */
  public ScenarioRun submit(String processId, JsonNode inputs) {
    ScenarioProcess process = processes.get(processId);
    if (process == null) {
      throw new UnknownProcess(processId, processes.keySet());
    }
    if (inputs == null || !inputs.isObject()) {
      throw new InvalidInputException("inputs", "must be a JSON object of input id → value");
    }
    List<String> known = process.inputs().stream().map(ProcessInput::id).toList();
    inputs.fieldNames().forEachRemaining(name -> {
      if (!known.contains(name)) {
        throw new InvalidInputException(name, "process '" + processId + "' has no such input; its inputs are " + known);
      }
    });
    ScenarioProcess.Work work = process.prepare(inputs);
    synchronized (this) {
      long waiting = runs.values().stream().filter(ScenarioRun::active).count();
      if (waiting > limits.maxQueued()) {
        throw new QueueFull((int) waiting);
      }
      long id = runs.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
      Instant now = Instant.now();
      ScenarioRun run = new ScenarioRun(id, processId, ScenarioRun.Status.ACCEPTED, 0, "queued", now,
          Optional.empty(), Optional.empty(), now, inputs.deepCopy(), Optional.empty(), List.of(), Map.of(), Map.of(),
          Optional.empty());
      runs.put(id, run);
      Control control = new Control();
      controls.put(id, control);
      save(run);
      worker.submit(() -> execute(id, work, control));
      return run;
    }
  }

  /**
   * Waits for a run to end, at most {@code max}.
   *
   * @return the run, ended or not
   */
  public ScenarioRun await(long id, Duration max) {
    Control c;
    synchronized (this) {
      c = controls.get(id);
    }
    if (c != null) {
      try {
        c.done.get(max.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException e) {
        // the run's state says what happened
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return get(id).orElseThrow();
  }

  public synchronized Optional<ScenarioRun> get(long id) {
    return Optional.ofNullable(runs.get(id));
  }

  /** All runs, newest first. */
  public synchronized List<ScenarioRun> list() {
    List<ScenarioRun> out = new ArrayList<>(runs.values());
    java.util.Collections.reverse(out);
    return out;
  }

  /**
   * Dismisses a run: a queued one will not start, a running one is cancelled, a finished one's layers are
   * withdrawn and dropped.
   *
   * @return the run as it stands afterwards, empty if there is no such run
   */
  public Optional<ScenarioRun> dismiss(long id) {
    ScenarioRun run;
    synchronized (this) {
      run = runs.get(id);
      if (run == null || run.status() == ScenarioRun.Status.DISMISSED) {
        return Optional.ofNullable(run);
      }
      Control c = controls.get(id);
      if (run.active()) {
        if (c != null) {
          c.cancelled = "dismissed";
        }
        ScenarioRun d = run.dismissed("dismissed by a client", Instant.now());
        runs.put(id, d);
        save(d);
        if (run.status() == ScenarioRun.Status.RUNNING) {
          cancelComputation.accept(id);
        }
        return Optional.of(d);
      }
    }
    List<String> ids = run.layers().stream().map(ScenarioRun.LayerSpec::id).toList();
    publisher.withdraw(ids);
    resultLayers.drop(id);
    ScenarioRun d = run.dismissed("dismissed by a client", Instant.now());
    synchronized (this) {
      runs.put(id, d);
      save(d);
    }
    return Optional.of(d);
  }

  private void execute(long id, ScenarioProcess.Work work, Control control) {
    if (control.cancelled != null) {
      control.done.complete(get(id).orElseThrow());
      return;
    }
    long t0 = System.nanoTime();
    update(id, r -> r.status() == ScenarioRun.Status.ACCEPTED ? r.running(0, "starting", Instant.now()) : r);
    java.util.concurrent.ScheduledFuture<?> limit = timer.schedule(() -> {
      control.cancelled = "ran longer than the limit of " + limits.maxRunSeconds() + " s";
      cancelComputation.accept(id);
    }, limits.maxRunSeconds(), TimeUnit.SECONDS);
    Progress progress = (percent, message) -> {
      if (control.cancelled != null) {
        throw new CancellationException(control.cancelled);
      }
      update(id, r -> r.status() == ScenarioRun.Status.RUNNING ? r.running(percent, message, Instant.now()) : r);
    };
    try {
      ScenarioOutcome outcome = work.run(id, progress);
      double computed = seconds(t0);
      progress.report(92, "writing " + outcome.layers().size() + " result layers");
      long t1 = System.nanoTime();
      List<ScenarioRun.LayerSpec> written = resultLayers.write(id, processes.get(get(id).orElseThrow().processId()),
          get(id).orElseThrow().inputs(), outcome.layers());
      progress.report(98, "publishing");
      synchronized (this) {
        if (control.cancelled != null) {
          throw new CancellationException(control.cancelled);
        }
        publisher.publish(written.stream().map(s -> resultLayers.definition(s)).toList());
        ObjectNode outputs = outcome.outputs().deepCopy();
        ArrayNode layers = outputs.putArray("layers");
        written.forEach(s -> layers.addObject().put("id", s.id()).put("title", s.layer().title())
            .put("features", s.features()).put("style", s.layer().style()));
        Map<String, Double> took = new LinkedHashMap<>();
        took.put("compute", computed);
        took.put("write", seconds(t1));
        took.put("total", seconds(t0));
        ScenarioRun done = runs.get(id).succeeded(outputs, written, outcome.dataRead(), took, Instant.now());
        runs.put(id, done);
        save(done);
      }
      LOG.info("scenario run {} ({}) of {} succeeded in {} s", id, get(id).orElseThrow().processId(), territory,
          seconds(t0));
    } catch (Exception | Error e) { // Spark throws its checked SparkException undeclared
      resultLayers.drop(id);
      String why = control.cancelled != null ? control.cancelled
          : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (control.cancelled == null) {
        LOG.warn("scenario run {} of {} failed: {}", id, territory, why, e);
      } else {
        LOG.info("scenario run {} of {} stopped: {}", id, territory, why);
      }
      synchronized (this) {
        ScenarioRun r = runs.get(id);
        ScenarioRun ended = r.status() == ScenarioRun.Status.DISMISSED ? r : r.failed(why, Instant.now());
        runs.put(id, ended);
        save(ended);
      }
    } finally {
      limit.cancel(false);
      control.done.complete(get(id).orElseThrow());
    }
  }

  private synchronized void update(long id, java.util.function.UnaryOperator<ScenarioRun> change) {
    runs.computeIfPresent(id, (k, r) -> change.apply(r));
  }

  /** Reads the records; runs cut short by a stop are failed, and only successful runs keep (and publish) layers. */
  private void load() {
    try {
      Files.createDirectories(dir);
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.getFileName().toString().matches("run-\\d+\\.json")).sorted().toList()) {
          try {
            ScenarioRun r = ScenarioRunJson.read(MAPPER.readTree(Files.readString(f, StandardCharsets.UTF_8)));
            if (r.active()) {
              r = r.failed("the server stopped during the run", Instant.now());
              save(r);
            }
            runs.put(r.id(), r);
          } catch (IOException | RuntimeException e) {
            LOG.warn("scenario run record {} cannot be read ({}); skipped", f, e.getMessage());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the scenario runs in " + dir, e);
    }
    List<Long> kept = new ArrayList<>();
    for (ScenarioRun r : runs.values()) {
      if (r.status() != ScenarioRun.Status.SUCCESSFUL) {
        continue;
      }
      try {
        publisher.publish(r.layers().stream().map(resultLayers::definition).toList());
        kept.add(r.id());
      } catch (RuntimeException e) {
        LOG.warn("the layers of scenario run {} cannot be published again ({}); the run is marked failed", r.id(),
            e.getMessage());
        ScenarioRun failed = r.failed("its result layers could not be published again: " + e.getMessage(),
            Instant.now());
        runs.put(r.id(), failed);
        save(failed);
      }
    }
    resultLayers.dropAllBut(kept);
  }

  private void save(ScenarioRun r) {
    Path file = dir.resolve("run-" + r.id() + ".json");
    Path tmp = dir.resolve("run-" + r.id() + ".json.tmp");
    try {
      Files.writeString(tmp, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(ScenarioRunJson.write(r)),
          StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record scenario run " + r.id() + " in " + dir, e);
    }
  }

  private static double seconds(long since) {
    return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
  }

  @Override
  public void close() {
    worker.shutdownNow();
    timer.shutdownNow();
  }
}
