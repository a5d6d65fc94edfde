package io.github.ateraintercom.sandbox.company;

import io.github.ateraintercom.sandbox.config.SandboxConfig;
import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.state.Resettable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The company scrolls, with Intercom's rules: one open scroll per app, a scroll expires after a
 * minute without use, and the page after the last company is empty and closes the scroll.
 */
@Singleton
public class CompanyScrolls implements Resettable {

    private static final Duration IDLE_EXPIRY = Duration.ofMinutes(1);

    private final CompanyStore store;
    private final Clock clock;
    private final int pageSize;
    /** Open scroll per app token; guarded by {@code this}, as scrolls are few and short-lived. */
    private final Map<String, OpenScroll> openByApp = new HashMap<>();

    public CompanyScrolls(CompanyStore store, Clock clock, SandboxConfig config) {
        this.store = store;
        this.clock = clock;
        this.pageSize = config.companies().scrollPageSize();
    }

    /** The first page when {@code scrollParam} is absent, else the page after the one it was given with. */
    synchronized ScrollPage next(String app, String scrollParam) {
        Instant now = clock.instant();
        OpenScroll open = openByApp.get(app);
        if (open != null && open.expiredAt(now)) {
            openByApp.remove(app);
            open = null;
        }
        OpenScroll scroll;
        if (scrollParam == null || scrollParam.isBlank()) {
            if (open != null) {
                throw ApiException.badRequest("bad_request", "scroll already exists for this app");
            }
            scroll = new OpenScroll(UUID.randomUUID().toString(), 0, now);
        } else if (open != null && open.param().equals(scrollParam)) {
            scroll = open;
        } else {
            throw ApiException.badRequest("parameter_invalid", "scroll_param is invalid or has expired");
        }
        List<Company> companies = store.after(scroll.lastSequence(), pageSize);
        if (companies.isEmpty()) {
            openByApp.remove(app);
            return new ScrollPage(companies, null);
        }
        openByApp.put(app, new OpenScroll(scroll.param(), companies.get(companies.size() - 1).sequence(), now));
        return new ScrollPage(companies, scroll.param());
    }

    @Override
    public synchronized void reset() {
        openByApp.clear();
    }

    /** One page of a scroll; {@code scrollParam} is {@code null} once the scroll has ended. */
    record ScrollPage(List<Company> companies, String scrollParam) {
    }

    private record OpenScroll(String param, long lastSequence, Instant lastUsed) {

        boolean expiredAt(Instant now) {
            return !now.isBefore(lastUsed.plus(IDLE_EXPIRY));
        }
    }
}
