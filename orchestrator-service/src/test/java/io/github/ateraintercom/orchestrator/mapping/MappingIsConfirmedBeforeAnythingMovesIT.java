package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.control.DiscoveryRequested;
import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.control.SourceKind;
import io.github.ateraintercom.common.mapping.AttributeSpec;
import io.github.ateraintercom.common.mapping.AttributeType;
import io.github.ateraintercom.common.mapping.FieldTarget;
import io.github.ateraintercom.orchestrator.Workspaces;
import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.github.ateraintercom.testsupport.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.orchestrator.mapping.SampleDiscovery.WAIT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A run that confirms its mapping: its source is discovered, version 1 of its mapping is proposed
 * from what was found, and nothing is extracted until the latest version is confirmed and the run
 * started; an edit after a confirmation is a new version that needs its own.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class MappingIsConfirmedBeforeAnythingMovesIT {

    @Test
    void proposalGivesEveryColumnATargetWithConfidenceAndReasonAndEveryCustomFieldItsType() {
        String id = given().contentType(ContentType.JSON).body(Map.of("sourceDirectory", "/exports/acme",
                        "targetBaseUrl", Workspaces.fresh(), "confirmMapping", true))
                .when().post("/api/runs").then().statusCode(201).body("state", equalTo("DISCOVERING")).extract().path("id");
        assertThat(TopicReader.controlMessage(id + "/discovery", WAIT)).containsInstanceOf(DiscoveryRequested.class);
        given().get("/api/runs/" + id + "/mapping").then().statusCode(404);
        String discovered = SampleDiscovery.awaitingConfirmation();

        JsonPath mapping = given().get("/api/runs/" + discovered + "/mapping").then().statusCode(200).extract().jsonPath();
        assertThat(mapping.getInt("version")).isEqualTo(1);
        assertThat(mapping.getBoolean("confirmed")).isFalse();
        assertThat(mapping.getString("files.find { it.file == 'customers.csv' }.target")).isEqualTo("company");
        assertThat(targets(mapping, "customers.csv")).containsExactly(
                "CustomerID → STANDARD company_id",
                "CustomerName → STANDARD name",
                "City → ATTRIBUTE city STRING []",
                "LastModified → IGNORE",
                "Custom: Contract Tier → ATTRIBUTE contract_tier LIST [Gold, Silver, Bronze]",
                "Custom: Region → ATTRIBUTE region STRING []",
                "Custom: City → ATTRIBUTE custom_city STRING []",
                "Custom: Services → ATTRIBUTE services STRING [Backup, Email, Network]",
                "Custom: Account Manager → ATTRIBUTE account_manager STRING []");
        assertThat(targets(mapping, "contacts.csv")).contains(
                "Email → STANDARD email",
                "Custom: Newsletter → ATTRIBUTE newsletter BOOLEAN []",
                "Custom: Renewal → ATTRIBUTE renewal DATE []",
                "Custom: Seats → ATTRIBUTE seats INTEGER []");
        assertThat(targets(mapping, "tickets.csv")).contains(
                "Custom: Hours → ATTRIBUTE hours FLOAT []",
                "Custom: Seats → ATTRIBUTE seats INTEGER []");
        assertThat(targets(mapping, "contracts.csv")).containsExactly("ContractID → STANDARD contract");
        Map<String, Object> email = field(mapping, "contacts.csv", "Email");
        assertThat(email.get("confidence")).isEqualTo(0.9f);
        assertThat((String) email.get("reason")).contains("name matches `email`", "90.0 % of 10 values are emails");
        assertThat((String) field(mapping, "contacts.csv", "Custom: Seats").get("reason"))
                .contains("without a definition in custom_fields.csv", "all 2 values are whole numbers");
        assertThat((String) field(mapping, "customers.csv", "Custom: Contract Tier").get("reason"))
                .contains("defined as Dropdown (Gold, Silver, Bronze) → list");
        assertThat(mapping.getList("ticketStates")).extracting(state -> {
            Map<?, ?> s = (Map<?, ?>) state;
            return s.get("status") + " " + s.get("tickets") + " → " + s.get("state") + " " + s.get("confidence");
        }).containsExactlyInAnyOrder("Open 3 → open 1.0", "Waiting customer 1 → snoozed 0.8", "On hold 2 → open 0.5");
        assertThat(mapping.getMap("choices")).isEqualTo(Map.of("contactsWithoutEmail", "lead", "contracts", "attributes",
                "unknownRequesters", "contact", "inactiveTechnicians", "match"));
        assertThat(mapping.getLong("findings.contactsWithoutEmail")).isEqualTo(4);
        assertThat(mapping.getList("warnings")).isEmpty();
    }

    @Test
    void nothingIsExtractedBeforeTheLatestVersionIsConfirmedAndAnEditNeedsItsOwnConfirmation() {
        String id = SampleDiscovery.awaitingConfirmation();

        given().post("/api/runs/" + id + "/start").then().statusCode(409)
                .body("error", containsString("mapping version 1 is not confirmed"));
        assertThat(TopicReader.controlMessage(id, Duration.ofSeconds(2))).as("nothing extracted before the confirmation").isEmpty();

        given().contentType(ContentType.JSON).body(Map.of("version", 1)).post("/api/runs/" + id + "/mapping/confirm")
                .then().statusCode(200).body("version", equalTo(1)).body("confirmed", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of(
                        "files", List.of(Map.of("file", "customers.csv", "fields", List.of(
                                Map.of("column", "Custom: Region", "target", Map.of("kind", "IGNORE"))))),
                        "ticketStates", List.of(Map.of("status", "On hold", "state", "snoozed")),
                        "choices", Map.of("contactsWithoutEmail", "queue")))
                .put("/api/runs/" + id + "/mapping").then().statusCode(200)
                .body("version", equalTo(2)).body("confirmed", equalTo(false))
                .body("files.find { it.file == 'customers.csv' }.fields.find { it.column == 'Custom: Region' }.reason",
                        equalTo("edited in version 2"));

        given().post("/api/runs/" + id + "/start").then().statusCode(409)
                .body("error", containsString("mapping version 2 is not confirmed; version 1 was"));
        assertThat(TopicReader.controlMessage(id, Duration.ofSeconds(2))).as("the edit stopped the start").isEmpty();
        given().contentType(ContentType.JSON).body(Map.of("version", 1)).post("/api/runs/" + id + "/mapping/confirm")
                .then().statusCode(409).body("error", containsString("version 1 is not the latest"));
        given().contentType(ContentType.JSON).body(Map.of("ticketStates", Map.of("On hold", "snoozed")))
                .post("/api/runs/" + id + "/mapping/confirm").then().statusCode(400)
                .body("error", containsString("edit the mapping with PUT"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/runs/" + id + "/mapping/confirm")
                .then().statusCode(200).body("version", equalTo(2)).body("confirmed", equalTo(true));

        given().post("/api/runs/" + id + "/start").then().statusCode(200).body("state", equalTo("EXTRACTING"));

        MappingChoices started = ((RunStarted) TopicReader.controlMessage(id, WAIT).orElseThrow()).mapping();
        assertThat(started.version()).isEqualTo(2);
        assertThat(started.ticketStates()).isEqualTo(Map.of("Open", "open", "Waiting customer", "snoozed", "On hold", "snoozed"));
        assertThat(started.queuesContactsWithoutEmail()).isTrue();
        assertThat(started.field("customers.csv", "Custom: Region")).contains(FieldTarget.ignore());
        assertThat(started.field("customers.csv", "Custom: Contract Tier")).contains(FieldTarget.attribute(new AttributeSpec(
                "contract_tier", AttributeType.LIST, List.of("Gold", "Silver", "Bronze"), "Atera custom field 'Contract Tier'")));
        assertThat(started.field("tickets.csv", "Custom: Hours").orElseThrow().attribute().type()).isEqualTo(AttributeType.FLOAT);
        assertThat(started.field("customers.csv", "City")).as("as the default map has it").isEmpty();
        assertThat(started.field("customers.csv", "LastModified")).as("ignored, as the default map has it").isEmpty();

        given().contentType(ContentType.JSON).body(Map.of("choices", Map.of("contracts", "handoff")))
                .put("/api/runs/" + id + "/mapping").then().statusCode(409).body("error", containsString("is EXTRACTING"));
        given().post("/api/runs/" + id + "/start").then().statusCode(409).body("error", containsString("is EXTRACTING"));
    }

    @Test
    void manifestListsEveryAttributeTheConfirmedVersionCreatesWithItsIntercomType() {
        String id = SampleDiscovery.awaitingConfirmation();
        given().get("/api/runs/" + id + "/mapping/manifest").then().statusCode(200).body("confirmed", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/runs/" + id + "/mapping/confirm").then().statusCode(200);

        JsonPath manifest = given().get("/api/runs/" + id + "/mapping/manifest").then().statusCode(200).extract().jsonPath();

        assertThat(manifest.getBoolean("confirmed")).isTrue();
        assertThat(manifest.getInt("version")).isEqualTo(1);
        assertThat(manifest.getList("attributes")).extracting(attribute -> {
            Map<?, ?> a = (Map<?, ?>) attribute;
            return a.get("model") + " " + a.get("name") + " " + a.get("dataType") + " " + a.get("options");
        }).contains(
                "company city string []",
                "company custom_city string []",
                "company contract_tier options [Gold, Silver, Bronze]",
                "company services string [Backup, Email, Network]",
                "contact newsletter boolean []",
                "contact renewal date []",
                "contact seats integer []",
                "conversation hours decimal []",
                "conversation seats integer []",
                "conversation atera_status string []")
                .doesNotContain("company business_number string []");
        assertThat(manifest.getString("attributes.find { it.name == 'contract_tier' }.description"))
                .isEqualTo("Atera custom field 'Contract Tier'");
        assertThat(manifest.getList("attributes.find { it.name == 'contract_tier' }.columns"))
                .containsExactly("customers.csv Custom: Contract Tier");
        assertThat(manifest.getInt("count")).isEqualTo(manifest.getList("attributes").size());

        assertThat(given().get("/api/runs/" + id + "/reports/attribute-manifest").then().statusCode(200).extract().asString())
                .contains("# Custom-attribute manifest of run " + id, "Mapping version 1, confirmed: " + manifest.getInt("count")
                        + " custom attributes", "| company | contract_tier | options | Gold \\| Silver \\| Bronze | Atera custom field "
                        + "'Contract Tier' | customers.csv Custom: Contract Tier |");
        assertThat(given().queryParam("format", "csv").get("/api/runs/" + id + "/reports/attribute-manifest").then().statusCode(200)
                .extract().asString().lines()).startsWith("model,name,data_type,options,description,columns")
                .contains("company,contract_tier,options,Gold | Silver | Bronze,Atera custom field 'Contract Tier',"
                        + "customers.csv Custom: Contract Tier").hasSize(manifest.getInt("count") + 1);
    }

    @Test
    void inactiveTechniciansGoToTheFallbackTeammateWhenTheConfirmedMappingSaysSo() {
        String id = SampleDiscovery.awaitingConfirmation(Map.of("fallbackTeammate", "owner@acme.example"));

        given().contentType(ContentType.JSON).body(Map.of("choices", Map.of("inactiveTechnicians", "fallback")))
                .put("/api/runs/" + id + "/mapping").then().statusCode(200).body("choices.inactiveTechnicians", equalTo("fallback"));
        given().contentType(ContentType.JSON).body(Map.of("choices", Map.of("contracts", "handoff")))
                .put("/api/runs/" + id + "/mapping").then().statusCode(200)
                .body("choices.inactiveTechnicians", equalTo("fallback")).body("choices.contracts", equalTo("handoff"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/runs/" + id + "/mapping/confirm").then().statusCode(200);
        given().post("/api/runs/" + id + "/start").then().statusCode(200);

        MappingChoices started = ((RunStarted) TopicReader.controlMessage(id, WAIT).orElseThrow()).mapping();
        assertThat(started.sendsInactiveTechniciansToFallback()).isTrue();
        assertThat(started.handsOffContracts()).isTrue();
    }

    @Test
    void ateraApiRunThatConfirmsItsMappingOrdersADiscoveryOfTheApiWithTheSecretsNameOnly() {
        String id = given().contentType(ContentType.JSON).body(Map.of("sourceKind", "atera-api", "ateraBaseUrl",
                        "https://app.atera.com/api/v3", "ateraKeySecret", "ATERA_KEY", "modifiedSince", "2025-01-01",
                        "targetBaseUrl", Workspaces.fresh(), "confirmMapping", true))
                .when().post("/api/runs").then().statusCode(201).body("state", equalTo("DISCOVERING")).extract().path("id");

        assertThat(TopicReader.controlMessage(id + "/discovery", WAIT)).contains(new DiscoveryRequested(id, null, "UTC",
                SourceKind.ATERA_API, "https://app.atera.com/api/v3", "ATERA_KEY", "2025-01-01"));
    }

    private static List<String> targets(JsonPath mapping, String file) {
        List<Map<String, Object>> fields = mapping.getList("files.find { it.file == '" + file + "' }.fields");
        return fields.stream().map(field -> {
            Map<?, ?> target = (Map<?, ?>) field.get("target");
            String kind = (String) target.get("kind");
            return field.get("column") + " → " + kind + switch (kind) {
                case "STANDARD" -> " " + target.get("field");
                case "ATTRIBUTE" -> {
                    Map<?, ?> attribute = (Map<?, ?>) target.get("attribute");
                    yield " " + attribute.get("name") + " " + attribute.get("type") + " " + attribute.get("options");
                }
                default -> "";
            };
        }).toList();
    }

    static Map<String, Object> field(JsonPath mapping, String file, String column) {
        return mapping.getMap("files.find { it.file == '" + file + "' }.fields.find { it.column == '" + column + "' }");
    }
}
