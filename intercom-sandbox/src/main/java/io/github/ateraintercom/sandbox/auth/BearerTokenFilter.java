package io.github.ateraintercom.sandbox.auth;

import io.github.ateraintercom.sandbox.config.SandboxConfig;
import io.github.ateraintercom.sandbox.error.ApiException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/** Admits only requests bearing one of the configured access tokens, as Intercom's HTTP bearer scheme does. */
public class BearerTokenFilter {

    private static final String SCHEME = "Bearer ";

    private final Set<String> tokens;
    private final CallingApp callingApp;

    public BearerTokenFilter(SandboxConfig config, CallingApp callingApp) {
        this.tokens = Set.copyOf(config.tokens());
        this.callingApp = callingApp;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw unauthorized();
        }
        String token = header.substring(SCHEME.length()).trim();
        if (!tokens.contains(token)) {
            throw unauthorized();
        }
        callingApp.authenticate(token);
    }

    private static ApiException unauthorized() {
        return new ApiException(401, "unauthorized", "Access Token Invalid");
    }
}
