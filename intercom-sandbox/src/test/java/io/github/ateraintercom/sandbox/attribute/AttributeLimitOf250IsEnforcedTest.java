package io.github.ateraintercom.sandbox.attribute;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.IntStream;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.createAttribute;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(FreshWorkspaceProfile.class)
class AttributeLimitOf250IsEnforcedTest {

    @Test
    void the251stCustomAttributeIsRefusedUntilOneIsArchived() {
        // The limit counts every model: 100 contact, 100 company and 50 conversation attributes.
        int first = createAttribute("contact", unique("slot"), "string");
        IntStream.range(1, 100).forEach(n -> createAttribute("contact", unique("slot"), "string"));
        IntStream.range(0, 100).forEach(n -> createAttribute("company", unique("slot"), "integer"));
        IntStream.range(0, 50).forEach(n -> asApp().body(Map.of("name", unique("slot"), "data_type", "string"))
                .post("/conversations/attributes").then().statusCode(200));

        asApp().body(Map.of("name", unique("one_too_many"), "model", "contact", "data_type", "string"))
                .post("/data_attributes")
                .then().statusCode(400)
                .body("errors[0].code", equalTo("parameter_invalid"))
                .body("errors[0].message", containsString("limit of 250 custom data attributes"));
        asApp().body(Map.of("name", unique("one_too_many"), "data_type", "string"))
                .post("/conversations/attributes")
                .then().statusCode(400).body("errors[0].message", containsString("limit of 250"));

        asApp().body(Map.of("archived", true)).put("/data_attributes/{id}", first).then().statusCode(200);
        int replacement = createAttribute("company", unique("replacement"), "string");

        // Bringing the archived one back would make 251.
        asApp().body(Map.of("archived", false)).put("/data_attributes/{id}", first)
                .then().statusCode(400).body("errors[0].message", containsString("limit of 250"));
        asApp().body(Map.of("archived", true)).put("/data_attributes/{id}", replacement).then().statusCode(200);
        asApp().body(Map.of("archived", false)).put("/data_attributes/{id}", first).then().statusCode(200);
    }
}
