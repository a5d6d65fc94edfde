package io.github.ateraintercom.sandbox.tag;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.github.ateraintercom.sandbox.support.Api.asApp;
import static io.github.ateraintercom.sandbox.support.Fixtures.createTag;
import static io.github.ateraintercom.sandbox.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class TagsAreCreatedRenamedAndListedTest {

    @Test
    void createAnswersTheTagWithANumericStringId() {
        String name = unique("Independent");

        asApp().body(Map.of("name", name)).post("/tags")
                .then().statusCode(200)
                .body("type", equalTo("tag"))
                .body("id", matchesPattern("^[0-9]+$"))
                .body("name", equalTo(name));
    }

    @Test
    void namesAreCaseInsensitiveSoCreatingAgainFindsTheSameTag() {
        String name = unique("Mixed Case");
        String id = createTag(name);

        String again = createTag(name.toUpperCase());

        assertThat(again).isEqualTo(id);
        asApp().get("/tags/{id}", id).then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void idAndNameRenamesTheTag() {
        String id = createTag(unique("before"));
        String renamed = unique("after");

        asApp().body(Map.of("id", id, "name", renamed)).post("/tags")
                .then().statusCode(200).body("id", equalTo(id)).body("name", equalTo(renamed));
        asApp().get("/tags/{id}", id).then().statusCode(200).body("name", equalTo(renamed));
        asApp().body(Map.of("id", 987654321, "name", unique("ghost"))).post("/tags")
                .then().statusCode(404).body("errors[0].code", equalTo("not_found"));
    }

    @Test
    void renamingOntoAnotherTagsNameIsRefused() {
        String taken = unique("taken");
        createTag(taken);
        String id = createTag(unique("other"));

        asApp().body(Map.of("id", id, "name", taken)).post("/tags")
                .then().statusCode(400).body("errors[0].code", equalTo("parameter_invalid"));
    }

    @Test
    void listHoldsEveryTag() {
        String name = unique("listed");
        String id = createTag(name);

        asApp().get("/tags")
                .then().statusCode(200)
                .body("type", equalTo("list"))
                .body("data.id", hasItem(id))
                .body("data.find { it.id == '" + id + "' }.type", equalTo("tag"))
                .body("data.find { it.id == '" + id + "' }.name", equalTo(name));
    }

    @Test
    void unknownTagIsResourceNotFound() {
        asApp().get("/tags/{id}", "999999999")
                .then().statusCode(404)
                .body("errors[0].code", equalTo("not_found"))
                .body("errors[0].message", equalTo("Resource Not Found"));
        asApp().delete("/tags/{id}", "999999999").then().statusCode(404).body("errors[0].code", equalTo("not_found"));
    }

    @Test
    void malformedRequestsAreInvalidTagParameters() {
        for (String body : new String[] {"{\"test\": \"invalid\"}", "{}", "{\"name\": \"\"}",
                "{\"name\": \"x\", \"companies\": [{}]}", "{\"name\": \"x\", \"users\": [{\"email\": \"a@b.c\"}]}"}) {
            asApp().body(body).post("/tags")
                    .then().statusCode(400)
                    .body("errors[0].code", equalTo("parameter_invalid"))
                    .body("errors[0].message", equalTo("invalid tag parameters"));
        }
    }

    @Test
    void anUnusedTagIsDeleted() {
        String id = createTag(unique("unused"));

        asApp().delete("/tags/{id}", id).then().statusCode(200);

        asApp().get("/tags/{id}", id).then().statusCode(404);
        asApp().get("/tags").then().body("data.id", not(hasItem(id)));
    }
}
