package io.github.ateraintercom.sandbox.attribute;

import io.github.ateraintercom.sandbox.error.ApiException;
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
import jakarta.ws.rs.core.MediaType;

import java.util.Optional;
import java.util.function.Function;

/** Intercom's conversation attribute endpoints ({@code /conversations/attributes…}, new in 2.16). */
@Path("/conversations/attributes")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationAttributeResource {

    private final DataAttributeCatalog catalog;
    private final JsonBodyParser bodies;

    public ConversationAttributeResource(DataAttributeCatalog catalog, JsonBodyParser bodies) {
        this.catalog = catalog;
        this.bodies = bodies;
    }

    @GET
    public ConversationAttributeList list(@QueryParam("include_archived") String includeArchived) {
        boolean archivedToo = QueryParams.bool("include_archived", includeArchived);
        return new ConversationAttributeList("list",
                catalog.conversationAttributes(archivedToo).stream().map(ConversationAttributeJson::of).toList());
    }

    @POST
    public ConversationAttributeJson create(String body) {
        return ConversationAttributeJson.of(catalog.create(ConversationAttributeBodies.create(bodies.parse(body))));
    }

    @GET
    @Path("/{id}")
    public ConversationAttributeJson find(@PathParam("id") String id) {
        return existing(id, catalog::conversationAttribute);
    }

    @PUT
    @Path("/{id}")
    public ConversationAttributeJson update(@PathParam("id") String id, String body) {
        ConversationAttributeChanges changes = ConversationAttributeBodies.update(bodies.parse(body));
        return existing(id, known -> catalog.update(known, changes));
    }

    @DELETE
    @Path("/{id}")
    public ConversationAttributeJson archive(@PathParam("id") String id) {
        return existing(id, catalog::archive);
    }

    private static ConversationAttributeJson existing(String id, Function<Long, Optional<ConversationAttribute>> action) {
        return ConversationAttributeJson.of(AttributeIds.parse(id).flatMap(action)
                .orElseThrow(() -> ApiException.notFound("conversation_attribute_not_found", "Conversation attribute not found")));
    }
}
