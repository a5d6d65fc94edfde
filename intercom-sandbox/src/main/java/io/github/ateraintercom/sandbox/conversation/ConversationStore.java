package io.github.ateraintercom.sandbox.conversation;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.search.SearchHistory;
import io.github.ateraintercom.sandbox.search.SearchLag;
import io.github.ateraintercom.sandbox.state.StateSection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workspace's conversations, in memory, and the ids of deleted ones. Conversation, message and
 * part ids are numeric strings from three sequences, as Intercom's are. One lock makes each reply
 * or action a single step, so concurrent replies to one conversation never lose a part. Searches
 * read {@link #searchable}, which trails the writes by the search lag.
 */
@Singleton
public class ConversationStore implements StateSection {

    private final Map<String, Conversation> byId = new LinkedHashMap<>();
    private final List<DeletedConversation> deleted = new ArrayList<>();
    private final Clock clock;
    private final SearchHistory<Conversation> searchHistory;
    private long lastConversationId;
    private long lastMessageId;
    private long lastPartId;

    public ConversationStore(Clock clock, SearchLag searchLag) {
        this.clock = clock;
        this.searchHistory = new SearchHistory<>(searchLag, clock, Conversation::id);
    }

    synchronized Conversation create(NewConversation request) {
        long now = now();
        Source source = new Source(Long.toString(++lastMessageId), request.subject(), MessageBody.html(request.body()),
                request.contact(), request.attachments(), request.createdAt() != null ? request.createdAt() : now);
        Conversation conversation = Conversation.started(Long.toString(++lastConversationId), source, now);
        byId.put(conversation.id(), conversation);
        searchHistory.changed(conversation.id(), null);
        return conversation;
    }

    public synchronized Optional<Conversation> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The conversation, or the 404 Intercom answers for an unknown one. */
    Conversation existing(String id) {
        return find(id).orElseThrow(ConversationStore::notFound);
    }

    static ApiException notFound() {
        return ApiException.notFound("not_found", "Resource Not Found");
    }

    /** Every conversation, oldest first. */
    synchronized List<Conversation> all() {
        return List.copyOf(byId.values());
    }

    /** Every conversation as search sees it: as it was the search lag ago. */
    synchronized List<Conversation> searchable() {
        return searchHistory.visible(byId.values());
    }

    synchronized Optional<Conversation> addPart(String id, PartChange change) {
        Conversation current = byId.get(id);
        if (current == null) {
            return Optional.empty();
        }
        Conversation changed = change.apply(current, Long.toString(++lastPartId), now());
        byId.put(id, changed);
        searchHistory.changed(id, current);
        return Optional.of(changed);
    }

    synchronized Optional<Conversation> update(String id, ConversationChanges changes) {
        Conversation current = byId.get(id);
        if (current == null) {
            return Optional.empty();
        }
        byId.put(id, current.withDetails(current.details().apply(changes), now()));
        searchHistory.changed(id, current);
        return Optional.of(byId.get(id));
    }

    synchronized Optional<Conversation> delete(String id, boolean retainMetrics) {
        Conversation removed = byId.remove(id);
        if (removed != null) {
            deleted.add(DeletedConversation.of(removed, retainMetrics, now()));
            searchHistory.changed(id, removed);
        }
        return Optional.ofNullable(removed);
    }

    /** The deleted conversations, in the order deleted. */
    synchronized List<DeletedConversation> deleted() {
        return List.copyOf(deleted);
    }

    @Override
    public String name() {
        return "conversations";
    }

    @Override
    public synchronized void reset() {
        byId.clear();
        deleted.clear();
        searchHistory.clear();
        lastConversationId = 0;
        lastMessageId = 0;
        lastPartId = 0;
    }

    /** The stored conversations, oldest first, with every part and what it did, and the deleted ids. */
    @Override
    public synchronized Snapshot snapshot() {
        return new Snapshot(List.copyOf(byId.values()), List.copyOf(deleted));
    }

    /** The store's state, JSON-serialisable. */
    public record Snapshot(List<Conversation> conversations, List<DeletedConversation> deleted) {
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }
}
