package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.control.DiscoveryRequested;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.discovery.DiscoveryReport;
import io.github.ateraintercom.common.discovery.DiscoveryReport.ColumnProfile;
import io.github.ateraintercom.common.discovery.DiscoveryReport.FileProfile;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.SourceDiscovered;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.orchestrator.Workspaces;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.TopicReader;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A run that confirms its mapping: its source is discovered, a map is proposed from what was found,
 * and nothing is extracted until an operator confirms it with their choices.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class MappingIsConfirmedBeforeAnythingMovesIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void proposalFromTheDiscoveryIsConfirmedWithTheOperatorsChoicesThenTheRunStarts() {
        String id = given().contentType(ContentType.JSON).body(Map.of("sourceDirectory", "/exports/acme",
                        "targetBaseUrl", Workspaces.fresh(), "confirmMapping", true))
                .when().post("/api/runs").then().statusCode(201).body("state", equalTo("DISCOVERING")).extract().path("id");
        assertThat(TopicReader.controlMessage(id + "/discovery", WAIT)).containsInstanceOf(DiscoveryRequested.class);
        given().get("/api/runs/" + id + "/mapping").then().statusCode(404);

        TopicWriter.envelope(Topics.EVENTS, Envelope.of(id, null, "run", new SourceRow("/exports/acme", 0),
                new SourceDiscovered(report(), null)));

        await().atMost(WAIT).until(() -> "AWAITING_CONFIRMATION".equals(given().get("/api/runs/" + id).then().extract().path("state")));
        assertThat(TopicReader.controlMessage(id, Duration.ofSeconds(2))).as("nothing extracted before the confirmation").isEmpty();
        JsonPath proposal = given().get("/api/runs/" + id + "/mapping").then().statusCode(200).extract().jsonPath();
        assertThat(proposal.getString("files.find { it.file == 'customers.csv' }.target")).isEqualTo("company");
        assertThat(proposal.getList("files.find { it.file == 'customers.csv' }.fields")).extracting(field -> {
            Map<?, ?> f = (Map<?, ?>) field;
            return f.get("column") + " → " + f.get("target") + " " + f.get("confidence");
        }).containsExactly("CustomerID → company_id 1.0", "CustomerName → name 1.0",
                "LastModified → null 1.0", "Custom: Contract Tier → custom attribute contract_tier 0.9");
        assertThat(proposal.getString("files.find { it.file == 'contracts.csv' }.target"))
                .isEqualTo("held: no Intercom mapping in this release");
        assertThat(proposal.getList("ticketStates")).extracting(state -> {
            Map<?, ?> s = (Map<?, ?>) state;
            return s.get("status") + " " + s.get("tickets") + " → " + s.get("state") + " " + s.get("confidence");
        }).containsExactlyInAnyOrder("Open 3 → open 1.0", "Waiting customer 1 → snoozed 0.8", "On hold 2 → open 0.5");
        assertThat(proposal.getLong("findings.contactsWithoutEmail")).isEqualTo(4);

        given().contentType(ContentType.JSON).body(Map.of("ticketStates", Map.of("On hold", "parked")))
                .when().post("/api/runs/" + id + "/mapping/confirm").then().statusCode(400)
                .body("error", containsString("'On hold' maps to 'parked'"));
        given().contentType(ContentType.JSON).body(Map.of("contactsWithoutEmail", "ignore"))
                .when().post("/api/runs/" + id + "/mapping/confirm").then().statusCode(400)
                .body("error", containsString("contactsWithoutEmail 'ignore' is not lead or queue"));
        given().contentType(ContentType.JSON).body(Map.of("ticketStates", Map.of("On hold", "snoozed"), "contactsWithoutEmail", "queue"))
                .when().post("/api/runs/" + id + "/mapping/confirm").then().statusCode(200).body("state", equalTo("EXTRACTING"));

        assertThat(TopicReader.controlMessage(id, WAIT)).hasValueSatisfying(message -> assertThat(((RunStarted) message).mapping())
                .isEqualTo(new MappingChoices(Map.of("On hold", "snoozed"), MappingChoices.QUEUE)));
        assertThat(given().get("/api/runs/" + id + "/mapping").then().statusCode(200).extract().jsonPath()
                .getMap("confirmed.ticketStates")).isEqualTo(Map.of("On hold", "snoozed"));
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/runs/" + id + "/mapping/confirm")
                .then().statusCode(409).body("error", containsString("is EXTRACTING"));
    }

    @Test
    void confirmationNeedsAnExportDirectoryToDiscover() {
        given().contentType(ContentType.JSON).body(Map.of("sourceKind", "atera-api", "ateraBaseUrl", "https://app.atera.com/api/v3",
                        "ateraKeySecret", "ATERA_KEY", "targetBaseUrl", Workspaces.fresh(), "confirmMapping", true))
                .when().post("/api/runs").then().statusCode(400).body("error", containsString("confirmMapping needs a discovery"));
    }

    private static DiscoveryReport report() {
        FileProfile customers = new FileProfile("customers.csv", 10, 0, List.of(
                column("CustomerID", "integer", null), column("CustomerName", "text", null), column("LastModified", "datetime", null),
                column("Custom: Contract Tier", "enumeration", Map.of("Gold", 6L, "Silver", 4L))), null);
        FileProfile tickets = new FileProfile("tickets.csv", 6, 0, List.of(column("TicketID", "integer", null),
                column("TicketStatus", "enumeration", Map.of("Open", 3L, "Waiting customer", 1L, "On hold", 2L))), null);
        FileProfile contracts = new FileProfile("contracts.csv", 2, 0, List.of(column("ContractID", "integer", null)), null);
        return new DiscoveryReport("/exports/acme", List.of(customers, tickets, contracts), List.of(), Map.of("agents.csv", 4L),
                Map.of("customers.csv", List.of("Contract Tier")), new DiscoveryReport.DateRange("2025-01-01T00:00:00Z",
                "2025-11-01T00:00:00Z"), 4, 1, List.of("303"));
    }

    private static ColumnProfile column(String name, String type, Map<String, Long> values) {
        return new ColumnProfile(name, type, List.of(), 0.0, values == null ? null : values.size(), values);
    }
}
