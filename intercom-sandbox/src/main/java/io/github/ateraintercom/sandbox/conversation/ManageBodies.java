package io.github.ateraintercom.sandbox.conversation;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.request.JsonBody;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * Reads the four shapes {@code POST /conversations/{id}/parts} takes (close, snooze, open, assign)
 * into the part each adds. None takes a {@code created_at}: Intercom stamps them with the current time.
 */
@Singleton
public class ManageBodies {

    private static final Set<String> CLOSE_FIELDS = Set.of("message_type", "type", "admin_id", "body");
    private static final Set<String> SNOOZE_FIELDS = Set.of("message_type", "type", "admin_id", "snoozed_until");
    private static final Set<String> OPEN_FIELDS = Set.of("message_type", "type", "admin_id");
    private static final Set<String> ASSIGN_FIELDS = Set.of("message_type", "type", "admin_id", "assignee_id", "body");

    private final Participants participants;

    public ManageBodies(Participants participants) {
        this.participants = participants;
    }

    PartChange read(JsonBody body) {
        String messageType = body.requiredText("message_type");
        return switch (messageType) {
            case PartTypes.CLOSE -> {
                body.allowOnly(CLOSE_FIELDS);
                requireAdminType(body, true);
                yield PartChanges.close(PartDraft.action(admin(body), MessageBody.html(body.text("body"))));
            }
            case PartTypes.SNOOZED -> {
                body.allowOnly(SNOOZE_FIELDS);
                requireAdminType(body, false);
                Author admin = admin(body);
                Long until = body.integer("snoozed_until");
                if (until == null) {
                    throw ApiException.badRequest("parameter_not_found", "snoozed_until not specified");
                }
                yield PartChanges.snooze(PartDraft.action(admin, null), until);
            }
            case PartTypes.OPEN -> {
                body.allowOnly(OPEN_FIELDS);
                requireAdminType(body, false);
                yield PartChanges.open(PartDraft.action(admin(body), null));
            }
            case PartTypes.ASSIGNMENT -> assignment(body);
            default -> throw ApiException.badRequest("parameter_invalid",
                    "message_type must be close, snoozed, open or assignment");
        };
    }

    private PartChange assignment(JsonBody body) {
        body.allowOnly(ASSIGN_FIELDS);
        AssigneeType type = switch (body.requiredText("type")) {
            case "admin" -> AssigneeType.ADMIN;
            case "team" -> AssigneeType.TEAM;
            default -> throw ApiException.badRequest("parameter_invalid", "type must be admin or team");
        };
        Author admin = admin(body);
        String assigneeId = body.id("assignee_id");
        if (assigneeId == null) {
            throw ApiException.badRequest("parameter_not_found", "assignee_id not specified");
        }
        if (!assigneeId.matches("\\d+")) {
            throw ApiException.badRequest("parameter_invalid", "assignee_id must be a numeric id");
        }
        return PartChanges.assign(PartDraft.action(admin, MessageBody.html(body.text("body"))), type,
                participants.assignee(type, assigneeId));
    }

    /** Closing needs {@code type: admin}; snoozing and opening may send it. */
    private static void requireAdminType(JsonBody body, boolean required) {
        String type = required ? body.requiredText("type") : body.text("type");
        if (type != null && !type.equals(Author.ADMIN)) {
            throw ApiException.badRequest("parameter_invalid", "type must be admin");
        }
    }

    private Author admin(JsonBody body) {
        String adminId = body.id("admin_id");
        if (adminId == null) {
            throw ApiException.badRequest("parameter_not_found", "admin_id not specified");
        }
        return participants.admin(adminId);
    }
}
