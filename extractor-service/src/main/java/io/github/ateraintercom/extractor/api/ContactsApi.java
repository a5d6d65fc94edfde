package io.github.ateraintercom.extractor.api;

import io.github.ateraintercom.common.atera.ObjectType;

/**
 * Contacts (end users) from {@code GET /contacts}. The API's field names are the export's column
 * names ({@code Firstname}, {@code Lastname} with a lower-case n); {@code DefaultAgentId}, an RMM
 * device, is not in the layout and is left out.
 */
final class ContactsApi extends OneListApi {

    ContactsApi(IdList contacts) {
        super(ObjectType.CONTACT, "/contacts", contacts);
    }

    /** {@code FromLastModifiedDate} takes the account's local date or date-time, as modifiedSince is given. */
    @Override
    ApiList list(String modifiedSince) {
        return filtered("FromLastModifiedDate", modifiedSince);
    }
}
