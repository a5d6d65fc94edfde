package io.github.ateraintercom.sandbox.tag;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Api.upsertCompany;
import static io.github.ateraintercom.sandbox.support.Fixtures.createTag;
import static io.github.ateraintercom.sandbox.support.Fixtures.createUser;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class TagInUseCannotBeDeletedTest {

    @Test
    void aTagOnACompanyOrContactIsRefusedUntilRemovedEverywhere() {
        String name = unique("In use");
        String tagId = createTag(name);
        String company = upsertCompany("{\"company_id\": \"" + unique("tagged") + "\"}");
        String contact = createUser();
        asApp().body(Map.of("name", name, "companies", List.of(Map.of("id", company)))).post("/tags").then().statusCode(200);
        asApp().body(Map.of("id", tagId)).post("/contacts/{id}/tags", contact).then().statusCode(200);

        asApp().delete("/tags/{id}", tagId)
                .then().statusCode(400)
                .body("type", equalTo("error.list"))
                .body("errors[0].code", equalTo("tag_has_dependent_objects"))
                .body("errors[0].message", equalTo("Unable to delete Tag with dependent objects. Companies: 1, Contacts: 1."));

        asApp().body(Map.of("name", name, "companies", List.of(Map.of("id", company, "untag", true)))).post("/tags")
                .then().statusCode(200);
        asApp().delete("/tags/{id}", tagId)
                .then().statusCode(400).body("errors[0].message", equalTo("Unable to delete Tag with dependent objects. Contacts: 1."));

        asApp().delete("/contacts/{id}/tags/{tagId}", contact, tagId).then().statusCode(200);
        asApp().delete("/tags/{id}", tagId).then().statusCode(200);
        asApp().get("/tags/{id}", tagId).then().statusCode(404);
    }
}
