package io.github.ateraintercom.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.envelope.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small JSON-over-HTTP client for talking to the stack's APIs from the demo and the tests. */
public final class JsonHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, String> headers;

    public JsonHttp(Map<String, String> headers) {
        this.headers = headers;
    }

    /** The status and parsed body of one exchange. */
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

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder builder(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        headers.forEach(builder::header);
        return builder;
    }

    private static Answer exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = response.body().length == 0 ? Json.MAPPER.nullNode() : Json.MAPPER.readTree(response.body());
            return new Answer(response.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
