package io.github.ateraintercom.sandbox.helpcenter;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.state.StateSection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The help center's collections and articles, in memory. Both live under one lock because each
 * depends on the other: a collection holds collections at most three levels deep, an article sits
 * in an existing collection, and a collection that still holds anything is not deleted. Whether
 * Intercom deletes or orphans the content of a deleted collection is not documented, so the sandbox
 * refuses, which a client deleting articles first and collections deepest first never meets.
 */
@Singleton
public class HelpCenterContent implements StateSection {

    /** Intercom's help centers nest collections at most this deep. */
    static final int MAX_DEPTH = 3;

    private final Map<String, Collection> collections = new LinkedHashMap<>();
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Clock clock;
    private long lastCollectionId;
    private long lastArticleId;

    public HelpCenterContent(Clock clock) {
        this.clock = clock;
    }

    static ApiException notFound() {
        return ApiException.notFound("not_found", "Resource Not Found");
    }

    synchronized Collection createCollection(CollectionChanges changes) {
        if (changes.parentId() != null) {
            checkRoomBelow(changes.parentId(), 1);
        }
        long now = now();
        int order = (int) collections.values().stream()
                .filter(sibling -> Objects.equals(sibling.parentId(), changes.parentId()))
                .count() + 1;
        Collection collection = new Collection(Long.toString(++lastCollectionId), changes.name(),
                changes.description() != null ? changes.description() : "", changes.parentId(),
                changes.helpCenterId(), order, now, now);
        collections.put(collection.id(), collection);
        return collection;
    }

    synchronized Optional<Collection> collection(String id) {
        return Optional.ofNullable(collections.get(id));
    }

    synchronized List<Collection> collections() {
        return List.copyOf(collections.values());
    }

    /** Moving a collection keeps it and everything below it within three levels, and out of itself. */
    synchronized Optional<Collection> updateCollection(String id, CollectionChanges changes) {
        Collection current = collections.get(id);
        if (current == null) {
            return Optional.empty();
        }
        if (changes.parentSent() && changes.parentId() != null) {
            if (ancestry(changes.parentId()).contains(id) || changes.parentId().equals(id)) {
                throw ApiException.badRequest("parameter_invalid",
                        "A collection cannot be moved into itself or one of its own collections");
            }
            checkRoomBelow(changes.parentId(), height(id));
        }
        Collection updated = current.apply(changes, now());
        collections.put(id, updated);
        return Optional.of(updated);
    }

    synchronized Optional<Collection> deleteCollection(String id) {
        if (!collections.containsKey(id)) {
            return Optional.empty();
        }
        boolean holdsAnything = collections.values().stream().anyMatch(child -> id.equals(child.parentId()))
                || articles.values().stream().anyMatch(article -> id.equals(article.parentId()));
        if (holdsAnything) {
            throw ApiException.badRequest("parameter_invalid",
                    "Collection " + id + " still holds collections or articles; delete them first");
        }
        return Optional.of(collections.remove(id));
    }

    /** The collection's own id preceded by those of the collections above it, top first. */
    synchronized List<String> ancestry(String collectionId) {
        List<String> ids = new ArrayList<>();
        for (Collection at = collections.get(collectionId); at != null; at = collections.get(at.parentId())) {
            ids.add(0, at.id());
        }
        return ids;
    }

    synchronized Article createArticle(ArticleChanges changes) {
        checkCollection(changes.parentId());
        Article article = Article.created(Long.toString(++lastArticleId), changes, now());
        articles.put(article.id(), article);
        return article;
    }

    synchronized Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    synchronized List<Article> articles() {
        return List.copyOf(articles.values());
    }

    synchronized Optional<Article> updateArticle(String id, ArticleChanges changes) {
        Article current = articles.get(id);
        if (current == null) {
            return Optional.empty();
        }
        checkCollection(changes.parentId());
        Article updated = current.apply(changes, now());
        articles.put(id, updated);
        return Optional.of(updated);
    }

    synchronized Optional<Article> deleteArticle(String id) {
        return Optional.ofNullable(articles.remove(id));
    }

    @Override
    public String name() {
        return "help_center";
    }

    @Override
    public synchronized void reset() {
        collections.clear();
        articles.clear();
        lastCollectionId = 0;
        lastArticleId = 0;
    }

    /** The stored collections and articles, oldest first. */
    @Override
    public synchronized Snapshot snapshot() {
        return new Snapshot(List.copyOf(collections.values()), List.copyOf(articles.values()));
    }

    /** The content's state, JSON-serialisable. */
    public record Snapshot(List<Collection> collections, List<Article> articles) {
    }

    /** Refuses to put {@code levels} levels of collections below the parent if that goes deeper than three. */
    private void checkRoomBelow(String parentId, int levels) {
        checkCollection(parentId);
        if (ancestry(parentId).size() + levels > MAX_DEPTH) {
            throw ApiException.badRequest("parameter_invalid",
                    "Collections can be nested at most " + MAX_DEPTH + " levels deep");
        }
    }

    private void checkCollection(String id) {
        if (id != null && !collections.containsKey(id)) {
            throw ApiException.badRequest("parameter_invalid", "Collection " + id + " does not exist");
        }
    }

    /** How many levels the collection and the collections below it take: 1 for a collection without any. */
    private int height(String id) {
        return 1 + collections.values().stream()
                .filter(child -> id.equals(child.parentId()))
                .mapToInt(child -> height(child.id()))
                .max().orElse(0);
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }
}
