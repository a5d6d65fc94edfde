package io.github.ateraintercom.orchestrator;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

import java.util.List;

/**
 * Every test calls the API as the operator (the test profile's token), as a client always would;
 * a test of the authentication itself clears it with {@link #callAnonymously()}. Registered as a
 * Quarkus test callback, so it sets the REST client the tests themselves use.
 */
public final class OperatorTokenForEveryRequest implements QuarkusTestBeforeEachCallback {

    public static final String TOKEN = "test-operator-token";

    /** Adds the header to each request: a filter, so the port the test framework sets still applies. */
    private static final Filter OPERATOR = (request, response, next) -> {
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + TOKEN);
        }
        return next.next(request, response);
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(List.of(OPERATOR));
    }

    /** Requests from now until the next test carry no token but the one they give. */
    public static void callAnonymously() {
        RestAssured.replaceFiltersWith(List.of());
    }
}
