package io.github.ateraintercom.sandbox.helpcenter;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Intercom's read-only help center endpoints ({@code /help_center/help_centers…}). */
@Path("/help_center/help_centers")
@Produces(MediaType.APPLICATION_JSON)
public class HelpCenterResource {

    private final HelpCenters helpCenters;

    public HelpCenterResource(HelpCenters helpCenters) {
        this.helpCenters = helpCenters;
    }

    @GET
    public HelpCenterList list() {
        return new HelpCenterList("list", helpCenters.all());
    }

    @GET
    @Path("/{id}")
    public HelpCenterJson find(@PathParam("id") String id) {
        return helpCenters.find(id).orElseThrow(HelpCenterContent::notFound);
    }
}
