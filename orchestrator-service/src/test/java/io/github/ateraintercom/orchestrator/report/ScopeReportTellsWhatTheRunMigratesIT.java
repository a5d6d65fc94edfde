package io.github.ateraintercom.orchestrator.report;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.orchestrator.Workspaces;
import io.github.ateraintercom.orchestrator.mapping.SampleDiscovery;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scope report: per object the files and rows a run migrates, the creation dates, the custom fields
 * with the attribute each is written to and the RMM files left out, from the discovery and then the
 * extraction; a run without a discovery says what it does not know.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class ScopeReportTellsWhatTheRunMigratesIT {

    private static final Duration WAIT = SampleDiscovery.WAIT;

    @Test
    void discoveredRunListsItsObjectsDatesCustomFieldsAndRmmFilesThenTheRowsExtracted() {
        String id = SampleDiscovery.awaitingConfirmation();

        assertThat(report(id, "csv").lines()).containsExactly(
                "section,object,file,field,discovered_rows,extracted_rows,earliest,latest,type,attribute,note",
                "file,contact,contacts.csv,,10,,,,,,",
                "file,contract,contracts.csv,,2,,,,,,",
                "file,customer,customers.csv,,10,,,,,,",
                "file,ticket,tickets.csv,,6,,,,,,",
                "created,contact,contacts.csv,,,,2019-08-21T09:00:00Z,2023-01-10T10:00:00Z,,,",
                "created,customer,customers.csv,,,,2018-03-01T00:00:00Z,2024-04-16T06:00:00Z,,,",
                "created,ticket,tickets.csv,,,,2025-01-01T00:00:00Z,2025-11-01T00:00:00Z,,,",
                "custom_field,customer,customers.csv,Contract Tier,,,,,Dropdown,company contract_tier (options),",
                "custom_field,customer,customers.csv,Region,,,,,,company region (string),",
                "custom_field,customer,customers.csv,City,,,,,,company custom_city (string),",
                "custom_field,customer,customers.csv,Services,,,,,MultiSelect,company services (string),",
                "custom_field,customer,customers.csv,Account Manager,,,,,Text,company account_manager (string),",
                "custom_field,contact,contacts.csv,Newsletter,,,,,Checkbox,contact newsletter (boolean),",
                "custom_field,contact,contacts.csv,Renewal,,,,,Date,contact renewal (date),",
                "custom_field,contact,contacts.csv,Seats,,,,,,contact seats (integer),",
                "custom_field,ticket,tickets.csv,Hours,,,,,Number,conversation hours (decimal),",
                "custom_field,ticket,tickets.csv,Seats,,,,,Number,conversation seats (integer),",
                "excluded,,agents.csv,,4,,,,,,");
        assertThat(report(id, "markdown")).contains("# Scope of run " + id + "\n\nSource: /exports/acme · discovery: discovered\n\n"
                        + "- Unknown: nothing is extracted yet: the rows extracted are unknown\n\n## Objects\n\n",
                "| object | file | rows discovered | rows extracted | note |\n|---|---|---:|---|---|\n| contact | contacts.csv | 10 |  |  |\n",
                "| ticket | tickets.csv | 2025-01-01T00:00:00Z | 2025-11-01T00:00:00Z |\n",
                "| customer | customers.csv | City |  | company custom_city (string) |\n",
                "## Out of scope: RMM files, counted and never migrated\n\nCounted by the discovery.\n\n| file | rows |\n|---|---:|\n"
                        + "| agents.csv | 4 |\n");

        given().contentType(ContentType.JSON).body(Map.of()).post("/api/runs/" + id + "/mapping/confirm").then().statusCode(200);
        given().post("/api/runs/" + id + "/start").then().statusCode(200);
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(id, ObjectType.CUSTOMER, "customers.csv", new SourceRow("customers.csv", 0),
                new FileExtracted("customers.csv", 9, 8, 1, "0".repeat(64))));
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(id, null, "run", new SourceRow("/exports/acme", 0),
                new ExtractionFinished(List.of("customers.csv"), Map.of("agents.csv", 4L, "alerts.csv", 2L), null)));
        await().atMost(WAIT).until(() -> report(id, "markdown").contains("Counted by the extraction."));

        JsonPath scope = new JsonPath(report(id, "json"));
        assertThat(scope.getList("unknown")).isEmpty();
        assertThat(scope.getMap("files.find { it.file == 'customers.csv' }")).containsEntry("object", "customer")
                .containsEntry("discoveredRows", 10).containsEntry("extractedRows", 9);
        assertThat(scope.getMap("excludedRows")).isEqualTo(Map.of("agents.csv", 4, "alerts.csv", 2));
        assertThat(scope.getString("excludedCountedBy")).isEqualTo("extraction");
        assertThat(report(id, "csv").lines()).contains("file,customer,customers.csv,,10,9,,,,,", "excluded,,agents.csv,,,4,,,,,",
                "excluded,,alerts.csv,,,2,,,,,").noneMatch(line -> line.contains("schema"));
    }

    @Test
    void runWithoutDiscoverySaysWhatItDoesNotKnowThenListsWhatItExtracted() {
        String id = given().contentType(ContentType.JSON).body(Map.of("sourceDirectory", "/exports/acme", "targetBaseUrl",
                Workspaces.fresh())).when().post("/api/runs").then().statusCode(201).extract().path("id");

        assertThat(report(id, "markdown")).isEqualTo("# Scope of run " + id + "\n\nSource: /exports/acme · discovery: none\n\n"
                + "- Unknown: the source was not discovered (discovery: none): files are known once extracted, and the creation "
                + "dates and custom fields are unknown\n"
                + "- Unknown: nothing is extracted yet: the rows extracted are unknown\n"
                + "- Unknown: the RMM files left out are counted once the extraction ends\n\n"
                + "## Objects\n\nNo file is known yet.\n\n"
                + "## Created\n\nThe earliest and latest creation date of the rows whose date can be read.\n\n"
                + "Unknown: the discovery found no creation date.\n\n"
                + "## Custom fields\n\nNone found.\n\n"
                + "## Out of scope: RMM files, counted and never migrated\n\nUnknown until the extraction ends.\n");

        TopicWriter.envelope(Topics.EVENTS, Envelope.of(id, ObjectType.TICKET, "tickets.csv", new SourceRow("tickets.csv", 0),
                new FileExtracted("tickets.csv", 6, 6, 0, "0".repeat(64))));
        TopicWriter.envelope(Topics.EVENTS, Envelope.of(id, null, "run", new SourceRow("/exports/acme", 0),
                new ExtractionFinished(List.of("tickets.csv"), Map.of("agents.csv", 3L), null)));
        await().atMost(WAIT).until(() -> report(id, "markdown").contains("Counted by the extraction."));

        assertThat(report(id, "csv").lines()).containsExactly(
                "section,object,file,field,discovered_rows,extracted_rows,earliest,latest,type,attribute,note",
                "file,ticket,tickets.csv,,,6,,,,,",
                "excluded,,agents.csv,,,3,,,,,");
        assertThat(report(id, "markdown")).contains("- Unknown: the source was not discovered (discovery: none)",
                "| object | file | rows discovered | rows extracted | note |\n|---|---|---|---:|---|\n| ticket | tickets.csv |  | 6 |  |\n",
                "Unknown: the discovery found no creation date.", "| agents.csv | 3 |")
                .doesNotContain("nothing is extracted yet", "counted once the extraction ends");
    }

    private static String report(String id, String format) {
        return given().queryParam("format", format).get("/api/runs/" + id + "/reports/scope").then().statusCode(200).extract().asString();
    }
}
