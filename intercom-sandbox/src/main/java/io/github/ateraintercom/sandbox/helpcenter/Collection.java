package io.github.ateraintercom.sandbox.helpcenter;

/**
 * One stored help center collection. {@code parentId} is {@code null} at the top level;
 * {@code order} is its position among its siblings when it was created.
 */
public record Collection(
        String id,
        String name,
        String description,
        String parentId,
        long helpCenterId,
        int order,
        long createdAt,
        long updatedAt) {

    Collection apply(CollectionChanges changes, long now) {
        return new Collection(id,
                changes.name() != null ? changes.name() : name,
                changes.description() != null ? changes.description() : description,
                changes.parentSent() ? changes.parentId() : parentId,
                helpCenterId, order, createdAt, now);
    }
}
