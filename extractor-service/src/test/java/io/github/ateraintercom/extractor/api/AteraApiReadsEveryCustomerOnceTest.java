package io.github.ateraintercom.extractor.api;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.extractor.api.AteraApiSimulator.KeyHeader;
import io.github.ateraintercom.extractor.source.FatalSourceError;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.github.ateraintercom.extractor.api.AteraApiSimulator.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading customers from Atera's API (against a simulator): every page once, several at a time,
 * with the key in the header Atera expects, through 429s and 5xx, and each customer published once.
 */
class AteraApiReadsEveryCustomerOnceTest {

    private static final String LEGACY_KEY = "legacy-key-0123456789abcdef";
    /** JWTs run to hundreds of characters. */
    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9." + "x".repeat(180) + ".signature";
    private static final Duration LATENCY = Duration.ofMillis(100);

    private final CollectingSink sink = new CollectingSink();

    @Test
    void pagesAfterTheFirstAreFetchedInParallelAndDuplicatesAcrossPagesAreRejected() throws IOException {
        // ten items on five pages: customer 3 again on page 3, and one item without an id on page 4
        List<Map<String, Object>> served = List.of(customer(1L, "Acme", "2025-01-01T00:00:00"), customer(2L, "Globex", "2025-01-01T00:00:00"),
                customer(3L, "Initech", "2025-01-01T00:00:00"), customer(4L, "Umbrella", "2025-01-01T00:00:00"),
                customer(5L, "Hooli", "2025-01-01T00:00:00"), customer(3L, "Initech", "2025-01-02T00:00:00"),
                customer(6L, "Stark", "2025-01-01T00:00:00"), customer(null, "Nobody", "2025-01-01T00:00:00"),
                customer(7L, "Wayne", "2025-01-01T00:00:00"), customer(8L, "Tyrell", "2025-01-01T00:00:00"));
        try (AteraApiSimulator atera = AteraApiSimulator.start(LEGACY_KEY, KeyHeader.X_API_KEY, served, LATENCY)) {

            FileExtracted list = source(atera, LEGACY_KEY, AuthMode.AUTO, null).extract(ObjectType.CUSTOMER, sink).orElseThrow();

            assertThat(list.file()).isEqualTo("api:/customers");
            assertThat(list.rowsRead()).isEqualTo(10);
            assertThat(list.rowsPublished()).isEqualTo(8);
            assertThat(list.rowsRejected()).isEqualTo(2);
            assertThat(list.checksum()).matches("[0-9a-f]{64}");
            assertThat(sink.records).extracting(Envelope::sourceId).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
            assertThat(sink.rejects).extracting(reject -> reject.payload().message()).containsExactly(
                    "api:/customers line 6 column CustomerID: duplicate CustomerID 3, already read at line 3",
                    "api:/customers line 8 column CustomerID: CustomerID is missing");
            assertThat(IntStream.rangeClosed(1, 10).mapToObj(line -> new SourceRow("api:/customers", line)))
                    .as("every item has its own place in the run")
                    .containsExactlyInAnyOrderElementsOf(rows());
            assertThat(atera.queries()).containsExactlyInAnyOrder("page=1&itemsInPage=2", "page=2&itemsInPage=2",
                    "page=3&itemsInPage=2", "page=4&itemsInPage=2", "page=5&itemsInPage=2");
            assertThat(atera.queries().get(0)).as("the first page tells how many there are").isEqualTo("page=1&itemsInPage=2");
            assertThat(atera.mostRequestsAtOnce()).as("pages 2 to 5 are fetched at the same time").isGreaterThan(1);
        }
    }

    @Test
    void customerReadsAsItsExportRowWouldWithNullsAndUnmappedFieldsLeftOut() throws IOException {
        try (AteraApiSimulator atera = AteraApiSimulator.start(LEGACY_KEY, KeyHeader.X_API_KEY,
                List.of(customer(1001L, "Acme Corp", "2025-10-02T11:00:00")), Duration.ZERO)) {

            source(atera, LEGACY_KEY, AuthMode.AUTO, null).extract(ObjectType.CUSTOMER, sink).orElseThrow();

            assertThat(sink.records).singleElement().satisfies(row -> assertThat(row.payload().fields()).containsExactly(
                    Map.entry("CustomerID", "1001"), Map.entry("CustomerName", "Acme Corp"),
                    Map.entry("CreatedOn", "2021-03-14T09:30:00"), Map.entry("LastModified", "2025-10-02T11:00:00"),
                    Map.entry("Domain", "acme-corp.example"), Map.entry("Address", "1 Harbor Blvd"), Map.entry("City", "Portland"),
                    Map.entry("State", "OR"), Map.entry("Country", "United States"), Map.entry("ZipCodeStr", "97201"),
                    Map.entry("Phone", "+1 503 555 0142")));
        }
    }

    @Test
    void legacyKeyTravelsAsXApiKeyAndJwtAsBearer() throws IOException {
        try (AteraApiSimulator legacy = AteraApiSimulator.start(LEGACY_KEY, KeyHeader.X_API_KEY, threeCustomers(), Duration.ZERO);
             AteraApiSimulator jwt = AteraApiSimulator.start(JWT, KeyHeader.BEARER, threeCustomers(), Duration.ZERO)) {

            assertThat(source(legacy, LEGACY_KEY, AuthMode.AUTO, null).extract(ObjectType.CUSTOMER, sink).orElseThrow().rowsPublished()).isEqualTo(3);
            assertThat(source(jwt, JWT, AuthMode.AUTO, null).extract(ObjectType.CUSTOMER, sink).orElseThrow().rowsPublished()).isEqualTo(3);

            assertThat(legacy.authHeaders()).containsOnly("X-API-KEY");
            assertThat(jwt.authHeaders()).containsOnly("Authorization");
        }
    }

    @Test
    void configuredAuthModeOverridesTheKeyLength() throws IOException {
        try (AteraApiSimulator atera = AteraApiSimulator.start(LEGACY_KEY, KeyHeader.BEARER, threeCustomers(), Duration.ZERO)) {

            FileExtracted list = source(atera, LEGACY_KEY, AuthMode.BEARER, null).extract(ObjectType.CUSTOMER, sink).orElseThrow();

            assertThat(list.rowsPublished()).isEqualTo(3);
            assertThat(atera.authHeaders()).containsOnly("Authorization");
        }
    }

    @Test
    void tooManyRequestsAndUnavailableAreRetriedHonouringRetryAfter() throws IOException {
        try (AteraApiSimulator atera = AteraApiSimulator.start(LEGACY_KEY, KeyHeader.X_API_KEY, threeCustomers(), Duration.ZERO)) {
            atera.fail(1, 1, 429, "1");
            atera.fail(2, 1, 503, null);
            long start = System.nanoTime();

            FileExtracted list = source(atera, LEGACY_KEY, AuthMode.AUTO, null).extract(ObjectType.CUSTOMER, sink).orElseThrow();

            assertThat(list.rowsPublished()).isEqualTo(3);
            assertThat(atera.requests()).as("two pages, each tried twice").isEqualTo(4);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("Retry-After: 1 was waited out, not the 200 ms backoff")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void failureThatOutlastsEveryAttemptEndsTheListWithItsCause() throws IOException {
        try (AteraApiSimulator atera = AteraApiSimulator.start(LEGACY_KEY, KeyHeader.X_API_KEY, threeCustomers(), Duration.ZERO)) {
            atera.fail(1, 4, 503, null);

            assertThatThrownBy(() -> source(atera, LEGACY_KEY, AuthMode.AUTO, null).extract(ObjectType.CUSTOMER, sink).orElseThrow())
                    .isInstanceOf(FatalSourceError.class)
                    .hasMessageEndingWith("/api/v3/customers?page=1&itemsInPage=2 failed 4 times, last with HTTP 503");
            assertThat(atera.requests()).isEqualTo(4);
            assertThat(sink.records).isEmpty();
        }
    }

    @Test
    void refusedKeyEndsTheListAtOnceWithoutShowingTheKey() throws IOException {
        String wrongKey = "wrong-key-fedcba9876543210";
        try (AteraApiSimulator atera = AteraApiSimulator.start(LEGACY_KEY, KeyHeader.X_API_KEY, threeCustomers(), Duration.ZERO)) {

            assertThatThrownBy(() -> source(atera, wrongKey, AuthMode.AUTO, null).extract(ObjectType.CUSTOMER, sink).orElseThrow())
                    .isInstanceOf(FatalSourceError.class)
                    .hasMessageContaining("refused with HTTP 401: the API key was not accepted (sent as X-API-KEY)")
                    .message().doesNotContain(wrongKey).doesNotContain(LEGACY_KEY);
            assertThat(atera.requests()).as("a refusal is not retried").isEqualTo(1);
        }
    }

    @Test
    void modifiedSinceAsksAteraOnlyForCustomersChangedSinceThen() throws IOException {
        try (AteraApiSimulator atera = AteraApiSimulator.start(LEGACY_KEY, KeyHeader.X_API_KEY, List.of(
                customer(1L, "Old", "2024-12-31T23:59:59"), customer(2L, "New", "2025-06-01T08:00:00"),
                customer(3L, "Newer", "2025-07-01T00:00:00")), Duration.ZERO)) {

            source(atera, LEGACY_KEY, AuthMode.AUTO, "2025-06-01").extract(ObjectType.CUSTOMER, sink).orElseThrow();

            assertThat(sink.records).extracting(Envelope::sourceId).containsExactly("2", "3");
            assertThat(atera.queries()).allMatch(query -> query.endsWith("&FromLastModifiedDate=2025-06-01"));
        }
    }

    private List<SourceRow> rows() {
        List<SourceRow> rows = new ArrayList<>(sink.records.stream().map(Envelope::sourceRow).toList());
        sink.rejects.forEach(reject -> rows.add(reject.sourceRow()));
        return rows;
    }

    private static List<Map<String, Object>> threeCustomers() {
        return List.of(customer(1L, "Acme", "2025-01-01T00:00:00"), customer(2L, "Globex", "2025-01-01T00:00:00"),
                customer(3L, "Initech", "2025-01-01T00:00:00"));
    }

    private static AteraApiSource source(AteraApiSimulator atera, String key, AuthMode authMode, String modifiedSince) {
        return new AteraApiSource("run", atera.baseUrl(), key, modifiedSince, ZoneOffset.UTC, SimulatorSettings.of(authMode),
                HttpClient.newHttpClient());
    }
}
