package io.github.ateraintercom.sandbox.tag;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.state.StateSection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The workspace's tags and which objects carry them. Every resource that can be tagged goes through
 * here ({@link #tag}, {@link #untag}, {@link #tagsOf}), and forgets its deleted objects with
 * {@link #forget}. One lock keeps name uniqueness and the in-use check of a delete exact.
 */
@Singleton
public class TagStore implements StateSection {

    private final Clock clock;
    private final Map<String, Tag> byId = new LinkedHashMap<>();
    /** Per tagged object, its tags in the order applied. */
    private final Map<Tagged, Map<String, Application>> applied = new LinkedHashMap<>();
    private long lastId;

    public TagStore(Clock clock) {
        this.clock = clock;
    }

    public synchronized List<Tag> all() {
        return List.copyOf(byId.values());
    }

    public synchronized Optional<Tag> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The tag, or the 404 Intercom answers for an unknown one. */
    public Tag existing(String id) {
        return find(id).orElseThrow(() -> ApiException.notFound("not_found", "Resource Not Found"));
    }

    /** Names are unique regardless of case, as Intercom's are. */
    public synchronized Optional<Tag> findByName(String name) {
        String key = key(name);
        return byId.values().stream().filter(tag -> key(tag.name()).equals(key)).findFirst();
    }

    /** The tag with this name, created when there is none. */
    public synchronized Tag findOrCreate(String name) {
        return findByName(name).orElseGet(() -> {
            Tag tag = new Tag(Long.toString(++lastId), name);
            byId.put(tag.id(), tag);
            return tag;
        });
    }

    /** Renames a tag; another tag already bearing the name is a refusal. */
    public synchronized Optional<Tag> rename(String id, String name) {
        Tag current = byId.get(id);
        if (current == null) {
            return Optional.empty();
        }
        findByName(name).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw ApiException.badRequest("parameter_invalid", "A tag named '" + name + "' already exists");
        });
        Tag renamed = new Tag(id, name);
        byId.put(id, renamed);
        return Optional.of(renamed);
    }

    /** Applies an existing tag; tagging again keeps the first application's time and teammate. */
    public synchronized AppliedTag tag(Tag tag, TaggableType type, String objectId, String adminId) {
        Application application = applied.computeIfAbsent(new Tagged(type, objectId), key -> new LinkedHashMap<>())
                .computeIfAbsent(tag.id(), key -> new Application(clock.instant().getEpochSecond(), adminId));
        return new AppliedTag(byId.get(tag.id()), application.at(), application.by());
    }

    public synchronized void untag(Tag tag, TaggableType type, String objectId) {
        Map<String, Application> tags = applied.get(new Tagged(type, objectId));
        if (tags != null) {
            tags.remove(tag.id());
        }
    }

    public synchronized List<AppliedTag> tagsOf(TaggableType type, String objectId) {
        return applied.getOrDefault(new Tagged(type, objectId), Map.of()).entrySet().stream()
                .map(entry -> new AppliedTag(byId.get(entry.getKey()), entry.getValue().at(), entry.getValue().by()))
                .toList();
    }

    public synchronized boolean isTagged(String tagId, TaggableType type, String objectId) {
        return applied.getOrDefault(new Tagged(type, objectId), Map.of()).containsKey(tagId);
    }

    /** Whether any object carries the tag, which blocks deleting it. */
    public synchronized boolean inUse(String tagId) {
        return applied.values().stream().anyMatch(tags -> tags.containsKey(tagId));
    }

    /** Deletes an unused tag; a tag still applied anywhere is refused with the objects that carry it. */
    public synchronized Optional<Tag> delete(String id) {
        Tag tag = byId.get(id);
        if (tag == null) {
            return Optional.empty();
        }
        if (inUse(id)) {
            String dependents = applied.entrySet().stream()
                    .filter(entry -> entry.getValue().containsKey(id))
                    .collect(Collectors.groupingBy(entry -> entry.getKey().type(), LinkedHashMap::new, Collectors.counting()))
                    .entrySet().stream()
                    .map(count -> plural(count.getKey()) + ": " + count.getValue())
                    .collect(Collectors.joining(", "));
            throw ApiException.badRequest("tag_has_dependent_objects",
                    "Unable to delete Tag with dependent objects. " + dependents + ".");
        }
        byId.remove(id);
        return Optional.of(tag);
    }

    /** Drops every tag of a deleted object. */
    public synchronized void forget(TaggableType type, String objectId) {
        applied.remove(new Tagged(type, objectId));
    }

    @Override
    public String name() {
        return "tags";
    }

    @Override
    public synchronized void reset() {
        byId.clear();
        applied.clear();
        lastId = 0;
    }

    /** Every tag and every application of one, JSON-serialisable. */
    @Override
    public synchronized Snapshot snapshot() {
        List<Tagging> taggings = new ArrayList<>();
        applied.forEach((object, tags) -> tags.forEach((tagId, application) -> taggings.add(new Tagging(
                tagId, object.type().name().toLowerCase(Locale.ROOT), object.id(), application.at(), application.by()))));
        return new Snapshot(byId.values().stream().map(TagJson::of).toList(), taggings);
    }

    /** The store's state. */
    public record Snapshot(List<TagJson> tags, List<Tagging> taggings) {
    }

    /** One tag on one object. */
    public record Tagging(
            @JsonProperty("tag_id") String tagId,
            @JsonProperty("object_type") String objectType,
            @JsonProperty("object_id") String objectId,
            @JsonProperty("applied_at") long appliedAt,
            @JsonProperty("applied_by") String appliedBy) {
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String plural(TaggableType type) {
        return switch (type) {
            case COMPANY -> "Companies";
            case CONTACT -> "Contacts";
            case CONVERSATION -> "Conversations";
        };
    }

    private record Tagged(TaggableType type, String id) {
    }

    private record Application(long at, String by) {
    }
}
