package io.github.ateraintercom.sandbox.helpcenter;

import io.github.ateraintercom.sandbox.paging.PageRequest;
import io.github.ateraintercom.sandbox.request.JsonBodyParser;
import io.github.ateraintercom.sandbox.request.QueryParams;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.util.Comparator;

/** Intercom's help center collection endpoints ({@code /help_center/collections…}). */
@Path("/help_center/collections")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionResource {

    private static final int DEFAULT_PER_PAGE = 20;
    /** Most recently updated first, as Intercom lists them; the newest settles ties. */
    private static final Comparator<Collection> RECENTLY_UPDATED_FIRST = Comparator
            .comparingLong(Collection::updatedAt)
            .thenComparingLong(collection -> Long.parseLong(collection.id()))
            .reversed();

    private final HelpCenterContent content;
    private final HelpCenters helpCenters;
    private final HelpCenterRenderer renderer;
    private final JsonBodyParser bodies;

    public CollectionResource(HelpCenterContent content, HelpCenters helpCenters, HelpCenterRenderer renderer,
                              JsonBodyParser bodies) {
        this.content = content;
        this.helpCenters = helpCenters;
        this.renderer = renderer;
        this.bodies = bodies;
    }

    @POST
    public CollectionJson create(String body) {
        return renderer.render(content.createCollection(CollectionBodies.create(bodies.parse(body), helpCenters)));
    }

    @GET
    public CollectionList list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
                               @Context UriInfo uri) {
        PageRequest request = PageRequest.of(QueryParams.integer("page", page), QueryParams.integer("per_page", perPage),
                DEFAULT_PER_PAGE);
        return CollectionList.of(request.slice(content.collections().stream()
                .sorted(RECENTLY_UPDATED_FIRST)
                .map(renderer::render)
                .toList(), Integer.MAX_VALUE, uri.getRequestUriBuilder()));
    }

    @GET
    @Path("/{id}")
    public CollectionJson find(@PathParam("id") String id) {
        return renderer.render(content.collection(id).orElseThrow(HelpCenterContent::notFound));
    }

    @PUT
    @Path("/{id}")
    public CollectionJson update(@PathParam("id") String id, String body) {
        CollectionChanges changes = CollectionBodies.update(bodies.parse(body));
        return renderer.render(content.updateCollection(id, changes).orElseThrow(HelpCenterContent::notFound));
    }

    @DELETE
    @Path("/{id}")
    public DeletedObject delete(@PathParam("id") String id) {
        return DeletedObject.of(content.deleteCollection(id).orElseThrow(HelpCenterContent::notFound).id(), "collection");
    }
}
