package io.github.ateraintercom.common.intercom;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.ateraintercom.common.mapping.AttributeSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Atera ticket as one Intercom conversation, everything the loader writes in order: opened by
 * the ticket's contact ({@code contactId}, an EndUserID) with {@code opening}, then every later
 * part in chronological order, then the title and attributes, tags, the assignee
 * ({@code technicianId}, a TechnicianContactID, null for unassigned) and the final state.
 * {@code folded} lists the source rows settled with the conversation (work hours, and a comment
 * that repeats the opening message). {@code attributeSpecs} types the conversation attributes it
 * writes (one it does not describe is text). {@code requester} is the ticket's copy of its end user,
 * from which a contact is made when the end user matches no contact (null in commands written
 * before it existed: such a ticket is held instead).
 */
public record ConversationCommand(String contactId, String technicianId, ConversationPart opening, List<ConversationPart> parts,
                                  String title, Map<String, Object> attributes, List<String> tags, State state,
                                  List<SourceRef> folded, List<AttributeSpec> attributeSpecs, Requester requester) {

    @JsonCreator
    public ConversationCommand {
        parts = List.copyOf(parts);
        tags = tags == null ? List.of() : List.copyOf(tags);
        folded = folded == null ? List.of() : List.copyOf(folded);
        attributeSpecs = attributeSpecs == null ? List.of() : List.copyOf(attributeSpecs);
    }

    public ConversationCommand(String contactId, String technicianId, ConversationPart opening, List<ConversationPart> parts,
                               String title, Map<String, Object> attributes, List<String> tags, State state,
                               List<SourceRef> folded) {
        this(contactId, technicianId, opening, parts, title, attributes, tags, state, folded, null);
    }

    public ConversationCommand(String contactId, String technicianId, ConversationPart opening, List<ConversationPart> parts,
                               String title, Map<String, Object> attributes, List<String> tags, State state,
                               List<SourceRef> folded, List<AttributeSpec> attributeSpecs) {
        this(contactId, technicianId, opening, parts, title, attributes, tags, state, folded, attributeSpecs, null);
    }

    /** Every source row the conversation carries: its opening, its parts and what is folded into it. */
    public List<SourceRef> carried() {
        List<SourceRef> carried = new ArrayList<>();
        carried.add(opening.source());
        parts.stream().map(ConversationPart::source).forEach(carried::add);
        carried.addAll(folded);
        return carried;
    }

    public enum State { OPEN, SNOOZED, CLOSED }
}
