package io.github.ateraintercom.sandbox.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** Everything that makes one sandbox workspace differ from another. */
@ConfigMapping(prefix = "sandbox")
public interface SandboxConfig {

    /** Access tokens accepted as {@code Authorization: Bearer <token>}; each one acts as a separate app. */
    List<String> tokens();

    /** Workspace code reported as {@code app_id} on every object. */
    @WithDefault("sandbox1")
    String appId();

    /** Rate-limit settings. */
    RateLimit rateLimit();

    /** Company endpoint settings. */
    Companies companies();

    /** Per-app request allowance, enforced like Intercom in 10-second windows. */
    interface RateLimit {

        /** Calls allowed per app per minute; each 10-second window gets a sixth of it (integer division). */
        @WithDefault("10000")
        int perMinute();
    }

    /** Settings of the company endpoints. */
    interface Companies {

        /** Companies returned per {@code GET /companies/scroll} page. */
        @WithDefault("15")
        int scrollPageSize();
    }
}
