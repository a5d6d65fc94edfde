package io.github.ateraintercom.sandbox.conversation;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.request.JsonBody;
import io.github.ateraintercom.sandbox.request.JsonBodyParser;
import io.github.ateraintercom.sandbox.tag.Tag;
import io.github.ateraintercom.sandbox.tag.TagJson;
import io.github.ateraintercom.sandbox.tag.TagStore;
import io.github.ateraintercom.sandbox.tag.TaggableType;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Set;

/**
 * A conversation's tags ({@code /conversations/{id}/tags…}). Unlike a contact's, both calls name the
 * teammate acting ({@code admin_id}), who shows as {@code applied_by}. Intercom's examples word an
 * unknown conversation "Conversation not found" here and an unknown tag {@code tag_not_found}.
 */
@Path("/conversations/{conversation_id}/tags")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationTagResource {

    private static final Set<String> TAG_FIELDS = Set.of("id", "admin_id");
    private static final Set<String> UNTAG_FIELDS = Set.of("admin_id");

    private final ConversationStore conversations;
    private final TagStore tags;
    private final Participants participants;
    private final JsonBodyParser bodies;

    public ConversationTagResource(ConversationStore conversations, TagStore tags, Participants participants,
                                   JsonBodyParser bodies) {
        this.conversations = conversations;
        this.tags = tags;
        this.participants = participants;
        this.bodies = bodies;
    }

    @POST
    public TagJson tag(@PathParam("conversation_id") String conversationId, String body) {
        JsonBody json = bodies.parse(body).allowOnly(TAG_FIELDS);
        String tagId = required(json, "id");
        Author admin = participants.admin(required(json, "admin_id"));
        existingConversation(conversationId);
        return TagJson.of(tags.tag(existingTag(tagId), TaggableType.CONVERSATION, conversationId, admin.id()));
    }

    /** Answers the removed tag, with its application when the conversation carried it. */
    @DELETE
    @Path("/{tag_id}")
    public TagJson untag(@PathParam("conversation_id") String conversationId, @PathParam("tag_id") String tagId,
                         String body) {
        participants.admin(required(bodies.parse(body).allowOnly(UNTAG_FIELDS), "admin_id"));
        existingConversation(conversationId);
        Tag tag = existingTag(tagId);
        TagJson removed = tags.tagsOf(TaggableType.CONVERSATION, conversationId).stream()
                .filter(applied -> applied.tag().id().equals(tagId))
                .findFirst()
                .map(TagJson::of)
                .orElseGet(() -> TagJson.of(tag));
        tags.untag(tag, TaggableType.CONVERSATION, conversationId);
        return removed;
    }

    private static String required(JsonBody json, String name) {
        String value = json.id(name);
        if (value == null) {
            throw ApiException.badRequest("parameter_not_found", name + " not specified");
        }
        return value;
    }

    private void existingConversation(String id) {
        conversations.find(id).orElseThrow(() -> ApiException.notFound("not_found", "Conversation not found"));
    }

    private Tag existingTag(String id) {
        return tags.find(id).orElseThrow(() -> ApiException.notFound("tag_not_found", "Tag not found"));
    }
}
