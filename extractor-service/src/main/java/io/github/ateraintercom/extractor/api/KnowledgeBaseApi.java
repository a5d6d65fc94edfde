package io.github.ateraintercom.extractor.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.atera.ObjectType;

import java.util.Map;

/**
 * Knowledge base articles from {@code GET /knowledgebases}. Atera does not document its fields;
 * this reads {@code KBProduct} as the title, {@code KBContext} as the (HTML) body,
 * {@code CategoryName} and {@code SectionName} as category and sub-category, {@code KBKeywords} as
 * tags, {@code KBTimestamp} as creation and {@code KBLastModified} as last change. Whether
 * {@code KBIsPrivate} or {@code KBStatus} means unpublished is unknown, so Published is left out.
 */
final class KnowledgeBaseApi extends OneListApi {

    private static final Map<String, String> FIELD_OF = Map.of("ArticleID", "KBID", "Title", "KBProduct", "Body", "KBContext",
            "Category", "CategoryName", "SubCategory", "SectionName", "Tags", "KBKeywords", "CreatedOn", "KBTimestamp",
            "LastModified", "KBLastModified");

    KnowledgeBaseApi() {
        super(ObjectType.KB_ARTICLE, "/knowledgebases");
    }

    @Override
    public Map<String, String> columns(JsonNode item) {
        return ItemFields.named(item, layoutColumns(), FIELD_OF);
    }
}
