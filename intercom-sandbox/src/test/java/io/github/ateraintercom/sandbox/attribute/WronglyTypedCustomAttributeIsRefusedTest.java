package io.github.ateraintercom.sandbox.attribute;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.restassured.response.Response;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.createAttribute;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class WronglyTypedCustomAttributeIsRefusedTest {

    @Test
    void eachDataTypeTakesItsOwnValuesOnly() {
        check("string", "text", 5, "must be a string");
        check("integer", 42, 4.5, "must be an integer");
        check("float", 4.5, "4.5", "must be a number");
        check("boolean", true, "true", "must be a boolean");
        check("date", 1700000000, "yesterday", "must be a date");
        check("datetime", "2024-05-01T10:00:00Z", false, "must be a date");
    }

    @Test
    void aListTakesOnlyItsOptions() {
        String name = unique("plan_tier");
        asApp().body(Map.of("name", name, "model", "company", "data_type", "options",
                        "options", List.of(Map.of("value", "gold"), Map.of("value", "silver"))))
                .post("/data_attributes").then().statusCode(200);

        writeCompany(name, "gold").then().statusCode(200);
        writeCompany(name, "platinum")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("parameter_invalid"))
                .body("errors[0].message", equalTo("Custom attribute '" + name + "' must be one of: gold, silver"));
    }

    @Test
    void nullClearsAnyType() {
        String name = unique("clearable");
        createAttribute("company", name, "integer");
        Map<String, Object> cleared = new HashMap<>();
        cleared.put(name, null);

        asApp().body(Map.of("company_id", unique("clear"), "custom_attributes", cleared))
                .post("/companies").then().statusCode(200);
    }

    /** The right value is stored on a company and a contact; the wrong one is refused on both. */
    private static void check(String dataType, Object right, Object wrong, String expected) {
        String companyAttribute = unique("company_" + dataType);
        createAttribute("company", companyAttribute, dataType);
        String contactAttribute = unique("contact_" + dataType);
        createAttribute("contact", contactAttribute, dataType);

        writeCompany(companyAttribute, right).then().statusCode(200);
        writeContact(contactAttribute, right).then().statusCode(200);
        writeCompany(companyAttribute, wrong)
                .then().statusCode(400)
                .body("errors[0].code", equalTo("parameter_invalid"))
                .body("errors[0].message", startsWith(
                        "Custom attribute '" + companyAttribute + "' " + expected));
        writeContact(contactAttribute, wrong)
                .then().statusCode(400)
                .body("errors[0].code", equalTo("parameter_invalid"));
    }

    private static Response writeCompany(String attribute, Object value) {
        return asApp().body(Map.of("company_id", unique("typed"), "custom_attributes", Map.of(attribute, value)))
                .post("/companies");
    }

    private static Response writeContact(String attribute, Object value) {
        return asApp().body(Map.of("email", unique("typed") + "@example.com", "custom_attributes", Map.of(attribute, value)))
                .post("/contacts");
    }
}
