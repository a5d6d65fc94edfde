package io.github.ateraintercom.loader.verify;

import io.github.ateraintercom.common.intercom.ArticleCommand;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;
import io.github.ateraintercom.loader.ledger.LedgerEntry;

import java.util.List;

/** What a written company, contact, article or schema item should hold in Intercom, from what the loader sent. */
public final class Expected {

    private Expected() {
    }

    public static Expectation company(CompanyCommand company) {
        return new Expectation().field("company_id", company.companyId()).field("name", company.name())
                .field("website", company.website()).field("remote_created_at", company.remoteCreatedAt())
                .attributes(company.customAttributes());
    }

    /** A record the run adopted or merged keeps its own values (the run never overwrites them): only that it still exists is verified. */
    public static Expectation adopted() {
        return new Expectation();
    }

    /** A contact the run created or updated holds what it wrote and belongs to its company; see {@link #adopted()} for the others. */
    public static Expectation contact(ContactBody contact, String companyIntercomId, LedgerEntry.Origin origin) {
        if (origin == LedgerEntry.Origin.ADOPTED || origin == LedgerEntry.Origin.MERGED) {
            return adopted();
        }
        return new Expectation().field("role", contact.role()).field("external_id", contact.externalId())
                .field("email", contact.email()).field("phone", contact.phone()).field("name", contact.name())
                .field("signed_up_at", contact.signedUpAt())
                .names("companies", companyIntercomId == null ? List.of() : List.of(companyIntercomId))
                .attributes(contact.customAttributes());
    }

    /** A draft in its collection ({@code collectionId}, null: none). */
    public static Expectation article(ArticleCommand article, String collectionId) {
        return new Expectation().field("title", article.title()).body("body", article.body()).field("state", "draft")
                .field("parent_id", collectionId);
    }

    /** A tag the run created. */
    public static Expectation tag(String name) {
        return new Expectation().field("name", name);
    }

    /** A contact or company attribute the run created, as Intercom lists it: a list is created as {@code options} and listed as a string. */
    public static Expectation dataAttribute(AttributeSpec spec) {
        return attribute(spec, spec.type() == AttributeType.LIST ? "string" : spec.type().dataAttributeType());
    }

    /** A conversation attribute the run created. */
    public static Expectation conversationAttribute(AttributeSpec spec) {
        return attribute(spec, spec.type().conversationAttributeType());
    }

    /** A Help Center collection the run created under {@code parentId} (null: at the top). */
    public static Expectation collection(String name, String parentId) {
        return new Expectation().field("name", name).field("parent_id", parentId);
    }

    /** Its name, type, description, a list's options in order, and in use (not archived). */
    private static Expectation attribute(AttributeSpec spec, String dataType) {
        return new Expectation().field("name", spec.name()).field("data_type", dataType).field("description", spec.description())
                .values("options", spec.type() == AttributeType.LIST ? spec.options() : List.of()).field("archived", false);
    }
}
