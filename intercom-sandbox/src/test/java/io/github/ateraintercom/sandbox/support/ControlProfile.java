package io.github.ateraintercom.sandbox.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A separate app instance for tests that reset the whole sandbox or inject faults on shared paths,
 * so the other test classes never see their effects. Its fault dice have a fixed seed.
 */
public class ControlProfile implements QuarkusTestProfile {

    public static final long SEED = 42;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "sandbox.faults.seed", Long.toString(SEED),
                "sandbox.snapshot-file", "target/control-profile-snapshot.json");
    }
}
