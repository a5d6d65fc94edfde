package io.github.ateraintercom.cli.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/** The operator's view of the orchestrator's REST API; every refusal is an {@link ApiRefused}. */
public final class OrchestratorClient {

    /** States after which a run changes no more. */
    public static final Set<String> FINAL_STATES = Set.of("COMPLETED", "FAILED", "CANCELLED");

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
    public JsonNode createRun(String exportDirectory, URI target, String tokenSecret, String fallbackTeammate,
                              String accountTimeZone, boolean confirmMapping) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("sourceDirectory", exportDirectory);
        request.put("targetBaseUrl", target.toString());
        request.put("tokenSecret", tokenSecret);
        request.put("fallbackTeammate", fallbackTeammate);
        request.put("accountTimeZone", accountTimeZone);
        request.put("confirmMapping", confirmMapping);
        request.values().removeIf(Objects::isNull);
        return expect(201, http.post(api("/api/runs"), request));
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

    public JsonNode cancel(String id) {
        return expect(200, http.post(api("/api/runs/" + id + "/cancel"), Map.of()));
    }

    /** The run's reconciliation report: {@code report} (Markdown) or {@code report.csv}. */
    public String report(String id, String name) {
        return expect(200, http.get(api("/api/runs/" + id + "/" + name))).asText();
    }

    /** Hands each progress event of the run to {@code events} until the run ends. */
    public void follow(String id, Consumer<JsonNode> events) {
        http.events(api("/api/runs/" + id + "/events"), events);
    }

    /** Polls the run until its state is one of {@code states} or the time is up; answers it as it last was. */
    public JsonNode await(String id, Duration timeout, Set<String> states) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode run = run(id);
        while (!states.contains(run.path("state").asText()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            run = run(id);
        }
        return run;
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
