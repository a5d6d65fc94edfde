package io.github.ateraintercom.extractor.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.common.http.Backoff;
import io.github.ateraintercom.extractor.source.FatalSourceError;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Reads one page of an Atera list, or counts one: authenticated, throttled, and tried again after
 * a 429, a 5xx or a network failure. Atera refusing the request any other way ends the extraction,
 * since trying again cannot help. Only reads are ever retried: this client sends nothing else.
 */
final class AteraClient {

    private static final Logger LOG = Logger.getLogger(AteraClient.class);
    /** Enough of an error body to say why, not so much that one answer floods the run's failure. */
    private static final int MAX_REASON_CHARS = 500;

    private final HttpClient http;
    private final String baseUrl;
    private final AuthHeader auth;
    private final int itemsPerPage;
    private final int maxAttempts;
    private final Duration requestTimeout;
    private final Throttle throttle;
    private final Backoff backoff;

    AteraClient(HttpClient http, URI baseUrl, AuthHeader auth, int itemsPerPage, int maxAttempts, Duration requestTimeout,
                Throttle throttle, Backoff backoff) {
        this.http = http;
        this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
        this.auth = auth;
        this.itemsPerPage = itemsPerPage;
        this.maxAttempts = maxAttempts;
        this.requestTimeout = requestTimeout;
        this.throttle = throttle;
        this.backoff = backoff;
    }

    /** One page of {@code list}; a list that is not paged answers whole, as its page 1. */
    AteraPage page(ApiList list, int page) {
        return get(uri(list, page, itemsPerPage));
    }

    /**
     * How many items {@code list} holds, at the cost of one item: empty when the key may not read
     * it (403), since a key scoped to what a migration reads need not see everything it counts.
     */
    OptionalLong count(ApiList list) {
        try {
            return OptionalLong.of(get(uri(list, 1, 1)).totalItemCount());
        } catch (Refused refused) {
            if (refused.status == 403) {
                LOG.warnf("%s: not counted", refused.getMessage());
                return OptionalLong.empty();
            }
            throw refused;
        }
    }

    private AteraPage get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(requestTimeout)
                .header("Accept", "application/json").header(auth.name(), auth.value()).build();
        try {
            for (int attempt = 1; ; attempt++) {
                throttle.acquire();
                String failure;
                Optional<Duration> retryAfter = Optional.empty();
                try {
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    int status = response.statusCode();
                    if (status == 200) {
                        return read(uri, response.body());
                    }
                    if (status != 429 && status < 500) {
                        throw new Refused(status, refusal(uri, status, response.body()));
                    }
                    failure = "HTTP " + status;
                    retryAfter = Backoff.retryAfter(response.headers().firstValue("Retry-After"), ZonedDateTime.now());
                } catch (IOException e) {
                    failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                }
                if (attempt == maxAttempts) {
                    throw new FatalSourceError("GET " + uri + " failed " + maxAttempts + " times, last with " + failure);
                }
                Duration wait = backoff.delay(attempt, retryAfter);
                LOG.warnf("GET %s: %s, try %d of %d in %d ms", uri, failure, attempt + 1, maxAttempts, wait.toMillis());
                Thread.sleep(wait.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FatalSourceError("interrupted while reading " + uri, e);
        }
    }

    private URI uri(ApiList list, int page, int itemsInPage) {
        Map<String, String> query = new LinkedHashMap<>();
        if (list.paged()) {
            query.put("page", String.valueOf(page));
            query.put("itemsInPage", String.valueOf(itemsInPage));
        }
        query.putAll(list.query());
        String encoded = query.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(baseUrl + list.path() + (encoded.isEmpty() ? "" : "?" + encoded));
    }

    /** A paged list's envelope, or a bare array: the whole list as a single page. */
    private static AteraPage read(URI uri, byte[] body) {
        try {
            JsonNode json = Json.MAPPER.readTree(body);
            if (json != null && json.isArray()) {
                List<JsonNode> items = new ArrayList<>(json.size());
                json.forEach(items::add);
                return new AteraPage(items, 1, items.size(), items.size(), 1, null, null);
            }
            if (json == null || !json.isObject()) {
                throw new FatalSourceError("GET " + uri + " answered with something that is not an Atera list page");
            }
            return Json.MAPPER.treeToValue(json, AteraPage.class);
        } catch (IOException e) {
            throw new FatalSourceError("GET " + uri + " answered with something that is not an Atera list page: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** 401 and 403 come with an empty body; a 400 carries ProblemDetails whose detail says why. */
    private String refusal(URI uri, int status, byte[] body) {
        String why = switch (status) {
            case 401 -> "the API key was not accepted (sent as " + auth.name() + ")";
            case 403 -> "the API key may not read this list";
            default -> abbreviated(new String(body, StandardCharsets.UTF_8).strip());
        };
        return "GET " + uri + " was refused with HTTP " + status + (why.isEmpty() ? "" : ": " + why);
    }

    private static String abbreviated(String text) {
        return text.length() <= MAX_REASON_CHARS ? text : text.substring(0, MAX_REASON_CHARS) + "…";
    }

    /** Atera refused the request in a way trying again cannot change. */
    static final class Refused extends FatalSourceError {

        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
