package io.github.ateraintercom.sandbox.conversation;

import io.github.ateraintercom.sandbox.company.CompanyDirectory;
import io.github.ateraintercom.sandbox.company.CompanyJson;
import io.github.ateraintercom.sandbox.contact.Contact;
import io.github.ateraintercom.sandbox.contact.ContactStore;
import io.github.ateraintercom.sandbox.tag.TagJson;
import io.github.ateraintercom.sandbox.tag.TagStore;
import io.github.ateraintercom.sandbox.tag.TaggableType;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Renders a conversation with what other resources know about it: its tags, its contacts' external
 * ids and its company. A contact deleted since keeps its place, without an external id.
 */
@Singleton
public class ConversationRenderer {

    /** Intercom answers at most this many parts, the most recent ones. */
    static final int SHOWN_PARTS = 500;

    private final TagStore tags;
    private final ContactStore contacts;
    private final CompanyDirectory companies;

    public ConversationRenderer(TagStore tags, ContactStore contacts, CompanyDirectory companies) {
        this.tags = tags;
        this.contacts = contacts;
        this.companies = companies;
    }

    /** The whole conversation, as retrieving, updating, replying and managing answer it. */
    ConversationJson render(Conversation conversation, boolean plaintext) {
        UnaryOperator<String> bodyFormat = plaintext ? MessageBody::plain : UnaryOperator.identity();
        List<ConversationPart> parts = conversation.parts();
        List<PartJson> shown = parts.subList(Math.max(0, parts.size() - SHOWN_PARTS), parts.size()).stream()
                .map(part -> PartJson.of(part, bodyFormat))
                .toList();
        return render(conversation, bodyFormat,
                new ConversationJson.Parts("conversation_part.list", shown, parts.size()));
    }

    /** The conversation without its parts, as lists and searches answer it. */
    ConversationJson listItem(Conversation conversation) {
        return render(conversation, UnaryOperator.identity(), null);
    }

    private ConversationJson render(Conversation conversation, UnaryOperator<String> bodyFormat,
                                    ConversationJson.Parts parts) {
        ConversationStatus status = conversation.status();
        ConversationDetails details = conversation.details();
        CompanyJson company = details.companyId() == null ? null : companies.find(details.companyId()).orElse(null);
        return new ConversationJson(
                "conversation",
                conversation.id(),
                conversation.createdAt(),
                conversation.updatedAt(),
                status.waitingSince(),
                status.snoozedUntil(),
                SourceJson.of(conversation.source(), bodyFormat),
                new ConversationJson.Contacts("contact.list", conversation.contactIds().stream()
                        .map(id -> new ConversationJson.ContactReference("contact", id,
                                contacts.find(id).map(Contact::externalId).orElse(null)))
                        .toList()),
                new ConversationJson.FirstContactReply(conversation.source().createdAt(), "conversation", null),
                status.adminAssigneeId(),
                status.teamAssigneeId(),
                company,
                status.open(),
                status.state(),
                details.read(),
                new ConversationJson.Tags("tag.list", tags.tagsOf(TaggableType.CONVERSATION, conversation.id()).stream()
                        .map(TagJson::of)
                        .toList()),
                "none",
                null,
                ConversationStatistics.of(conversation),
                null,
                new ConversationJson.Teammates("admin.list", teammateIds(conversation).stream()
                        .map(id -> new Reference(Author.ADMIN, id))
                        .toList()),
                details.title(),
                details.customAttributes(),
                Map.of(),
                null,
                ConversationJson.LinkedObjects.NONE,
                null,
                false,
                parts);
    }

    /** The teammates who wrote at least one part, in the order they first did. */
    static List<String> teammateIds(Conversation conversation) {
        return conversation.parts().stream()
                .filter(part -> part.author().isAdmin())
                .map(part -> part.author().id())
                .distinct()
                .toList();
    }
}
