package io.github.ateraintercom.sandbox.conversation;

import io.github.ateraintercom.sandbox.request.JsonBodyParser;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * What adds parts to a conversation: replies ({@code /reply}) and actions ({@code /parts}). Both
 * answer the whole conversation. The id {@code last} Intercom also takes for replies is not simulated.
 */
@Path("/conversations/{conversation_id}")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationPartResource {

    private final ConversationStore store;
    private final ConversationRenderer renderer;
    private final ReplyBodies replies;
    private final ManageBodies actions;
    private final JsonBodyParser bodies;

    public ConversationPartResource(ConversationStore store, ConversationRenderer renderer, ReplyBodies replies,
                                    ManageBodies actions, JsonBodyParser bodies) {
        this.store = store;
        this.renderer = renderer;
        this.replies = replies;
        this.actions = actions;
        this.bodies = bodies;
    }

    @POST
    @Path("/reply")
    public ConversationJson reply(@PathParam("conversation_id") String id, @QueryParam("display_as") String displayAs,
                                  String body) {
        store.existing(id);
        return add(id, replies.read(bodies.parse(body)), displayAs);
    }

    @POST
    @Path("/parts")
    public ConversationJson manage(@PathParam("conversation_id") String id, @QueryParam("display_as") String displayAs,
                                   String body) {
        store.existing(id);
        return add(id, actions.read(bodies.parse(body)), displayAs);
    }

    private ConversationJson add(String id, PartChange change, String displayAs) {
        return renderer.render(store.addPart(id, change).orElseThrow(ConversationStore::notFound),
                ConversationResource.plaintext(displayAs));
    }
}
