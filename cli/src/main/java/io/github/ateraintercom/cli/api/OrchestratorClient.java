package io.github.ateraintercom.cli.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The operator's view of the orchestrator's REST API; every refusal is an {@link ApiRefused}. */
public final class OrchestratorClient {

    /** States after which a run changes no more. */
    public static final Set<String> FINAL_STATES = Set.of("COMPLETED", "FAILED", "CANCELLED", "ROLLED_BACK", "ROLLBACK_FAILED",
            "VERIFIED", "COMPLETED_WITH_DIFFERENCES");

    private final URI baseUrl;
    private final JsonHttp http;

    /** {@code token} is the operator's bearer token, null when the orchestrator asks for none. */
    public OrchestratorClient(URI baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.http = new JsonHttp(token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
    }

    /**
     * Creates a run of {@code exportDirectory} into the Intercom API at {@code target}, whose token is
     * in the secret named {@code tokenSecret}; with {@code confirmMapping} nothing moves before its
     * mapping is confirmed and the run started. Answers the run.
     */
    public JsonNode createRun(RunSourceSpec source, URI target, String tokenSecret, String fallbackTeammate,
                              String accountTimeZone, boolean confirmMapping) {
        Map<String, Object> request = new LinkedHashMap<>(source.fields());
        request.put("targetBaseUrl", target.toString());
        request.put("tokenSecret", tokenSecret);
        request.put("fallbackTeammate", fallbackTeammate);
        request.put("accountTimeZone", accountTimeZone);
        request.put("confirmMapping", confirmMapping);
        request.values().removeIf(Objects::isNull);
        return expect(201, http.post(api("/api/runs"), request));
    }

    /**
     * Starts a delta of the completed run {@code baseId}: of the newer export {@code sourceDirectory}
     * (a run of an export directory), or of what Atera's API says was modified since {@code modifiedSince}
     * (null: since the base run began); a {@code dryRun} writes nothing. Answers the delta run.
     */
    public JsonNode delta(String baseId, String sourceDirectory, String modifiedSince, boolean dryRun) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("sourceDirectory", sourceDirectory);
        request.put("modifiedSince", modifiedSince);
        request.put("dryRun", dryRun);
        request.values().removeIf(Objects::isNull);
        return expect(201, http.post(api("/api/runs/" + baseId + "/delta"), request));
    }

    /** The delta report of a run, as JSON: per object its changes, and every record. */
    public JsonNode deltaReport(String id) {
        return expect(200, http.get(api("/api/runs/" + id + "/reports/delta?format=json")));
    }

    public JsonNode run(String id) {
        return expect(200, http.get(api("/api/runs/" + id)));
    }

    public JsonNode unsuccessful(String id) {
        return expect(200, http.get(api("/api/runs/" + id + "/rejects")));
    }

    public JsonNode mapping(String id) {
        return expect(200, http.get(api("/api/runs/" + id + "/mapping")));
    }

    /** Stores the edited mapping document as the run's next version; answers it. */
    public JsonNode editMapping(String id, JsonNode document) {
        return expect(200, http.put(api("/api/runs/" + id + "/mapping"), document));
    }

    /** Confirms the latest version, or refuses when {@code version} (if given) is not the latest any more. */
    public JsonNode confirm(String id, Integer version) {
        return expect(200, http.post(api("/api/runs/" + id + "/mapping/confirm"),
                version == null ? Map.of() : Map.of("version", version)));
    }

    public JsonNode manifest(String id) {
        return expect(200, http.get(api("/api/runs/" + id + "/mapping/manifest")));
    }

    /** Starts a run whose mapping is confirmed. */
    public JsonNode start(String id) {
        return expect(200, http.post(api("/api/runs/" + id + "/start"), Map.of()));
    }

    /** Creates a sample of a run awaiting confirmation, of {@code size} records of each object (null: the orchestrator's default): the sample run. */
    public JsonNode sample(String id, Integer size) {
        return expect(202, http.post(api("/api/runs/" + id + "/sample"), size == null ? Map.of() : Map.of("size", size)));
    }

    public JsonNode cancel(String id) {
        return expect(200, http.post(api("/api/runs/" + id + "/cancel"), Map.of()));
    }

    /** Orders the run's rollback: the run as it then stands, ROLLING_BACK. */
    public JsonNode rollback(String id) {
        return expect(200, http.post(api("/api/runs/" + id + "/rollback"), Map.of()));
    }

    /** Orders the run's verification, of every record or a sample of {@code sample} (null: all): the run as it then stands, VERIFYING. */
    public JsonNode verify(String id, Long sample) {
        return expect(200, http.post(api("/api/runs/" + id + "/verify"), sample == null ? Map.of() : Map.of("sample", sample)));
    }

    /** The technicians no teammate matched, each with the operator's resolution once given. */
    public JsonNode teammateQueue(String id) {
        return expect(200, http.get(api("/api/runs/" + id + "/teammates/queue")));
    }

    /** The teammate {@code adminId} takes the technician's tickets; null: the run's fallback teammate does. */
    public JsonNode resolveTeammate(String id, String technicianId, String adminId) {
        return expect(200, http.put(api("/api/runs/" + id + "/teammates/" + technicianId),
                adminId == null ? Map.of("fallback", true) : Map.of("adminId", adminId)));
    }

    /**
     * Sends every technician of the run's teammate queue to the run's fallback teammate as it appears
     * there, as an operator who accepts the fallback would, until the conversations phase opens (it
     * waits for them) or the run ends; returns the technicians it resolved so, in the export's order.
     */
    public List<JsonNode> sendUnmatchedTechniciansToFallback(String id, Duration timeout) {
        List<JsonNode> resolved = new ArrayList<>();
        poll(() -> {
            for (JsonNode technician : teammateQueue(id).path("technicians")) {
                if (technician.path("resolution").isNull()) {
                    resolved.add(resolveTeammate(id, technician.path("technicianId").asText(), null));
                }
            }
            return run(id);
        }, run -> run.path("phasesOpened").has("conversations") || FINAL_STATES.contains(run.path("state").asText()), timeout);
        resolved.sort(Comparator.comparing((JsonNode technician) -> technician.path("file").asText())
                .thenComparingLong(technician -> technician.path("line").asLong()));
        return resolved;
    }

    /** The names of the run's reports. */
    public List<String> reports(String id) {
        List<String> names = new ArrayList<>();
        expect(200, http.get(api("/api/runs/" + id + "/reports"))).forEach(name -> names.add(name.asText()));
        return names;
    }

    /** One of the run's reports by name, in {@code format}: markdown, csv or json. */
    public String report(String id, String name, String format) {
        JsonNode report = expect(200, http.get(api("/api/runs/" + id + "/reports/" + name + "?format=" + format)));
        return report.isTextual() ? report.asText() : report.toPrettyString();
    }

    /** Hands each progress event of the run to {@code events} until the run ends. */
    public void follow(String id, Consumer<JsonNode> events) {
        http.events(api("/api/runs/" + id + "/events"), events);
    }

    /** Polls the run until its state is one of {@code states} or the time is up; answers it as it last was. */
    public JsonNode await(String id, Duration timeout, Set<String> states) {
        return poll(() -> run(id), run -> states.contains(run.path("state").asText()), timeout);
    }

    /** Reads until what it reads is done or the timeout passes; answers the last read. */
    private static JsonNode poll(Supplier<JsonNode> read, Predicate<JsonNode> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode current = read.get();
        while (!done.test(current) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            current = read.get();
        }
        return current;
    }

    private URI api(String path) {
        return baseUrl.resolve(path);
    }

    private static JsonNode expect(int status, JsonHttp.Answer answer) {
        if (answer.status() != status) {
            throw new ApiRefused(answer.status(), answer.body());
        }
        return answer.body();
    }
}
