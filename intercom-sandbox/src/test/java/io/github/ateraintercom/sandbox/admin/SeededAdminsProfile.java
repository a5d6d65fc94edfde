package io.github.ateraintercom.sandbox.admin;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A workspace whose teammates come from an admins file written for the test, not the bundled seed. */
public class SeededAdminsProfile implements QuarkusTestProfile {

    static final String SEED = """
            {"admins": [
              {"name": "Grace Hopper", "email": "grace@fleet.example", "job_title": "Admiral",
               "away_mode_enabled": false, "has_inbox_seat": true, "teams": ["Navy"]},
              {"name": "Ada Lovelace", "email": "ada@engine.example", "job_title": "Analyst",
               "away_mode_enabled": true, "has_inbox_seat": false, "teams": ["Navy", "Engines"]}
            ]}""";

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            Path file = Files.createTempFile("sandbox-admins", ".json");
            Files.writeString(file, SEED);
            file.toFile().deleteOnExit();
            return Map.of("sandbox.admins-file", file.toString(), "sandbox.workspace.name", "Fleet");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
