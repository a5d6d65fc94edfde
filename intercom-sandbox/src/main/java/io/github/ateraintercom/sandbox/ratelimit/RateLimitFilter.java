package io.github.ateraintercom.sandbox.ratelimit;

import io.github.ateraintercom.sandbox.auth.CallingApp;
import io.github.ateraintercom.sandbox.error.ApiException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Charges every authenticated call to its app's allowance and the workspace pool, and reports the
 * app's allowance on the response. Runs after authentication, so refused credentials neither spend
 * allowance nor get the headers.
 */
public class RateLimitFilter {

    private static final String DECISION = RateLimitDecision.class.getName();

    private final RateLimiter rateLimiter;
    private final CallingApp callingApp;

    public RateLimitFilter(RateLimiter rateLimiter, CallingApp callingApp) {
        this.rateLimiter = rateLimiter;
        this.callingApp = callingApp;
    }

    // Spending allowance is what lets the call through, hence the authorization slot.
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void charge(ContainerRequestContext request) {
        RateLimitDecision decision = rateLimiter.acquire(callingApp.token());
        request.setProperty(DECISION, decision);
        if (!decision.admitted()) {
            throw refusal(decision);
        }
    }

    /** The 429 refusing {@code request}, whose headers will carry {@code decision}'s figures. */
    public static ApiException refusal(ContainerRequestContext request, RateLimitDecision decision) {
        request.setProperty(DECISION, decision);
        return refusal(decision);
    }

    @ServerResponseFilter
    public void report(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimitDecision decision) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle("X-RateLimit-Limit", decision.limit());
            headers.putSingle("X-RateLimit-Remaining", decision.remaining());
            headers.putSingle("X-RateLimit-Reset", decision.resetAt());
        }
    }

    private static ApiException refusal(RateLimitDecision decision) {
        return new ApiException(429, "rate_limit_exceeded",
                "Exceeded rate limit of " + decision.exceededLimit() + " in 10_seconds");
    }
}
