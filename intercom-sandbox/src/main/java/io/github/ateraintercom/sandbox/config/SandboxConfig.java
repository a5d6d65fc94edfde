package io.github.ateraintercom.sandbox.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    /** File that {@code POST /sandbox/snapshot} writes the exported state to; relative to the working directory. */
    @WithDefault("sandbox-snapshot.json")
    Path snapshotFile();

    /** Fault injection settings. */
    Faults faults();

    /** Search settings. */
    Search search();

    /** How searches see the workspace. */
    interface Search {

        /**
         * How long a change to a contact or a conversation takes to show in {@code POST /contacts/search}
         * and {@code POST /conversations/search}, as Intercom's search lags its writes; zero: at once.
         */
        @WithDefault("PT0S")
        Duration lag();
    }

    /** Settings of the fault rules set through {@code /sandbox/faults}. */
    interface Faults {

        /** Seed of the dice deciding which requests a rule hits, so a run can be replayed; a fresh seed per start when unset. */
        Optional<Long> seed();
    }

    /** Per-app request allowance, enforced like Intercom in 10-second windows. */
    interface RateLimit {

        /** Calls allowed per app per minute; each 10-second window gets a sixth of it (integer division). */
        @WithDefault("10000")
        int perMinute();

        /** Calls allowed per minute to all apps together, Intercom's workspace pool; split into windows the same way. */
        @WithDefault("25000")
        int workspacePerMinute();
    }

    /** Settings of the company endpoints. */
    interface Companies {

        /** Companies returned per {@code GET /companies/scroll} page. */
        @WithDefault("15")
        int scrollPageSize();
    }

    /**
     * JSON file listing the workspace's teammates ({@code sandbox.admins-file}); the bundled
     * {@code sandbox-admins.json} is used when unset.
     */
    Optional<String> adminsFile();

    /** The workspace as {@code GET /me} describes it. */
    Workspace workspace();

    /** The workspace's own settings. */
    interface Workspace {

        /** Workspace name shown as {@code app.name}. */
        @WithDefault("Sandbox")
        String name();

        /** Hosting region shown as {@code app.region}. */
        @WithDefault("US")
        String region();

        /** Time zone shown as {@code app.timezone}; searches match dates by calendar day in it. */
        @WithDefault("UTC")
        String timezone();
    }
}
