package io.github.ateraintercom.loader.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.common.http.Backoff;
import io.github.ateraintercom.loader.config.LoaderConfig;
import io.github.ateraintercom.loader.ratelimit.RateLimitReports;
import io.github.ateraintercom.loader.ratelimit.RateQuotas;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Sends requests to the Intercom REST API with bearer auth and a pinned version. Each request first
 * takes a call from the app's quota, shared by every replica, so the loader waits for the window to
 * refill rather than spending calls on 429s; a 429 that still comes (another app shares the workspace)
 * waits until {@code X-RateLimit-Reset}; a 5xx or a network error backs off exponentially with
 * jitter; any other error is final and reported with Intercom's own code and message.
 */
@ApplicationScoped
public class IntercomClient {

    private static final Logger LOG = Logger.getLogger(IntercomClient.class);

    // HTTP/1.1, one connection per request in flight: a connection that breaks loses one answer, which
    // the loader then looks for, not every answer multiplexed on it while Intercom may still be writing them
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final LoaderConfig.Intercom config;
    private final Backoff backoff;
    private final RateQuotas rateQuotas;
    private final RequestMetrics metrics;
    private final RateLimitReports reports;

    IntercomClient(LoaderConfig config, RateQuotas rateQuotas, RequestMetrics metrics, RateLimitReports reports) {
        this.config = config.intercom();
        this.backoff = new Backoff(this.config.initialBackoff(), this.config.maxBackoff());
        this.rateQuotas = rateQuotas;
        this.metrics = metrics;
        this.reports = reports;
    }

    public JsonNode get(IntercomTarget target, String path) {
        return send(target, request(target, path).GET().build(), path, null);
    }

    /** A write Intercom may safely receive twice (a create-or-update, a find-or-create). */
    public JsonNode post(IntercomTarget target, String path, Object body) {
        return send(target, request(target, path).POST(json(path, body)).build(), path, null);
    }

    /**
     * A write that must not be applied twice. When its answer is lost (the connection dropped, or a
     * 5xx that may have come after the write), {@code applied} is asked before it is sent again: it
     * looks for the write's effect in Intercom and answers it, or nothing when the write did not happen.
     */
    public JsonNode post(IntercomTarget target, String path, Object body, Supplier<Optional<JsonNode>> applied) {
        return send(target, request(target, path).POST(json(path, body)).build(), path, applied);
    }

    public JsonNode put(IntercomTarget target, String path, Object body) {
        return send(target, request(target, path).PUT(json(path, body)).build(), path, null);
    }

    /**
     * A delete, or Intercom's archive through DELETE. Sending it again after a lost answer is safe:
     * the second one meets a 404, which its caller takes as already done.
     */
    public JsonNode delete(IntercomTarget target, String path) {
        return send(target, request(target, path).DELETE().build(), path, null);
    }

    private HttpRequest.Builder request(IntercomTarget target, String path) {
        return HttpRequest.newBuilder(resolve(target.baseUrl(), path))
                .timeout(config.requestTimeout())
                .header("Authorization", "Bearer " + target.token())
                .header("Intercom-Version", config.version())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private static HttpRequest.BodyPublisher json(String path, Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalArgumentException("request body for " + path + " cannot be written as JSON", e);
        }
    }

    private JsonNode send(IntercomTarget target, HttpRequest request, String path, Supplier<Optional<JsonNode>> applied) {
        String endpoint = EndpointTemplate.of(path);
        boolean answerLost = false;
        for (int attempt = 1; ; attempt++) {
            if (answerLost && applied != null) {
                Optional<JsonNode> effect = applied.get();
                if (effect.isPresent()) {
                    return effect.get();
                }
            }
            takeCall(target, path);
            HttpResponse<byte[]> response;
            try {
                response = exchange(target, request, endpoint);
            } catch (IOException e) {
                answerLost = true;
                if (attempt >= config.maxAttempts()) {
                    throw new IntercomError(0, "network_error", e.getMessage());
                }
                metrics.retried(RequestMetrics.Retry.NETWORK);
                pause(attempt, path, e.getMessage());
                continue;
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return readJson(response.body());
            }
            if ((status == 429 || status >= 500) && attempt < config.maxAttempts()) {
                // a 429 was refused before any work; a 5xx may have come after the write
                answerLost = status >= 500;
                if (status == 429) {
                    metrics.retried(RequestMetrics.Retry.RATE_LIMITED);
                    waitForReset(response);
                } else {
                    metrics.retried(RequestMetrics.Retry.SERVER_ERROR);
                    pause(attempt, path, "status " + status);
                }
                continue;
            }
            throw error(status, response.body());
        }
    }

    /**
     * One attempt: whatever becomes of it, the quota hears of its answer (or of none), it is measured,
     * and it counts as a call of the target's run.
     */
    private HttpResponse<byte[]> exchange(IntercomTarget target, HttpRequest request, String endpoint) throws IOException {
        RequestMetrics.Attempt attempt = metrics.started(request.method(), endpoint);
        HttpResponse<byte[]> response = null;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntercomError(0, "interrupted", "interrupted while calling " + request.uri().getPath());
        } finally {
            if (response == null) {
                rateQuotas.unanswered(target);
                attempt.ended("io_error");
            } else {
                rateQuotas.answered(target, response.headers());
                attempt.ended(String.valueOf(response.statusCode()));
            }
            reports.called(target, response != null && response.statusCode() == 429);
        }
    }

    private void takeCall(IntercomTarget target, String path) {
        try {
            rateQuotas.acquire(target);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntercomError(0, "interrupted", "interrupted while waiting for a call to " + path);
        }
    }

    /** Sleeps until the rate-limit window refills (the reset is in whole seconds), plus jitter. */
    private void waitForReset(HttpResponse<byte[]> response) {
        long resetAt = response.headers().firstValueAsLong("X-RateLimit-Reset").orElse(0);
        long millis = Math.max(0, resetAt * 1000 - Instant.now().toEpochMilli());
        sleep(Math.min(millis, config.maxBackoff().toMillis()) + ThreadLocalRandom.current().nextLong(50, 250));
    }

    private void pause(int attempt, String path, String reason) {
        Duration delay = backoff.delay(attempt, Optional.empty());
        LOG.debugf("%s failed (%s), attempt %d; retrying in %s", path, reason, attempt, delay);
        sleep(delay.toMillis());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntercomError(0, "interrupted", "interrupted while waiting to retry");
        }
    }

    private static IntercomError error(int status, byte[] body) {
        try {
            JsonNode first = Json.MAPPER.readTree(body).path("errors").path(0);
            return new IntercomError(status, first.path("code").asText(null), first.path("message").asText(null));
        } catch (IOException e) {
            return new IntercomError(status, null, "unreadable error body");
        }
    }

    private static JsonNode readJson(byte[] body) {
        if (body.length == 0) {
            // a tag's delete answers 200 without a body
            return MissingNode.getInstance();
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new IntercomError(200, "unreadable_response", e.getMessage());
        }
    }

    private static URI resolve(URI base, String path) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
        return URI.create(root + path);
    }
}
