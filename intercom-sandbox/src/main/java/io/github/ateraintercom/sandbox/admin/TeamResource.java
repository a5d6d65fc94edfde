package io.github.ateraintercom.sandbox.admin;

import io.github.ateraintercom.sandbox.error.ApiException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Intercom's read-only team endpoints ({@code /teams…}). */
@Path("/teams")
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    private final AdminDirectory directory;

    public TeamResource(AdminDirectory directory) {
        this.directory = directory;
    }

    @GET
    public TeamList list() {
        return TeamList.of(directory.teams());
    }

    @GET
    @Path("/{id}")
    public TeamJson find(@PathParam("id") String id) {
        return TeamJson.of(directory.team(id)
                .orElseThrow(() -> ApiException.notFound("team_not_found", "Team not found")));
    }
}
