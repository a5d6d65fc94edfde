package io.github.ateraintercom.sandbox.attribute;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.HashMap;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.createAttribute;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class DataAttributeCreationIsValidatedTest {

    @Test
    void nameModelAndDataTypeAreRequired() {
        for (String missing : new String[] {"name", "model", "data_type"}) {
            Map<String, String> body = new HashMap<>(
                    Map.of("name", unique("required"), "model", "contact", "data_type", "string"));
            body.remove(missing);
            asApp().body(body).post("/data_attributes")
                    .then().statusCode(400)
                    .body("errors[0].code", equalTo("parameter_not_found"))
                    .body("errors[0].message", equalTo(missing + " not specified"));
        }
    }

    @Test
    void unknownDataTypeOrModelIsRefusedInIntercomsWords() {
        asApp().body(Map.of("name", unique("ring"), "model", "company", "data_type", "mithril"))
                .post("/data_attributes")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("parameter_invalid"))
                .body("errors[0].message", equalTo("Data Type isn't an option"));
        asApp().body(Map.of("name", unique("ring"), "model", "conversation", "data_type", "string"))
                .post("/data_attributes")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("The Data Attribute model field must be either contact or company"));
    }

    @Test
    void namesTakeLettersDigitsSpacesUnderscoresHyphensAndCurrencySymbolsOnly() {
        asApp().body(Map.of("name", "!nv@l!d n@me", "model", "company", "data_type", "string"))
                .post("/data_attributes")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("parameter_invalid"))
                .body("errors[0].message", equalTo(
                        "Your name for this attribute must only contain alphanumeric characters, currency symbols, and hyphens"));
        asApp().body(Map.of("name", unique("Price in € and $ - net"), "model", "company", "data_type", "float"))
                .post("/data_attributes")
                .then().statusCode(200);
    }

    @Test
    void everyDataTypeIsAccepted() {
        for (String dataType : new String[] {"string", "integer", "float", "boolean", "datetime", "date"}) {
            createAttribute("contact", unique("typed_" + dataType), dataType);
        }
    }

    @Test
    void aListNeedsAtLeastTwoOptionsAndOnlyListsTakeOptions() {
        asApp().body(Map.of("name", unique("list"), "model", "contact", "data_type", "options"))
                .post("/data_attributes").then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body(Map.of("name", unique("list"), "model", "contact", "data_type", "options",
                        "options", List.of(Map.of("value", "1-10"))))
                .post("/data_attributes").then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body(Map.of("name", unique("list"), "model", "contact", "data_type", "string",
                        "options", List.of(Map.of("value", "a"), Map.of("value", "b"))))
                .post("/data_attributes").then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body(Map.of("name", unique("list"), "model", "contact", "data_type", "options",
                        "options", Map.of("value", "1-10")))
                .post("/data_attributes").then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
    }

    @Test
    void aNameTakenByTheOtherModelIsRefused() {
        String name = unique("The One Ring");
        createAttribute("company", name, "string");

        asApp().body(Map.of("name", name, "model", "contact", "data_type", "integer"))
                .post("/data_attributes")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("parameter_invalid"))
                .body("errors[0].message", equalTo("You already have '" + name
                        + "' in your company data. To save this as new people data, use a different name."));
        asApp().body(Map.of("name", name, "model", "company", "data_type", "string"))
                .post("/data_attributes")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("You already have '" + name
                        + "' in your company data. To save this as new company data, use a different name."));
    }

    @Test
    void anArchivedAttributeKeepsItsName() {
        String name = unique("reserved");
        int id = createAttribute("contact", name, "string");
        asApp().body(Map.of("archived", true)).put("/data_attributes/{id}", id).then().statusCode(200);

        asApp().body(Map.of("name", name, "model", "contact", "data_type", "string"))
                .post("/data_attributes").then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
    }

    @Test
    void aStandardAttributeNameIsTaken() {
        asApp().body(Map.of("name", "email", "model", "contact", "data_type", "string"))
                .post("/data_attributes").then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
    }

    @Test
    void unknownFieldsAndWrongTypesAreRefused() {
        asApp().body(Map.of("name", unique("x"), "model", "contact", "data_type", "string", "label", "X"))
                .post("/data_attributes")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("bad_request"))
                .body("errors[0].message", equalTo("bad 'label' parameter"));
        asApp().body(Map.of("name", 7, "model", "contact", "data_type", "string"))
                .post("/data_attributes").then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body(Map.of("name", unique("x"), "model", "contact", "data_type", "string", "messenger_writable", "yes"))
                .post("/data_attributes").then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
        asApp().body("{\"name\": ").post("/data_attributes")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
    }
}
