package io.github.ateraintercom.sandbox.contact;

import io.github.ateraintercom.sandbox.attribute.AttributeModel;
import io.github.ateraintercom.sandbox.attribute.DataAttributeCatalog;
import io.github.ateraintercom.sandbox.config.SandboxConfig;
import io.github.ateraintercom.sandbox.request.JsonBody;
import io.github.ateraintercom.sandbox.search.SearchField;
import io.github.ateraintercom.sandbox.search.SearchFilters;
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

/** The fields of a {@code contact_search_request}: the standard ones, {@code tag_id} and custom attributes. */
@Singleton
public class ContactSearch {

    private static final int DEFAULT_PER_PAGE = 50;
    private static final int MAX_PER_PAGE = 150;
    private static final String CUSTOM_PREFIX = "custom_attributes.";

    private static final Map<String, SearchField<Contact>> STANDARD_FIELDS = Stream.of(
                    SearchField.of("id", SearchKind.STRING, Contact::id),
                    SearchField.of("role", SearchKind.STRING, Contact::role),
                    SearchField.of("name", SearchKind.STRING, Contact::name),
                    SearchField.of("avatar", SearchKind.STRING, Contact::avatar),
                    SearchField.of("owner_id", SearchKind.STRING, Contact::ownerId),
                    SearchField.of("email", SearchKind.STRING, Contact::email),
                    SearchField.of("email_domain", SearchKind.STRING, Contact::emailDomain),
                    SearchField.of("phone", SearchKind.STRING, Contact::phone),
                    SearchField.of("external_id", SearchKind.STRING, Contact::externalId),
                    SearchField.of("created_at", SearchKind.DATE, Contact::createdAt),
                    SearchField.of("updated_at", SearchKind.DATE, Contact::updatedAt),
                    SearchField.of("signed_up_at", SearchKind.DATE, Contact::signedUpAt),
                    SearchField.of("last_seen_at", SearchKind.DATE, Contact::lastSeenAt),
                    SearchField.of("unsubscribed_from_emails", SearchKind.BOOLEAN, Contact::unsubscribedFromEmails))
            .collect(Collectors.toUnmodifiableMap(SearchField::name, Function.identity()));

    private final DataAttributeCatalog attributes;
    private final SearchField<Contact> tagField;
    private final SearchParser<Contact> parser;

    public ContactSearch(DataAttributeCatalog attributes, TagStore tags, SandboxConfig config) {
        this.attributes = attributes;
        // Filters only: whether the contact carries the tag.
        this.tagField = SearchField.ofEach("tag_id", SearchKind.TAG, contact -> tags
                .tagsOf(TaggableType.CONTACT, contact.id()).stream()
                .map(applied -> applied.tag().id())
                .toList());
        // Without a sort, contacts come oldest first.
        this.parser = new SearchParser<>(this::field, Comparator.comparingLong(Contact::sequence),
                DEFAULT_PER_PAGE, MAX_PER_PAGE, ZoneId.of(config.workspace().timezone()));
    }

    SearchParser.Search<Contact> parse(JsonBody body) {
        return parser.parse(body);
    }

    private SearchField<Contact> field(String name) {
        if (name.equals(tagField.name())) {
            return tagField;
        }
        if (name.startsWith(CUSTOM_PREFIX)) {
            String attribute = name.substring(CUSTOM_PREFIX.length());
            SearchKind kind = attributes.kindOf(AttributeModel.CONTACT, attribute)
                    .map(SearchFilters::kindOf)
                    .orElseThrow(() -> SearchParser.invalid("Custom attribute '" + attribute + "' does not exist"));
            return SearchField.of(name, kind, contact -> contact.customAttributes().get(attribute));
        }
        SearchField<Contact> field = STANDARD_FIELDS.get(name);
        if (field == null) {
            throw SearchParser.invalid("'" + name + "' is not a searchable contact field");
        }
        return field;
    }
}
