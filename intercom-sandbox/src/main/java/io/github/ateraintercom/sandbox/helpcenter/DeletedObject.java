package io.github.ateraintercom.sandbox.helpcenter;

/** The {@code deleted_collection_object} and {@code deleted_article_object}: {@code {id, object, deleted:true}}. */
public record DeletedObject(String id, String object, boolean deleted) {

    static DeletedObject of(String id, String object) {
        return new DeletedObject(id, object, true);
    }
}
