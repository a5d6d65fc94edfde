package io.github.ateraintercom.sandbox.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;
import java.util.Set;

/**
 * A separate app instance whose clock the tests drive, with allowances reached in a few calls:
 * 10 calls per app and 15 per workspace in each 10-second window (60 and 90 a minute).
 */
public class TightRateLimitProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "sandbox.rate-limit.per-minute", "60",
                "sandbox.rate-limit.workspace-per-minute", "90");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(AdjustableClock.class);
    }
}
