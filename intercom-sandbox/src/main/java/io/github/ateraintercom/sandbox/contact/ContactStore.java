package io.github.ateraintercom.sandbox.contact;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.id.ObjectIdGenerator;
import io.github.ateraintercom.sandbox.search.SearchHistory;
import io.github.ateraintercom.sandbox.search.SearchLag;
import io.github.ateraintercom.sandbox.state.StateSection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workspace's contacts, in memory. Email (regardless of case) and external id are unique among
 * contacts that are not deleted; one lock makes the uniqueness check and the write a single step.
 * Other resources read contacts through {@link #find} and {@link #all}; searches through
 * {@link #searchable}, which trails the writes by the search lag.
 */
@Singleton
public class ContactStore implements StateSection {

    private final Map<String, Contact> byId = new LinkedHashMap<>();
    private final Clock clock;
    private final ObjectIdGenerator ids;
    private final ContactRenderer renderer;
    private final SearchHistory<Contact> searchHistory;
    private long lastSequence;

    public ContactStore(Clock clock, ObjectIdGenerator ids, ContactRenderer renderer, SearchLag searchLag) {
        this.clock = clock;
        this.ids = ids;
        this.renderer = renderer;
        this.searchHistory = new SearchHistory<>(searchLag, clock, Contact::id);
    }

    synchronized Contact create(ContactChanges changes) {
        refuseDuplicate(changes, null);
        long now = now();
        Contact contact = Contact.created(ids.next(now), ++lastSequence, changes, now);
        byId.put(contact.id(), contact);
        searchHistory.changed(contact.id(), null);
        return contact;
    }

    synchronized Optional<Contact> update(String id, ContactChanges changes) {
        Contact current = byId.get(id);
        if (current == null) {
            return Optional.empty();
        }
        refuseDuplicate(changes, id);
        Contact updated = current.apply(changes, now());
        byId.put(id, updated);
        searchHistory.changed(id, current);
        return Optional.of(updated);
    }

    synchronized Optional<Contact> setArchived(String id, boolean archived) {
        Contact current = byId.get(id);
        if (current == null) {
            return Optional.empty();
        }
        byId.put(id, current.withArchived(archived, now()));
        searchHistory.changed(id, current);
        return Optional.of(byId.get(id));
    }

    synchronized Optional<Contact> delete(String id) {
        Contact removed = byId.remove(id);
        if (removed != null) {
            searchHistory.changed(id, removed);
        }
        return Optional.ofNullable(removed);
    }

    public synchronized Optional<Contact> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The contact, or the 404 Intercom answers for an unknown one. */
    public Contact existing(String id) {
        return find(id).orElseThrow(ContactStore::userNotFound);
    }

    public static ApiException userNotFound() {
        return ApiException.notFound("not_found", "User Not Found");
    }

    /** Intercom finds only users, never leads, by external id. */
    public synchronized Optional<Contact> findUserByExternalId(String externalId) {
        return byId.values().stream()
                .filter(contact -> contact.isUser() && externalId.equals(contact.externalId()))
                .findFirst();
    }

    /** The contact with this email, regardless of case, as replies on a contact's behalf may name it. */
    public synchronized Optional<Contact> findByEmail(String email) {
        return byId.values().stream().filter(contact -> email.equalsIgnoreCase(contact.email())).findFirst();
    }

    /** Every contact, archived ones included, oldest first. */
    public synchronized List<Contact> all() {
        return List.copyOf(byId.values());
    }

    /** Every contact as search sees it, archived ones included: as it was the search lag ago. */
    synchronized List<Contact> searchable() {
        return searchHistory.visible(byId.values());
    }

    @Override
    public String name() {
        return "contacts";
    }

    @Override
    public synchronized void reset() {
        byId.clear();
        searchHistory.clear();
        lastSequence = 0;
    }

    /** Every contact as the API renders it, oldest first. */
    @Override
    public List<ContactJson> snapshot() {
        return all().stream().map(renderer::render).toList();
    }

    /** The 409 Intercom answers, whose message clients parse for the existing contact's id. */
    private void refuseDuplicate(ContactChanges changes, String exceptId) {
        byId.values().stream()
                .filter(contact -> !contact.id().equals(exceptId) && contact.matches(changes.email(), changes.externalId()))
                .findFirst()
                .ifPresent(existing -> {
                    throw new ApiException(409, "conflict", (existing.archived()
                            ? "An archived contact matching those details already exists with id="
                            : "A contact matching those details already exists with id=") + existing.id());
                });
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }
}
