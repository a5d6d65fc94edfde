package io.github.ateraintercom.sandbox.search;

import io.github.ateraintercom.sandbox.support.AdjustableClock;
import io.github.ateraintercom.sandbox.support.AdjustableClockProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.adminId;
import static io.github.ateraintercom.sandbox.support.Fixtures.createContact;
import static io.github.ateraintercom.sandbox.support.Fixtures.startConversation;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * With a search lag, a new or changed contact or conversation is seen by the searches only once the
 * lag has passed, as Intercom's search trails its writes; reading by id and listing see it at once.
 * The clock is driven by the test, and each step starts a fresh 10-call rate window.
 */
@QuarkusTest
@TestProfile(AdjustableClockProfile.class)
class SearchTrailsWritesByItsLagTest {

    private static final Duration LAG = Duration.ofSeconds(90);

    @Inject
    AdjustableClock clock;

    @AfterEach
    void searchFollowsAtOnceAgain() {
        setLag(Map.of("lag_ms", 0)).then().statusCode(200).body("lag_ms", equalTo(0));
    }

    @Test
    void newContactIsFoundByIdAndListAtOnceButBySearchOnlyAfterTheLag() {
        clock.set(Instant.ofEpochSecond(2_100_000_000L));
        RestAssured.get("/sandbox/search").then().statusCode(200).body("lag_ms", equalTo(0));
        setLag(Map.of("lag_ms", LAG.toMillis())).then().statusCode(200).body("lag_ms", equalTo((int) LAG.toMillis()));
        String externalId = unique("lagging");
        String contact = createContact(Map.of("external_id", externalId, "name", "Before"));

        assertThat(contacts("external_id", externalId)).as("search has not seen it yet").isEmpty();
        asApp().get("/contacts/{id}", contact).then().statusCode(200);
        asApp().get("/contacts/find_by_external_id/{id}", externalId).then().statusCode(200).body("id", equalTo(contact));
        assertThat(asApp().queryParam("per_page", 150).get("/contacts").then().statusCode(200).extract().jsonPath()
                .getList("data.id", String.class)).contains(contact);

        clock.advance(LAG.minusSeconds(1));
        assertThat(contacts("external_id", externalId)).isEmpty();
        asApp().body(Map.of("name", "After")).put("/contacts/{id}", contact).then().statusCode(200);

        clock.advance(Duration.ofSeconds(1));
        assertThat(contacts("external_id", externalId)).as("created a lag ago").containsExactly(contact);
        assertThat(contacts("name", "Before")).as("as it was a lag ago").contains(contact);
        assertThat(contacts("name", "After")).doesNotContain(contact);

        clock.advance(LAG);
        assertThat(contacts("name", "After")).contains(contact);
        assertThat(contacts("name", "Before")).doesNotContain(contact);
    }

    @Test
    void newConversationAndItsPartsAreSearchableOnlyAfterTheLag() {
        clock.set(Instant.ofEpochSecond(2_200_000_000L));
        String admin = adminId(0);
        setLag(Map.of("lag_ms", LAG.toMillis())).then().statusCode(200);
        String contact = createContact(Map.of("external_id", unique("talker")));
        String conversation = startConversation(contact, "Printer offline");

        assertThat(conversations("contact_ids", contact)).as("search has not seen it yet").isEmpty();
        asApp().get("/conversations/{id}", conversation).then().statusCode(200);
        assertThat(asApp().queryParam("per_page", 150).get("/conversations").then().statusCode(200).extract().jsonPath()
                .getList("conversations.id", String.class)).contains(conversation);

        clock.advance(LAG);
        assertThat(conversations("contact_ids", contact)).containsExactly(conversation);
        asApp().body(Map.of("message_type", "close", "type", "admin", "admin_id", admin))
                .post("/conversations/{id}/parts", conversation).then().statusCode(200);
        asApp().get("/conversations/{id}", conversation).then().statusCode(200).body("state", equalTo("closed"));
        assertThat(conversations("state", "closed")).as("closed after search last saw it").doesNotContain(conversation);

        clock.advance(LAG);
        assertThat(conversations("state", "closed")).contains(conversation);
    }

    @Test
    void lagMustBeAWholeNumberOfMillisecondsNotNegative() {
        setLag(Map.of("lag_ms", -1)).then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        setLag(Map.of("lag", 5)).then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        setLag(Map.of()).then().statusCode(400).body("errors[0].code", equalTo("parameter_not_found"));
        RestAssured.get("/sandbox/search").then().statusCode(200).body("lag_ms", equalTo(0));
    }

    private static io.restassured.response.Response setLag(Map<String, ?> body) {
        return RestAssured.given().contentType(ContentType.JSON).body(body).put("/sandbox/search");
    }

    private static List<String> contacts(String field, String value) {
        return asApp().body(Map.of("query", Map.of("field", field, "operator", "=", "value", value)))
                .post("/contacts/search").then().statusCode(200).extract().jsonPath().getList("data.id", String.class);
    }

    private static List<String> conversations(String field, String value) {
        return asApp().body(Map.of("query", Map.of("field", field, "operator", "=", "value", value)))
                .post("/conversations/search").then().statusCode(200).extract().jsonPath()
                .getList("conversations.id", String.class);
    }
}
