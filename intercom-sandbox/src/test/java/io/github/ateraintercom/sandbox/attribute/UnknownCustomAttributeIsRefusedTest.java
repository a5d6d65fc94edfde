package io.github.ateraintercom.sandbox.attribute;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Api.upsertCompany;
import static io.github.ateraintercom.sandbox.support.Fixtures.createAttribute;
import static io.github.ateraintercom.sandbox.support.Fixtures.createUser;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class UnknownCustomAttributeIsRefusedTest {

    @Test
    void companyCreateWithAnUndefinedAttributeIsRefusedAndNothingIsStored() {
        String companyId = unique("undefined-attr");
        String undefined = unique("never_defined");

        asApp().body(Map.of("company_id", companyId, "custom_attributes", Map.of(undefined, "x")))
                .post("/companies")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("parameter_invalid"))
                .body("errors[0].message", equalTo("Custom attribute '" + undefined + "' does not exist"));
        asApp().queryParam("company_id", companyId).get("/companies").then().statusCode(404);
    }

    @Test
    void companyUpdateWithAnUndefinedAttributeIsRefused() {
        String id = upsertCompany("{\"company_id\": \"" + unique("put-undefined") + "\"}");

        asApp().body(Map.of("custom_attributes", Map.of(unique("never_defined"), 1)))
                .put("/companies/{id}", id)
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
    }

    @Test
    void aContactAttributeCannotBeWrittenOnACompanyNorTheOtherWayRound() {
        String contactOnly = unique("contact_only");
        createAttribute("contact", contactOnly, "string");
        String companyOnly = unique("company_only");
        createAttribute("company", companyOnly, "string");

        asApp().body(Map.of("company_id", unique("wrong-model"), "custom_attributes", Map.of(contactOnly, "x")))
                .post("/companies")
                .then().statusCode(400).body("errors[0].message", equalTo("Custom attribute '" + contactOnly + "' does not exist"));
        asApp().body(Map.of("email", unique("wrong-model") + "@example.com", "custom_attributes", Map.of(companyOnly, "x")))
                .post("/contacts")
                .then().statusCode(400).body("errors[0].message", equalTo("Custom attribute '" + companyOnly + "' does not exist"));
    }

    @Test
    void contactUpdateWithAnUndefinedAttributeIsRefused() {
        String contact = createUser();
        String undefined = unique("never_defined");

        asApp().body(Map.of("custom_attributes", Map.of(undefined, true)))
                .put("/contacts/{id}", contact)
                .then().statusCode(400)
                .body("errors[0].code", equalTo("parameter_invalid"))
                .body("errors[0].message", equalTo("Custom attribute '" + undefined + "' does not exist"));
    }

    @Test
    void anArchivedAttributeCannotBeWritten() {
        String name = unique("retired");
        int id = createAttribute("company", name, "string");
        asApp().body(Map.of("archived", true)).put("/data_attributes/{id}", id).then().statusCode(200);

        asApp().body(Map.of("company_id", unique("archived-attr"), "custom_attributes", Map.of(name, "x")))
                .post("/companies")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("parameter_invalid"))
                .body("errors[0].message", equalTo("Custom attribute '" + name + "' is archived"));
    }
}
