package io.github.ateraintercom.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** JSON over HTTP with fixed headers (a bearer token), for the orchestrator's API and the sandbox's. */
public final class JsonHttp {

    public static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, String> headers;

    public JsonHttp(Map<String, String> headers) {
        this.headers = headers;
    }

    /** The status and parsed body of one exchange (a text body that is not JSON is a JSON string). */
    public record Answer(int status, JsonNode body) {
    }

    public Answer get(URI uri) {
        return exchange(builder(uri).GET());
    }

    public Answer post(URI uri, Object body) {
        return exchange(builder(uri).header("Content-Type", "application/json").POST(json(body)));
    }

    public Answer put(URI uri, Object body) {
        return exchange(builder(uri).header("Content-Type", "application/json").PUT(json(body)));
    }

    /** Reads server-sent events until the server ends the stream, handing each event's data to {@code events}. */
    public void events(URI uri, Consumer<JsonNode> events) {
        HttpRequest request = builder(uri).timeout(Duration.ofDays(7)).header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<Stream<String>> response = HTTP.send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                String body = String.join("\n", response.body().toList());
                throw new ApiRefused(response.statusCode(), parse(body));
            }
            try (Stream<String> lines = response.body()) {
                lines.filter(line -> line.startsWith("data:")).map(line -> parse(line.substring(5).strip())).forEach(events);
            }
        } catch (IOException e) {
            throw new OrchestratorUnreachable(uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder builder(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json, text/markdown, text/csv");
        headers.forEach(builder::header);
        return builder;
    }

    private static Answer exchange(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), parse(response.body()));
        } catch (IOException e) {
            throw new OrchestratorUnreachable(built.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String body) {
        if (body.isEmpty()) {
            return MAPPER.nullNode();
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return MAPPER.getNodeFactory().textNode(body);
        }
    }
}
