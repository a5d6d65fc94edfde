package io.github.ateraintercom.sandbox.fault;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/** A rule in force: its compiled glob and the 429 burst it may be running. */
final class ActiveRule {

    private final FaultRule rule;
    private final Pattern path;
    private final AtomicReference<RunningBurst> burst = new AtomicReference<>();

    ActiveRule(FaultRule rule) {
        this.rule = rule;
        this.path = PathGlob.compile(rule.path());
    }

    FaultRule rule() {
        return rule;
    }

    boolean matches(String method, String requestPath) {
        return (rule.method() == null || rule.method().equals(method)) && path.matcher(requestPath).matches();
    }

    /** Delay plus outcome for one request; a running burst answers before any roll. */
    Verdict decide(Dice dice, Instant now) {
        long delay = rule.latencyMs() + dice.upTo(rule.jitterMs());
        RunningBurst running = burst.getAndUpdate(current -> current == null ? null : current.afterOneMore(now));
        if (running != null && running.coversOneMore(now)) {
            return new Verdict(delay, Outcome.RATE_LIMITED, running.liftsAt());
        }
        Outcome outcome = pick(dice.roll());
        if (outcome != Outcome.RATE_LIMITED) {
            return new Verdict(delay, outcome, null);
        }
        RunningBurst started = RunningBurst.start(rule.burst(), now);
        burst.set(started.afterOneMore(now));
        return new Verdict(delay, outcome, started.liftsAt());
    }

    private Outcome pick(double roll) {
        double[] chances = {rule.serverError(), rule.badGateway(), rule.serviceUnavailable(), rule.hang(),
                rule.dropAfterWrite(), rule.burstProbability()};
        Outcome[] outcomes = {Outcome.SERVER_ERROR, Outcome.BAD_GATEWAY, Outcome.SERVICE_UNAVAILABLE, Outcome.HANG,
                Outcome.DROP_AFTER_WRITE, Outcome.RATE_LIMITED};
        double threshold = 0;
        for (int i = 0; i < chances.length; i++) {
            threshold += chances[i];
            if (roll < threshold) {
                return outcomes[i];
            }
        }
        return Outcome.NONE;
    }

    /**
     * What a rule does to one request.
     *
     * @param burstLiftsAt for a 429, when the burst ends if known by time, else {@code null}
     */
    record Verdict(long delayMs, Outcome outcome, Instant burstLiftsAt) {
    }

    /** A burst in progress: requests it still refuses, or the instant it ends. */
    private record RunningBurst(int requestsLeft, Instant until) {

        static RunningBurst start(FaultRule.Burst burst, Instant now) {
            return burst.requests() != null
                    ? new RunningBurst(burst.requests(), null)
                    : new RunningBurst(Integer.MAX_VALUE, now.plusSeconds(burst.seconds()));
        }

        boolean coversOneMore(Instant now) {
            return requestsLeft > 0 && (until == null || now.isBefore(until));
        }

        /** The burst after refusing one more request, or {@code null} once it is over. */
        RunningBurst afterOneMore(Instant now) {
            if (!coversOneMore(now)) {
                return null;
            }
            RunningBurst next = until == null ? new RunningBurst(requestsLeft - 1, null) : this;
            return next.requestsLeft == 0 ? null : next;
        }

        Instant liftsAt() {
            return until;
        }
    }
}
