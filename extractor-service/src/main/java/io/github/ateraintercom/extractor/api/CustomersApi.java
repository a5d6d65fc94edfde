package io.github.ateraintercom.extractor.api;

import io.github.ateraintercom.common.atera.ObjectType;

/**
 * Customers from {@code GET /customers}. The API's field names are the export's column names;
 * {@code Logo}, {@code Longitude} and {@code Latitude} are not in the layout and are left out.
 */
final class CustomersApi extends OneListApi {

    CustomersApi(IdList customers) {
        super(ObjectType.CUSTOMER, "/customers", customers);
    }

    /** {@code FromLastModifiedDate} takes the account's local date or date-time, as modifiedSince is given. */
    @Override
    ApiList list(String modifiedSince) {
        return filtered("FromLastModifiedDate", modifiedSince);
    }
}
