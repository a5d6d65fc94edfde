package io.github.ateraintercom.sandbox.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ateraintercom.sandbox.config.SandboxConfig;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the exported state to the configured file, for looking at after a run; it is never read back. */
@Singleton
public class SnapshotFile {

    private final SandboxState state;
    private final ObjectMapper mapper;
    private final Path file;

    public SnapshotFile(SandboxState state, ObjectMapper mapper, SandboxConfig config) {
        this.state = state;
        this.mapper = mapper;
        this.file = config.snapshotFile().toAbsolutePath();
    }

    /** Writes the state and returns the file; a reader never sees a half-written file. */
    public synchronized Path write() throws IOException {
        Path parent = file.getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, file.getFileName().toString(), ".partial");
        try {
            mapper.writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), state.snapshot());
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return file;
    }
}
