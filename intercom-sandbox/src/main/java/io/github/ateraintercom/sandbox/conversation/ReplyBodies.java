package io.github.ateraintercom.sandbox.conversation;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.request.JsonBody;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/**
 * Reads a {@code reply_conversation_request}: a teammate's comment, note or quick reply
 * ({@code type: admin}) or a contact's comment ({@code type: user}), into the part it adds.
 */
@Singleton
public class ReplyBodies {

    private static final Set<String> ADMIN_FIELDS = Set.of("message_type", "type", "admin_id", "body", "created_at",
            "attachment_urls", "reply_options", "skip_notifications");
    private static final Set<String> CONTACT_FIELDS = Set.of("message_type", "type", "body", "created_at",
            "attachment_urls", "intercom_user_id", "user_id", "email");
    private static final Set<String> ADMIN_TYPES = Set.of(PartTypes.COMMENT, PartTypes.NOTE, PartTypes.QUICK_REPLY);
    private static final Set<String> OPTION_FIELDS = Set.of("text", "uuid");

    private final Participants participants;

    public ReplyBodies(Participants participants) {
        this.participants = participants;
    }

    PartChange read(JsonBody body) {
        String type = body.requiredText("type");
        return switch (type) {
            case Author.ADMIN -> adminReply(body);
            case "user" -> contactReply(body);
            default -> throw ApiException.badRequest("parameter_invalid", "type must be admin or user");
        };
    }

    /** Quick replies must offer options; the sandbox checks them but does not show them. */
    private PartChange adminReply(JsonBody body) {
        body.allowOnly(ADMIN_FIELDS);
        String messageType = body.requiredText("message_type");
        if (!ADMIN_TYPES.contains(messageType)) {
            throw ApiException.badRequest("parameter_invalid", "message_type must be comment, note or quick_reply");
        }
        String adminId = body.id("admin_id");
        if (adminId == null) {
            throw ApiException.badRequest("parameter_not_found", "admin_id not specified");
        }
        String text;
        if (messageType.equals(PartTypes.QUICK_REPLY)) {
            checkReplyOptions(body.objects("reply_options"));
            text = body.text("body");
        } else {
            text = body.requiredText("body");
        }
        PartDraft draft = new PartDraft(participants.admin(adminId), MessageBody.html(text), body.integer("created_at"),
                Attachment.fromUrls(body.texts("attachment_urls")), Boolean.TRUE.equals(body.bool("skip_notifications")));
        return PartChanges.adminReply(messageType, draft);
    }

    private PartChange contactReply(JsonBody body) {
        body.allowOnly(CONTACT_FIELDS);
        if (!PartTypes.COMMENT.equals(body.requiredText("message_type"))) {
            throw ApiException.badRequest("parameter_invalid", "message_type must be comment for a contact's reply");
        }
        String intercomUserId = body.text("intercom_user_id");
        String userId = body.text("user_id");
        String email = body.text("email");
        if (intercomUserId == null && userId == null && email == null) {
            throw ApiException.badRequest("parameter_not_found", "intercom_user_id, user_id or email not specified");
        }
        String text = body.requiredText("body");
        PartDraft draft = new PartDraft(participants.contact(intercomUserId, userId, email), MessageBody.html(text),
                body.integer("created_at"), Attachment.fromUrls(body.texts("attachment_urls")), false);
        return PartChanges.contactReply(draft);
    }

    private static void checkReplyOptions(List<JsonBody> options) {
        if (options == null || options.isEmpty()) {
            throw ApiException.badRequest("parameter_not_found", "reply_options not specified");
        }
        options.forEach(option -> {
            option.allowOnly(OPTION_FIELDS);
            option.requiredText("text");
            option.requiredText("uuid");
        });
    }
}
