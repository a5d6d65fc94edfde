package io.github.ateraintercom.sandbox.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ateraintercom.sandbox.support.Control;
import io.github.ateraintercom.sandbox.support.ControlProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Api.upsertCompany;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
@TestProfile(ControlProfile.class)
class StateExportAndResetTest {

    @BeforeEach
    void emptySandbox() {
        Control.reset();
    }

    @Test
    void stateListsEveryStoredCompanyWithoutAToken() {
        String id = upsertCompany("{\"company_id\": \"state-1\", \"name\": \"Exported\"}");
        upsertCompany("{\"company_id\": \"state-2\"}");

        RestAssured.get("/sandbox/state")
                .then().statusCode(200)
                .contentType("application/json")
                .body("companies.companyId", contains("state-1", "state-2"))
                .body("companies[0].id", equalTo(id))
                .body("companies[0].name", equalTo("Exported"));
    }

    @Test
    void resetEmptiesTheStoresAndForgetsFaultsCountersAndWindows() {
        upsertCompany("{\"company_id\": \"reset-1\"}");
        Control.addFault("{\"path\": \"/nowhere\", \"server_error\": 1}");
        asApp().get("/companies").then().header("X-RateLimit-Remaining", "1664");

        RestAssured.post("/sandbox/reset").then().statusCode(204);

        RestAssured.get("/sandbox/state").then().body("companies", empty());
        RestAssured.get("/sandbox/faults").then().body("rules", empty());
        RestAssured.get("/sandbox/requests").then().body("requests", empty());
        asApp().get("/companies").then().body("total_count", equalTo(0)).header("X-RateLimit-Remaining", "1665");
    }

    @Test
    void conversationsAndHelpCenterContentAreExportedAndReset() {
        String contact = asApp().body("{\"email\": \"state-conversation@example.com\"}").post("/contacts")
                .then().statusCode(200).extract().path("id");
        String conversation = asApp().body("{\"from\": {\"type\": \"user\", \"id\": \"" + contact + "\"}, \"body\": \"Hi\"}")
                .post("/conversations").then().statusCode(200).extract().path("conversation_id");
        asApp().body("{\"name\": \"Exported collection\"}").post("/help_center/collections").then().statusCode(200);

        RestAssured.get("/sandbox/state").then()
                .body("conversations.conversations.id", contains(conversation))
                .body("conversations.conversations[0].source.author.id", equalTo(contact))
                .body("help_center.collections.name", contains("Exported collection"));

        Control.reset();

        RestAssured.get("/sandbox/state").then()
                .body("conversations.conversations", empty())
                .body("help_center.collections", empty());
        // Ids start again from the first one.
        String again = asApp().body("{\"email\": \"state-conversation@example.com\"}").post("/contacts")
                .then().statusCode(200).extract().path("id");
        asApp().body("{\"from\": {\"type\": \"user\", \"id\": \"" + again + "\"}, \"body\": \"Hi\"}")
                .post("/conversations").then().body("conversation_id", equalTo(conversation));
    }

    @Test
    void resetClosesOpenScrolls() {
        asApp().get("/companies/scroll").then().statusCode(200);

        Control.reset();

        asApp().get("/companies/scroll").then().statusCode(200);
    }

    @Test
    void snapshotWritesTheStateToTheConfiguredFile() throws Exception {
        upsertCompany("{\"company_id\": \"snapshot-1\"}");

        String file = RestAssured.post("/sandbox/snapshot")
                .then().statusCode(200)
                .extract().path("file");

        assertThat(Path.of(file)).endsWith(Path.of("target", "control-profile-snapshot.json"));
        JsonNode written = new ObjectMapper().readTree(Files.readString(Path.of(file)));
        assertThat(written.path("companies").get(0).path("companyId").asText()).isEqualTo("snapshot-1");
        RestAssured.get("/sandbox/state").then().body("$", hasKey("companies"));
    }
}
