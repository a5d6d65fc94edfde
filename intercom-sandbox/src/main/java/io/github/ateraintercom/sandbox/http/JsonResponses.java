package io.github.ateraintercom.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.error.ErrorList;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/** Writes JSON answers on routes served by Vert.x directly rather than by the REST layer. */
@Singleton
public class JsonResponses {

    private final ObjectMapper mapper;

    public JsonResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void send(RoutingContext routing, int status, Object body) {
        try {
            routing.response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", "application/json; charset=UTF-8")
                    .end(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            routing.fail(e);
        }
    }

    /** The refusal as Intercom's error list, like the REST layer's exception mapper renders it. */
    public void refuse(RoutingContext routing, ApiException refusal) {
        send(routing, refusal.status(), ErrorList.of(refusal.code(), refusal.getMessage()));
    }
}
