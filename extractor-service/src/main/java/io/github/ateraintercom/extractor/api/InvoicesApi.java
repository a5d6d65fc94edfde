package io.github.ateraintercom.extractor.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.atera.ObjectType;

import java.util.Map;

/**
 * Invoices from {@code GET /billing/invoices}, for the billing hand-off: {@code InvoiceId} (a uuid)
 * is the InvoiceID and {@code InvoiceDate} the Date. InvoiceDto names neither the customer by id
 * nor a status, so CustomerID and Status are left out. Its filter is on the invoice date, so every
 * invoice is read whatever modifiedSince says.
 */
final class InvoicesApi extends OneListApi {

    private static final Map<String, String> FIELD_OF = Map.of("InvoiceID", "InvoiceId", "Date", "InvoiceDate");

    InvoicesApi() {
        super(ObjectType.INVOICE, "/billing/invoices");
    }

    @Override
    public Map<String, String> columns(JsonNode item) {
        return ItemFields.named(item, layoutColumns(), FIELD_OF);
    }
}
