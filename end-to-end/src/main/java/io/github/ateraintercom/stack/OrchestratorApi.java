package io.github.ateraintercom.stack;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The operator's view of the orchestrator's REST API. */
public final class OrchestratorApi {

    private static final Set<String> FINAL_STATES = Set.of("COMPLETED", "FAILED");

    private final URI baseUrl;
    private final JsonHttp http = new JsonHttp(Map.of());

    public OrchestratorApi(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Starts a run of {@code exportDirectory} into the Intercom API at {@code target}; returns the run.
     * {@code fallbackTeammate} is the email of the teammate who takes tickets no teammate matches;
     * with {@code confirmMapping} nothing moves before its mapping is
     * {@link #confirm confirmed} and the run {@link #start started}.
     */
    public JsonNode startRun(Path exportDirectory, URI target, String tokenSecret, String fallbackTeammate, boolean confirmMapping) {
        return expect(201, "the run", http.post(baseUrl.resolve("/api/runs"), Map.of(
                "sourceDirectory", exportDirectory.toAbsolutePath().toString(),
                "targetBaseUrl", target.toString(),
                "tokenSecret", tokenSecret,
                "fallbackTeammate", fallbackTeammate,
                "confirmMapping", confirmMapping)));
    }

    public JsonNode run(String id) {
        return http.get(baseUrl.resolve("/api/runs/" + id)).body();
    }

    public JsonNode rejects(String id) {
        return http.get(baseUrl.resolve("/api/runs/" + id + "/rejects")).body();
    }

    /** The mapping proposed for the run, once its source is discovered. */
    public JsonNode mapping(String id) {
        return http.get(baseUrl.resolve("/api/runs/" + id + "/mapping")).body();
    }

    /**
     * Edits the run's mapping: the state of these ticket statuses; returns the new version, which
     * needs its own confirmation.
     */
    public JsonNode editTicketStates(String id, Map<String, String> ticketStates) {
        List<Map<String, String>> states = ticketStates.entrySet().stream()
                .map(entry -> Map.of("status", entry.getKey(), "state", entry.getValue())).toList();
        return expect(200, "the edit", http.put(baseUrl.resolve("/api/runs/" + id + "/mapping"), Map.of("ticketStates", states)));
    }

    /** The custom attributes the run's confirmed mapping creates (else its latest version's). */
    public JsonNode manifest(String id) {
        return http.get(baseUrl.resolve("/api/runs/" + id + "/mapping/manifest")).body();
    }

    /** Confirms the latest version of the run's mapping; returns it. */
    public JsonNode confirm(String id) {
        return expect(200, "the confirmation", http.post(baseUrl.resolve("/api/runs/" + id + "/mapping/confirm"), Map.of()));
    }

    /** Starts a run whose mapping is confirmed: it extracts with what the confirmed version says. */
    public JsonNode start(String id) {
        return expect(200, "the start", http.post(baseUrl.resolve("/api/runs/" + id + "/start"), Map.of()));
    }

    /**
     * Sends every technician of the run's teammate queue to the run's fallback teammate as it appears
     * there, as an operator who accepts the fallback would, until the conversations phase opens (it
     * waits for them) or the run ends; returns the technicians it resolved so, in the queue's order.
     */
    public List<JsonNode> sendUnmatchedTechniciansToFallback(String id, Duration timeout) {
        List<JsonNode> resolved = new ArrayList<>();
        poll(() -> {
            resolved.addAll(sendUnresolvedToFallback(id));
            return run(id);
        }, run -> run.path("phasesOpened").has("conversations") || FINAL_STATES.contains(run.path("state").asText()), timeout);
        resolved.sort(Comparator.comparing((JsonNode technician) -> technician.path("file").asText())
                .thenComparingLong(technician -> technician.path("line").asLong()));
        return resolved;
    }

    private List<JsonNode> sendUnresolvedToFallback(String id) {
        JsonNode queue = expect(200, "the teammate queue", http.get(baseUrl.resolve("/api/runs/" + id + "/teammates/queue")));
        List<JsonNode> resolved = new ArrayList<>();
        for (JsonNode technician : queue.path("technicians")) {
            if (technician.path("resolution").isNull()) {
                resolved.add(expect(200, "the resolution", http.put(baseUrl.resolve("/api/runs/" + id + "/teammates/"
                        + technician.path("technicianId").asText()), Map.of("fallback", true))));
            }
        }
        return resolved;
    }

    private static JsonNode expect(int status, String what, JsonHttp.Answer answer) {
        if (answer.status() != status) {
            throw new IllegalStateException("the orchestrator refused " + what + ": " + answer.status() + " " + answer.body());
        }
        return answer.body();
    }

    /** Polls the run until it awaits its mapping's confirmation, or has ended. */
    public JsonNode awaitConfirmation(String id, Duration timeout) {
        return await(id, timeout, Set.of("AWAITING_CONFIRMATION", "COMPLETED", "FAILED"));
    }

    /** Polls the run until it is COMPLETED or FAILED. */
    public JsonNode awaitFinal(String id, Duration timeout) {
        return await(id, timeout, FINAL_STATES);
    }

    private JsonNode await(String id, Duration timeout, Set<String> states) {
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
}
