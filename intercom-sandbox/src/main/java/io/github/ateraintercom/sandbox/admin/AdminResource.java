package io.github.ateraintercom.sandbox.admin;

import io.github.ateraintercom.sandbox.error.ApiException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Intercom's read-only teammate endpoints ({@code /admins…}); there is no API to change teammates. */
@Path("/admins")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final AdminDirectory directory;

    public AdminResource(AdminDirectory directory) {
        this.directory = directory;
    }

    @GET
    public AdminList list() {
        return AdminList.of(directory.admins());
    }

    @GET
    @Path("/{id}")
    public AdminJson find(@PathParam("id") String id) {
        return AdminJson.of(directory.admin(id)
                .orElseThrow(() -> ApiException.notFound("admin_not_found", "Admin not found")));
    }
}
