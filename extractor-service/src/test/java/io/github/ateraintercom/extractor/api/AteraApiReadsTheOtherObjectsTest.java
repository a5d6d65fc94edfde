package io.github.ateraintercom.extractor.api;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.extractor.api.AteraApiSimulator.KeyHeader;
import io.github.ateraintercom.extractor.source.FatalSourceError;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.extractor.api.AteraApiSimulator.contact;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.customField;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.customValue;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.customer;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.hourlyContract;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.invoice;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.kbArticle;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.ticket;
import static io.github.ateraintercom.extractor.api.AteraApiSimulator.workHour;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Work hours, custom fields and values, contracts, knowledge base articles and invoices read from
 * Atera's API (against a simulator) come out as the export's rows would; the objects the API does
 * not have are absent, and the RMM objects are only counted.
 */
class AteraApiReadsTheOtherObjectsTest {

    private static final String KEY = "legacy-key-0123456789abcdef";

    private final CollectingSink sink = new CollectingSink();

    @Test
    void workHoursAreReadAccountWideWithTheirRatesAndAlsoOnADeltaRun() throws IOException {
        try (AteraApiSimulator atera = simulator()) {
            atera.serve("/workhours", List.of(workHour(9001L, 42, 7, "Tom Tech", true), workHour(9002L, 42, 8, "Kim Keys", false),
                    workHour(9003L, 43, 7, "Tom Tech", true)));

            FileExtracted list = source(atera, "2025-06-01").extract(ObjectType.WORK_HOUR, sink).orElseThrow();

            assertThat(list.file()).isEqualTo("api:/workhours");
            assertThat(List.of(list.rowsRead(), list.rowsPublished(), list.rowsRejected())).containsExactly(3L, 3L, 0L);
            assertThat(sink.ids(ObjectType.WORK_HOUR)).containsExactly("9001", "9002", "9003");
            assertThat(sink.record(ObjectType.WORK_HOUR, "9001").payload().fields()).containsExactly(
                    Map.entry("WorkHoursID", "9001"), Map.entry("TicketID", "42"), Map.entry("StartWorkHour", "2025-03-01T09:30:00"),
                    Map.entry("EndWorkHour", "2025-03-01T10:15:00"), Map.entry("TechnicianContactID", "7"),
                    Map.entry("TechnicianFullName", "Tom Tech"), Map.entry("TechnicianEmail", "tom@msp.example"),
                    Map.entry("Billiable", "true"), Map.entry("OnCustomerSite", "false"),
                    Map.entry("Description", "Replaced the toner"), Map.entry("RateID", "3"), Map.entry("RateAmount", "95.5"));
            assertThat(atera.queries("/workhours")).as("no filter on when the work was done: late entries would be missed")
                    .containsExactlyInAnyOrder("page=1&itemsInPage=2&includeRates=true", "page=2&itemsInPage=2&includeRates=true");
        }
    }

    @Test
    void customFieldCatalogueAndTheValuesOfEveryCustomerContactAndTicketRead() throws IOException {
        try (AteraApiSimulator atera = simulator()) {
            atera.serve("/customers", List.of(customer(31L, "Acme", "2025-01-01T00:00:00"), customer(32L, "Globex", "2025-01-01T00:00:00")));
            atera.serve("/contacts", List.of(contact(501L, 31, "Ann", "Lee", "2025-01-01T00:00:00")));
            atera.serve("/tickets", List.of(ticket(7L, "Printer", null, null)));
            atera.serve("/customvalues/customfields", List.of(customField("Ticket", "Product Family", "Options", "Laptop", "Server"),
                    customField("Customer", "Contract Tier", "Text"), customField("Customer", "Seats", "Numeric"),
                    customField("Contact", "VIP", "Boolean"), customField("Agent", "Rack", "Text")));
            atera.serve("/customvalues/customerfields/31", List.of(customValue(31, "Contract Tier", "Gold", 0, false),
                    customValue(31, "Seats", null, 25, false)));
            atera.serve("/customvalues/contactfields/501", List.of(customValue(501, "VIP", null, 0, true)));
            atera.serve("/customvalues/ticketfields/7", List.of(customValue(7, "Product Family", "Laptop", 0, false)));
            AteraApiSource source = source(atera, null);
            for (ObjectType type : List.of(ObjectType.CUSTOMER, ObjectType.CONTACT, ObjectType.TICKET)) {
                source.extract(type, sink).orElseThrow();
            }

            FileExtracted fields = source.extract(ObjectType.CUSTOM_FIELD, sink).orElseThrow();
            FileExtracted values = source.extract(ObjectType.CUSTOM_VALUE, sink).orElseThrow();

            assertThat(fields.file()).isEqualTo("api:/customvalues/customfields");
            assertThat(sink.ids(ObjectType.CUSTOM_FIELD)).containsExactly("Ticket/Product Family", "Customer/Contract Tier",
                    "Customer/Seats", "Contact/VIP", "Agent/Rack");
            assertThat(sink.record(ObjectType.CUSTOM_FIELD, "Ticket/Product Family").payload().fields()).containsExactly(
                    Map.entry("ObjectType", "Ticket"), Map.entry("FieldName", "Product Family"), Map.entry("FieldType", "Dropdown"),
                    Map.entry("Options", "Laptop|Server"));
            assertThat(sink.records(ObjectType.CUSTOM_FIELD)).extracting(row -> row.payload().fields().get("FieldType"))
                    .containsExactly("Dropdown", "Text", "Number", "Checkbox", "Text");
            assertThat(atera.queries("/customvalues/customfields")).as("a bare array, not paged").containsExactly("");

            assertThat(values.file()).isEqualTo("api:/customvalues/{object}fields/{id}");
            assertThat(List.of(values.rowsRead(), values.rowsPublished(), values.rowsRejected())).containsExactly(4L, 4L, 0L);
            assertThat(sink.records(ObjectType.CUSTOM_VALUE)).extracting(row -> row.sourceId() + "=" + row.payload().fields().get("Value"))
                    .as("each value from the slot its field's type names").containsExactly("Customer/31/Contract Tier=Gold",
                            "Customer/31/Seats=25.0", "Contact/501/VIP=true", "Ticket/7/Product Family=Laptop");
            assertThat(sink.record(ObjectType.CUSTOM_VALUE, "Ticket/7/Product Family").payload().fields()).containsExactly(
                    Map.entry("ObjectType", "Ticket"), Map.entry("ObjectID", "7"), Map.entry("FieldName", "Product Family"),
                    Map.entry("Value", "Laptop"));
            assertThat(atera.requestLog()).filteredOn(request -> request.path().matches("/customvalues/\\w+fields/\\d+"))
                    .extracting(AteraApiSimulator.Request::path).as("one call per record read, none for agents")
                    .containsExactlyInAnyOrder("/customvalues/customerfields/31", "/customvalues/customerfields/32",
                            "/customvalues/contactfields/501", "/customvalues/ticketfields/7");
        }
    }

    @Test
    void objectTypesWithoutCustomFieldsCostNoCallPerRecord() throws IOException {
        try (AteraApiSimulator atera = simulator()) {
            atera.serve("/customers", List.of(customer(31L, "Acme", "2025-01-01T00:00:00")));
            atera.serve("/tickets", List.of(ticket(7L, "Printer", null, null), ticket(8L, "VPN", null, null)));
            atera.serve("/customvalues/customfields", List.of(customField("Customer", "Contract Tier", "Text")));
            AteraApiSource source = source(atera, null);
            for (ObjectType type : List.of(ObjectType.CUSTOMER, ObjectType.CONTACT, ObjectType.TICKET, ObjectType.CUSTOM_FIELD)) {
                source.extract(type, sink).orElseThrow();
            }

            FileExtracted values = source.extract(ObjectType.CUSTOM_VALUE, sink).orElseThrow();

            assertThat(values.rowsRead()).isZero();
            assertThat(atera.requestLog()).extracting(AteraApiSimulator.Request::path).filteredOn(path -> path.startsWith("/customvalues/"))
                    .containsExactly("/customvalues/customfields", "/customvalues/customerfields/31");
        }
    }

    @Test
    void contractsArticlesAndInvoicesReadAsTheirExportRows() throws IOException {
        try (AteraApiSimulator atera = simulator()) {
            atera.serve("/contracts", List.of(hourlyContract(77, 31, "Gold", 120)));
            atera.serve("/knowledgebases", List.of(kbArticle(12, "Reset a printer", "<p>Hold the button</p>")));
            atera.serve("/billing/invoices", List.of(invoice("0b9f0000-0000-0000-0000-000000000009", 1042, 480.0)));
            AteraApiSource source = source(atera, null);

            List<String> files = List.of(ObjectType.CONTRACT, ObjectType.KB_ARTICLE, ObjectType.INVOICE).stream()
                    .map(type -> source.extract(type, sink).orElseThrow().file()).toList();

            assertThat(files).containsExactly("api:/contracts", "api:/knowledgebases", "api:/billing/invoices");
            assertThat(sink.record(ObjectType.CONTRACT, "77").payload().fields()).as("rate and period from the type's block")
                    .containsExactly(Map.entry("ContractID", "77"), Map.entry("CustomerID", "31"), Map.entry("ContractName", "Gold"),
                            Map.entry("ContractType", "Hourly"), Map.entry("StartDate", "2025-01-01T00:00:00"),
                            Map.entry("Rate", "120.0"), Map.entry("BillingPeriod", "Monthly"), Map.entry("Active", "true"));
            assertThat(sink.record(ObjectType.KB_ARTICLE, "12").payload().fields()).containsExactly(Map.entry("ArticleID", "12"),
                    Map.entry("Title", "Reset a printer"), Map.entry("Body", "<p>Hold the button</p>"), Map.entry("Category", "Hardware"),
                    Map.entry("SubCategory", "Printers"), Map.entry("Tags", "printer,toner"), Map.entry("CreatedOn", "2024-02-01T10:00:00"),
                    Map.entry("LastModified", "2024-06-01T10:00:00"));
            assertThat(sink.record(ObjectType.INVOICE, "0b9f0000-0000-0000-0000-000000000009").payload().fields()).containsExactly(
                    Map.entry("InvoiceID", "0b9f0000-0000-0000-0000-000000000009"), Map.entry("InvoiceNumber", "1042"),
                    Map.entry("Date", "2025-04-30T00:00:00"), Map.entry("Total", "480.0"), Map.entry("Currency", "USD"));
        }
    }

    @Test
    void objectsTheApiDoesNotHaveAreAbsentWithoutAsking() throws IOException {
        try (AteraApiSimulator atera = simulator()) {
            AteraApiSource source = source(atera, null);

            for (ObjectType type : List.of(ObjectType.TECHNICIAN, ObjectType.SLA_POLICY, ObjectType.TAG, ObjectType.AUTOMATION_RULE)) {
                assertThat(source.extract(type, sink)).as(type.name()).isEmpty();
            }
            assertThat(atera.requests()).isZero();
        }
    }

    @Test
    void rmmObjectsAreCountedFromOnePageOfOneItemAndAListTheKeyMayNotReadIsLeftOut() throws IOException {
        try (AteraApiSimulator atera = simulator()) {
            atera.serve("/agents", List.of(Map.of("AgentID", 1), Map.of("AgentID", 2), Map.of("AgentID", 3)));
            atera.serve("/alerts", List.of(Map.of("AlertID", 1), Map.of("AlertID", 2)));
            atera.serve("/devices/genericdevices", List.of(Map.of("DeviceID", 1)));
            atera.refuse("/devices/snmpdevices", 403);

            Map<String, Long> counts = source(atera, null).countExcluded();

            assertThat(counts).containsExactly(Map.entry("api:/agents", 3L), Map.entry("api:/alerts", 2L),
                    Map.entry("api:/devices/genericdevices", 1L), Map.entry("api:/devices/httpdevices", 0L),
                    Map.entry("api:/devices/tcpdevices", 0L));
            assertThat(atera.queries()).hasSize(6).containsOnly("page=1&itemsInPage=1");
        }
    }

    @Test
    void aCountRefusedForAnyOtherReasonStillEndsTheExtraction() throws IOException {
        try (AteraApiSimulator atera = simulator()) {
            atera.refuse("/alerts", 400);

            assertThatThrownBy(() -> source(atera, null).countExcluded()).isInstanceOf(FatalSourceError.class)
                    .hasMessageContaining("/alerts?page=1&itemsInPage=1 was refused with HTTP 400");
        }
    }

    private static AteraApiSimulator simulator() throws IOException {
        return AteraApiSimulator.start(KEY, KeyHeader.X_API_KEY, List.of(), Duration.ZERO);
    }

    private static AteraApiSource source(AteraApiSimulator atera, String modifiedSince) {
        return new AteraApiSource("run", atera.baseUrl(), KEY, modifiedSince, ZoneOffset.UTC, SimulatorSettings.of(AuthMode.AUTO),
                HttpClient.newHttpClient());
    }
}
