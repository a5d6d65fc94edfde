package io.github.ateraintercom.loader.ratelimit;

import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.RateLimitUsed;
import io.github.ateraintercom.loader.config.LoaderConfig;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.github.ateraintercom.loader.result.ResultPublisher;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells the orchestrator, per run, what this replica spent of Intercom's rate limit: every
 * {@code loader.intercom.usage-report-interval} in which a run made calls here, a {@link RateLimitUsed}
 * on {@code migration.events} with the calls and 429s since the previous one and the app's quota as
 * last leased. Reports are numbered per replica (a restarted loader is a new replica), so the
 * orchestrator adds each once; a report that could not be published is sent again as it was, before
 * any newer one.
 */
@Startup
@ApplicationScoped
public class RateLimitReports {

    private static final Logger LOG = Logger.getLogger(RateLimitReports.class);

    private final String replica = "loader-" + UUID.randomUUID();
    private final Map<String, RunUse> runs = new ConcurrentHashMap<>();
    private final RateQuotas quotas;
    private final ResultPublisher publisher;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rate-limit-reports");
        thread.setDaemon(true);
        return thread;
    });

    RateLimitReports(RateQuotas quotas, ResultPublisher publisher, LoaderConfig config) {
        this.quotas = quotas;
        this.publisher = publisher;
        long every = config.intercom().usageReportInterval().toMillis();
        timer.scheduleWithFixedDelay(this::reportAll, every, every, TimeUnit.MILLISECONDS);
    }

    /** One request sent for the target's run, answered with a 429 or not. */
    public void called(IntercomTarget target, boolean rateLimited) {
        RunUse use = runs.computeIfAbsent(target.runId(), run -> new RunUse(target));
        use.calls.incrementAndGet();
        if (rateLimited) {
            use.rateLimited.incrementAndGet();
        }
    }

    /** The last calls are told as the loader stops. */
    @PreDestroy
    void stop() {
        timer.shutdownNow();
        reportAll();
    }

    private synchronized void reportAll() {
        runs.forEach((runId, use) -> {
            try {
                use.report(runId);
            } catch (RuntimeException e) {
                LOG.warnf("the rate-limit use of run %s could not be told yet: %s", runId, e.getMessage());
            }
        });
    }

    /** One run's calls on this replica, and its report not yet published, if any. */
    private final class RunUse {

        final IntercomTarget target;
        final AtomicLong calls = new AtomicLong();
        final AtomicLong rateLimited = new AtomicLong();
        long sequence;
        RateLimitUsed unpublished;

        RunUse(IntercomTarget target) {
            this.target = target;
        }

        void report(String runId) {
            if (unpublished == null) {
                long spent = calls.getAndSet(0);
                long refused = rateLimited.getAndSet(0);
                if (spent == 0 && refused == 0) {
                    return;
                }
                unpublished = new RateLimitUsed(replica, ++sequence, spent, refused, quotas.seen(target).orElse(null));
            }
            publisher.event(Envelope.of(runId, null, replica, new SourceRow("loader " + replica, unpublished.sequence()), unpublished))
                    .orTimeout(10, TimeUnit.SECONDS).join();
            unpublished = null;
        }
    }
}
