package io.github.ateraintercom.sandbox.search;

import io.github.ateraintercom.sandbox.config.SandboxConfig;
import io.github.ateraintercom.sandbox.state.Resettable;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * How far searches trail the workspace: {@code sandbox.search.lag}, changed at run time through
 * {@code /sandbox/search} and back to the configured value on a reset.
 */
@Singleton
public class SearchLag implements Resettable {

    private final Duration configured;
    private volatile Duration lag;

    public SearchLag(SandboxConfig config) {
        this.configured = config.search().lag();
        this.lag = configured;
    }

    public Duration lag() {
        return lag;
    }

    public void set(Duration lag) {
        if (lag.isNegative()) {
            throw SearchParser.invalid("the search lag cannot be negative");
        }
        this.lag = lag;
    }

    @Override
    public void reset() {
        lag = configured;
    }
}
