package io.github.ateraintercom.sandbox.fault;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.ratelimit.RateLimitDecision;
import io.github.ateraintercom.sandbox.ratelimit.RateLimitFilter;
import io.github.ateraintercom.sandbox.ratelimit.RateLimiter;
import io.github.ateraintercom.sandbox.traffic.RequestCounters;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies the first fault rule matching a request, before authentication, the way an overloaded or
 * failing Intercom front end would. Runs on the event loop and never blocks it: delays are timers and
 * held requests are pending results.
 */
public class FaultFilter {

    private static final String DROP = FaultFilter.class.getName() + ".drop";

    private final FaultRules rules;
    private final Dice dice;
    private final HeldRequests held;
    private final RateLimiter rateLimiter;
    private final Clock clock;
    private final Vertx vertx;
    private final CurrentVertxRequest currentRequest;

    public FaultFilter(FaultRules rules, Dice dice, HeldRequests held, RateLimiter rateLimiter, Clock clock,
                       Vertx vertx, CurrentVertxRequest currentRequest) {
        this.rules = rules;
        this.dice = dice;
        this.held = held;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
        this.vertx = vertx;
        this.currentRequest = currentRequest;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100, nonBlocking = true)
    public Uni<Void> inject(ContainerRequestContext request) {
        RoutingContext routing = currentRequest.getCurrent();
        Optional<ActiveRule> rule = rules.firstMatching(request.getMethod(), routing.request().path());
        if (rule.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ActiveRule.Verdict verdict = rule.get().decide(dice, clock.instant());
        return delay(verdict.delayMs()).onItem().transformToUni(ignored -> apply(verdict, request, routing));
    }

    /**
     * Closes the connection of a request chosen for a drop, now that its handler has applied the
     * write. The response is written only once the connection is closed, so none of it gets out.
     */
    @ServerResponseFilter
    public Uni<Void> dropAfterWrite(ContainerRequestContext request) {
        if (request.getProperty(DROP) == null) {
            return Uni.createFrom().voidItem();
        }
        RoutingContext routing = currentRequest.getCurrent();
        // the close may still let the end handler see a "succeeded" response: say it was never answered
        routing.put(RequestCounters.UNANSWERED, Boolean.TRUE);
        return Uni.createFrom().completionStage(routing.request().connection().close().toCompletionStage());
    }

    private Uni<Void> delay(long millis) {
        return millis == 0
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().emitter(emitter -> vertx.setTimer(millis, timer -> emitter.complete(null)));
    }

    private Uni<Void> apply(ActiveRule.Verdict verdict, ContainerRequestContext request, RoutingContext routing) {
        return switch (verdict.outcome()) {
            case NONE -> Uni.createFrom().voidItem();
            case SERVER_ERROR -> fail(new ApiException(500, "server_error", "Internal Server Error"));
            case BAD_GATEWAY -> fail(new ApiException(502, "server_error", "Bad Gateway"));
            case SERVICE_UNAVAILABLE -> fail(new ApiException(503, "service_unavailable", "Service Unavailable"));
            case HANG -> held.hold(routing);
            case DROP_AFTER_WRITE -> {
                request.setProperty(DROP, Boolean.TRUE);
                yield Uni.createFrom().voidItem();
            }
            case RATE_LIMITED -> fail(RateLimitFilter.refusal(request,
                    RateLimitDecision.exhausted(rateLimiter.appLimit(), burstResetAt(verdict.burstLiftsAt()))));
        };
    }

    /** A timed burst lifts when it ends; a counted one is reported like an emptied window. */
    private long burstResetAt(Instant liftsAt) {
        if (liftsAt == null) {
            return rateLimiter.currentWindowEnd();
        }
        return liftsAt.getEpochSecond() + (liftsAt.getNano() > 0 ? 1 : 0);
    }

    private static Uni<Void> fail(ApiException refusal) {
        return Uni.createFrom().failure(refusal);
    }
}
