package io.github.ateraintercom.sandbox.admin;

import io.github.ateraintercom.sandbox.config.SandboxConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;

/** {@code GET /me}: who the access token acts as, and in which workspace. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final AdminDirectory directory;
    private final AppJson app;

    public MeResource(AdminDirectory directory, SandboxConfig config, Clock clock) {
        this.directory = directory;
        // Fixed once, so every call reports the same workspace creation time.
        this.app = AppJson.of(config, clock.instant().getEpochSecond());
    }

    @GET
    public MeJson me() {
        return MeJson.of(directory.tokenOwner(), app);
    }
}
