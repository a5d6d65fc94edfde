package io.github.ateraintercom.sandbox.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.http.ApiPaths;
import io.github.ateraintercom.sandbox.search.SearchLag;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.time.Duration;

/** The search lag at run time: {@code GET /sandbox/search} tells it, {@code PUT /sandbox/search} changes it. */
@Singleton
public class SearchRoutes {

    private static final String SEARCH = ApiPaths.CONTROL_ROOT + "/search";

    private final SearchLag lag;
    private final ControlReplies replies;
    private final ObjectReader settingsReader;

    public SearchRoutes(SearchLag lag, ControlReplies replies, ObjectMapper mapper) {
        this.lag = lag;
        this.replies = replies;
        this.settingsReader = mapper.readerFor(SearchSettings.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    void register(@Observes Router router) {
        router.get(SEARCH).handler(replies.json(200, routing -> current()));
        router.put(SEARCH).handler(BodyHandler.create()).handler(replies.json(200, this::change));
    }

    private SearchSettings change(RoutingContext routing) {
        SearchSettings settings;
        try {
            String body = routing.body().asString();
            settings = body == null || body.isBlank() ? null : settingsReader.readValue(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("parameter_invalid", "not search settings: " + e.getOriginalMessage());
        }
        if (settings == null || settings.lagMs() == null) {
            throw ApiException.badRequest("parameter_not_found", "lag_ms is required");
        }
        lag.set(Duration.ofMillis(settings.lagMs()));
        return current();
    }

    private SearchSettings current() {
        return new SearchSettings(lag.lag().toMillis());
    }

    /** Body of {@code /sandbox/search}: how many milliseconds searches trail the writes. */
    record SearchSettings(@JsonProperty("lag_ms") Long lagMs) {
    }
}
