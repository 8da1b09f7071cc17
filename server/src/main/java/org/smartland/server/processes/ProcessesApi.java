package org.smartland.server.processes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.smartland.server.security.Role;
import org.smartland.server.security.Security;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.smartland.analytics.processes.InvalidInputException;
import org.smartland.analytics.processes.ProcessInput;
import org.smartland.analytics.processes.ProcessOutput;
import org.smartland.analytics.processes.RunComparison;
import org.smartland.analytics.processes.ScenarioProcess;
import org.smartland.analytics.processes.ScenarioRun;
import org.smartland.analytics.processes.ScenarioRuns;
import org.smartland.server.ogc.ServiceUrls;
import org.smartland.server.ogcapi.ApiParam;
import org.smartland.server.ogcapi.ApiRoute;
import org.smartland.server.ogcapi.OgcApiService;

/**
 * OGC API - Processes, Part 1: Core, over the scenario runs: {@code GET /ogc/processes[/{id}]},
 * {@code POST /ogc/processes/{id}/execution} (synchronous, or asynchronous with {@code Prefer: respond-async}),
 * {@code GET /ogc/jobs[/{id}[/results]]} and {@code DELETE /ogc/jobs/{id}} (dismiss); and the same runs for the
 * viewer at {@code /api/scenarios}, with the comparison of two runs.
 */
public final class ProcessesApi {
  /** The conformance classes implemented (JSON only; no HTML pages for processes). */
  public static final List<String> CONFORMANCE = List.of(
      "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/core",
      "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/ogc-process-description",
      "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/json",
      "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/job-list",
      "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/dismiss");
  public static final String REL_PROCESSES = "http://www.opengis.net/def/rel/ogc/1.0/processes";
  public static final String REL_JOBS = "http://www.opengis.net/def/rel/ogc/1.0/job-list";
  private static final String REL_EXECUTE = "http://www.opengis.net/def/rel/ogc/1.0/execute";
  private static final String REL_RESULTS = "http://www.opengis.net/def/rel/ogc/1.0/results";
  private static final String JSON_TYPE = "application/json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ScenarioRuns runs;

  public ProcessesApi(ScenarioRuns runs) {
    this.runs = runs;
  }

  /** Declares the OGC API routes (described in its OpenAPI document), conformance classes and landing links. */
  public void declare(OgcApiService api) {
    ApiParam processId = ApiParam.path("processId", "a process id: "
        + runs.processes().stream().map(ScenarioProcess::id).toList());
    ApiParam jobId = ApiParam.path("jobId", "a job id, as /jobs lists them");
    List<String> json = List.of(JSON_TYPE);
    String tag = "Processes";
    api.route(new ApiRoute("/ogc/processes", "getProcesses", "the processes (the scenarios)", tag, List.of(), json,
        guard(this::list)));
    api.route(new ApiRoute("/ogc/processes/{processId}", "getProcessDescription", "a process's description: its"
        + " inputs and outputs with their JSON Schemas", tag, List.of(processId), json, guard(this::describe)));
    api.route(new ApiRoute("/ogc/processes/{processId}/execution", "execute", "runs the process: the results"
        + " document, or with Prefer: respond-async 201 and the job's status", tag, List.of(processId), json,
        guard(this::execute), "post"));
    api.route(new ApiRoute("/ogc/jobs", "getJobs", "the jobs (the scenario runs), newest first", tag, List.of(),
        json, guard(this::jobs)));
    api.route(new ApiRoute("/ogc/jobs/{jobId}", "getStatus", "a job's status and progress, with its inputs, the data"
        + " it read, timings and result layers", tag, List.of(jobId), json, guard(this::job)));
    api.route(new ApiRoute("/ogc/jobs/{jobId}", "dismiss", "dismisses a job: cancels it if it runs, removes its"
        + " result layers", tag, List.of(jobId), json, guard(this::dismiss), "delete"));
    api.route(new ApiRoute("/ogc/jobs/{jobId}/results", "getResult", "a successful job's results document", tag,
        List.of(jobId), json, guard(this::results)));
    api.conformsTo(CONFORMANCE);
    api.landingLink("/processes", REL_PROCESSES, "the processes (scenarios)");
    api.landingLink("/jobs", REL_JOBS, "the jobs (scenario runs)");
  }

  /** The routes for the viewer. */
  public void routes(Javalin app) {
    app.post("/api/scenarios", guard(this::submitForViewer));
    app.get("/api/scenarios", guard(ctx -> ctx.json(jobList(ctx))));
    app.get("/api/scenarios/compare", guard(this::compare));
    app.get("/api/scenarios/{jobId}", guard(this::job));
  }

  private static Handler guard(Handler h) {
    return ctx -> {
      try {
        h.handle(ctx);
      } catch (ProcessErrors.Failure f) {
        ProcessErrors.send(ctx, f);
      }
    };
  }

  private static String root(Context ctx) {
    return ServiceUrls.upTo(ctx, "/ogc").replaceFirst("/api/scenarios.*$", "/ogc");
  }

  // -------------------------------------------------------------------------------------------- processes

  private void list(Context ctx) {
    String root = root(ctx);
    ObjectNode body = JSON.createObjectNode();
    ArrayNode list = body.putArray("processes");
    runs.processes().forEach(p -> list.add(summary(p, root)));
    ArrayNode links = body.putArray("links");
    link(links, root + "/processes", "self", "the processes");
    ctx.json(body);
  }

  private ObjectNode summary(ScenarioProcess p, String root) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", p.id());
    n.put("title", p.title());
    n.put("description", p.description());
    n.put("version", p.version());
    n.putArray("jobControlOptions").add("sync-execute").add("async-execute").add("dismiss");
    n.putArray("outputTransmission").add("value");
    ArrayNode links = n.putArray("links");
    link(links, root + "/processes/" + p.id(), "self", "the process description");
    return n;
  }

  private void describe(Context ctx) {
    ScenarioProcess p = process(ctx.pathParam("processId"));
    String root = root(ctx);
    ObjectNode n = summary(p, root);
    ObjectNode inputs = n.putObject("inputs");
    for (ProcessInput i : p.inputs()) {
      ObjectNode o = inputs.putObject(i.id());
      o.put("title", i.title());
      o.put("description", i.description());
      o.set("schema", i.schema());
      o.put("minOccurs", i.minOccurs());
      o.put("maxOccurs", 1);
    }
    ObjectNode outputs = n.putObject("outputs");
    for (ProcessOutput o : p.outputs()) {
      ObjectNode x = outputs.putObject(o.id());
      x.put("title", o.title());
      x.put("description", o.description());
      x.set("schema", o.schema());
    }
    link((ArrayNode) n.get("links"), root + "/processes/" + p.id() + "/execution", REL_EXECUTE,
        "execute: POST {\"inputs\": {…}} (add Prefer: respond-async to run in the background)");
    ctx.json(n);
  }

  private ScenarioProcess process(String id) {
    return runs.process(id).orElseThrow(() -> ProcessErrors.noSuchProcess("there is no process '" + id
        + "'; the processes are " + runs.processes().stream().map(ScenarioProcess::id).toList()));
  }

  // -------------------------------------------------------------------------------------------- execution

  private void execute(Context ctx) {
    Security.require(ctx, Role.ANALYST, "running a scenario");
    ScenarioProcess p = process(ctx.pathParam("processId"));
    JsonNode body = body(ctx);
    JsonNode response = body.get("response");
    if (response != null && !"document".equals(response.asText())) {
      throw ProcessErrors.invalid("response: only \"document\" is offered (the outputs are JSON values)");
    }
    List<String> wanted = requestedOutputs(p, body.get("outputs"));
    ScenarioRun run = submit(p.id(), body.has("inputs") ? body.get("inputs") : JSON.createObjectNode());
    String root = root(ctx);
    String prefer = ctx.header("Prefer");
    if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async")) {
      ctx.header("Preference-Applied", "respond-async");
      ctx.header("Location", root + "/jobs/" + run.id());
      ctx.status(201).json(statusInfo(run, root));
      return;
    }
    ScenarioRun ended = runs.await(run.id(), Duration.ofSeconds(runs.limits().maxRunSeconds() + 30));
    ctx.header("Link", "<" + root + "/jobs/" + run.id() + ">; rel=\"monitor\"");
    if (ended.status() != ScenarioRun.Status.SUCCESSFUL) {
      throw ended.active() ? ProcessErrors.notReady("job " + run.id() + " is still " + ended.status().key()
          + "; follow " + root + "/jobs/" + run.id()) : ProcessErrors.jobFailed("job " + run.id() + " "
          + ended.status().key() + ": " + ended.error().orElse("no reason given"));
    }
    ctx.json(results(ended, wanted));
  }

  private ScenarioRun submit(String processId, JsonNode inputs) {
    try {
      return runs.submit(processId, inputs);
    } catch (InvalidInputException e) {
      throw ProcessErrors.invalid(e.getMessage());
    } catch (ScenarioRuns.QueueFull e) {
      throw ProcessErrors.busy(e.getMessage());
    } catch (ScenarioRuns.UnknownProcess e) {
      throw ProcessErrors.noSuchProcess(e.getMessage());
    }
  }

  private static JsonNode body(Context ctx) {
    String text = ctx.body();
    if (text.isBlank()) {
      throw ProcessErrors.invalid("the body must be a JSON execute request such as {\"inputs\": {…}}");
    }
    JsonNode body;
    try {
      body = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw ProcessErrors.invalid("the body is not JSON: " + e.getOriginalMessage());
    }
    if (!body.isObject()) {
      throw ProcessErrors.invalid("the body must be a JSON object such as {\"inputs\": {…}}");
    }
    JsonNode inputs = body.get("inputs");
    if (inputs != null && !inputs.isObject()) {
      throw ProcessErrors.invalid("inputs must be an object of input id → value");
    }
    return body;
  }

  private static List<String> requestedOutputs(ScenarioProcess p, JsonNode outputs) {
    List<String> all = p.outputs().stream().map(ProcessOutput::id).toList();
    if (outputs == null || outputs.isNull()) {
      return all;
    }
    if (!outputs.isObject()) {
      throw ProcessErrors.invalid("outputs must be an object of output id → options");
    }
    List<String> wanted = new java.util.ArrayList<>();
    outputs.fieldNames().forEachRemaining(id -> {
      if (!all.contains(id)) {
        throw ProcessErrors.invalid("outputs: process '" + p.id() + "' has no output '" + id + "'; its outputs are "
            + all);
      }
      wanted.add(id);
    });
    return wanted.isEmpty() ? all : wanted;
  }

  // ------------------------------------------------------------------------------------------------- jobs

  private ObjectNode jobList(Context ctx) {
    String root = root(ctx);
    ObjectNode body = JSON.createObjectNode();
    ArrayNode list = body.putArray("jobs");
    runs.list().forEach(r -> list.add(statusInfo(r, root)));
    link(body.putArray("links"), root + "/jobs", "self", "the jobs");
    return body;
  }

  private void jobs(Context ctx) {
    ctx.json(jobList(ctx));
  }

  private ScenarioRun run(String id) {
    try {
      return runs.get(Long.parseLong(id)).orElseThrow(() -> ProcessErrors.noSuchJob(id));
    } catch (NumberFormatException e) {
      throw ProcessErrors.noSuchJob(id);
    }
  }

  private void job(Context ctx) {
    ctx.json(statusInfo(run(ctx.pathParam("jobId")), root(ctx)));
  }

  private void dismiss(Context ctx) {
    Security.require(ctx, Role.ANALYST, "dismissing a scenario run");
    ScenarioRun r = run(ctx.pathParam("jobId"));
    if (r.status() == ScenarioRun.Status.DISMISSED) {
      throw ProcessErrors.noSuchJob(ctx.pathParam("jobId") + "' (it was dismissed already");
    }
    ctx.json(statusInfo(runs.dismiss(r.id()).orElseThrow(), root(ctx)));
  }

  private void results(Context ctx) {
    ScenarioRun r = run(ctx.pathParam("jobId"));
    switch (r.status()) {
      case SUCCESSFUL -> ctx.json(results(r, null));
      case FAILED -> throw ProcessErrors.jobFailed("job " + r.id() + " failed: " + r.error().orElse(""));
      case DISMISSED -> throw ProcessErrors.noSuchJob(r.id() + "' (it was dismissed");
      default -> throw ProcessErrors.notReady("job " + r.id() + " is " + r.status().key() + " ("
          + Math.round(r.percent()) + " %); its results are not ready");
    }
  }

  private static ObjectNode results(ScenarioRun r, List<String> wanted) {
    ObjectNode out = JSON.createObjectNode();
    r.outputs().orElseThrow().fields().forEachRemaining(e -> {
      if (wanted == null || wanted.contains(e.getKey())) {
        out.set(e.getKey(), e.getValue());
      }
    });
    return out;
  }

  /** A job's status info, with this server's additions: its inputs, the data it read, timings and layers. */
  static ObjectNode statusInfo(ScenarioRun r, String root) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", "process");
    n.put("processID", r.processId());
    n.put("jobID", Long.toString(r.id()));
    n.put("status", r.status().key());
    n.put("message", r.message());
    n.put("progress", (int) Math.floor(r.percent()));
    n.put("created", r.created().toString());
    r.started().ifPresent(t -> n.put("started", t.toString()));
    r.finished().ifPresent(t -> n.put("finished", t.toString()));
    n.put("updated", r.updated().toString());
    r.error().ifPresent(e -> n.put("error", e));
    n.set("inputs", r.inputs());
    ObjectNode read = n.putObject("data_read");
    new java.util.TreeMap<>(r.dataRead()).forEach(read::put);
    ObjectNode seconds = n.putObject("seconds");
    r.seconds().forEach(seconds::put);
    ArrayNode layers = n.putArray("layers");
    String base = root.substring(0, root.length() - "/ogc".length());
    for (ScenarioRun.LayerSpec s : r.layers()) {
      ObjectNode l = layers.addObject();
      l.put("id", s.id());
      l.put("title", s.layer().title());
      l.put("features", s.features());
      l.put("collection", root + "/collections/" + s.id());
      l.put("wms_layer", s.id());
      l.put("wms", base + "/wms?SERVICE=WMS&REQUEST=GetCapabilities");
      l.put("wfs_type", "slt:" + s.id());
    }
    ArrayNode links = n.putArray("links");
    link(links, root + "/jobs/" + r.id(), "self", "this job's status");
    if (r.status() == ScenarioRun.Status.SUCCESSFUL) {
      link(links, root + "/jobs/" + r.id() + "/results", REL_RESULTS, "its results");
    }
    return n;
  }

  private static void link(ArrayNode links, String href, String rel, String title) {
    links.addObject().put("href", href).put("rel", rel).put("type", JSON_TYPE).put("title", title);
  }

  // ------------------------------------------------------------------------------------- for the viewer

  private void submitForViewer(Context ctx) {
    Security.require(ctx, Role.ANALYST, "running a scenario");
    JsonNode body = body(ctx);
    JsonNode process = body.get("process");
    if (process == null || !process.isTextual()) {
      throw ProcessErrors.invalid("process: give the process id, one of " + runs.processes().stream()
          .map(ScenarioProcess::id).toList());
    }
    ScenarioRun run = submit(process.asText(), body.has("inputs") ? body.get("inputs") : JSON.createObjectNode());
    String root = root(ctx);
    ctx.header("Location", root + "/jobs/" + run.id());
    ctx.status(201).json(statusInfo(run, root));
  }

  private void compare(Context ctx) {
    ScenarioRun a = comparable(ctx, "a");
    ScenarioRun b = comparable(ctx, "b");
    if (!a.processId().equals(b.processId())) {
      throw ProcessErrors.invalid("b: run " + b.id() + " is a " + b.processId() + " run and run " + a.id() + " a "
          + a.processId() + " run; compare runs of the same process");
    }
    ctx.json(RunComparison.of(a, b));
  }

  private ScenarioRun comparable(Context ctx, String param) {
    String id = ctx.queryParam(param);
    if (id == null || id.isBlank()) {
      throw ProcessErrors.invalid(param + ": give the ids of two runs, ?a=1&b=2");
    }
    Optional<ScenarioRun> r;
    try {
      r = runs.get(Long.parseLong(id.trim()));
    } catch (NumberFormatException e) {
      throw ProcessErrors.invalid(param + ": '" + id + "' is not a run id");
    }
    ScenarioRun run = r.orElseThrow(() -> ProcessErrors.noSuchJob(id));
    if (run.status() != ScenarioRun.Status.SUCCESSFUL) {
      throw ProcessErrors.invalid(param + ": run " + id + " is " + run.status().key() + "; only successful runs"
          + " can be compared");
    }
    return run;
  }
}
