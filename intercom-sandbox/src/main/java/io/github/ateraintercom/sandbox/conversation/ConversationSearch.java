package io.github.ateraintercom.sandbox.conversation;

import io.github.ateraintercom.sandbox.config.SandboxConfig;
import io.github.ateraintercom.sandbox.request.JsonBody;
import io.github.ateraintercom.sandbox.search.SearchField;
import io.github.ateraintercom.sandbox.search.SearchKind;
import io.github.ateraintercom.sandbox.search.SearchParser;
import io.github.ateraintercom.sandbox.tag.TagStore;
import io.github.ateraintercom.sandbox.tag.TaggableType;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fields of a conversation search the sandbox can answer: the documented ones it keeps (and
 * {@code title}). Statistics, ratings, channels, the AI agent and custom attributes are refused as
 * unknown fields; Intercom does not document searching conversations by custom attribute.
 */
@Singleton
public class ConversationSearch {

    private static final int DEFAULT_PER_PAGE = 20;
    private static final int MAX_PER_PAGE = 150;

    private final Map<String, SearchField<Conversation>> fields;
    private final SearchParser<Conversation> parser;

    public ConversationSearch(TagStore tags, SandboxConfig config) {
        this.fields = Stream.<SearchField<Conversation>>of(
                        SearchField.of("id", SearchKind.STRING, Conversation::id),
                        SearchField.of("created_at", SearchKind.DATE, Conversation::createdAt),
                        SearchField.of("updated_at", SearchKind.DATE, Conversation::updatedAt),
                        SearchField.of("title", SearchKind.STRING, conversation -> conversation.details().title()),
                        SearchField.of("source.type", SearchKind.STRING, conversation -> "conversation"),
                        SearchField.of("source.id", SearchKind.STRING, conversation -> conversation.source().id()),
                        SearchField.of("source.delivered_as", SearchKind.STRING,
                                conversation -> SourceJson.CUSTOMER_INITIATED),
                        SearchField.of("source.subject", SearchKind.STRING,
                                conversation -> conversation.source().subject()),
                        // Intercom matches the body word by word.
                        SearchField.ofEach("source.body", SearchKind.STRING,
                                conversation -> MessageBody.words(conversation.source().body())),
                        SearchField.of("source.url", SearchKind.STRING, conversation -> null),
                        SearchField.of("source.author.id", SearchKind.STRING, conversation -> author(conversation).id()),
                        SearchField.of("source.author.type", SearchKind.STRING,
                                conversation -> author(conversation).type()),
                        SearchField.of("source.author.name", SearchKind.STRING,
                                conversation -> author(conversation).name()),
                        SearchField.of("source.author.email", SearchKind.STRING,
                                conversation -> author(conversation).email()),
                        SearchField.ofEach("contact_ids", SearchKind.STRING, Conversation::contactIds),
                        SearchField.ofEach("teammate_ids", SearchKind.STRING, ConversationRenderer::teammateIds),
                        SearchField.of("admin_assignee_id", SearchKind.NUMBER,
                                conversation -> conversation.status().adminAssigneeId()),
                        SearchField.of("team_assignee_id", SearchKind.NUMBER,
                                conversation -> conversation.status().teamAssigneeId()),
                        SearchField.of("open", SearchKind.BOOLEAN, conversation -> conversation.status().open()),
                        SearchField.of("read", SearchKind.BOOLEAN, conversation -> conversation.details().read()),
                        SearchField.of("state", SearchKind.STRING,
                                conversation -> conversation.status().state().apiName()),
                        SearchField.of("waiting_since", SearchKind.DATE,
                                conversation -> conversation.status().waitingSince()),
                        SearchField.of("snoozed_until", SearchKind.DATE,
                                conversation -> conversation.status().snoozedUntil()),
                        SearchField.ofEach("tag_ids", SearchKind.STRING, conversation -> tags
                                .tagsOf(TaggableType.CONVERSATION, conversation.id()).stream()
                                .map(applied -> applied.tag().id())
                                .toList()),
                        SearchField.of("priority", SearchKind.STRING, conversation -> "none"))
                .collect(Collectors.toUnmodifiableMap(SearchField::name, Function.identity()));
        // Without a sort, conversations come oldest first, as in the list.
        this.parser = new SearchParser<>(this::field, Comparator.comparingLong(Conversation::sequence),
                DEFAULT_PER_PAGE, MAX_PER_PAGE, ZoneId.of(config.workspace().timezone()));
    }

    SearchParser.Search<Conversation> parse(JsonBody body) {
        return parser.parse(body);
    }

    private static Author author(Conversation conversation) {
        return conversation.source().author();
    }

    private SearchField<Conversation> field(String name) {
        SearchField<Conversation> field = fields.get(name);
        if (field == null) {
            throw SearchParser.invalid("'" + name + "' is not a searchable conversation field");
        }
        return field;
    }
}
