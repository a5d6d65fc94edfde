package io.github.ateraintercom.loader.verify;

import io.github.ateraintercom.common.intercom.ArticleCommand;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.intercom.ContactBody;
import io.github.ateraintercom.loader.ledger.LedgerEntry;

import java.util.List;

/** What a written company, contact or article should hold in Intercom, from what the loader sent. */
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
}
