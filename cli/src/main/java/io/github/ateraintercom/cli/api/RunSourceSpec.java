package io.github.ateraintercom.cli.api;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/** Where a run reads Atera: an export directory, or Atera's API with the name of the secret holding its key (never the key). */
public record RunSourceSpec(Map<String, String> fields, String description) {

    public static RunSourceSpec exportDirectory(Path directory) {
        String path = directory.toAbsolutePath().toString();
        return new RunSourceSpec(Map.of("sourceDirectory", path), path);
    }

    public static RunSourceSpec ateraApi(URI baseUrl, String keySecret) {
        return new RunSourceSpec(Map.of("sourceKind", "atera-api", "ateraBaseUrl", baseUrl.toString(), "ateraKeySecret", keySecret),
                "Atera's API at " + baseUrl);
    }
}
