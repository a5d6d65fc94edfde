package io.github.ateraintercom.sandbox.contact;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.createContact;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DuplicateContactEmailGets409WithExistingIdTest {

    @Test
    void theSameEmailInAnyCaseIsAConflictNamingTheExistingContact() {
        String email = unique("dup") + "@example.com";
        String id = createContact("{\"email\": \"" + email + "\"}");

        asApp().body(Map.of("email", email.toUpperCase(), "role", "lead")).post("/contacts")
                .then().statusCode(409)
                .body("type", equalTo("error.list"))
                .body("errors[0].code", equalTo("conflict"))
                .body("errors[0].message", equalTo("A contact matching those details already exists with id=" + id));
    }

    @Test
    void theSameExternalIdIsAConflict() {
        String externalId = unique("ext");
        String id = createContact("{\"external_id\": \"" + externalId + "\"}");

        asApp().body(Map.of("external_id", externalId, "email", unique("other") + "@example.com")).post("/contacts")
                .then().statusCode(409)
                .body("errors[0].message", equalTo("A contact matching those details already exists with id=" + id));
    }

    @Test
    void updatingOntoAnotherContactsEmailIsAConflict() {
        String taken = unique("taken") + "@example.com";
        String owner = createContact("{\"email\": \"" + taken + "\"}");
        String other = createContact("{\"email\": \"" + unique("free") + "@example.com\"}");

        asApp().body(Map.of("email", taken)).put("/contacts/{id}", other)
                .then().statusCode(409)
                .body("errors[0].message", equalTo("A contact matching those details already exists with id=" + owner));
        asApp().body(Map.of("email", taken, "name", "Same")).put("/contacts/{id}", owner).then().statusCode(200);
    }

    @Test
    void anArchivedContactStillHoldsItsEmail() {
        String email = unique("archived") + "@example.com";
        String id = createContact("{\"email\": \"" + email + "\"}");
        asApp().post("/contacts/{id}/archive", id).then().statusCode(200);

        asApp().body(Map.of("email", email)).post("/contacts")
                .then().statusCode(409)
                .body("errors[0].code", equalTo("conflict"))
                .body("errors[0].message", equalTo("An archived contact matching those details already exists with id=" + id));
    }

    @Test
    void aDeletedContactFreesItsEmailAndExternalId() {
        String email = unique("reused") + "@example.com";
        String externalId = unique("reused");
        String body = "{\"email\": \"" + email + "\", \"external_id\": \"" + externalId + "\"}";
        String first = createContact(body);
        asApp().delete("/contacts/{id}", first).then().statusCode(200);

        String second = createContact(body);

        assertThat(second).isNotEqualTo(first);
    }
}
