package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.testsupport.KafkaResource;
import io.github.ateraintercom.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * An edit of a mapping that cannot be applied is refused with a problem detail naming the file, the
 * column and the reason, and stores no version.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
class MappingEditsAreValidatedIT {

    private String id;

    @BeforeEach
    void discovered() {
        id = SampleDiscovery.awaitingConfirmation();
    }

    @Test
    void unknownFilesColumnsAndStandardFieldsAreRefused() {
        refused("nowhere.csv", "CustomerID", Map.of("kind", "IGNORE"))
                .body("file", equalTo("nowhere.csv")).body("reason", containsString("unknown file"));
        refused("customers.csv", "Nickname", Map.of("kind", "IGNORE"))
                .body("column", equalTo("Nickname")).body("reason", containsString("unknown column"));
        refused("customers.csv", "CustomerName", Map.of("kind", "STANDARD", "field", "nickname"))
                .body("reason", containsString("unknown standard field 'nickname' of company"));
        refused("customers.csv", "Custom: Region", Map.of("kind", "STANDARD", "field", "website"))
                .body("reason", containsString("'website' is filled by the default map from its own column"));
        refused("contracts.csv", "ContractID", Map.of("kind", "IGNORE"))
                .body("reason", containsString("the columns of contracts.csv land where the default map puts them"));
    }

    @Test
    void aColumnThatKeysOrJoinsItsObjectCannotBeIgnoredOrMoved() {
        refused("customers.csv", "CustomerID", Map.of("kind", "IGNORE"))
                .body("type", equalTo("/problems/invalid-mapping")).body("status", equalTo(400))
                .body("file", equalTo("customers.csv")).body("column", equalTo("CustomerID"))
                .body("reason", containsString("cannot be ignored or moved: each company is written, keyed or joined by it"));
        refused("tickets.csv", "TicketCreatedDate", Map.of("kind", "IGNORE")).body("reason", containsString("cannot be ignored"));
        refused("contacts.csv", "Email", attribute("mail", "STRING", List.of()))
                .body("reason", containsString("cannot be ignored or moved"));
        refused("tickets.csv", "TicketID", attribute("ticket", "STRING", List.of())).body("reason", containsString("(conversation)"));
    }

    @Test
    void attributeNamesIntercomRefusesOrThatAreTakenAreRefused() {
        refused("customers.csv", "Custom: Region", attribute("region!", "STRING", List.of()))
                .body("reason", containsString("Intercom refuses the attribute name 'region!'"));
        refused("customers.csv", "Custom: Region", attribute("city", "STRING", List.of()))
                .body("column", equalTo("Custom: Region"))
                .body("reason", containsString("attribute 'city' is already written from customers.csv City"));
        refused("contacts.csv", "Custom: Renewal", attribute("region", "DATE", List.of()))
                .body("reason", containsString("Intercom keeps one name across company and contact attributes"));
    }

    @Test
    void typesThatDoNotFitTheValuesSeenAreRefused() {
        refused("customers.csv", "Custom: Region", attribute("region", "INTEGER", List.of()))
                .body("reason", containsString("type integer does not fit: 2 of 2 values seen are not whole numbers"));
        refused("customers.csv", "Custom: Region", attribute("region", "DATE", List.of()))
                .body("reason", containsString("not dates"));
        refused("customers.csv", "Custom: Region", attribute("region", "BOOLEAN", List.of()))
                .body("reason", containsString("not booleans"));
        refused("customers.csv", "Custom: Region", attribute("region", "LIST", List.of("North")))
                .body("reason", containsString("a list needs at least 2 options"));
        refused("customers.csv", "Custom: Contract Tier", attribute("contract_tier", "LIST", List.of("Gold", "Bronze")))
                .body("reason", containsString("the options do not cover the values seen: Silver"));
        refused("customers.csv", "Custom: Region", attribute("region", "SOMETIMES", List.of()))
                .body("reason", containsString("not a mapping document"));
    }

    @Test
    void unknownTicketStatesAndChoicesAreRefusedAndARefusedEditStoresNothing() {
        edit(Map.of("ticketStates", List.of(Map.of("status", "On hold", "state", "parked")))).statusCode(400)
                .body("file", equalTo("tickets.csv")).body("reason", containsString("'On hold' maps to 'parked'"));
        edit(Map.of("ticketStates", List.of(Map.of("status", "Frozen", "state", "open")))).statusCode(400)
                .body("reason", containsString("unknown ticket status 'Frozen'"));
        edit(Map.of("choices", Map.of("contactsWithoutEmail", "ignore"))).statusCode(400)
                .body("reason", containsString("contactsWithoutEmail 'ignore' is not lead or queue"));
        edit(Map.of("choices", Map.of("unknownRequesters", "drop"))).statusCode(400)
                .body("reason", containsString("unknownRequesters 'drop' is not contact or hold"));
        edit(Map.of("choices", Map.of("inactiveTechnicians", "ignore"))).statusCode(400)
                .body("reason", containsString("inactiveTechnicians 'ignore' is not match or fallback"));
        edit(Map.of("choices", Map.of("inactiveTechnicians", "fallback"))).statusCode(400)
                .body("reason", equalTo("inactiveTechnicians 'fallback' sends inactive technicians' tickets to the run's fallback "
                        + "teammate, and run " + id + " names none"));
        given().get("/api/runs/" + id + "/mapping").then().statusCode(200).body("version", equalTo(1));

        edit(Map.of("files", List.of(Map.of("file", "customers.csv", "fields", List.of(Map.of("column", "Custom: Region",
                        "target", attribute("sales_region", "LIST", List.of("North", "South", "East"))))))))
                .statusCode(200).body("version", equalTo(2))
                .body("files.find { it.file == 'customers.csv' }.fields.find { it.column == 'Custom: Region' }.target.attribute.type",
                        equalTo("LIST"));
        edit(Map.of("version", 1, "choices", Map.of("contracts", "handoff"))).statusCode(409)
                .body("error", containsString("the edit is of version 1, but the latest is version 2"));
    }

    private ValidatableResponse refused(String file, String column, Map<String, ?> target) {
        return edit(Map.of("files", List.of(Map.of("file", file, "fields", List.of(Map.of("column", column, "target", target))))))
                .statusCode(400);
    }

    private ValidatableResponse edit(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).put("/api/runs/" + id + "/mapping").then();
    }

    private static Map<String, ?> attribute(String name, String type, List<String> options) {
        return Map.of("kind", "ATTRIBUTE", "attribute", Map.of("name", name, "type", type, "options", options));
    }
}
