package io.github.ateraintercom.orchestrator.api;

import io.github.ateraintercom.orchestrator.config.OrchestratorConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Every API call carries the operator's bearer token (from configuration, in production a secret);
 * health, metrics and the API description (under {@code /q}) are not the API and need none. The
 * comparison takes the same time whatever the guess, and the answer never says which part was wrong.
 */
public class OperatorToken {

    private final byte[] expected;

    OperatorToken(OrchestratorConfig config) {
        this.expected = ("Bearer " + config.operatorToken()).getBytes(StandardCharsets.UTF_8);
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        String presented = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (presented != null && MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(Problem.of("unauthorized", "Unauthorized", Response.Status.UNAUTHORIZED,
                        presented == null ? "this API needs the operator's bearer token (Authorization: Bearer …)"
                                : "the bearer token is not the operator's")
                .responseBuilder().header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"migration\"").build());
    }
}
