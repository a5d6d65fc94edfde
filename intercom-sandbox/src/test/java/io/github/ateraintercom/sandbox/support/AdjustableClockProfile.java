package io.github.ateraintercom.sandbox.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;
import java.util.Set;

/**
 * A separate app instance whose clock the tests drive, with a small allowance (60 a minute, so 10
 * per window) and one company per scroll page, so limits are reached in a handful of calls.
 */
public class AdjustableClockProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "sandbox.rate-limit.per-minute", "60",
                "sandbox.companies.scroll-page-size", "1");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(AdjustableClock.class);
    }
}
