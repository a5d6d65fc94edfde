package io.github.ateraintercom.sandbox.conversation;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.request.JsonBody;
import jakarta.inject.Singleton;

import java.util.Set;

/** Reads the {@code create_conversation_request} and {@code update_conversation_request} payloads. */
@Singleton
public class ConversationBodies {

    private static final Set<String> CREATE_FIELDS = Set.of(
            "from", "body", "subject", "attachment_urls", "created_at", "brand_id");
    private static final Set<String> FROM_FIELDS = Set.of("type", "id");
    private static final Set<String> FROM_TYPES = Set.of("user", "lead", "contact");
    private static final Set<String> UPDATE_FIELDS = Set.of("read", "title", "custom_attributes", "company_id");

    private final Participants participants;

    public ConversationBodies(Participants participants) {
        this.participants = participants;
    }

    /** Brands are not simulated: {@code brand_id} is accepted and has no effect. */
    NewConversation create(JsonBody body) {
        body.allowOnly(CREATE_FIELDS);
        JsonBody from = body.object("from");
        if (from == null) {
            throw ApiException.badRequest("parameter_not_found", "from not specified");
        }
        from.allowOnly(FROM_FIELDS);
        String type = from.requiredText("type");
        if (!FROM_TYPES.contains(type)) {
            throw ApiException.badRequest("parameter_invalid", "from.type must be user, lead or contact");
        }
        String contactId = from.requiredText("id");
        String text = body.requiredText("body");
        return new NewConversation(participants.contact(contactId), body.text("subject"), text,
                Attachment.fromUrls(body.texts("attachment_urls")), body.integer("created_at"));
    }

    static ConversationChanges update(JsonBody body) {
        body.allowOnly(UPDATE_FIELDS);
        return new ConversationChanges(body.text("title"), body.bool("read"), body.has("company_id"),
                body.id("company_id"), body.scalars("custom_attributes"));
    }
}
