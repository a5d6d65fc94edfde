package io.github.ateraintercom.loader.ratelimit;

import io.github.ateraintercom.common.event.RateLimitUsed;
import io.github.ateraintercom.loader.config.LoaderConfig;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.net.http.HttpHeaders;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * The allowance of every Intercom app this loader writes to (an app is a base URL and a token), shared
 * with every other replica through the database: each request first takes a call, so together the
 * replicas spend at most the allowance per window and wait for the next one instead of meeting 429s.
 */
@Startup
@ApplicationScoped
public class RateQuotas {

    private final Map<String, AppQuota> apps = new ConcurrentHashMap<>();
    private final QuotaStore store;
    private final MeterRegistry meters;

    RateQuotas(DataSource dataSource, LoaderConfig config, MeterRegistry meters) {
        LoaderConfig.Intercom intercom = config.intercom();
        this.store = new QuotaStore(dataSource, new QuotaRules(intercom.headroom(), intercom.quotaChunk(),
                intercom.windowGuard(), QuotaRules.INTERCOM_WINDOW));
        this.meters = meters;
    }

    /**
     * Waits until this replica holds a call of the target's current window, and takes it: to be called
     * just before the request is sent, as the call is checked against its window on the way out.
     */
    public void acquire(IntercomTarget target) throws InterruptedException {
        app(target).take();
    }

    public void answered(IntercomTarget target, HttpHeaders headers) {
        app(target).answered(headers);
    }

    public void unanswered(IntercomTarget target) {
        app(target).unanswered();
    }

    /** The target's quota as this replica last saw it; empty until its limit is known. */
    public Optional<RateLimitUsed.Quota> seen(IntercomTarget target) {
        return app(target).seen((int) store.rules().window().toSeconds());
    }

    private AppQuota app(IntercomTarget target) {
        AppKey key = AppKey.of(target);
        return apps.computeIfAbsent(key.value(), ignored -> {
            AppQuota app = new AppQuota(key.value(), store);
            String tag = key.tag();
            gauge("intercom_quota_limit", "calls allowed per window, as Intercom's X-RateLimit-Limit says", tag, app, AppQuota::limit);
            gauge("intercom_quota_used", "calls granted to all replicas in the current window", tag, app, AppQuota::used);
            gauge("intercom_quota_left", "calls left in the current window's allowance", tag, app, AppQuota::left);
            return app;
        });
    }

    private void gauge(String name, String description, String tag, AppQuota app, ToDoubleFunction<AppQuota> value) {
        Gauge.builder(name, app, value).description(description).tag("app", tag).strongReference(true).register(meters);
    }
}
